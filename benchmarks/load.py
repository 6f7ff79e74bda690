"""An asyncio load generator for the gapcard API: many clients, bounded in time and requests.

Each client uploads a small document of its own (so the server parses and indexes real work),
queues its analysis, and polls it until done; while it waits, and once its uploads are spent,
it reads the scorecard of an analysis that is already done. Every request's latency is recorded
by kind; any exception or unexpected status is an error.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.synthetic import MEMO

KINDS = ("upload", "create", "poll", "scorecard")
EXPECTED = {"upload": 201, "create": 202, "poll": 200, "scorecard": 200}


@dataclass(frozen=True)
class LoadPlan:
    """How many clients, for how long, and how each behaves. The default think times are the
    web page's (api/static/app.js polls an analysis every second)."""

    clients: int
    seconds: float
    max_requests_per_client: int
    uploads_per_client: int
    poll_interval_s: float = 1.0
    read_interval_s: float = 1.0
    timeout_s: float = 30.0


@dataclass
class LoadStats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: dict[str, int] = field(default_factory=lambda: {k: 0 for k in KINDS})
    error_samples: list[str] = field(default_factory=list)
    #: How late the load generator's own event loop woke for a 5 ms timer: its share of every
    #: latency above (the clients are coroutines of one process on the server's machine).
    loop_lag: list[float] = field(default_factory=list)
    analyses_done: int = 0
    analyses_failed: int = 0
    elapsed_s: float = 0.0

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + sum(self.errors.values())


def memo_document(client: int, number: int) -> bytes:
    heading, paragraphs = MEMO
    body = "\n\n".join(paragraphs)
    tag = f"{client}-{number}"
    return f"# {heading} ({tag})\n\n{body}\n\nReference: load-{tag}.\n".encode()


class Client:
    """One simulated user with its own connection pool and request budget."""

    def __init__(self, number: int, http: httpx.AsyncClient, plan: LoadPlan, stats: LoadStats,
                 done_id: str, deadline: float) -> None:  # fmt: skip
        self.number, self.http, self.plan, self.stats = number, http, plan, stats
        self.done_id, self.deadline = done_id, deadline
        self.sent = 0

    def open(self) -> bool:
        return time.monotonic() < self.deadline and self.sent < self.plan.max_requests_per_client

    async def request(self, kind: str, method: str, url: str, **kwargs: Any) -> Any:
        self.sent += 1
        start = time.perf_counter()
        try:
            response = await self.http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            self._error(kind, f"{kind}: {type(exc).__name__}: {exc}")
            return None
        elapsed = time.perf_counter() - start
        if response.status_code != EXPECTED[kind]:
            self._error(kind, f"{kind}: HTTP {response.status_code}: {response.text[:200]}")
            return None
        self.stats.latencies[kind].append(elapsed)
        return response.json()

    def _error(self, kind: str, message: str) -> None:
        self.stats.errors[kind] += 1
        if len(self.stats.error_samples) < 10:
            self.stats.error_samples.append(message)

    async def read_scorecard(self) -> None:
        await self.request("scorecard", "GET", f"/v1/analyses/{self.done_id}")

    async def analyse_one(self, number: int) -> None:
        files = {"files": (f"memo-{self.number}-{number}.md", memo_document(self.number, number),
                           "text/markdown")}  # fmt: skip
        uploaded = await self.request("upload", "POST", "/v1/documents", files=files)
        if not uploaded or not self.open():
            return
        created = await self.request(
            "create", "POST", f"/v1/documents/{uploaded[0]['id']}/analyses"
        )
        while created and self.open():
            await asyncio.sleep(self.plan.poll_interval_s)
            polled = await self.request("poll", "GET", f"/v1/analyses/{created['id']}")
            if polled and polled["status"] in ("done", "failed"):
                if polled["status"] == "done":
                    self.stats.analyses_done += 1
                else:
                    self.stats.analyses_failed += 1
                return
            if self.open():
                await self.read_scorecard()

    async def run(self) -> None:
        for number in range(self.plan.uploads_per_client):
            if self.open():
                await self.analyse_one(number)
        while self.open():
            await self.read_scorecard()
            if self.plan.read_interval_s:
                await asyncio.sleep(self.plan.read_interval_s)


async def watch_loop(lags: list[float], stop: asyncio.Event, tick: float = 0.005) -> None:
    """Record how late each `tick` sleep wakes up, until `stop` is set."""
    while not stop.is_set():
        start = time.perf_counter()
        await asyncio.sleep(tick)
        lags.append(max(0.0, time.perf_counter() - start - tick))


async def run_load(base_url: str, key: str, done_id: str, plan: LoadPlan) -> LoadStats:
    stats = LoadStats()
    headers = {"Authorization": f"Bearer {key}"}
    started = time.monotonic()
    deadline = started + plan.seconds
    https = [
        httpx.AsyncClient(base_url=base_url, headers=headers, timeout=plan.timeout_s)
        for _ in range(plan.clients)
    ]
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch_loop(stats.loop_lag, stop))
    try:
        clients = [Client(n, h, plan, stats, done_id, deadline) for n, h in enumerate(https)]
        await asyncio.gather(*(client.run() for client in clients))
    finally:
        stats.elapsed_s = time.monotonic() - started
        stop.set()
        await watcher
        await asyncio.gather(*(h.aclose() for h in https))
    return stats
