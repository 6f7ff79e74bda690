"""The web page on a phone (360 and 390 px) in headless Chromium: nothing wider than the
screen, chart labels at least 12 px (page and HTML report), long names ellipsised with a
tooltip, progress with its stage, retry after a failure, Delete confirmed, an ended session
leading to the sign-in page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete

from analyzer.models import Scorecard
from analyzer.render.html import render_report_html
from api.db import AnalysisRow, WebSession, utcnow
from tests.api_support import (
    RunningServer,
    analyse,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    tenant_id,
    upload,
)
from tests.test_web_browser import browser  # noqa: F401 - the shared Chromium fixture

pytestmark = pytest.mark.browser
LONG_NAME = "Claims-transformation-" * 10 + "final-board-version-approved.pdf"
WIDTHS = (360, 390)
FONT_SIZES = """() => Array.from(document.querySelectorAll(
  '.bar-label, .bar-value, svg text')).map(el => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const scale = el.getScreenCTM ? el.getScreenCTM().a : 1;
    return [el.textContent.trim(), size * scale];
  })"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("phone"))) as running:
        yield running


@pytest.fixture(scope="module")
def world(server: RunningServer) -> dict[str, Any]:
    """A tenant with a long-named, analysed document, a failed and a running analysis."""
    (key,) = make_keys(server.settings, "phone-" + "x" * 60)
    with server.client(key) as client:
        document = upload(client, LONG_NAME, strategy_pdf(2, "phone"))
        done = analyse(client, document["id"])
    tenant = tenant_id(server, key)
    failed = AnalysisRow(
        tenant_id=tenant,
        document_id=document["id"],
        status="failed",
        error_type="ingest_error",
        error_message="cannot read PDF: " + "a-very-long-reason-" * 8,
        finished_at=utcnow(),
    )
    running = AnalysisRow(
        tenant_id=tenant, document_id=document["id"], status="running", stage="indexing"
    )
    with server.state.db.session() as session:
        session.add_all([failed, running])
    return {
        "key": key,
        "document": document,
        "done": done,
        "failed": failed.id,
        "running": running.id,
    }


def phone(browser: Any, width: int) -> Any:  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    return page


@pytest.fixture
def page(browser: Any, server: RunningServer, world: dict[str, Any]) -> Iterator[Any]:  # noqa: F811
    """A 390 px phone page signed in with the world's key; its context closed after the test."""
    signed_in = phone(browser, 390)
    try:
        sign_in(signed_in, server, world["key"])
        yield signed_in
    finally:
        signed_in.context.close()


def sign_in(page: Any, server: RunningServer, key: str) -> None:
    page.goto(server.url + "/")
    page.fill("#key", key)
    page.click("button[type=submit]")
    page.wait_for_selector("form.upload")


def assert_fits(page: Any, what: str) -> None:
    """Nothing wider than the phone's screen (a mobile browser would zoom out to fit a wider
    page, so the page is measured against the screen, not the zoomed-out window)."""
    screen = page.viewport_size["width"]
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= screen, f"{what}: {width} px wide on a {screen} px screen"


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_is_wider_than_a_phone(
    browser: Any,  # noqa: F811
    server: RunningServer,
    world: dict[str, Any],
    width: int,
) -> None:
    page = phone(browser, width)
    page.goto(server.url + "/")
    assert_fits(page, "sign-in")
    sign_in(page, server, world["key"])
    pages = {
        "home": "/",
        "scorecard": f"/analyses/{world['done']['id']}",
        "failed": f"/analyses/{world['failed']}",
        "running": f"/analyses/{world['running']}",
        "delete": f"/documents/{world['document']['id']}/delete",
        "missing": "/analyses/nope",
    }
    for what, path in pages.items():
        page.goto(server.url + path)
        assert_fits(page, what)
    page.context.close()


def test_chart_labels_are_at_least_12px_on_the_page_and_in_the_report(
    page: Any, server: RunningServer, world: dict[str, Any]
) -> None:
    page.goto(server.url + f"/analyses/{world['done']['id']}")
    sizes = page.evaluate(FONT_SIZES)
    assert len([s for s in sizes if s[0]]) >= 14  # 7 labels and 7 values
    assert all(size >= 12 for _, size in sizes), sizes
    scorecard = Scorecard.model_validate(world["done"]["scorecard"])
    page.set_content(render_report_html(scorecard))
    assert_fits(page, "report")
    sizes = page.evaluate(FONT_SIZES)
    assert len(sizes) >= 14 and all(size >= 12 for _, size in sizes), sizes


def test_long_names_ellipsise_with_a_tooltip_and_link_to_the_scorecard(
    page: Any, server: RunningServer, world: dict[str, Any]
) -> None:
    name = page.locator("td.doc-name a")
    assert name.get_attribute("title") == LONG_NAME
    box = name.bounding_box()
    assert box["x"] + box["width"] <= 390
    name.click()
    page.wait_for_url(f"**/analyses/{world['done']['id']}")
    page.wait_for_selector("ol.bars")


def test_progress_shows_stage_and_elapsed_time(
    page: Any, server: RunningServer, world: dict[str, Any]
) -> None:
    page.goto(server.url + f"/analyses/{world['running']}")
    assert page.text_content(".stage") == "indexing"
    assert page.locator(".stages li").all_inner_texts() == [
        "queued",
        "reading",
        "indexing",
        "judging",
        "done",
    ]
    assert page.inner_text(".stages li.now") == "indexing"
    assert page.inner_text(".elapsed").endswith(" s")


def test_a_failed_analysis_offers_analyse_again(
    page: Any, server: RunningServer, world: dict[str, Any]
) -> None:
    page.goto(server.url + f"/analyses/{world['failed']}")
    assert "failed" in page.inner_text("[role=alert]")
    page.click("text=Analyse again")
    page.wait_for_selector("ol.bars")  # the new analysis ran to its scorecard
    assert f"/analyses/{world['failed']}" not in page.url


def test_an_ended_session_leads_the_polling_page_to_sign_in(
    page: Any, server: RunningServer, world: dict[str, Any]
) -> None:
    page.goto(server.url + f"/analyses/{world['running']}")
    page.wait_for_selector("[data-poll]")
    with server.state.db.session() as session:
        session.execute(delete(WebSession))
    page.wait_for_selector("#key")  # the whole page is the sign-in page now
    assert page.locator("[data-poll]").count() == 0
    assert page.url.rstrip("/") == server.url


def test_delete_asks_for_confirmation(
    browser: Any,  # noqa: F811
    server: RunningServer,
) -> None:
    (key,) = make_keys(server.settings, "deleter")
    with server.client(key) as client:
        upload(client, "to-delete.pdf", strategy_pdf(1, "delete-me"))
    page = phone(browser, 390)
    sign_in(page, server, key)
    page.click("a.button.danger")
    page.wait_for_selector("text=Delete this document?")
    assert page.locator("table.documents").count() == 0  # nothing deleted yet
    page.click("text=Cancel")
    page.wait_for_selector("td.doc-name")
    page.click("a.button.danger")
    page.click("button:has-text('Delete for good')")
    page.wait_for_selector("text=No documents yet.")
    page.context.close()
