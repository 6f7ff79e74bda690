"""Prompt tokens of the LLM engine against the naive baseline, with no model and no network.

`PromptMeter` is a Judge that, given the pipeline's real retrieval, renders the prompts
`LLMJudge` would send for a document (one per group of `llm.checks_per_call` checks, or one per
check) and counts their tokens (offline tiktoken), instead of asking a model. The naive baseline
sends the whole document text with each check, through the check's own template and the same
system prompt. Run: `python -m cli.budget DIR [--budget N] [--checks-per-call K]`.
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
from analyzer.judges.llm.tokens import chat_tokens
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

    @property
    def ratio(self) -> float:
        return self.sent_tokens / self.naive_tokens if self.naive_tokens else 0.0


class BudgetReport(BaseModel):
    """Sent vs naive prompt tokens over a folder: per document, in total, and the worst case."""

    checks_per_call: int
    passage_tokens: int = Field(description="The passage budget of one call")
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
    retrieves = True

    def __init__(self, settings: Settings) -> None:
        self._llm = LLMJudge(settings)
        self.model: str | None = self._llm.model
        self.system_prompt = self._llm.system_prompt
        self.sent: dict[str, int] = {}
        self.calls: dict[str, int] = {}

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
    """The passage token budget of one call: per group, or per check when asked one by one."""
    llm = settings.llm
    return llm.group_passage_tokens if llm.checks_per_call > 1 else llm.max_passage_tokens


def measure_folder(folder: Path, settings: Settings, checks: str = "all") -> BudgetReport:
    """`measure` over every document of a folder, with the settings that shaped the prompts."""
    return BudgetReport(
        checks_per_call=settings.llm.checks_per_call,
        passage_tokens=passage_budget(settings),
        rows=measure(settings, documents_in(folder), checks),
    )


def write_report(report: BudgetReport, out: TextIO) -> None:
    out.write(
        f"checks per call: {report.checks_per_call}, "
        f"passage budget per call: {report.passage_tokens} tokens\n"
    )
    out.write(f"{'document':60} {'calls':>5} {'sent':>8} {'naive':>8} {'ratio':>6}\n")
    for row in report.rows:
        out.write(
            f"{row.document[:60]:60} {row.calls:5} {row.sent_tokens:8} {row.naive_tokens:8} "
            f"{row.ratio:6.3f}\n"
        )
    calls = sum(r.calls for r in report.rows)
    out.write(
        f"{'TOTAL':60} {calls:5} {report.sent_tokens:8} {report.naive_tokens:8} "
        f"{report.ratio:6.3f}\n"
    )
    if (worst := report.worst) is not None:
        out.write(f"worst document: {worst.document} at {worst.ratio:.3f}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--budget", type=int, help="passage token budget of one model call")
    parser.add_argument("--checks-per-call", type=int, help="checks judged in one model call")
    args = parser.parse_args(argv)
    settings = Settings()
    overrides: dict[str, int] = {
        "checks_per_call": args.checks_per_call or settings.llm.checks_per_call
    }
    if args.budget:
        key = "group_passage_tokens" if overrides["checks_per_call"] > 1 else "max_passage_tokens"
        overrides[key] = args.budget
    with tempfile.TemporaryDirectory(prefix="gapcard-budget-") as data_dir:
        llm = settings.llm.model_copy(update=overrides)
        settings = settings.model_copy(update={"data_dir": Path(data_dir), "llm": llm})
        report = measure_folder(args.folder, settings)
    write_report(report, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
