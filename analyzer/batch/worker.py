"""What runs inside a batch worker process: one Analyzer per process, one document per task.

Each worker process builds its Analyzer once (`init_worker`). When the store is the embedded
one, every process gets an in-memory Chroma store of its own (an embedded PersistentClient must
not be shared by processes, and a batch's vectors are not worth keeping); the scorecard cache
stays the shared one under `data_dir` (its writes are atomic). Workers write each result
themselves, atomically, so whatever finished survives the main process being killed.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from analyzer.batch.archive import read_chain
from analyzer.batch.discover import BatchItem
from analyzer.batch.results import FailureRecord, ResultFiles, ResultKey, failure_is_final
from analyzer.config import Settings
from analyzer.deadline import time_limit
from analyzer.errors import AnalyzerError, ChecksNotJudged

if TYPE_CHECKING:
    from analyzer.pipeline import Analyzer

log = logging.getLogger(__name__)


class Task(BaseModel):
    """One document to analyse, with the output name and hash the main process computed."""

    item: BatchItem
    name: str
    sha256: str
    key: ResultKey


class Outcome(BaseModel):
    rel: str
    name: str
    status: Literal["ok", "failed"]
    score: float | None = None
    kind: str = ""
    message: str = ""
    seconds: float = 0.0
    pid: int = 0


class WorkerConfig(BaseModel):
    """Everything a worker process needs; sent once to each process."""

    settings: Settings
    reports_dir: Path
    log_file: Path | None
    checks: str
    engine: str
    threads: int


class _State:
    analyzer: Analyzer | None = None
    config: WorkerConfig | None = None


def worker_settings(config: WorkerConfig) -> Settings:
    """The settings a worker runs with: its share of the cores for onnxruntime."""
    settings = config.settings
    if settings.embedding.threads == 0:
        embedding = settings.embedding.model_copy(update={"threads": config.threads})
        settings = settings.model_copy(update={"embedding": embedding})
    return settings


def _configure_logging(log_file: Path | None) -> None:
    root = logging.getLogger()
    root.handlers.clear()
    if log_file is None:
        root.addHandler(logging.NullHandler())
        return
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def build_analyzer(config: WorkerConfig) -> Analyzer:
    """An Analyzer for this process. An embedded (on-disk) store becomes an in-memory one: the
    batch's vectors are throwaway, and one embedded store must not be opened by many processes.
    For the same reason the offline engine, which retrieves nothing, indexes nothing here."""
    from analyzer.pipeline import Analyzer

    settings = worker_settings(config)
    if settings.store.mode == "embedded":
        store = settings.store.model_copy(update={"mode": "ephemeral"})
        analysis = settings.analysis.model_copy(update={"index_for_offline": False})
        settings = settings.model_copy(update={"store": store, "analysis": analysis})
    return Analyzer(settings)


def init_worker(config: WorkerConfig) -> None:
    """Process-pool initializer. Ctrl-C is left to the main process, which drains the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _configure_logging(config.log_file)
    try:
        _State.config = config
        analyzer = _State.analyzer = build_analyzer(config)
        analyzer.judge_for(config.engine)  # a misconfigured engine fails here, not per document
        embeds = analyzer.indexes_for(config.engine)
        if embeds:  # load the model now, not in the first document
            analyzer.embedder.embed(["warm up"])
        if analyzer.settings.ingest.isolate:  # and the reader: its start is no document's time
            from analyzer.ingest.isolated import start_reader

            start_reader()
    except BaseException:
        log.exception("batch worker %d could not start", os.getpid())
        raise
    model = f"embedding with {config.threads} onnx thread(s)" if embeds else "no embedding"
    log.info("batch worker %d ready (%s engine, %s)", os.getpid(), config.engine, model)
    if multiprocessing.parent_process() is not None:  # never in a main process
        atexit.register(_exit_without_teardown)


def _exit_without_teardown() -> None:
    """Registered last, so it runs first at exit: flush the log and end the process without the
    interpreter's teardown of every imported module (0.15-0.2 s a worker, paid at the end of
    every batch). Nothing else is left to close: each result was written, renamed and closed
    when its task ended, and the caches' SQLite transactions are committed."""
    logging.shutdown()
    os._exit(0)


def ping() -> int:
    """A no-op task: its result proves a worker process initialised."""
    return os.getpid()


def _failure(task: Task, exc: BaseException) -> FailureRecord:
    kind = exc.kind if isinstance(exc, AnalyzerError) else f"internal_error:{type(exc).__name__}"
    message = exc.message if isinstance(exc, AnalyzerError) else str(exc) or type(exc).__name__
    return FailureRecord(
        path=task.item.rel,
        sha256=task.sha256,
        kind=kind,
        message=message,
        final=failure_is_final(exc),
        key=task.key,
    )


def run_task(task: Task, analyzer: Analyzer, config: WorkerConfig) -> Outcome:
    """Analyse one document and write its result (or its failure); never raises for a document."""
    from analyzer.render.html import render_report_html

    files = ResultFiles(config.reports_dir)
    started = time.perf_counter()
    source = task.item.source
    try:
        data = read_chain(source.path, source.members) if source.members else source.path
        with time_limit(config.settings.ingest.max_seconds, task.item.rel):
            card = analyzer.analyze(
                data, name=task.item.rel, checks=config.checks, engine=config.engine
            )
        if card.unjudged:  # recorded as failed, so the next run judges it again
            raise ChecksNotJudged.of(card)
        # the batch names documents by their path in the batch (ingest keeps only the base name)
        card = card.model_copy(
            update={"document": card.document.model_copy(update={"name": task.item.rel})}
        )
        files.save_scorecard(task.name, card, render_report_html(card))
    except Exception as exc:
        if not isinstance(exc, AnalyzerError):
            log.exception("unexpected error analysing %s", task.item.rel)
        record = _failure(task, exc)
        files.save_failure(task.name, record)
        return Outcome(
            rel=task.item.rel, name=task.name, status="failed", kind=record.kind,
            message=record.message, seconds=time.perf_counter() - started, pid=os.getpid(),
        )  # fmt: skip
    return Outcome(
        rel=task.item.rel, name=task.name, status="ok", score=card.score,
        seconds=time.perf_counter() - started, pid=os.getpid(),
    )  # fmt: skip


def analyze_task(task: Task) -> Outcome:
    """Entry point called in the worker process for each task."""
    if _State.analyzer is None or _State.config is None:
        raise RuntimeError("batch worker used before init_worker")
    return run_task(task, _State.analyzer, _State.config)
