"""Prompt tokens of the LLM engine per document, in both coverage modes, with no model and no
network.

`PromptMeter` is a Judge that, given what the pipeline hands the LLM judge (every chunk in full
coverage, the hybrid retrieval otherwise), renders the prompts `LLMJudge` would send (one per
window, or per group of `llm.checks_per_call` checks) and counts their tokens (offline
tiktoken), instead of asking a model. Each row shows the tokens sent, the document's own tokens
(its text) and their ratio, and the naive baseline of the whole text sent with every check.
Run: `python -m cli.budget DIR [--coverage full|retrieval|both] [--budget N]
[--checks-per-call K]`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from pydantic import BaseModel, Field

from analyzer.config import Settings
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.judge import LLMJudge
from analyzer.judges.llm.prompt import render_whole_document
from analyzer.judges.llm.tokens import chat_tokens, count_tokens
from analyzer.models import Document, DocumentInfo, Verdict
from analyzer.rubric import Check

METER_ENGINE = "llm-prompt-meter"
SKIPPED_FILES = frozenset({"README.md", "SOURCES.md"})


class PromptBudgetRow(BaseModel):
    document: str
    checks: int
    sent_tokens: int
    naive_tokens: int
    calls: int = 0
    document_tokens: int = Field(default=0, description="Tokens of the document's own text")

    @property
    def ratio(self) -> float:
        return self.sent_tokens / self.naive_tokens if self.naive_tokens else 0.0

    @property
    def own_ratio(self) -> float:
        """Tokens sent over the document's own tokens (full coverage: about 1 plus prompts)."""
        return self.sent_tokens / self.document_tokens if self.document_tokens else 0.0


class BudgetReport(BaseModel):
    """Sent vs naive prompt tokens over a folder: per document, in total, and the worst case."""

    checks_per_call: int
    passage_tokens: int = Field(description="The passage budget of one call")
    coverage: str = "retrieval"
    rows: list[PromptBudgetRow]

    @property
    def sent_tokens(self) -> int:
        return sum(r.sent_tokens for r in self.rows)

    @property
    def naive_tokens(self) -> int:
        return sum(r.naive_tokens for r in self.rows)

    @property
    def ratio(self) -> float:
        """The corpus-level ratio: all tokens sent over all naive tokens."""
        return self.sent_tokens / self.naive_tokens if self.naive_tokens else 0.0

    @property
    def worst(self) -> PromptBudgetRow | None:
        """The document with the highest ratio."""
        return max(self.rows, key=lambda r: r.ratio, default=None)


def naive_prompt_tokens(
    checks: Sequence[Check], document: Document, system_prompt: str, model: str
) -> int:
    """Prompt tokens of sending the whole document text with each check."""
    info = DocumentInfo(
        name=document.name, sha256=document.sha256, format=document.format, pages=document.pages
    )
    text = "\n".join(block.text for block in document.blocks)
    return sum(
        chat_tokens(system_prompt, render_whole_document(check, info, text), model)
        for check in checks
    )


class PromptMeter:
    """A Judge that counts the prompt tokens LLMJudge would send; every verdict is absent."""

    name = METER_ENGINE

    def __init__(self, settings: Settings) -> None:
        self._llm = LLMJudge(settings)
        self.retrieves = self._llm.retrieves
        self.passage_share = self._llm.passage_share
        self.model: str | None = self._llm.model
        self.system_prompt = self._llm.system_prompt
        self.sent: dict[str, int] = {}
        self.calls: dict[str, int] = {}

    def can_judge(self, check: Check) -> bool:
        return True

    def fingerprint(self) -> str:
        return self._llm.fingerprint()

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        model = self._llm.model or ""
        prompts = self._llm.planned_prompts(document, requests)
        self.sent[document.sha256] = sum(
            chat_tokens(self.system_prompt, user, model) for user in prompts
        )
        self.calls[document.sha256] = len(prompts)
        return [
            Verdict(check_id=r.check.id, status="absent", rationale="prompt meter")
            for r in requests
        ]


def measure(
    settings: Settings, paths: Sequence[Path], checks: str = "all"
) -> list[PromptBudgetRow]:
    """Sent vs naive prompt tokens per document, through the real ingest and retrieval."""
    from analyzer.pipeline import Analyzer

    meter = PromptMeter(settings)
    analyzer = Analyzer(settings, judge=meter)
    rubric = analyzer.rubric.select(checks)
    rows = []
    for path in paths:
        document = analyzer.load(path)
        analyzer.analyze(document, engine=METER_ENGINE, checks=checks, use_cache=False)
        naive = naive_prompt_tokens(rubric.checks, document, meter.system_prompt, meter.model or "")
        rows.append(
            PromptBudgetRow(
                document=document.name,
                checks=len(rubric.checks),
                sent_tokens=meter.sent[document.sha256],
                naive_tokens=naive,
                calls=meter.calls[document.sha256],
                document_tokens=count_tokens(
                    "\n".join(b.text for b in document.blocks), meter.model or ""
                ),
            )
        )
    return rows


def documents_in(folder: Path) -> list[Path]:
    """The documents of a corpus folder (not its README, sources or label files)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.name not in SKIPPED_FILES and p.suffix != ".json"
    )


def passage_budget(settings: Settings) -> int:
    """The passage token budget of one call: the context in full coverage, else per group (at
    least; it grows with the document), or per check when asked one by one."""
    llm = settings.llm
    if llm.coverage == "full":
        return llm.context_tokens
    return llm.group_passage_tokens if llm.checks_per_call > 1 else llm.max_passage_tokens


def measure_folder(folder: Path, settings: Settings, checks: str = "all") -> BudgetReport:
    """`measure` over every document of a folder, with the settings that shaped the prompts."""
    return BudgetReport(
        checks_per_call=settings.llm.checks_per_call,
        passage_tokens=passage_budget(settings),
        coverage=settings.llm.coverage,
        rows=measure(settings, documents_in(folder), checks),
    )


def write_report(report: BudgetReport, out: TextIO) -> None:
    out.write(
        f"coverage: {report.coverage}, checks per call: {report.checks_per_call}, "
        f"passage budget per call: {report.passage_tokens} tokens\n"
    )
    out.write(
        f"{'document':52} {'calls':>5} {'sent':>8} {'document':>8} {'sent/doc':>8} "
        f"{'naive':>8} {'ratio':>6}\n"
    )
    for row in report.rows:
        out.write(
            f"{row.document[:52]:52} {row.calls:5} {row.sent_tokens:8} {row.document_tokens:8} "
            f"{row.own_ratio:8.3f} {row.naive_tokens:8} {row.ratio:6.3f}\n"
        )
    calls = sum(r.calls for r in report.rows)
    own = sum(r.document_tokens for r in report.rows)
    out.write(
        f"{'TOTAL':52} {calls:5} {report.sent_tokens:8} {own:8} "
        f"{report.sent_tokens / own if own else 0:8.3f} {report.naive_tokens:8} "
        f"{report.ratio:6.3f}\n"
    )
    if (worst := report.worst) is not None:
        out.write(f"worst document: {worst.document} at {worst.ratio:.3f}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--budget", type=int, help="passage token budget of one model call")
    parser.add_argument("--checks-per-call", type=int, help="checks judged in one model call")
    parser.add_argument("--coverage", choices=["full", "retrieval", "both"], default="both")
    args = parser.parse_args(argv)
    modes = ["full", "retrieval"] if args.coverage == "both" else [args.coverage]
    for mode in modes:
        write_report(measure_mode(args, mode), sys.stdout)
        sys.stdout.write("\n")
    return 0


def measure_mode(args: argparse.Namespace, coverage: str) -> BudgetReport:
    settings = Settings()
    overrides: dict[str, int | str] = {
        "checks_per_call": args.checks_per_call or settings.llm.checks_per_call,
        "coverage": coverage,
    }
    if args.budget:
        key = (
            "group_passage_tokens"
            if int(overrides["checks_per_call"]) > 1
            else "max_passage_tokens"
        )
        overrides[key] = args.budget
    with tempfile.TemporaryDirectory(prefix="gapcard-budget-") as data_dir:
        llm = settings.llm.model_copy(update=overrides)
        settings = settings.model_copy(update={"data_dir": Path(data_dir), "llm": llm})
        return measure_folder(args.folder, settings)


if __name__ == "__main__":
    raise SystemExit(main())
