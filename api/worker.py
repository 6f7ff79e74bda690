"""`gapcard worker`: a process that claims analysis jobs from the database and runs them.

It shares the API's database (PostgreSQL for several machines), its Chroma server and its uploads
folder, and runs `concurrency` jobs at once under leases (api.jobs). SIGTERM or SIGINT stops it
gracefully: running jobs finish within the grace period, and those that do not are put back in
the queue. A worker killed outright (SIGKILL, power loss) leaves leases that lapse, and other
workers take its jobs again.
"""

from __future__ import annotations

import logging
import os
import signal
import threading

from analyzer.config import Settings
from analyzer.pipeline import Analyzer
from analyzer.warmup import warm_up
from api.app import uploads_dir
from api.catalog import Catalog
from api.db import Database
from api.jobs import JobQueue, WorkerPool
from api.runner import AnalysisRunner
from api.uploads import UploadStore

log = logging.getLogger(__name__)


def worker_settings(settings: Settings) -> Settings:
    """A worker embeds on one onnxruntime thread per analysis unless `embedding.threads` says
    otherwise: workers scale out by processes (one per core) and `--concurrency`, and a worker
    whose model spread over every core would thrash beside the others (each thread spins)."""
    if settings.embedding.threads:
        return settings
    embedding = settings.embedding.model_copy(update={"threads": 1})
    return settings.model_copy(update={"embedding": embedding})


def open_pool(settings: Settings, concurrency: int) -> tuple[WorkerPool, Database]:
    """The database (migrated), the analyzer (warmed up: its first job is not slower than the
    others) and a pool not yet started."""
    db = Database.from_settings(settings)
    db.upgrade()
    analyzer = Analyzer(worker_settings(settings))
    warm_up(analyzer)
    catalog = Catalog(db, UploadStore(uploads_dir(settings)), analyzer)
    queue = JobQueue(db, max_attempts=settings.api.max_attempts, lease_s=settings.api.lease_s)
    pool = WorkerPool(
        queue,
        AnalysisRunner(catalog),
        workers=concurrency,
        poll_interval=settings.api.poll_interval_s,
    )
    return pool, db


def yield_cpu(settings: Settings) -> None:
    """Analyses yield the CPU to request handling: niceness, and the idle scheduling class
    (Linux) when `api.worker_idle_class`. Threads and processes started later inherit both."""
    if settings.api.worker_nice:
        os.nice(settings.api.worker_nice)
    if settings.api.worker_idle_class and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError as exc:  # a platform or sandbox that refuses it: niceness still applies
            log.warning("cannot enter the idle scheduling class: %s", exc)


def run_worker(settings: Settings, concurrency: int, grace_s: float = 30.0) -> None:
    """Run jobs until SIGTERM or SIGINT."""
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    yield_cpu(settings)
    pool, db = open_pool(settings, concurrency)
    pool.start()
    log.info("gapcard worker %s ready: %d at a time", pool.queue.name, concurrency)
    try:
        stop.wait()
    finally:
        log.info("gapcard worker %s stopping", pool.queue.name)
        pool.stop(timeout=grace_s)
        db.dispose()
