"""Prompt tokens of the LLM engine against the naive baseline, with no model and no network.

`PromptMeter` is a Judge that, given the pipeline's real retrieval, renders each check's prompt
exactly as `LLMJudge` would send it and counts its tokens (offline tiktoken), instead of asking
a model. The naive baseline sends the whole document text with each check, through the same
template and system prompt. Run: `python -m analyzer.judges.llm_budget DIR [--budget N]`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from analyzer.config import Settings
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm import LLMJudge
from analyzer.judges.llm_prompt import render_whole_document
from analyzer.judges.llm_tokens import chat_tokens
from analyzer.models import Document, DocumentInfo, Verdict
from analyzer.rubric import Check

METER_ENGINE = "llm-prompt-meter"


class PromptBudgetRow(BaseModel):
    document: str
    checks: int
    sent_tokens: int
    naive_tokens: int

    @property
    def ratio(self) -> float:
        return self.sent_tokens / self.naive_tokens if self.naive_tokens else 0.0


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
        self._llm = LLMJudge(settings, use_cache=False)
        self.model: str | None = self._llm.model
        self.system_prompt = self._llm.system_prompt
        self.sent: dict[str, int] = {}

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        model = self._llm.model or ""
        prompts = [self._llm.prompt_for(document, request) for request in requests]
        self.sent[document.sha256] = sum(
            chat_tokens(self.system_prompt, prompt.user, model) for prompt in prompts
        )
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
            )
        )
    return rows


def _documents(folder: Path) -> list[Path]:
    skip = {"README.md", "SOURCES.md"}
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.name not in skip and p.suffix != ".json"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--budget", type=int, help="passage token budget per check")
    args = parser.parse_args(argv)
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="gapcard-budget-") as data_dir:
        llm = settings.llm.model_copy(
            update={"max_passage_tokens": args.budget or settings.llm.max_passage_tokens}
        )
        settings = settings.model_copy(update={"data_dir": Path(data_dir), "llm": llm})
        rows = measure(settings, _documents(args.folder))
    out = sys.stdout
    out.write(f"{'document':60} {'sent':>8} {'naive':>8} {'ratio':>6}\n")
    for row in rows:
        out.write(
            f"{row.document[:60]:60} {row.sent_tokens:8} {row.naive_tokens:8} {row.ratio:6.2f}\n"
        )
    sent, naive = sum(r.sent_tokens for r in rows), sum(r.naive_tokens for r in rows)
    out.write(f"{'TOTAL':60} {sent:8} {naive:8} {sent / max(naive, 1):6.3f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
