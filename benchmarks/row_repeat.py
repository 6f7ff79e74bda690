"""Row 4: repeat analysis of an unchanged document: its time, and the model calls it makes.

The plan is analysed once (offline and, with the scripted server, with the LLM engine), then
again: in the same Analyzer, and in a new Analyzer on the same data folder (what a second CLI
run or a restarted server sees, imports aside). Model calls are counted by the server itself.
"""

from __future__ import annotations

from typing import Any

from benchmarks.core import Context, RowResult, Skip, require, timed
from benchmarks.scripted_llm import llm_settings, scripted_server

TITLE = "Repeat analysis of an unchanged document: time and model calls"
PLAN_PAGES, QUICK_PAGES = 36, 3


def repeat_offline(ctx: Context, result: RowResult, settings: Any) -> None:
    pipeline = require("analyzer.pipeline", "Analyzer")
    plan = ctx.plan(QUICK_PAGES if ctx.quick else PLAN_PAGES)
    analyzer = pipeline.Analyzer(settings)
    first, _ = timed(lambda: analyzer.analyze(plan))
    again, card = timed(lambda: analyzer.analyze(plan), repeat=3)
    fresh = pipeline.Analyzer(settings)
    restarted, _ = timed(lambda: fresh.analyze(plan))
    result.metric("offline: first analysis (parse, index, judge)", first, "s")
    result.metric("offline: repeat, same Analyzer (best of 3)", again, "s")
    result.metric("offline: repeat, new Analyzer on the same data folder", restarted, "s")
    result.metric("offline: first / repeat", first / again if again else 0.0, "x")
    result.target("offline repeat analysis time (same Analyzer)", again, "<", 0.2)
    result.target("offline repeat analysis time (new Analyzer)", restarted, "<", 0.2)
    result.target("offline repeat: model calls in the scorecard", card.usage.calls, "==", 0)


def repeat_llm(ctx: Context, result: RowResult) -> None:
    pipeline = require("analyzer.pipeline", "Analyzer")
    plan = ctx.plan(QUICK_PAGES if ctx.quick else PLAN_PAGES)
    with scripted_server() as server:
        settings = ctx.settings("repeat-llm", **llm_settings(server))
        analyzer = pipeline.Analyzer(settings)
        first, _ = timed(lambda: analyzer.analyze(plan, engine="llm"))
        calls_first = len(server.requests)
        again, card = timed(lambda: analyzer.analyze(plan, engine="llm"))
        fresh = pipeline.Analyzer(settings)
        restarted, _ = timed(lambda: fresh.analyze(plan, engine="llm"))
        calls_repeat = len(server.requests) - calls_first
    result.metric("llm: first analysis, model calls", calls_first)
    result.metric("llm: first analysis", first, "s")
    result.metric("llm: repeat, same Analyzer", again, "s")
    result.metric("llm: repeat, new Analyzer on the same data folder", restarted, "s")
    result.target("llm repeat: model calls seen by the server (2 repeats)", calls_repeat, "==", 0)
    result.target("llm repeat analysis time (same Analyzer)", again, "<", 0.2)
    if card.usage.calls:
        result.note(f"llm repeat scorecard reports {card.usage.calls} calls in its usage")


def run(ctx: Context, result: RowResult) -> None:
    repeat_offline(ctx, result, ctx.settings("repeat-offline"))
    try:
        repeat_llm(ctx, result)
    except Skip as skip:
        result.note(f"llm engine part skipped: {skip}")
