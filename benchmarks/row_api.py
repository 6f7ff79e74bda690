"""Row 6: the API under load: 50 concurrent clients on loopback for a bounded time.

`gapcard serve` runs as a subprocess on a free 127.0.0.1 port with a temporary data folder and
a key from `gapcard keys create --tenant bench`. Before the load, one analysis is run to done,
and its scorecard is read 20 times by one client alone: that idle latency is the limit the loaded
figures are compared with. The mixed load's clients think like the web page (a poll or a read
per second each); a last phase has the same clients read scorecards back to back with no think
time, which measures the server's capacity for that request.
"""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from benchmarks.api_workers import QUEUE, QUEUE_QUICK, Split, drain_rate, upload_documents
from benchmarks.core import Context, RowResult, percentile, ratio, require
from benchmarks.load import KINDS, LoadPlan, LoadStats, memo_document, run_load
from benchmarks.row_analysis import gapcard_command

TITLE = "API under load: 50 clients on loopback (uploads, polling, GET scorecard)"
FULL = LoadPlan(clients=50, seconds=20.0, max_requests_per_client=400, uploads_per_client=2)
QUICK = LoadPlan(clients=3, seconds=3.0, max_requests_per_client=30, uploads_per_client=1)
SATURATE = LoadPlan(clients=50, seconds=5.0, max_requests_per_client=400, uploads_per_client=0,
                    read_interval_s=0.0)  # fmt: skip
SATURATE_QUICK = LoadPlan(clients=3, seconds=1.0, max_requests_per_client=30,
                          uploads_per_client=0, read_interval_s=0.0)  # fmt: skip


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def create_key(ctx: Context, data_dir: Path) -> str:
    command = [*gapcard_command(ctx), "keys", "create", "--tenant", "bench",
               "--data-dir", str(data_dir)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"gapcard keys create failed: {done.stderr[-500:]}")
    return done.stdout.strip().splitlines()[-1]


@contextmanager
def server(ctx: Context, data_dir: Path) -> Iterator[str]:
    """A running `gapcard serve`; yields its base URL and stops it afterwards."""
    port = free_port()
    log = (data_dir / "serve.log").open("w")
    command = [*gapcard_command(ctx), "serve", "--host", "127.0.0.1", "--port", str(port),
               "--data-dir", str(data_dir)]  # fmt: skip
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, process, data_dir / "serve.log")
        yield base
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def wait_ready(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"gapcard serve exited ({process.returncode}): {log.read_text()[-800:]}"
            )
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gapcard serve not ready after 120 s: {log.read_text()[-800:]}")


def finished_analysis(http: httpx.Client) -> str:
    """Upload one document and analyse it to done; returns the analysis id."""
    files = {"files": ("seed.md", memo_document(-1, 0), "text/markdown")}
    document = http.post("/v1/documents", files=files).raise_for_status().json()[0]
    analysis = http.post(f"/v1/documents/{document['id']}/analyses").raise_for_status().json()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = http.get(f"/v1/analyses/{analysis['id']}").raise_for_status().json()["status"]
        if status == "done":
            return str(analysis["id"])
        if status == "failed":
            raise RuntimeError("the seed analysis failed on the server")
        time.sleep(0.2)
    raise RuntimeError("the seed analysis did not finish within 120 s")


def idle_latencies(http: httpx.Client, analysis_id: str, count: int = 20) -> list[float]:
    latencies = []
    for _ in range(count):
        start = time.perf_counter()
        http.get(f"/v1/analyses/{analysis_id}").raise_for_status()
        latencies.append(time.perf_counter() - start)
    return latencies


def report(result: RowResult, plan: LoadPlan, stats: LoadStats, idle: list[float]) -> None:
    result.metric("clients / time limit", plan.clients, f"clients / {plan.seconds:.0f} s")
    result.metric("requests", stats.requests)
    result.metric("requests/s", stats.requests / stats.elapsed_s if stats.elapsed_s else 0.0)
    result.metric("analyses done / failed during the load", stats.analyses_done,
                  f"/ {stats.analyses_failed}")  # fmt: skip
    result.metric("GET scorecard alone (idle): p95", percentile(idle, 95) * 1000, "ms")
    for kind in KINDS:
        values = stats.latencies[kind]
        if values:
            p50, p95, p99 = (percentile(values, q) * 1000 for q in (50, 95, 99))
            result.metric(f"{kind} (n={len(values)}): p50 / p95 / p99", p50,
                          f"/ {p95:.0f} / {p99:.0f} ms")  # fmt: skip
            result.details[f"{kind}_ms"] = {"p50": p50, "p95": p95, "p99": p99, "n": len(values)}
    lag = stats.loop_lag
    result.metric("load generator's own delay (loop lag): p95 / p99", percentile(lag, 95) * 1000,
                  f"/ {percentile(lag, 99) * 1000:.1f} ms")  # fmt: skip
    scorecard_p95 = percentile(stats.latencies["scorecard"], 95) * 1000
    result.metric(
        "GET scorecard p95 loaded / idle", ratio(scorecard_p95, percentile(idle, 95) * 1000)
    )
    result.target("GET scorecard p95 under load (ms)", scorecard_p95, "<", 50)
    result.details["errors"] = stats.errors
    result.notes.extend(stats.error_samples)


def run(ctx: Context, result: RowResult) -> None:
    require("api.app", "create_app")
    require("api.serve", "serve")
    plan = QUICK if ctx.quick else FULL
    data_dir = ctx.scratch("api")
    key = create_key(ctx, data_dir)
    with server(ctx, data_dir) as base:
        headers = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
            done_id = finished_analysis(http)
            idle = idle_latencies(http, done_id)
        stats = asyncio.run(run_load(base, key, done_id, plan))
        saturate = SATURATE_QUICK if ctx.quick else SATURATE
        capacity = asyncio.run(run_load(base, key, done_id, saturate))
    report(result, plan, stats, idle)
    reads = capacity.latencies["scorecard"]
    result.metric(f"capacity: {saturate.clients} clients reading back to back", len(reads),
                  f"reads in {capacity.elapsed_s:.1f} s")  # fmt: skip
    result.metric("capacity: GET scorecard/s", ratio(len(reads), capacity.elapsed_s))
    result.metric("capacity: GET scorecard p50 / p95", percentile(reads, 50) * 1000,
                  f"/ {percentile(reads, 95) * 1000:.0f} ms")  # fmt: skip
    errors = sum(stats.errors.values()) + sum(capacity.errors.values())
    result.target("errors (mixed load and capacity phase)", errors, "==", 0)
    result.notes.extend(capacity.error_samples)
    in_process = percentile(stats.latencies["scorecard"], 95) * 1000
    run_split(ctx, result, plan, in_process)


def run_split(ctx: Context, result: RowResult, plan: LoadPlan, in_process_p95: float) -> None:
    """The same load with analyses in 2 `gapcard worker` processes; then 1 worker vs 2 on a
    queue of small analyses (benchmarks/api_workers.py)."""
    split = Split(ctx, ctx.scratch("api-workers"))
    queue = QUEUE_QUICK if ctx.quick else QUEUE
    with split.running() as base:
        key = create_key(ctx, split.data_dir)
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"},
                          timeout=60) as http:  # fmt: skip
            with split.workers(2):
                done_id = finished_analysis(http)
                stats = asyncio.run(run_load(base, key, done_id, plan))
            batches = [upload_documents(http, queue, tag) for tag in (1, 2)]
            rates = [drain_rate(split, http, batches[n - 1], n) for n in (1, 2)]
    two = load_beside_workers(Split(ctx, ctx.scratch("api-workers-2"), processes=2), plan)
    p95, p95_two = (percentile(s.latencies["scorecard"], 95) * 1000 for s in (stats, two))
    result.metric("workers apart: analyses done / failed during the load", stats.analyses_done,
                  f"/ {stats.analyses_failed}")  # fmt: skip
    result.metric("GET scorecard p95 under load: in-process / workers apart, 1 serve process",
                  in_process_p95, f"/ {p95:.1f} ms")  # fmt: skip
    p50_two = percentile(two.latencies["scorecard"], 50) * 1000
    result.metric("workers apart, 2 serve processes: GET scorecard p50 / p95", p50_two,
                  f"/ {p95_two:.1f} ms")  # fmt: skip
    for label, run in (("1 serve process", stats), ("2 serve processes", two)):
        lag = [seconds * 1000 for seconds in run.loop_lag]
        result.metric(f"workers apart, {label}: load generator's delay (loop lag): p95 / p99",
                      percentile(lag, 95), f"/ {percentile(lag, 99):.1f} ms")  # fmt: skip
    result.target(
        "GET scorecard p95 under load, analyses in workers, 1 serve process (ms)", p95, "<", 20
    )
    result.target(
        "GET scorecard p95 under load, analyses in workers, 2 serve processes (ms)",
        p95_two,
        "<",
        20,
    )
    result.metric(f"queue of {queue}: analyses/s with 1 worker / 2 workers", rates[0],
                  f"/ {rates[1]:.2f}")  # fmt: skip
    result.target("2 workers over 1 on the queue (x)", ratio(rates[1], rates[0]), ">=", 1.7)
    errors = sum(stats.errors.values()) + sum(two.errors.values())
    result.target("errors (mixed load, analyses in workers)", errors, "==", 0)
    result.notes.extend(stats.error_samples + two.error_samples)


def load_beside_workers(split: Split, plan: LoadPlan) -> LoadStats:
    """The mixed load on `split`'s server while 2 worker processes analyse what it uploads."""
    with split.running() as base:
        key = create_key(split.ctx, split.data_dir)
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"},
                          timeout=60) as http, split.workers(2):  # fmt: skip
            done_id = finished_analysis(http)
            return asyncio.run(run_load(base, key, done_id, plan))
