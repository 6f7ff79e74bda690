"""The benchmarks cannot rot: a quick run on tiny inputs reports every row with sane numbers.

Benchmarks are not tests: nothing here asserts a time or a target. It asserts that every row
ran (or says why it was skipped), that the figures are finite and non-negative, that the table
and the JSON agree, and that the synthetic plans are real text PDFs.
"""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks.__main__ import ROWS
from benchmarks.core import Skip, Target, percentile, require
from benchmarks.synthetic import write_memo_pdf, write_plan_pdf

REPO = Path(__file__).resolve().parents[1]
#: The modules a row needs; when they are all installed, the row must run, not skip.
NEEDS: dict[str, tuple[str, ...]] = {
    "ingest": ("analyzer.pipeline", "analyzer.chunking"),
    "embedding": ("analyzer.embeddings",),
    "analysis": ("analyzer.pipeline", "analyzer.judges.offline.judge"),
    "repeat": ("analyzer.pipeline", "analyzer.judges.offline.judge"),
    "llm": ("analyzer.pipeline", "analyzer.judges.llm.judge", "tests.fake_openai"),
    "api": ("api.app", "api.serve"),
    "scale": ("analyzer.pipeline", "analyzer.judges.offline.judge"),
}


def installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return {"report": json.loads(out.read_text()), "table": done.stdout}


def test_every_row_reports_in_order(quick_run: dict[str, Any]) -> None:
    rows = quick_run["report"]["rows"]
    assert [row["row"] for row in rows] == list(ROWS)
    assert quick_run["report"]["run"]["quick"] is True


def test_rows_run_when_their_code_has_landed(quick_run: dict[str, Any]) -> None:
    for row in quick_run["report"]["rows"]:
        assert row["status"] in ("ok", "skipped"), (row["row"], row["reason"])
        if row["status"] == "skipped":
            assert row["reason"], row["row"]
            assert not all(installed(m) for m in NEEDS[row["row"]]), (row["row"], row["reason"])
        else:
            assert row["metrics"] and row["targets"], row["row"]


def test_numbers_are_finite_and_non_negative(quick_run: dict[str, Any]) -> None:
    for row in quick_run["report"]["rows"]:
        assert row["seconds"] >= 0
        for item in row["metrics"] + row["targets"]:
            value = item["value"]
            assert math.isfinite(value) and value >= 0, (row["row"], item)
        for target in row["targets"]:
            assert isinstance(target["passed"], bool)


def test_table_shows_every_row_and_a_summary(quick_run: dict[str, Any]) -> None:
    table = quick_run["table"]
    for number, row in enumerate(quick_run["report"]["rows"], start=1):
        assert f"[{number}] {row['row']}: {row['title']}" in table
        for metric in row["metrics"]:
            assert metric["name"] in table
    assert "targets met:" in table


def test_synthetic_plan_is_a_text_pdf_with_the_pages_asked(tmp_path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(write_plan_pdf(tmp_path / "plan.pdf", 5))
    assert len(reader.pages) == 5
    texts = [page.extract_text() for page in reader.pages]
    assert texts[0].startswith("1. Outcomes: workstream 1")
    assert all(len(text) > 1500 for text in texts)
    assert len(set(texts)) == 5
    memo = PdfReader(write_memo_pdf(tmp_path / "memo.pdf"))
    assert len(memo.pages) == 1 and "Decision memo" in memo.pages[0].extract_text()


def test_synthetic_plan_refuses_zero_pages(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one page"):
        write_plan_pdf(tmp_path / "empty.pdf", 0)


def test_require_skips_only_what_has_not_landed() -> None:
    with pytest.raises(Skip, match=r"analyzer\.not_a_module has not landed"):
        require("analyzer.not_a_module")
    with pytest.raises(Skip, match="no_such_attribute"):
        require("analyzer.models", "no_such_attribute")
    with pytest.raises(ModuleNotFoundError):
        require("no_such_third_party_package_xyz")
    assert require("analyzer.models", "Scorecard").Scorecard.__name__ == "Scorecard"


def test_targets_and_percentiles() -> None:
    assert Target("t", 19.9, ">=", 20).passed is False
    assert Target("t", 0.0, "==", 0).passed is True
    assert Target("t", 49.0, "<", 50).passed is True
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 99) == pytest.approx(99.01)
    assert percentile([], 95) == 0.0
