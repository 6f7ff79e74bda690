"""Results on disk, the reuse rule, and the summary CSV/HTML built from them."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
from pathlib import Path

from analyzer.atomic import write_atomic
from analyzer.batch.discover import BatchItem, Excluded, Source
from analyzer.batch.results import FailureRecord, ResultFiles, ResultKey
from analyzer.batch.summary import document_row, excluded_row, summary_csv
from analyzer.render.html import render_report_html
from analyzer.render.summary import summary_html
from tests.test_report_fixtures import HOSTILE, make_scorecard, rubric

KEY = ResultKey.of(rubric(), "offline")
CHECKS = {c.id: c.title for c in rubric().checks}


def item(rel: str) -> BatchItem:
    return BatchItem(rel=rel, source=Source(path=Path("/nowhere") / rel))


def test_write_atomic_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "a.json"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]


def test_reuse_needs_same_content_engine_and_rubric(tmp_path: Path) -> None:
    files = ResultFiles(tmp_path)
    card = make_scorecard({"owners": "present"}, sha256="c" * 64)
    files.save_scorecard("doc", card, render_report_html(card))
    assert files.reusable("doc", "c" * 64, KEY)
    assert not files.reusable("doc", "d" * 64, KEY)
    assert not files.reusable("doc", "c" * 64, ResultKey.of(rubric(), "llm"))
    assert not files.reusable("doc", "c" * 64, ResultKey.of(rubric().select("core"), "offline"))
    bumped = rubric().model_copy(update={"version": "9.9.9"})
    assert not files.reusable("doc", "c" * 64, ResultKey.of(bumped, "offline"))
    files.json_path("doc").write_text("{ truncated")
    assert not files.reusable("doc", "c" * 64, KEY)


def test_final_failures_are_reused_and_others_retried(tmp_path: Path) -> None:
    files = ResultFiles(tmp_path)
    record = FailureRecord(
        path="x.pdf", sha256="e" * 64, kind="ingest_error", message="bad", final=True, key=KEY
    )
    files.save_failure("x", record)
    assert files.reusable("x", "e" * 64, KEY)
    files.save_failure("x", record.model_copy(update={"final": False}))
    assert not files.reusable("x", "e" * 64, KEY)


def rows_for(tmp_path: Path):  # type: ignore[no-untyped-def]
    files = ResultFiles(tmp_path / "reports")
    good = make_scorecard(
        {"outcomes": "present", "metrics": "partial"}, name=HOSTILE, sha256="1" * 64
    )
    files.save_scorecard("good", good, render_report_html(good))
    files.save_failure(
        "bad",
        FailureRecord(
            path="d/bad.pdf", sha256="2" * 64, kind="ingest_error", message="not a PDF",
            final=True, key=KEY,
        ),
    )  # fmt: skip
    rows = [
        document_row(item(HOSTILE), "good", "1" * 64, files, KEY)[0],
        document_row(item("d/bad.pdf"), "bad", "2" * 64, files, KEY)[0],
        document_row(item("d/new.md"), "new", "3" * 64, files, KEY)[0],
        excluded_row(Excluded(rel="z.zip/../evil.md", status="refused", reason="path escapes")),
        excluded_row(Excluded(rel="d/.DS_Store", status="skipped", reason="hidden or system file")),
    ]
    return rows, good


def test_summary_csv_has_a_row_per_file(tmp_path: Path) -> None:
    rows, good = rows_for(tmp_path)
    table = list(csv.DictReader(io.StringIO(summary_csv(rows, list(CHECKS)))))
    assert [r["status"] for r in table] == ["ok", "failed", "pending", "refused", "skipped"]
    first = table[0]
    assert first["path"] == HOSTILE and first["score"] == f"{good.score:g}"
    assert first["outcomes"] == "present" and first["metrics"] == "partial"
    assert first["owners"] == "absent" and first["report"] == "reports/good.html"
    assert table[1]["error"] == "ingest_error: not a PDF" and table[1]["outcomes"] == ""
    assert table[3]["error"] == "path escapes"


def test_summary_html_grid_links_escaping_and_csp(tmp_path: Path) -> None:
    rows, _ = rows_for(tmp_path)
    html = summary_html(rows, CHECKS, meta={"engine": "offline"})
    assert '<a href="reports/good.html" title="' in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)" in html
    grid = re.search(r'<table class="sortable".*?</table>', html, re.S)
    assert grid is not None
    assert grid.group(0).count("<tr>") == 1 + 4  # header + every row except the skipped one
    cell = r'class="cell s-present" data-sort="2"><a href="reports/good.html#check-\w+"'
    cell += r"[^>]*>present</a>"
    assert re.search(cell, grid.group(0))  # a cell links to that check's citations
    assert "Skipped files" in html and "d/.DS_Store" in html
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    assert script is not None
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    assert f"script-src &#39;sha256-{digest}&#39;" in html
