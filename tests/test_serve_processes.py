"""`gapcard serve --processes N` is a parent with N uvicorn children sharing one port. A parent
killed with SIGKILL cannot stop them: each child asks Linux to end it with its parent, so the
port is freed instead of kept by processes no one manages."""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from pathlib import Path

import pytest

from tests.api_support import free_port
from tests.topology_support import Service, chroma_server, gapcard, http_ok, wait_until

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="end-with-parent is Linux's"),
]


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def port_taken(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_the_processes_of_a_killed_serve_end_and_free_its_port(tmp_path: Path) -> None:
    chroma, chroma_port = chroma_server(tmp_path)
    chroma.start()
    port = free_port()
    env = {**os.environ, "GAPCARD_STORE__MODE": "http", "GAPCARD_STORE__PORT": str(chroma_port),
           "GAPCARD_API__WORKERS": "0"}  # fmt: skip
    command = gapcard("serve", "--port", str(port), "--data-dir", str(tmp_path / "api"),
                      "--processes", "2")  # fmt: skip
    serve = Service("serve", command, env, tmp_path / "serve.log")
    children: list[int] = []
    try:
        wait_until(http_ok(f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat"), "chroma", 90)
        serve.start()
        wait_until(http_ok(f"http://127.0.0.1:{port}/readyz"), "serve", 120)
        wait_until(lambda: len(children_of(serve.pid)) >= 2, "two serve processes", 60)
        children = [pid for pid in children_of(serve.pid) if alive(pid)]
        serve.kill()
        deadline = time.monotonic() + 60
        while any(alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in children if alive(pid)], (tmp_path / "serve.log").read_text()
        assert not port_taken(port)
    finally:
        serve.stop()
        for pid in children:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        chroma.stop()
