"""The API row's second half: analyses in `gapcard worker` processes instead of in the server.

`gapcard serve` runs with GAPCARD_API__WORKERS=0 beside worker processes, sharing its SQLite
database (one machine) and a `chroma run` server. Two figures:
- GET scorecard p95 under the same mixed load as the in-process server, with 2 workers
  (1 analysis each, on the one embedding thread a worker uses by default) analysing what the
  clients upload: with one serve process, and with two sharing the port (`--processes 2`, as
  deploy/ runs two replicas);
- throughput on a queue of 100 small analyses with 1 worker, then with 2: the rate is the jobs
  over the time from the first job's start to the last job's end, read from the database.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from datetime import datetime
from pathlib import Path

import httpx

from benchmarks.core import Context
from benchmarks.load import memo_document
from benchmarks.row_analysis import gapcard_command

QUEUE, QUEUE_QUICK = 100, 10


def free_port() -> int:
    from benchmarks.row_api import free_port as port

    return port()


@contextmanager
def process(
    command: list[str], env: dict[str, str], log: Path
) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("ab") as out:
        child = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield child
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(60)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def wait_for(ready: object, what: str, child: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"{what} exited: {log.read_text()[-800:]}")
        with suppress(httpx.HTTPError):
            if ready():  # type: ignore[operator]
                return
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready after 120 s: {log.read_text()[-800:]}")


class Split:
    """A chroma server and a `gapcard serve` (of `processes` processes) with no analyses, over
    one data folder."""

    def __init__(self, ctx: Context, data_dir: Path, processes: int = 1) -> None:
        self.ctx, self.data_dir, self.processes = ctx, data_dir, processes
        self.chroma_port, self.port = free_port(), free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "GAPCARD_DATA_DIR": str(data_dir),
                    "GAPCARD_STORE__MODE": "http", "GAPCARD_STORE__PORT": str(self.chroma_port),
                    "GAPCARD_API__WORKERS": "0", "GAPCARD_API__POLL_INTERVAL_S": "0.2"}  # fmt: skip

    @contextmanager
    def running(self) -> Iterator[str]:
        folder = str(self.data_dir / "chroma-server")
        chroma = [str(Path(self.ctx.python).parent / "chroma"), "run", "--path", folder,
                  "--port", str(self.chroma_port)]  # fmt: skip
        serve = [*gapcard_command(self.ctx), "serve", "--port", str(self.port),
                 "--processes", str(self.processes)]  # fmt: skip
        with process(chroma, self.env, self.data_dir / "chroma.log") as server:
            heartbeat = f"http://127.0.0.1:{self.chroma_port}/api/v2/heartbeat"
            wait_for(lambda: httpx.get(heartbeat).status_code == 200, "chroma", server,
                     self.data_dir / "chroma.log")  # fmt: skip
            with process(serve, self.env, self.data_dir / "serve.log") as api:
                wait_for(lambda: httpx.get(self.base + "/readyz").status_code == 200,
                         "gapcard serve", api, self.data_dir / "serve.log")  # fmt: skip
                yield self.base

    @contextmanager
    def workers(self, count: int) -> Iterator[None]:
        """`count` worker processes (1 analysis at a time each), once all are ready."""
        with ExitStack() as stack:
            for number in range(count):
                log = self.data_dir / f"worker-{number}-{time.monotonic_ns()}.log"
                command = [*gapcard_command(self.ctx), "worker", "--concurrency", "1"]
                child = stack.enter_context(process(command, self.env, log))
                wait_for(lambda log=log: "ready:" in log.read_text(), "gapcard worker", child, log)
            yield


def upload_documents(http: httpx.Client, count: int, tag: int) -> list[str]:
    ids = []
    for number in range(count):
        memo = memo_document(1000 + tag, number)
        files = {"files": (f"q{tag}-{number}.md", memo, "text/markdown")}
        ids.append(http.post("/v1/documents", files=files).raise_for_status().json()[0]["id"])
    return ids


def drain_rate(split: Split, http: httpx.Client, documents: list[str], workers: int) -> float:
    """Analyses per second of `workers` worker processes on a queue of these documents."""
    with split.workers(workers):
        ids = [http.post(f"/v1/documents/{d}/analyses").raise_for_status().json()["id"]
               for d in documents]  # fmt: skip
        deadline = time.monotonic() + 900
        while (rows := job_times(split.data_dir, ids)) is None:
            if time.monotonic() > deadline:
                raise RuntimeError("the queue was not drained in 900 s")
            time.sleep(0.5)
    started, finished = rows
    return len(ids) / (finished - started).total_seconds()


def job_times(data_dir: Path, ids: list[str]) -> tuple[datetime, datetime] | None:
    """(first start, last finish) once every job is done, else None."""
    marks = ",".join("?" * len(ids))
    with sqlite3.connect(data_dir / "gapcard.db") as connection:
        rows = connection.execute(
            f"SELECT status, started_at, finished_at FROM analyses WHERE id IN ({marks})", ids
        ).fetchall()
    if any(status != "done" for status, _, _ in rows):
        if any(status == "failed" for status, _, _ in rows):
            raise RuntimeError("an analysis of the queue failed")
        return None
    starts = [datetime.fromisoformat(row[1]) for row in rows]
    ends = [datetime.fromisoformat(row[2]) for row in rows]
    return min(starts), max(ends)
