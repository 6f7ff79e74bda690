"""The summary page and a report in headless Chromium: no console errors, sorting works."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.batch.discover import BatchItem, Excluded, Source
from analyzer.batch.results import ResultFiles, ResultKey
from analyzer.batch.summary import document_row, excluded_row
from analyzer.render.html import render_report_html
from analyzer.render.summary import summary_html
from tests.browser import CHROMIUM, CHROMIUM_ARGS
from tests.test_report_fixtures import HOSTILE, make_scorecard, rubric

pytestmark = pytest.mark.browser
SCORES = {
    "low.md": {"metrics": "partial"},
    "high.pdf": {c: "present" for c in ("outcomes", "metrics", "owners", "governance")},
    HOSTILE: {"owners": "present", "roadmap": "partial"},
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip("needs Debian chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch-out")
    files = ResultFiles(out / "reports")
    key = ResultKey.of(rubric(), "offline")
    rows = []
    for index, (rel, statuses) in enumerate(SCORES.items()):
        card = make_scorecard(statuses, name=rel, sha256=str(index) * 64)
        files.save_scorecard(f"doc{index}", card, render_report_html(card))
        item = BatchItem(rel=rel, source=Source(path=out / rel))
        rows.append(document_row(item, f"doc{index}", str(index) * 64, files, key)[0])
    rows.append(excluded_row(Excluded(rel="a.zip/../x.md", status="refused", reason="escapes")))
    checks = {c.id: c.title for c in rubric().checks}
    (out / "summary.html").write_text(summary_html(rows, checks, meta={"engine": "offline"}))
    return out


def open_page(browser: Any, path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


def test_summary_renders_and_sorts_without_errors(browser: Any, site: Path) -> None:
    page, errors = open_page(browser, site / "summary.html")
    first_cells = "#grid tbody tr td:first-child"
    page.click("#grid th:nth-child(2)")  # Score, ascending
    ascending = page.locator(first_cells).all_inner_texts()
    assert ascending[-1] == "high.pdf" and ascending[0] == "a.zip/../x.md"
    page.click("#grid th:nth-child(2)")  # descending
    assert page.locator(first_cells).all_inner_texts()[0] == "high.pdf"
    assert page.get_attribute("#grid th:nth-child(2)", "aria-sort") == "descending"
    assert page.locator("text=alert('x')").count() == 1  # shown as text, never run
    page.screenshot(path="/tmp/gapcard-summary.png", full_page=True)
    link = page.locator("#grid a", has_text="high.pdf").get_attribute("href")
    assert link is not None and (site / link).is_file()
    assert errors == []
    page.close()


def test_report_renders_without_errors(browser: Any, site: Path) -> None:
    page, errors = open_page(browser, site / "reports" / "doc2.html")
    assert page.locator("h1").inner_text() == HOSTILE
    assert page.locator("article.check").count() == len(rubric().checks)
    page.screenshot(path="/tmp/gapcard-report.png", full_page=True)
    page.emulate_media(media="print")
    assert page.locator("article.check").first.is_visible()
    assert errors == []
    page.close()
