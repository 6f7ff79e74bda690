"""Tokens and estimated cost per model call (window or group of checks) in the scorecard."""

from __future__ import annotations

from pathlib import Path

from analyzer.config import AnalysisSettings, Settings
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.full import windows_for
from analyzer.judges.llm.judge import LLMJudge
from analyzer.models import DocumentInfo, Passage
from analyzer.pipeline import Analyzer
from analyzer.render.html import render_report_html
from analyzer.render.markdown import scorecard_markdown
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, group, verdict

FILLER = "Workstream {n} reviews supplier contract {n} and reports on its depots each quarter. "


def plan_text() -> str:
    sections = [
        f"## Workstream {n}\n\n" + "\n\n".join(FILLER.format(n=n * 10 + k) * 3 for k in range(3))
        for n in range(1, 7)
    ]
    return "# Plan\n\n" + "\n\n".join(sections)


def all_absent(body: Body) -> Reply:
    size = sum(len(str(m.get("content", ""))) for m in body["messages"])
    return group(*[(c, verdict("absent")) for c in checks_of(body)], prompt_tokens=size // 4)


def three_windows(base: Settings, analyzer: Analyzer, path: Path) -> Settings:
    document = analyzer.load(path)
    every = [Passage(chunk=c) for c in analyzer._chunks(document)]
    requests = [CheckRequest(check=c, passages=every) for c in analyzer.rubric.checks]
    info = DocumentInfo(name=path.name, sha256=document.sha256, format=document.format)
    for context in range(2000, 40000, 100):
        config = base.model_copy(
            update={"llm": base.llm.model_copy(update={"context_tokens": context})}
        )
        if len(windows_for(LLMJudge(config), info, requests)) == 3:
            return config
    raise AssertionError("no context size gives three windows")


def test_each_window_call_is_listed_once_and_sums_to_the_scorecard(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(plan_text(), encoding="utf-8")
    with FakeOpenAI() as server:
        server.responder = all_absent
        base = server.settings(tmp_path / "data", coverage="full")
        base = base.model_copy(update={"analysis": AnalysisSettings(index_for_offline=False)})
        config = three_windows(base, Analyzer(base), path)
        card = Analyzer(config).analyze(path, engine="llm")
        asked = len(server.requests)
    assert len(card.calls) == asked == 3
    assert [c.call.split(",")[0] for c in card.calls] == [
        "part 1 of 3",
        "part 2 of 3",
        "part 3 of 3",
    ]
    assert sum(c.usage.prompt_tokens for c in card.calls) == card.usage.prompt_tokens > 0
    assert sum(c.usage.completion_tokens for c in card.calls) == 75  # 25 per reply
    assert abs(sum(c.usage.cost_usd for c in card.calls) - card.usage.cost_usd) < 1e-9
    markdown = scorecard_markdown(card)
    assert "## Model usage" in markdown and "| part 2 of 3" in markdown
    assert f"| **all calls** | {card.usage.prompt_tokens} | 75 |" in markdown
    assert "part 3 of 3" in render_report_html(card)


def test_a_group_call_is_listed_with_its_checks_and_a_cached_rerun_lists_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.md"
    path.write_text(plan_text(), encoding="utf-8")
    with FakeOpenAI() as server:
        server.responder = all_absent
        config = server.settings(tmp_path / "data", coverage="retrieval", checks_per_call=4)
        analyzer = Analyzer(config)
        card = analyzer.analyze(path, engine="llm")
        again = analyzer.analyze(path, engine="llm")
    assert [c.call for c in card.calls] == [
        "checks outcomes, metrics, owners, governance",
        "checks execution_capacity, human_oversight, roadmap",
    ]
    assert sum(c.usage.prompt_tokens for c in card.calls) == card.usage.prompt_tokens
    assert again.calls == [] and again.usage.cached
