"""A server killed with SIGKILL while jobs run: after a restart every job finishes, none twice
(the dead process's leases lapse and the new process claims those jobs again).

The server runs as `gapcard serve` in a subprocess. Its analyses use the LLM engine against the
one allowed fake, an OpenAI-compatible server on loopback that answers slowly, so that jobs are
certainly running when the process is killed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.api_support import free_port, strategy_pdf, wait_done
from tests.fake_openai import FakeOpenAI, Reply, verdict

REPO = Path(__file__).resolve().parents[1]
JOBS = 6


@contextmanager
def gapcard_serve(data_dir: Path, llm_url: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`gapcard serve` in a subprocess; yields the process and its base URL once healthy."""
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "GAPCARD_API__WORKERS": "2",
        "GAPCARD_API__POLL_INTERVAL_S": "0.2",
        "GAPCARD_API__LEASE_S": "2",  # the killed process's jobs are taken again 2 s later
        "GAPCARD_LLM__BASE_URL": llm_url,
        "GAPCARD_LLM__API_KEY": "test-key",
        "GAPCARD_LLM__MAX_RETRIES": "0",
    }
    command = [
        sys.executable,
        "-c",
        "from cli.main import main; main()",
        "serve",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
    ]
    process = subprocess.Popen(
        command, cwd=data_dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, "gapcard serve exited"
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "gapcard serve did not come up"
            time.sleep(0.1)
        yield process, url
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def first_start_key(process: subprocess.Popen[str]) -> str:
    """The key `gapcard serve` prints on its first start (after the banner lines)."""
    assert process.stdout is not None
    for _ in range(10):
        line = process.stdout.readline().strip()
        if line.startswith("gc_"):
            return line
    raise AssertionError("no API key printed at first start")


def jobs_at_death(data_dir: Path) -> dict[str, tuple[str, int, str | None]]:
    """id -> (status, attempts, finished_at) straight from the database of the dead process."""
    with sqlite3.connect(data_dir / "gapcard.db") as connection:
        rows = connection.execute("SELECT id, status, attempts, finished_at FROM analyses")
        return {row[0]: (row[1], row[2], row[3]) for row in rows}


def slow_verdict(body: dict[str, object]) -> Reply:
    return verdict("absent", rationale="Nothing meets the bar.", delay=0.25)


@pytest.mark.timeout(240)
def test_jobs_killed_mid_run_finish_once_after_restart(tmp_path: Path) -> None:
    with FakeOpenAI(responder=slow_verdict) as llm:
        with gapcard_serve(tmp_path, llm.base_url) as (process, url):
            key = first_start_key(process)
            client = httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60
            )
            ids = []
            for n in range(JOBS):
                files = {"files": (f"s{n}.pdf", strategy_pdf(1, f"crash-{n}"), "application/pdf")}
                (document,) = client.post("/v1/documents", files=files).json()
                created = client.post(
                    f"/v1/documents/{document['id']}/analyses", json={"engine": "llm"}
                )
                ids.append(created.json()["id"])
            deadline = time.monotonic() + 120
            while True:
                statuses = [client.get(f"/v1/analyses/{i}").json()["status"] for i in ids]
                if "done" in statuses and "running" in statuses:
                    break
                assert time.monotonic() < deadline, statuses
                time.sleep(0.05)
            process.kill()  # SIGKILL: no shutdown, no cleanup
            process.wait()
        before = jobs_at_death(tmp_path)
        interrupted = {i for i, (status, _, _) in before.items() if status == "running"}
        finished = {i: row for i, row in before.items() if row[0] == "done"}
        assert interrupted and finished, before

        with gapcard_serve(tmp_path, llm.base_url) as (process, url):
            client = httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60
            )
            after = {i: wait_done(client, i) for i in ids}
            assert process.stdout is not None
        assert "gc_" not in process.stdout.read(), "a key is only made when none exists"

    after_rows = jobs_at_death(tmp_path)
    for job_id, body in after.items():
        assert body["status"] == "done" and body["scorecard"], body
        expected_attempts = 2 if job_id in interrupted else 1
        assert body["attempts"] == expected_attempts, (job_id, body["attempts"], before[job_id])
    for job_id, row in finished.items():
        assert after_rows[job_id] == row, "a job done before the crash must not run again"
