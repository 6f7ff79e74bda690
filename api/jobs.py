"""Durable analysis jobs: the analyses table is the queue, a thread pool runs it.

- A worker claims a job with one conditional UPDATE (`... WHERE id = ? AND status = 'queued'`),
  so two workers (or two processes) never take the same job; the claim writes a fresh token and
  counts the attempt.
- A job becomes `done` in the same statement that stores its scorecard, and only while the
  worker's claim token still stands: nothing is reported done that is not stored, and a job
  requeued meanwhile is never finished twice.
- At start, jobs left `running` by a process that died are queued again (or failed once they
  have used `max_attempts`).
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult

from api.db import AnalysisRow, Database, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClaimedJob:
    id: str
    tenant_id: str
    document_id: str
    checks: str | None
    engine: str | None
    attempts: int
    claim: str
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


class JobQueue:
    def __init__(self, db: Database, *, max_attempts: int = 3) -> None:
        self.db = db
        self.max_attempts = max_attempts

    def recover(self) -> tuple[int, int]:
        """Requeue jobs left running by a dead process; fail those out of attempts.
        Returns (requeued, failed)."""
        running = AnalysisRow.status == "running"
        with self.db.session() as session:
            failed = session.execute(
                update(AnalysisRow)
                .where(running, AnalysisRow.attempts >= self.max_attempts)
                .values(
                    status="failed",
                    claim=None,
                    error_type="interrupted",
                    error_message=f"interrupted {self.max_attempts} times; not retried",
                    finished_at=utcnow(),
                )
            )
            requeued = session.execute(
                update(AnalysisRow).where(running).values(status="queued", claim=None)
            )
            counts = (_rowcount(requeued), _rowcount(failed))
        if any(counts):
            log.warning("recovered interrupted jobs: %d requeued, %d failed", *counts)
        return counts

    def claim_next(self) -> ClaimedJob | None:
        """Take the oldest queued job, or None when there is none."""
        with self.db.session() as session:
            candidates = session.scalars(
                select(AnalysisRow.id)
                .where(AnalysisRow.status == "queued")
                .order_by(AnalysisRow.created_at, AnalysisRow.id)
                .limit(8)
            ).all()
        for job_id in candidates:
            job = self._claim(job_id)
            if job is not None:
                return job
        return None

    def _claim(self, job_id: str) -> ClaimedJob | None:
        token = secrets.token_hex(8)
        with self.db.session() as session:
            result = session.execute(
                update(AnalysisRow)
                .where(AnalysisRow.id == job_id, AnalysisRow.status == "queued")
                .values(
                    status="running",
                    claim=token,
                    attempts=AnalysisRow.attempts + 1,
                    started_at=utcnow(),
                )
            )
            if _rowcount(result) != 1:
                return None
            row = session.get(AnalysisRow, job_id, populate_existing=True)
            assert row is not None
            return ClaimedJob(
                row.id,
                row.tenant_id,
                row.document_id,
                row.checks,
                row.engine,
                row.attempts,
                token,
                coverage=row.coverage,
            )

    def _settle(self, job: ClaimedJob, **values: Any) -> bool:
        with self.db.session() as session:
            result = session.execute(
                update(AnalysisRow)
                .where(
                    AnalysisRow.id == job.id,
                    AnalysisRow.status == "running",
                    AnalysisRow.claim == job.claim,
                )
                .values(claim=None, **values)
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

    def release(self, job: ClaimedJob) -> bool:
        """Put a claimed job back in the queue (at shutdown)."""
        return self._settle(job, status="queued")


Runner = Callable[[ClaimedJob], str]


class WorkerPool:
    """`workers` threads that claim jobs and run `runner(job) -> scorecard JSON`.

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
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._in_flight: dict[str, ClaimedJob] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
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
        with self._lock:
            unfinished = list(self._in_flight.values())
        for job in unfinished:
            if self.queue.release(job):
                log.warning("job %s did not finish before shutdown; requeued", job.id)

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
            except Exception:  # the database failed while settling; the job stays claimed
                log.exception("job %s could not be settled", job.id)

    def _run(self, job: ClaimedJob) -> None:
        with self._lock:
            self._in_flight[job.id] = job
        try:
            self._settle(job)
        finally:
            with self._lock:
                self._in_flight.pop(job.id, None)

    def _settle(self, job: ClaimedJob) -> None:
        log.info("job %s: attempt %d", job.id, job.attempts)
        try:
            payload = self.runner(job)
        except JobFailed as exc:
            log.info("job %s failed: %s: %s", job.id, exc.type, exc.message)
            self.queue.fail(job, exc.type, exc.message)
            return
        except Exception:
            log.exception("job %s failed unexpectedly", job.id)
            self.queue.fail(job, "internal_error", "the analysis failed unexpectedly")
            return
        if self.queue.finish(job, payload):
            log.info("job %s done", job.id)
        else:
            log.warning("job %s finished but its claim was lost (deleted or requeued)", job.id)
