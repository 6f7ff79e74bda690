"""The web page's routes over real HTTP (no browser): sign-in cookie, tenancy, uploads, CSRF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.api_support import (
    RunningServer,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    wait_done,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("pages"))) as running:
        yield running


@contextmanager
def signed_in(server: RunningServer, key: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        response = client.post("/signin", data={"key": key})
        assert response.status_code == 303 and response.headers["location"] == "/"
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        yield client


def upload_via_page(client: httpx.Client, name: str, data: bytes) -> str:
    response = client.post("/upload", files={"files": (name, data)}, data={"checks": "core"})
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert location.startswith("/analyses/")
    return location.rsplit("/", 1)[-1]


def test_the_page_asks_for_a_key_and_refuses_a_wrong_one(server: RunningServer) -> None:
    with httpx.Client(base_url=server.url) as client:
        page = client.get("/")
        assert page.status_code == 200 and 'name="key"' in page.text
        assert page.headers["content-security-policy"].startswith("default-src 'none'")
        refused = client.post("/signin", data={"key": "gc_wrong"})
        assert refused.status_code == 401 and "not valid" in refused.text
        assert "set-cookie" not in refused.headers
        assert client.post("/upload", files={"files": ("a.pdf", b"x")}).headers["location"] == "/"


def test_no_asset_comes_from_elsewhere(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "assets")
    with signed_in(server, key) as client:
        pages = [client.get("/").text, client.get("/docs").text, client.get("/redoc").text]
    for html in pages:
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources and all(s.startswith(("/", "#")) for s in sources), sources


def test_upload_from_the_page_shows_the_scorecard_to_its_tenant_only(
    server: RunningServer,
) -> None:
    key_a, key_b = make_keys(server.settings, "page-a", "page-b")
    with signed_in(server, key_a) as a, signed_in(server, key_b) as b:
        analysis_id = upload_via_page(a, "alpha-strategy.pdf", strategy_pdf(2, "page-a"))
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key_a}"}) as api:
            assert wait_done(api, analysis_id)["status"] == "done"
        page = a.get(f"/analyses/{analysis_id}")
        assert page.status_code == 200
        assert "alpha-strategy.pdf" in page.text and 'class="citation"' in page.text
        assert "<svg" in page.text and "data-poll" not in page.text
        fragment = a.get(f"/analyses/{analysis_id}", params={"fragment": 1}).text
        assert fragment.lstrip().startswith("<section") and "<html" not in fragment
        assert "alpha-strategy.pdf" in a.get("/").text

        assert "alpha-strategy.pdf" not in b.get("/").text
        theirs = b.get(f"/analyses/{analysis_id}")
        assert theirs.status_code == 404 and "alpha-strategy.pdf" not in theirs.text


def test_form_posts_from_another_origin_are_refused(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "csrf")
    with signed_in(server, key) as client:
        response = client.post(
            "/upload",
            files={"files": ("evil.pdf", strategy_pdf(1, "evil"))},
            headers={"Origin": "http://evil.example"},
        )
        assert response.status_code == 403
        assert "evil.pdf" not in client.get("/").text


def test_signing_out_clears_the_cookie(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "leaving")
    with signed_in(server, key) as client:
        response = client.post("/signout")
        assert response.status_code == 303
        assert 'name="key"' in client.get("/").text
