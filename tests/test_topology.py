"""The deployed topology of deploy/compose.yaml, without containers: PostgreSQL, a Chroma server,
two `gapcard serve` replicas with no analyses in them, and two `gapcard worker` processes.

Analyses go in through both replicas for two tenants. Each test checks that every analysis ends
done exactly once (by its attempts), across a worker killed with SIGKILL while it holds jobs, an
API replica killed and restarted, and a restart of the database.
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from analyzer.models import Scorecard
from api.auth import create_key
from api.db import Database
from tests.api_support import free_port, strategy_pdf, upload
from tests.topology_support import (
    REPO,
    Postgres,
    Service,
    chroma_server,
    gapcard,
    http_ok,
    postgres,
    postgres_bin,
    wait_until,
)

BINDIR = postgres_bin()
pytestmark = [
    pytest.mark.topology,
    pytest.mark.xdist_group("topology"),  # one topology for the module, not one per xdist worker
    pytest.mark.timeout(300),
    pytest.mark.skipif(BINDIR is None, reason="PostgreSQL binaries (initdb, pg_ctl) not found"),
]
LEASE_S = 4
TENANTS = ("alpha", "beta")


@dataclass
class Topology:
    folder: Path
    pg: Postgres
    env: dict[str, str]
    db: Database
    replicas: list[Service] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    workers: list[Service] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)

    def replica(self, number: int) -> Service:
        """Replica 0 is one process (and the one killed); replica 1 is two sharing its port."""
        port = free_port()
        data = str(self.folder / f"api-{number}")
        processes = str(number + 1)
        command = gapcard(
            "serve", "--port", str(port), "--data-dir", data, "--processes", processes
        )
        service = Service(f"api-{number}", command, self.env, self.folder / f"api-{number}.log")
        self.urls.append(f"http://127.0.0.1:{port}")
        return service

    def worker(self, number: int) -> Service:
        data = str(self.folder / f"worker-{number}")
        command = gapcard("worker", "--concurrency", "2", "--data-dir", data)
        return Service(f"worker-{number}", command, self.env, self.folder / f"worker-{number}.log")

    def wait_replica(self, number: int) -> None:
        self.replicas[number].check_alive()
        wait_until(http_ok(self.urls[number] + "/readyz"), self.replicas[number].name, 90)

    def wait_worker(self, service: Service) -> None:
        def ready() -> bool:
            service.check_alive()
            return "ready:" in service.log.read_text(errors="replace")

        wait_until(ready, service.name, 90)

    def client(self, tenant: str, replica: int) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.keys[tenant]}"}
        return httpx.Client(base_url=self.urls[replica], headers=headers, timeout=60)

    def jobs(self) -> dict[str, dict[str, Any]]:
        with self.db.engine.connect() as connection:
            rows = connection.execute(text("SELECT * FROM analyses")).mappings().all()
        return {row["id"]: dict(row) for row in rows}


@pytest.fixture(scope="module")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Topology]:
    assert BINDIR is not None
    folder = tmp_path_factory.mktemp("topology")
    with postgres(BINDIR) as pg:
        chroma, chroma_port = chroma_server(folder)
        chroma.start()
        env = {**os.environ, "PYTHONPATH": str(REPO), "GAPCARD_API__DATABASE_URL": pg.url,
               "GAPCARD_API__WORKERS": "0", "GAPCARD_API__LEASE_S": str(LEASE_S),
               "GAPCARD_API__POLL_INTERVAL_S": "0.2",
               "GAPCARD_API__UPLOADS_DIR": str(folder / "uploads"),
               "GAPCARD_STORE__MODE": "http", "GAPCARD_STORE__HOST": "127.0.0.1",
               "GAPCARD_STORE__PORT": str(chroma_port),
               "GAPCARD_EMBEDDING__THREADS": "1"}  # fmt: skip
        top = Topology(folder, pg, env, Database(pg.url))
        try:
            wait_until(http_ok(f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat"), "chroma", 60)
            top.replicas = [top.replica(0), top.replica(1)]
            top.workers = [top.worker(0), top.worker(1)]
            for service in [*top.replicas, *top.workers]:
                service.start()  # all at once: the migration runs once, under a lock
            for number in (0, 1):
                top.wait_replica(number)
            for service in top.workers:
                top.wait_worker(service)
            top.keys = {tenant: create_key(top.db, tenant) for tenant in TENANTS}
            yield top
        finally:
            for service in [*top.workers, *top.replicas, chroma]:
                service.stop()
            top.db.dispose()


def submit(client: httpx.Client, tag: str) -> str:
    document = upload(client, f"plan-{tag}.pdf", strategy_pdf(1, tag))
    response = client.post(f"/v1/documents/{document['id']}/analyses", json={})
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


def wait_all_settled(top: Topology, ids: set[str], timeout: float = 150) -> dict[str, Any]:
    def settled() -> bool:
        jobs = top.jobs()
        return all(jobs[i]["status"] in ("done", "failed") for i in ids)

    wait_until(settled, "the analyses", timeout)
    return top.jobs()


def held_by(top: Topology, worker: Service) -> set[str]:
    name = f"{socket.gethostname()}:{worker.pid}"
    return {i for i, job in top.jobs().items()
            if job["status"] == "running" and job["claimed_by"] == name}  # fmt: skip


def assert_done_once(jobs: dict[str, Any], ids: set[str], rerun: set[str] = frozenset()) -> None:
    for job_id in ids:
        job = jobs[job_id]
        assert job["status"] == "done" and job["scorecard_json"], job
        assert (job["claim"], job["lease_expires_at"]) == (None, None), job
        assert job["attempts"] == (2 if job_id in rerun else 1), (job_id, job["attempts"])


def test_forty_analyses_through_two_replicas_survive_a_worker_killed_mid_job(
    topology: Topology,
) -> None:
    top = topology
    owner: dict[str, str] = {}
    victim, held = top.workers[0], set()
    for n in range(40):
        tenant, replica = TENANTS[n % 2], (n // 2) % 2
        owner[submit(top.client(tenant, replica), f"topology-{n}")] = tenant
        if n >= 12 and not held and held_by(top, victim):
            victim.kill()  # SIGKILL while it holds jobs
            held = held_by(top, victim)
    assert held, "the worker to kill never held a job"
    jobs = wait_all_settled(top, set(owner))
    assert_done_once(jobs, set(owner), rerun=held)

    for tenant in TENANTS:
        own = {i for i, t in owner.items() if t == tenant}
        other = next(i for i, t in owner.items() if t != tenant)
        for replica in (0, 1):
            client = top.client(tenant, replica)
            listed = {a["id"] for a in client.get("/v1/analyses").json()}
            assert listed == own, "each tenant sees its own analyses, and only those"
            for job_id in own:
                body = client.get(f"/v1/analyses/{job_id}").json()
                stored = Scorecard.model_validate_json(jobs[job_id]["scorecard_json"])
                assert body["scorecard"] == stored.model_dump(mode="json"), job_id
            assert client.get(f"/v1/analyses/{other}").status_code == 404

    top.workers[0] = top.worker(0)  # a replacement for the next tests
    top.workers[0].start()
    top.wait_worker(top.workers[0])


def test_an_api_replica_killed_and_restarted_loses_no_job_and_reruns_none(
    topology: Topology,
) -> None:
    top = topology
    ids = {submit(top.client("alpha", 0), f"replica-{n}") for n in range(6)}
    top.replicas[0].kill()
    top.replicas[0].start()  # on its port again, while the other replica takes requests
    ids |= {submit(top.client("alpha", 1), f"replica-{n}") for n in range(6, 10)}
    top.wait_replica(0)
    ids |= {submit(top.client("alpha", 0), f"replica-{n}") for n in range(10, 12)}
    assert_done_once(wait_all_settled(top, ids), ids)


def test_a_database_restart_mid_run_loses_no_job_and_reruns_none(topology: Topology) -> None:
    top = topology
    ids = {submit(top.client("beta", n % 2), f"database-{n}") for n in range(10)}
    wait_until(lambda: any(j["status"] == "running" for j in top.jobs().values()), "a job", 60)
    top.pg.stop()
    time.sleep(1.0)
    top.pg.start()
    assert_done_once(wait_all_settled(top, ids), ids)
    for replica in (0, 1):
        top.wait_replica(replica)
        response = top.client("beta", replica).get(f"/v1/analyses/{sorted(ids)[0]}")
        assert response.status_code == 200 and response.json()["status"] == "done"


def child_pids(pid: int) -> set[int]:
    children = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text_ = status.read_text()
        except OSError:  # the process ended meanwhile
            continue
        if f"\nPPid:\t{pid}\n" in text_:
            children.add(int(status.parent.name))
    return children


def test_a_replica_of_two_processes_serves_from_both(topology: Topology) -> None:
    top = topology
    replica = top.replicas[1]
    log = replica.log.read_text(errors="replace")
    started = {int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", log)}
    assert len(started) == 2 and started <= child_pids(replica.pid), log[-2000:]
    client = top.client("alpha", 1)
    assert all(client.get("/v1/analyses").status_code == 200 for _ in range(20))
