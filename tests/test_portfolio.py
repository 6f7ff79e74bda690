"""The live portfolio: GET /v1/portfolio (JSON and CSV) and the home page's grid, with
versions of one plan grouped and the score change since the previous version."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from analyzer.render.summary import summary_html
from tests.api_support import (
    RunningServer,
    analyse,
    assert_error,
    make_keys,
    pdf_bytes,
    running_server,
    server_settings,
    strategy_pdf,
    upload,
)
from tests.test_web_browser import browser  # noqa: F401 - the shared Chromium fixture

THIN = ["Claims plan", "We will modernise claims with AI over the coming years."]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("portfolio"))) as running:
        yield running


@pytest.fixture(scope="module")
def tenant(server: RunningServer) -> Iterator[dict[str, Any]]:
    (key,) = make_keys(server.settings, "advisor")
    with server.client(key) as client:
        docs = {
            "claims-plan-v1.pdf": pdf_bytes([THIN]),
            "claims-plan-v2.pdf": strategy_pdf(2, "v2"),
            "retail-strategy.pdf": strategy_pdf(1, "retail"),
        }
        analyses = {}
        for name, data in docs.items():
            document = upload(client, name, data)
            analyses[name] = analyse(client, document["id"])
            assert analyses[name]["status"] == "done"
        upload(client, "not-yet.pdf", strategy_pdf(1, "pending"))  # never analysed
        yield {"client": client, "key": key, "analyses": analyses}


def rows_by_name(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in body["documents"]}


def test_portfolio_json_has_every_document_against_every_check(tenant: dict[str, Any]) -> None:
    client: httpx.Client = tenant["client"]
    response = client.get("/v1/portfolio")
    assert response.status_code == 200
    body = response.json()
    check_ids = [c["id"] for c in body["checks"]]
    assert len(check_ids) == 7
    rows = rows_by_name(body)
    assert set(rows) == {
        "claims-plan-v1.pdf",
        "claims-plan-v2.pdf",
        "retail-strategy.pdf",
        "not-yet.pdf",
    }
    for name, analysis in tenant["analyses"].items():
        card = analysis["scorecard"]
        row = rows[name]
        assert row["status"] == "ok" and row["score"] == card["score"]
        assert row["checks"] == {c["id"]: c["status"] for c in card["checks"]}
        assert row["href"] == f"/analyses/{analysis['id']}"
    assert rows["not-yet.pdf"]["status"] == "pending" and rows["not-yet.pdf"]["checks"] == {}


def test_versions_of_one_plan_are_grouped_with_the_score_change(tenant: dict[str, Any]) -> None:
    rows = rows_by_name(tenant["client"].get("/v1/portfolio").json())
    v1 = tenant["analyses"]["claims-plan-v1.pdf"]["scorecard"]["score"]
    v2 = tenant["analyses"]["claims-plan-v2.pdf"]["scorecard"]["score"]
    assert v2 > v1  # the second version closes gaps
    newer = rows["claims-plan-v2.pdf"]
    assert newer["family"] == rows["claims-plan-v1.pdf"]["family"] != ""
    assert newer["previous"] == "claims-plan-v1.pdf"
    assert newer["delta"] == round(v2 - v1, 1)
    assert rows["claims-plan-v1.pdf"]["delta"] is None
    assert rows["retail-strategy.pdf"]["family"] == ""


def test_filter_by_check_status_and_sort(tenant: dict[str, Any]) -> None:
    client: httpx.Client = tenant["client"]
    body = client.get("/v1/portfolio").json()
    check = body["checks"][0]["id"]
    for status in ("present", "partial", "absent"):
        found = client.get("/v1/portfolio", params={"check": check, "status": status}).json()
        expected = {n for n, r in rows_by_name(body).items() if r["checks"].get(check) == status}
        assert set(rows_by_name(found)) == expected
    absent_anywhere = client.get("/v1/portfolio", params={"status": "absent"}).json()
    assert "claims-plan-v1.pdf" in rows_by_name(absent_anywhere)
    ranked = client.get("/v1/portfolio", params={"sort": "score", "order": "desc"}).json()
    scores = [row["score"] for row in ranked["documents"]]
    assert scores[:3] == sorted(scores[:3], reverse=True) and scores[3] is None
    assert_error(client.get("/v1/portfolio", params={"check": "nope", "status": "absent"}), 422)
    assert_error(client.get("/v1/portfolio", params={"sort": "nope"}), 422)


def test_portfolio_csv(tenant: dict[str, Any]) -> None:
    client: httpx.Client = tenant["client"]
    for response in (
        client.get("/v1/portfolio", params={"format": "csv"}),
        client.get("/v1/portfolio", headers={"Accept": "text/csv"}),
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        table = list(csv.DictReader(io.StringIO(response.text)))
        by_name = {row["name"]: row for row in table}
        assert by_name["claims-plan-v2.pdf"]["previous"] == "claims-plan-v1.pdf"
        assert by_name["claims-plan-v2.pdf"]["delta"].startswith("+")
        assert by_name["not-yet.pdf"]["status"] == "pending"


def test_another_tenant_sees_an_empty_portfolio(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "stranger")
    with server.client(key) as client:
        assert client.get("/v1/portfolio").json()["documents"] == []
    with server.client() as anonymous:
        assert_error(anonymous.get("/v1/portfolio"), 401)


def test_the_home_page_shows_the_grid_from_the_batch_template(
    server: RunningServer, tenant: dict[str, Any]
) -> None:
    with httpx.Client(base_url=server.url) as page:
        page.post("/signin", data={"key": tenant["key"]})
        html = page.get("/").text
        analysis = tenant["analyses"]["claims-plan-v2.pdf"]
        grid = re.search(r'<table class="sortable" id="grid">.*?</table>', html, re.S)
        assert grid is not None
        assert f'href="/analyses/{analysis["id"]}#check-' in grid.group(0)  # cell -> citations
        assert "version of" in grid.group(0) and "after claims-plan-v1.pdf" in grid.group(0)
        assert '<script src="/sortable.js" defer></script>' in html
        assert page.get("/sortable.js").headers["content-type"].startswith("text/javascript")
        filtered = page.get("/", params={"status": "present", "check": "nope"})
        assert filtered.status_code == 200
    # the batch summary renders the same grid partial
    batch = summary_html([], {"owners": "Owners"}, meta={})
    assert '<table class="sortable" id="grid">' in batch


@pytest.mark.browser
def test_the_grid_sorts_filters_and_fits_a_phone(
    browser: Any,  # noqa: F811
    server: RunningServer,
    tenant: dict[str, Any],
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(server.url + "/")
    page.fill("#key", tenant["key"])
    page.click("button[type=submit]")
    page.wait_for_selector("#grid")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390

    def scores() -> list[str]:
        cells = page.locator("#grid tbody tr td:nth-child(2)").all()
        return [cell.get_attribute("data-sort") or "" for cell in cells]

    page.click("#grid th:nth-child(2)")  # Score, ascending
    ascending = [float(s) for s in scores() if s]
    assert ascending == sorted(ascending)
    page.click("#grid th:nth-child(2)")
    descending = [float(s) for s in scores() if s]
    assert descending == sorted(descending, reverse=True)

    page.select_option("#filter-status", "absent")
    page.click(".filters button")
    page.wait_for_url("**/?check=&status=absent")
    names = page.locator("#grid td.path a").all_inner_texts()
    assert "claims-plan-v1.pdf" in names and "not-yet.pdf" not in names

    page.locator("#grid td.cell a").first.click()
    page.wait_for_url("**/analyses/**#check-*")
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f"article#{anchor}").is_visible()
    context.close()
