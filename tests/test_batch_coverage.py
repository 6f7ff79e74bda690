"""A resumed LLM batch reuses only results of the coverage it runs with (over real HTTP)."""

from __future__ import annotations

import json
from pathlib import Path

from analyzer.batch.report import BatchOptions
from analyzer.batch.runner import run_batch
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, group, verdict

PLAN = """# Harbour plan

## Governance

An AI Risk Council chaired by the CISO reviews every use case before production, monthly.
"""


def all_absent(body: Body) -> Reply:
    return group(*[(check, verdict("absent")) for check in checks_of(body)])


def test_resume_with_another_coverage_analyses_again(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    (docs / "plan.md").write_text(PLAN, encoding="utf-8")
    options = BatchOptions(paths=[docs], out_dir=out, workers=1, engine="llm")
    with FakeOpenAI() as server:
        server.responder = all_absent

        def run(coverage: str) -> tuple[int, int, str]:
            settings = server.settings(tmp_path / "data", coverage=coverage)
            report = run_batch(options, settings)
            [card] = [p for p in (out / "reports").glob("*.json") if ".error" not in p.name]
            stored = json.loads(card.read_text(encoding="utf-8"))["coverage"]
            return report.analysed, len(report.reused), stored

        assert run("retrieval") == (1, 0, "retrieval")
        assert run("retrieval") == (0, 1, "retrieval")  # resumed: nothing to redo
        calls = len(server.requests)
        assert run("full") == (1, 0, "full")  # the other coverage's result is not reused
        assert len(server.requests) > calls
        assert run("full") == (0, 1, "full")
