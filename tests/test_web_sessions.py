"""Web sign-ins are server-side sessions, and API keys can be listed and revoked: a revoked key
is refused by the API and at sign-in, and its web sessions end at once."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from api.db import WebSession, utcnow
from tests.api_support import (
    RunningServer,
    assert_error,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    tenant_id,
)

GAPCARD = Path(sys.executable).parent / "gapcard"
SIGN_IN_FORM = 'name="key"'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("sessions"))) as running:
        yield running


def sign_in(server: RunningServer, key: str, **headers: str) -> httpx.Client:
    client = httpx.Client(base_url=server.url, timeout=60)
    response = client.post("/signin", data={"key": key}, headers=headers)
    assert response.status_code == 303, response.text
    return client


def session_rows(server: RunningServer) -> list[WebSession]:
    with server.state.db.session() as session:
        return list(session.scalars(select(WebSession)))


def gapcard(server: RunningServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(GAPCARD), "keys", *args, "--data-dir", str(server.settings.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_cookie_holds_a_random_session_id_stored_only_hashed(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "hashed")
    with closing(sign_in(server, key)) as client:
        cookie = client.cookies["gapcard_session"]
        assert key not in cookie and cookie != key and len(cookie) >= 40
        hashes = {row.id_hash for row in session_rows(server)}
        assert hashlib.sha256(cookie.encode()).hexdigest() in hashes
        assert cookie not in hashes
        assert "hashed" in client.get("/").text


def test_cookie_flags_and_secure_over_https(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "flags")
    with httpx.Client(base_url=server.url) as client:
        plain = client.post("/signin", data={"key": key}).headers["set-cookie"].lower()
        assert "httponly" in plain and "samesite=strict" in plain and "secure" not in plain
        assert "max-age=43200" in plain  # api.session_hours = 12
        proxied = client.post("/signin", data={"key": key}, headers={"X-Forwarded-Proto": "https"})
        assert "; secure" in proxied.headers["set-cookie"].lower()


def test_sign_out_deletes_the_session_on_the_server(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "signout")
    with closing(sign_in(server, key)) as client:
        stolen = client.cookies["gapcard_session"]
        before = len(session_rows(server))
        assert client.post("/signout").status_code == 303
        assert len(session_rows(server)) == before - 1
    # the old cookie, replayed, is worth nothing
    with httpx.Client(base_url=server.url, cookies={"gapcard_session": stolen}) as replay:
        assert SIGN_IN_FORM in replay.get("/").text


def test_an_expired_session_leads_to_the_sign_in_page(server: RunningServer) -> None:
    (key,) = make_keys(server.settings, "expiring")
    with closing(sign_in(server, key)) as client:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}) as api:
            files = {"files": ("e.pdf", strategy_pdf(1, "expiring"), "application/pdf")}
            (document,) = api.post("/v1/documents", files=files).json()
            analysis = api.post(f"/v1/documents/{document['id']}/analyses").json()
        digest = hashlib.sha256(client.cookies["gapcard_session"].encode()).hexdigest()
        with server.state.db.session() as session:
            session.execute(
                update(WebSession)
                .where(WebSession.id_hash == digest)
                .values(expires_at=utcnow() - timedelta(seconds=1))
            )
        assert SIGN_IN_FORM in client.get("/").text
        page = client.get(f"/analyses/{analysis['id']}")
        assert page.status_code == 303 and page.headers["location"] == "/"
        fragment = client.get(f"/analyses/{analysis['id']}?fragment=1")
        assert fragment.status_code == 401 and fragment.headers["x-sign-in"] == "/"
        assert SIGN_IN_FORM not in fragment.text


def test_keys_list_and_revoke_end_the_key_and_its_sessions_at_once(
    server: RunningServer,
) -> None:
    keep, revoke = make_keys(server.settings, "keeper", "leaver")
    web = sign_in(server, revoke)
    other_web = sign_in(server, revoke)
    kept_web = sign_in(server, keep)
    api = server.client(revoke)
    assert api.get("/v1/documents").status_code == 200

    listed = gapcard(server, "list", "--tenant", "leaver")
    assert listed.returncode == 0, listed.stderr
    (line,) = [ln for ln in listed.stdout.splitlines() if ln.endswith("leaver")]
    key_id, prefix = line.split()[:2]
    assert prefix.rstrip("…") == revoke[:8] and "active" in line
    assert revoke not in listed.stdout  # keys are never shown again

    revoked = gapcard(server, "revoke", key_id)
    assert revoked.returncode == 0, revoked.stderr
    assert "2 web session(s) ended" in revoked.stdout

    assert_error(api.get("/v1/documents"), 401, "unauthorized")
    assert SIGN_IN_FORM in web.get("/").text
    assert SIGN_IN_FORM in other_web.get("/").text
    refused = httpx.post(f"{server.url}/signin", data={"key": revoke})
    assert refused.status_code == 401
    assert "keeper" in kept_web.get("/").text  # another key's session is untouched
    assert "revoked" in gapcard(server, "list", "--tenant", "leaver").stdout
    assert tenant_id(server, keep)
    for client in (web, other_web, kept_web, api):
        client.close()


def test_revoking_an_unknown_key_fails_in_one_line(server: RunningServer) -> None:
    result = gapcard(server, "revoke", "no-such-key")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == "gapcard: no API key with id 'no-such-key' (see `gapcard keys list`)"
    )
