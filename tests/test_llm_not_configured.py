"""The LLM engine on a server (or a command line) with no model endpoint is refused up front:
422 `llm_not_configured` / a one-line message, and nothing is sent anywhere."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api_support import (
    assert_error,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    upload,
)

GAPCARD = Path(sys.executable).parent / "gapcard"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "riverside-clinics-ai-triage-plan.md"


@pytest.fixture
def trap(monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """A listener every outbound HTTP(S) call would reach: it is the proxy of this process
    (the OpenAI client honours HTTPS_PROXY), while loopback stays direct."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    proxy = f"http://127.0.0.1:{listener.getsockname()[1]}"
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    yield listener
    listener.close()


def connections(listener: socket.socket, wait_s: float) -> list[bytes]:
    """What reached the trap within `wait_s`: the first bytes of each connection (a proxy
    request names its target, so a failure says who called out)."""
    seen: list[bytes] = []
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            conn, _ = listener.accept()
        except BlockingIOError:
            time.sleep(0.05)
            continue
        conn.settimeout(1)
        try:
            seen.append(conn.recv(200))
        except OSError as exc:
            seen.append(repr(exc).encode())
        conn.close()
    return seen


def test_llm_analysis_without_an_endpoint_is_refused_and_calls_nobody(
    tmp_path: Path, trap: socket.socket
) -> None:
    settings = server_settings(tmp_path)
    assert not settings.llm_configured()
    (key,) = make_keys(settings, "offline-shop")
    with running_server(settings) as server, server.client(key) as client:
        document = upload(client, "plan.pdf", strategy_pdf(1, "no-llm"))
        response = client.post(f"/v1/documents/{document['id']}/analyses", json={"engine": "llm"})
        assert_error(response, 422, "llm_not_configured")
        assert "base_url" in response.json()["error"]["message"]
        assert client.get("/v1/analyses").json() == []  # no job was queued
        rubric = client.get("/v1/rubric").json()
        assert rubric["engines"] == ["offline", "learned"]  # the llm engine is not offered here
        assert connections(trap, 1.5) == []
        # the offline engine still works on the same server
        ok = client.post(f"/v1/documents/{document['id']}/analyses", json={"engine": "offline"})
        assert ok.status_code == 202
    assert connections(trap, 0.2) == []


def test_cli_refuses_the_llm_engine_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GAPCARD_LLM"))}
    result = subprocess.run(
        [str(GAPCARD), "analyze", str(EXAMPLE), "--engine", "llm", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("gapcard: the llm engine has no model endpoint configured")
    assert result.stdout == ""


def test_batch_refuses_the_llm_engine_before_any_worker_starts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GAPCARD_LLM"))}
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.md").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [str(GAPCARD), "batch", str(folder), "--out", str(out), "--engine", "llm"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "gapcard: the llm engine has no model endpoint configured" in result.stderr
    assert not (out / "summary.html").exists()
