"""Durable analysis jobs: the analyses table is the queue; worker threads run it, inside
`gapcard serve` (api.workers > 0) or in separate `gapcard worker` processes.

- A claim is a lease: the worker writes a fresh claim token, its name and a lease expiry, and
  counts the attempt. While the job runs, its worker renews the lease every third of it.
- A job can be claimed while it is queued, or while it is running with an expired lease: its
  worker died (even by SIGKILL) or lost the database for longer than the lease.
- On PostgreSQL, a claim locks the oldest claimable row with `SELECT ... FOR UPDATE SKIP LOCKED`
  and takes it in the same transaction, so concurrent workers neither wait for each other nor
  take the same job. On SQLite (one machine) the same claim is a conditional UPDATE that repeats
  the claimable condition, so of two workers racing for a row only one changes it.
- A job becomes `done` in the same statement that stores its scorecard, and only while the
  worker's claim token still stands: nothing is reported done that is not stored, and a job
  claimed again meanwhile is never finished twice.
- A job whose lease lapsed after `max_attempts` claims is failed (`interrupted`) instead of run
  again: a document that keeps killing its workers does not take the queue down with it.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, and_, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from api.db import AnalysisRow, Database, utcnow
from api.leases import LeaseKeeper, settle_retrying

log = logging.getLogger(__name__)
CANDIDATES = 8  # rows looked at per claim on SQLite, where racing workers may take some first


@dataclass(frozen=True)
class ClaimedJob:
    id: str
    tenant_id: str
    document_id: str
    checks: str | None
    engine: str | None
    attempts: int
    claim: str
    rubric: str | None = None
    coverage: str | None = None


class JobFailed(Exception):
    """An expected failure of a job, recorded with its type and message."""

    def __init__(self, type_: str, message: str) -> None:
        super().__init__(message)
        self.type = type_
        self.message = message


def _rowcount(result: Any) -> int:
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def worker_name() -> str:
    """This process as a lease holder: `host:pid`."""
    return f"{socket.gethostname()}:{os.getpid()}"


def claimable(now: datetime) -> ColumnElement[bool]:
    """Queued, or running under a lease that has expired."""
    expired = and_(AnalysisRow.status == "running", AnalysisRow.lease_expires_at < now)
    return or_(AnalysisRow.status == "queued", expired)


class JobQueue:
    def __init__(
        self, db: Database, *, max_attempts: int = 3, lease_s: float = 30.0, name: str = ""
    ) -> None:
        self.db = db
        self.max_attempts = max_attempts
        self.lease = timedelta(seconds=lease_s)
        self.name = name or worker_name()

    def claim_next(self) -> ClaimedJob | None:
        """Take the oldest claimable job, or None when there is none."""
        now = utcnow()
        candidates = (
            select(AnalysisRow.id, AnalysisRow.status, AnalysisRow.attempts)
            .where(claimable(now))
            .order_by(AnalysisRow.created_at, AnalysisRow.id)
        )
        if self.db.skip_locked:
            locked = candidates.limit(1).with_for_update(skip_locked=True)
            with self.db.session() as session:
                for _ in range(CANDIDATES):  # exhausted jobs are failed on the way
                    if (row := session.execute(locked).first()) is None:
                        return None
                    if (job := self._take(session, row, now)) is not None:
                        return job
            return None
        with self.db.session() as session:
            rows = session.execute(candidates.limit(CANDIDATES)).all()
        for row in rows:
            with self.db.session() as session:
                if (job := self._take(session, row, now)) is not None:
                    return job
        return None

    def _take(self, session: Session, row: Row[str, str, int], now: datetime) -> ClaimedJob | None:
        """Claim the candidate `row` if it is still claimable (None if not, or if it is out of
        attempts, in which case it is failed)."""
        still = and_(AnalysisRow.id == row.id, claimable(now))
        if row.status == "running" and row.attempts >= self.max_attempts:
            message = f"interrupted {row.attempts} times (its worker stopped); not retried"
            session.execute(
                update(AnalysisRow)
                .where(still)
                .values(status="failed", claim=None, lease_expires_at=None,
                        error_type="interrupted", error_message=message, finished_at=now)
            )  # fmt: skip
            log.warning("job %s failed: %s", row.id, message)
            return None
        token = secrets.token_hex(8)
        taken = session.execute(
            update(AnalysisRow)
            .where(still)
            .values(status="running", claim=token, claimed_by=self.name,
                    attempts=AnalysisRow.attempts + 1, started_at=now,
                    lease_expires_at=now + self.lease)
            .returning(AnalysisRow.tenant_id, AnalysisRow.document_id, AnalysisRow.checks,
                       AnalysisRow.engine, AnalysisRow.attempts, AnalysisRow.rubric,
                       AnalysisRow.coverage)
        ).first()  # fmt: skip
        if taken is None:
            return None
        tenant_id, document_id, checks, engine, attempts, rubric, coverage = taken
        return ClaimedJob(
            row.id, tenant_id, document_id, checks, engine, attempts, token, rubric, coverage
        )

    def renew(self, jobs: Sequence[ClaimedJob]) -> list[ClaimedJob]:
        """Extend the leases of `jobs`; returns those whose claim no longer stands."""
        if not jobs:
            return []
        with self.db.session() as session:
            kept = session.scalars(
                update(AnalysisRow)
                .where(AnalysisRow.claim.in_([job.claim for job in jobs]),
                       AnalysisRow.status == "running")
                .values(lease_expires_at=utcnow() + self.lease)
                .returning(AnalysisRow.claim)
            ).all()  # fmt: skip
        return [job for job in jobs if job.claim not in set(kept)]

    def _settle(self, job: ClaimedJob, **values: Any) -> bool:
        with self.db.session() as session:
            result = session.execute(
                update(AnalysisRow)
                .where(
                    AnalysisRow.id == job.id,
                    AnalysisRow.status == "running",
                    AnalysisRow.claim == job.claim,
                )
                .values(claim=None, lease_expires_at=None, **values)
            )
            return _rowcount(result) == 1

    def finish(self, job: ClaimedJob, scorecard_json: str) -> bool:
        """Store the scorecard and mark the job done, atomically; False if the claim was lost."""
        return self._settle(
            job,
            status="done",
            scorecard_json=scorecard_json,
            error_type=None,
            error_message=None,
            finished_at=utcnow(),
        )

    def fail(self, job: ClaimedJob, type_: str, message: str) -> bool:
        return self._settle(
            job, status="failed", error_type=type_, error_message=message, finished_at=utcnow()
        )

    def release(self, job: ClaimedJob, *, count: bool = True) -> bool:
        """Put a claimed job back in the queue: at shutdown, or uncounted (`count=False`) when
        the database failed under it, which is no fault of the job's."""
        if count:
            return self._settle(job, status="queued")
        return self._settle(job, status="queued", attempts=AnalysisRow.attempts - 1)


Runner = Callable[[ClaimedJob], str]


class WorkerPool:
    """`workers` threads that claim jobs and run `runner(job) -> scorecard JSON`, and a thread
    that renews the leases of the jobs they hold. No threads at all when `workers` is 0.

    The runner raises JobFailed for an expected failure; anything else is logged and recorded
    as an internal error (without its details, which stay in the log).
    """

    def __init__(
        self, queue: JobQueue, runner: Runner, *, workers: int = 2, poll_interval: float = 1.0
    ) -> None:
        self.queue = queue
        self.runner = runner
        self.workers = workers
        self.poll_interval = poll_interval
        self.leases = LeaseKeeper(queue, queue.lease.total_seconds() / 3)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        if self.workers == 0:
            return
        self.leases.start()
        for number in range(self.workers):
            thread = threading.Thread(
                target=self._loop, name=f"gapcard-worker-{number}", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def notify(self) -> None:
        """Wake idle workers (a job was queued)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop taking jobs, wait for running ones, and requeue any that did not finish."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)
        for job in self.leases.held():
            try:
                if self.queue.release(job):
                    log.warning("job %s did not finish before shutdown; requeued", job.id)
            except DBAPIError:
                log.warning("job %s: cannot requeue it; its lease will lapse", job.id)
        self.leases.stop()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                job = self.queue.claim_next()
            except Exception:
                log.exception("cannot claim jobs; retrying")
                job = None
            if job is None:
                self._wake.wait(self.poll_interval)
                self._wake.clear()
                continue
            try:
                self._run(job)
            except Exception:  # the database stayed away; the job's lease will lapse
                log.exception("job %s could not be settled", job.id)

    def _run(self, job: ClaimedJob) -> None:
        self.leases.hold(job)
        try:
            self._settle(job)
        finally:
            self.leases.drop(job)

    def _settle(self, job: ClaimedJob) -> None:
        log.info("job %s: attempt %d", job.id, job.attempts)
        patience = self.queue.lease.total_seconds()
        failure: tuple[str, str] | None = None
        try:
            payload = self.runner(job)
        except DBAPIError as exc:  # the database went away under the job: run it again
            log.warning("job %s: database unreachable while running (%s); requeued", job.id, exc)
            settle_retrying(lambda: self.queue.release(job, count=False), job.id, patience)
            return
        except JobFailed as exc:
            log.info("job %s failed: %s: %s", job.id, exc.type, exc.message)
            failure = (exc.type, exc.message)
        except Exception:
            log.exception("job %s failed unexpectedly", job.id)
            failure = ("internal_error", "the analysis failed unexpectedly")
        if failure is not None:
            settle_retrying(lambda: self.queue.fail(job, *failure), job.id, patience)
        elif settle_retrying(lambda: self.queue.finish(job, payload), job.id, patience):
            log.info("job %s done", job.id)
        else:
            log.warning("job %s finished but its claim was lost (deleted or taken)", job.id)
