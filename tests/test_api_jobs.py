"""The durable job queue (claims, leases, settling) and the worker pool on a real SQLite
database (no analyzer needed)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from api.db import AnalysisRow, Database, DocumentRow, Tenant
from api.jobs import ClaimedJob, JobFailed, JobQueue, WorkerPool


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'jobs.db'}")
    database.create_all()
    with database.session() as session:
        session.add(Tenant(id="t1", name="acme"))
        session.flush()
        session.add(
            DocumentRow(
                id="d1", tenant_id="t1", sha256="0" * 64, name="a.pdf", format="pdf", size_bytes=1
            )
        )
    return database


def enqueue(db: Database, count: int) -> list[str]:
    rows = [AnalysisRow(tenant_id="t1", document_id="d1") for _ in range(count)]
    with db.session() as session:
        session.add_all(rows)
    return [row.id for row in rows]


def rows(db: Database) -> dict[str, AnalysisRow]:
    with db.session() as session:
        return {row.id: row for row in session.scalars(select(AnalysisRow))}


def test_sqlite_runs_in_wal_mode(db: Database) -> None:
    with db.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"


def test_ids_are_unguessable(db: Database) -> None:
    ids = enqueue(db, 50)
    assert len(set(ids)) == 50
    assert all(len(i) >= 22 for i in ids)


def test_concurrent_claims_take_each_job_once(db: Database) -> None:
    ids = enqueue(db, 40)
    claimed: list[ClaimedJob] = []
    lock = threading.Lock()
    queue = JobQueue(db)

    def claimer() -> None:
        while (job := queue.claim_next()) is not None:
            with lock:
                claimed.append(job)

    threads = [threading.Thread(target=claimer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(job.id for job in claimed) == sorted(ids)
    stored = rows(db)
    assert all(row.status == "running" and row.attempts == 1 for row in stored.values())


def test_finish_stores_scorecard_and_done_together(db: Database) -> None:
    (job_id,) = enqueue(db, 1)
    queue = JobQueue(db)
    job = queue.claim_next()
    assert job is not None and job.id == job_id
    assert queue.finish(job, '{"score": 1}')
    row = rows(db)[job_id]
    assert (row.status, row.scorecard_json, row.claim) == ("done", '{"score": 1}', None)
    assert row.finished_at is not None and row.started_at is not None
    assert not queue.finish(job, '{"score": 2}'), "a settled job cannot be finished again"
    assert rows(db)[job_id].scorecard_json == '{"score": 1}'


def test_a_live_lease_keeps_a_job_and_an_expired_one_lets_another_worker_take_it(
    db: Database,
) -> None:
    (job_id,) = enqueue(db, 1)
    dying = JobQueue(db, lease_s=0.3, name="host:1")
    other = JobQueue(db, lease_s=0.3, name="host:2")
    stale = dying.claim_next()
    assert stale is not None and rows(db)[job_id].claimed_by == "host:1"
    assert other.claim_next() is None, "a job under a live lease is not claimable"
    time.sleep(0.4)  # host:1 died without renewing
    fresh = other.claim_next()
    assert fresh is not None and (fresh.id, fresh.attempts) == (job_id, 2)
    assert not dying.finish(stale, "{}"), "the dead worker's claim no longer counts"
    assert dying.renew([stale]) == [stale], "nor can it be renewed"
    assert other.finish(fresh, '{"ok": 1}')
    row = rows(db)[job_id]
    assert (row.status, row.attempts, row.claimed_by, row.lease_expires_at) == (
        "done", 2, "host:2", None,
    )  # fmt: skip
    assert other.claim_next() is None


def test_renewing_a_lease_moves_its_expiry(db: Database) -> None:
    (job_id,) = enqueue(db, 1)
    queue = JobQueue(db, lease_s=0.5)
    job = queue.claim_next()
    assert job is not None
    first = rows(db)[job_id].lease_expires_at
    for _ in range(4):  # 0.8 s in all, longer than the lease: renewed, it never lapses
        time.sleep(0.2)
        assert queue.renew([job]) == []
        assert JobQueue(db, lease_s=0.5, name="other").claim_next() is None
    renewed = rows(db)[job_id].lease_expires_at
    assert first is not None and renewed is not None and renewed > first


def test_a_job_whose_worker_keeps_dying_fails_after_max_attempts(db: Database) -> None:
    (job_id,) = enqueue(db, 1)
    queue = JobQueue(db, max_attempts=2, lease_s=0.05)
    for attempt in (1, 2):
        job = queue.claim_next()
        assert job is not None and job.attempts == attempt
        time.sleep(0.1)  # the worker dies; its lease lapses
    assert queue.claim_next() is None
    row = rows(db)[job_id]
    assert (row.status, row.error_type, row.attempts, row.claim) == (
        "failed", "interrupted", 2, None,
    )  # fmt: skip
    assert "interrupted 2 times" in (row.error_message or "")


def wait_for(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def test_pool_runs_jobs_and_records_failures(db: Database) -> None:
    ids = enqueue(db, 6)
    runs: dict[str, int] = {}
    lock = threading.Lock()

    def runner(job: ClaimedJob) -> str:
        with lock:
            runs[job.id] = runs.get(job.id, 0) + 1
        if job.id == ids[0]:
            raise JobFailed("unsupported_format", "not a document")
        if job.id == ids[1]:
            raise RuntimeError("secret internal detail")
        return f'{{"job": "{job.id}"}}'

    pool = WorkerPool(JobQueue(db), runner, workers=3, poll_interval=0.05)
    pool.start()
    try:
        wait_for(lambda: all(r.status in ("done", "failed") for r in rows(db).values()))
    finally:
        pool.stop()
    stored = rows(db)
    assert runs == {job_id: 1 for job_id in ids}
    assert (stored[ids[0]].error_type, stored[ids[0]].error_message) == (
        "unsupported_format",
        "not a document",
    )
    assert stored[ids[1]].error_type == "internal_error"
    assert "secret" not in (stored[ids[1]].error_message or "")
    assert all(stored[i].scorecard_json == f'{{"job": "{i}"}}' for i in ids[2:])


def test_pool_renews_the_lease_of_a_job_longer_than_it(db: Database) -> None:
    (job_id,) = enqueue(db, 1)
    taken: list[ClaimedJob | None] = []

    def runner(job: ClaimedJob) -> str:
        # 2.4 s of work under a 1 s lease, renewed every third of it: long enough that a loaded
        # machine's scheduling delays (a CI run beside other jobs) do not let the lease lapse
        for _ in range(6):
            time.sleep(0.4)
            taken.append(JobQueue(db, lease_s=1.0, name="other").claim_next())
        return "{}"

    pool = WorkerPool(JobQueue(db, lease_s=1.0), runner, workers=1, poll_interval=0.05)
    pool.start()
    try:
        wait_for(lambda: rows(db)[job_id].status == "done")
    finally:
        pool.stop()
    assert taken == [None] * 6, "nobody else takes a job whose lease is renewed"
    assert rows(db)[job_id].attempts == 1


def test_pool_wakes_on_notify_and_requeues_unfinished_at_stop(db: Database) -> None:
    release = threading.Event()
    started = threading.Event()

    def runner(job: ClaimedJob) -> str:
        started.set()
        release.wait(5)
        return "{}"

    pool = WorkerPool(JobQueue(db), runner, workers=1, poll_interval=30)
    pool.start()
    time.sleep(0.1)  # the worker is now idle with a 30 s poll interval
    (job_id,) = enqueue(db, 1)
    pool.notify()
    assert started.wait(5), "notify should wake an idle worker"
    pool.stop(timeout=0.2)
    assert rows(db)[job_id].status == "queued", "an unfinished job goes back to the queue"
    release.set()
    time.sleep(0.1)
    assert rows(db)[job_id].status == "queued", "the released claim cannot finish the job"
