"""The web page end to end in headless Debian Chromium (Playwright, never `playwright install`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api_support import (
    RunningServer,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
)
from tests.browser import CHROMIUM, CHROMIUM_ARGS

SCREENSHOT = Path(os.environ.get("GAPCARD_SCREENSHOT", "/tmp/gapcard-web-scorecard.png"))

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"needs Chromium at {CHROMIUM} (apt install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("web"))) as running:
        yield running


@pytest.fixture
def page(browser: Any, server: RunningServer) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    outside: list[str] = []
    local = (server.url, "blob:" + server.url)  # ReDoc runs a worker from a local blob
    page.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
    yield page
    context.close()
    assert outside == [], f"the page loaded something from elsewhere: {outside}"


def sign_in(page: Any, server: RunningServer, key: str) -> None:
    page.goto(server.url + "/")
    page.fill("#key", key)
    page.click("button[type=submit]")


def test_sign_in_upload_and_read_the_cited_scorecard(page: Any, server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "browser")
    sign_in(page, server, key)
    page.wait_for_selector("form.upload")
    assert "browser" in page.inner_text("header")
    page.set_input_files(
        "#file",
        files=[
            {
                "name": "claims-strategy.pdf",
                "mimeType": "application/pdf",
                "buffer": strategy_pdf(2, "browser"),
            }
        ],
    )
    page.click("form.upload button[type=submit]")
    page.wait_for_url("**/analyses/**")
    page.wait_for_selector(".citation blockquote")

    assert page.inner_text(".score .value").strip().isdigit()
    assert page.locator("ol.bars li.bar-row").count() == 7
    assert page.locator("article.verdict").count() == 7
    cites = page.locator(".citation cite").all_inner_texts()
    assert any(text.startswith("page ") for text in cites), cites
    quote = page.locator(".citation blockquote").first.inner_text()
    assert quote.strip() and "<" not in quote
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    page.goto(server.url + "/")
    assert "claims-strategy.pdf" in page.inner_text("table.documents")
    assert page.locator("table.documents .status-done").count() == 1


def test_a_wrong_key_is_refused_and_signing_out_forgets_the_key(
    page: Any, server: RunningServer
) -> None:
    sign_in(page, server, "gc_wrong")
    assert "not valid" in page.inner_text("[role=alert]")
    assert page.locator("form.upload").count() == 0
    (key,) = make_keys(server.settings, "leaver")
    sign_in(page, server, key)
    page.wait_for_selector("form.upload")
    page.click("form.signout button")
    page.wait_for_selector("#key")
    page.goto(server.url + "/")
    assert page.locator("form.upload").count() == 0


def test_api_documentation_renders_without_the_internet(page: Any, server: RunningServer) -> None:
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert "/v1/documents" in page.inner_text(".swagger-ui")


def test_redoc_renders_without_the_internet(page: Any, server: RunningServer) -> None:
    page.goto(server.url + "/redoc")
    page.wait_for_selector("h1:has-text('gapcard')")
    page.wait_for_selector("text=Upload strategy documents")
    assert "gapcard" in page.inner_text("body")
