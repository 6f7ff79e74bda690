"""Keeping claims alive: a thread that renews the leases of the jobs a process is running, and a
retry that settles a job across a short database outage (a restart, a failover)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from api.jobs import ClaimedJob, JobQueue

log = logging.getLogger(__name__)
RETRY_INTERVAL_S = 0.5


class LeaseKeeper:
    """The jobs this process holds, their leases renewed every `interval` seconds."""

    def __init__(self, queue: JobQueue, interval: float) -> None:
        self.queue = queue
        self.interval = interval
        self._jobs: dict[str, ClaimedJob] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def hold(self, job: ClaimedJob) -> None:
        with self._lock:
            self._jobs[job.id] = job

    def drop(self, job: ClaimedJob) -> None:
        with self._lock:
            self._jobs.pop(job.id, None)

    def held(self) -> list[ClaimedJob]:
        with self._lock:
            return list(self._jobs.values())

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="gapcard-leases", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def renew_now(self) -> None:
        """Renew every held lease once; a lost claim is logged (its job's result will be
        refused when it is settled)."""
        try:
            lost = self.queue.renew(self.held())
        except DBAPIError as exc:
            log.warning("cannot renew leases (the database is unreachable): %s", exc.orig)
            return
        for job in lost:
            log.warning("job %s: claim lost (deleted, or its lease lapsed and was taken)", job.id)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.renew_now()


def settle_retrying(settle: Callable[[], bool], job_id: str, patience_s: float) -> bool:
    """Call `settle` until the database answers, for up to `patience_s` seconds: a result
    computed during a short outage is stored instead of run again. Reraises after that."""
    deadline = time.monotonic() + patience_s
    while True:
        try:
            return settle()
        except DBAPIError as exc:
            if time.monotonic() > deadline:
                raise
            log.warning("job %s: cannot settle yet (%s); retrying", job_id, exc.orig)
            time.sleep(RETRY_INTERVAL_S)
