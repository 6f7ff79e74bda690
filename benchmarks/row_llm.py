"""Row 5: the LLM path against the scripted server: calls and prompt tokens per document, beside
the naive baseline of the whole document sent with every check.

Tokens are what tiktoken counts for the messages the server received (the server reports them
as usage); the baseline is the same system prompt and check template with the whole document
text in the data block, one call per check, counted the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.core import Context, RowResult, ratio, require, timed
from benchmarks.scripted_llm import MODEL, llm_settings, scripted_server

TITLE = "LLM path (scripted server): calls and prompt tokens vs whole document per check"
PLAN_PAGES, QUICK_PAGES = 36, 3
REAL_MIN_PAGES = 30


def naive_tokens(analyzer: Any, path: Path, checks: list[Any]) -> int:
    """Prompt tokens if every check were sent the whole document."""
    prompt = require("analyzer.judges.llm.prompt", "render_whole_document")
    tokens = require("analyzer.judges.llm.tokens", "chat_tokens")
    models = require("analyzer.models", "DocumentInfo")
    document = analyzer.load(path)
    info = models.DocumentInfo(
        name=document.name, sha256=document.sha256, format=document.format, pages=document.pages
    )
    text = "\n".join(block.text for block in document.blocks)
    system = analyzer.rubric.system_prompt
    return sum(
        tokens.chat_tokens(system, prompt.render_whole_document(check, info, text), MODEL)
        for check in checks
    )


def short(name: str, width: int = 22) -> str:
    return name if len(name) <= width else name[: width - 1] + "\u2026"


def documents(ctx: Context) -> list[Path]:
    plan = ctx.plan(QUICK_PAGES if ctx.quick else PLAN_PAGES)
    if ctx.quick or not ctx.corpus.is_dir():
        return [plan]
    pypdf = require("pypdf")
    real = [p for p in sorted(ctx.corpus.glob("*.pdf")) if len(pypdf.PdfReader(p).pages) >= 30]
    return [plan, *real]


def measure(analyzer: Any, server: Any, path: Path, result: RowResult) -> dict[str, float]:
    """One document through the LLM engine (cache bypassed) beside its naive baseline."""
    before = len(server.requests)
    seconds, card = timed(lambda: analyzer.analyze(path, engine="llm", use_cache=False))
    calls = len(server.requests) - before
    checks = [analyzer.rubric.by_id(c.id) for c in card.checks]
    naive = naive_tokens(analyzer, path, checks)
    tokens = card.usage.prompt_tokens
    label = f"{short(path.name)} ({card.document.pages} p)"
    result.metric(f"{label}: model calls (naive: one per check)", calls, f"/ {len(checks)}")
    result.metric(f"{label}: prompt tokens / naive", tokens, f"/ {naive}")
    result.metric(f"{label}: tokens / naive", ratio(tokens, naive))
    return {"calls": calls, "tokens": tokens, "naive": naive, "naive_calls": len(checks),
            "seconds": seconds}  # fmt: skip


def run(ctx: Context, result: RowResult) -> None:
    pipeline = require("analyzer.pipeline", "Analyzer")
    paths = documents(ctx)
    with scripted_server() as server:
        analyzer = pipeline.Analyzer(ctx.settings("llm", **llm_settings(server)))
        rows = [measure(analyzer, server, path, result) for path in paths]
        result.metric("scripted server: most concurrent requests", server.max_in_flight)
    result.details["documents"] = {p.name: row for p, row in zip(paths, rows, strict=True)}
    totals = {key: sum(row[key] for row in rows) for key in rows[0]}
    n = len(paths)
    result.metric("per document: model calls", totals["calls"] / n)
    result.metric("per document: prompt tokens", totals["tokens"] / n)
    result.metric("per document: naive prompt tokens", totals["naive"] / n)
    result.metric("per document: analysis time on loopback", totals["seconds"] / n, "s")
    result.target("prompt tokens / naive baseline", ratio(totals["tokens"], totals["naive"]),
                  "<=", 0.2)  # fmt: skip
    result.target("model calls / naive calls", ratio(totals["calls"], totals["naive_calls"]),
                  "<=", 1.0)  # fmt: skip
    if ctx.quick:
        result.note("quick run: a 3-page plan is smaller than the passage budget of 7 checks")
