"""`run_batch`: discover, plan (reuse what is done), analyse in processes, rebuild the summaries.

Output folder layout:
    reports/<name>.json|.html|.error.json   one result per document (see results.py)
    diffs/<family>-<n>.html|.json|.txt       with diff_versions
    summary.csv, summary.html                rebuilt from reports/ at the end of every run
    batch.log                                what the workers logged (errors with tracebacks)
    .lock                                    held while a batch writes to the folder
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import resource
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from analyzer.batch.archive import read_chain
from analyzer.batch.discover import BatchItem, Discovery, Source, discover
from analyzer.batch.finish import finish_batch
from analyzer.batch.naming import output_names
from analyzer.batch.pool import BatchError, TaskPool
from analyzer.batch.progress import BatchProgress, SilentProgress
from analyzer.batch.report import BatchOptions, BatchReport
from analyzer.batch.results import FailureRecord, ResultFiles, ResultKey
from analyzer.batch.worker import Task, WorkerConfig
from analyzer.config import Settings
from analyzer.engines import build_judge, ensure_supported
from analyzer.errors import AnalyzerError
from analyzer.ingest.files import open_regular
from analyzer.rubric_packs import RubricPacks

log = logging.getLogger(__name__)


@contextmanager
def exclusive(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock; a second batch writing to the same folder is refused."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BatchError("another batch is writing to this folder", path=str(out_dir)) from exc
        yield


def content_hash(source: Source) -> str:
    digest = hashlib.sha256()
    if source.members:
        digest.update(read_chain(source.path, source.members))
        return digest.hexdigest()
    with open_regular(source.path) as handle:  # never a FIFO or a device
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child (the workers,
    once the pool has joined them), in MB."""
    kb_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    kb_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kb_main / 1024, kb_child / 1024


def worker_count(requested: int | None, settings: Settings, tasks: int) -> int:
    """Processes to start: as asked, else configured, else one per core; never more than tasks."""
    wanted = requested or settings.batch.workers or os.cpu_count() or 1
    return min(wanted, tasks)


def plan_batch(found: Discovery, files: ResultFiles, key: ResultKey) -> BatchReport:
    """Hash every document, and keep as tasks those without a reusable result."""
    names = output_names([item.rel for item in found.items])
    report = BatchReport(names=names)
    for item in found.items:
        name = names[item.rel]
        try:
            sha = content_hash(item.source)
        except (AnalyzerError, OSError) as exc:
            _record_unreadable(files, item, name, key, exc)
            report.hashes[item.rel] = ""
            continue
        report.hashes[item.rel] = sha
        if files.reusable(name, sha, key):
            report.reused.append(item.rel)
        else:
            report.tasks.append(Task(item=item, name=name, sha256=sha, key=key))
    return report


def _record_unreadable(
    files: ResultFiles, item: BatchItem, name: str, key: ResultKey, exc: Exception
) -> None:
    message = exc.message if isinstance(exc, AnalyzerError) else str(exc)
    kind = exc.kind if isinstance(exc, AnalyzerError) else "read_error"
    record = FailureRecord(
        path=item.rel, sha256="", kind=kind, message=message, final=False, key=key
    )
    files.save_failure(name, record)


def analyse(report: BatchReport, config: WorkerConfig, progress: BatchProgress) -> None:
    """Run the report's tasks on worker processes."""
    pool = TaskPool(config, report.workers, progress.running, progress.finished)
    try:
        report.outcomes = pool.run(report.tasks)
    finally:
        report.interrupted = pool.interrupted


def run_batch(
    options: BatchOptions, settings: Settings, progress: BatchProgress | None = None
) -> BatchReport:
    """Run (or resume) a batch; returns what was planned and done, with the summary paths."""
    progress = progress or SilentProgress()
    started = time.perf_counter()
    out = options.out_dir
    checks = options.checks or settings.analysis.checks
    analysis = settings.analysis
    rubric = RubricPacks(analysis.prompts_dir, analysis.rubric_packs, analysis.rubric).default
    rubric = rubric.select(checks)
    engine = options.engine or settings.analysis.engine
    ensure_supported(rubric, build_judge(engine, settings))  # before any worker starts
    found = discover(
        options.paths, settings.batch, max_bytes=settings.ingest.max_bytes, exclude=[out]
    )
    with exclusive(out):
        files = ResultFiles(out / "reports")
        files.remove_partials()
        coverage = settings.llm.coverage if engine == "llm" else None
        report = plan_batch(found, files, ResultKey.of(rubric, engine, coverage))
        report.discovery, report.rubric_name, report.engine = found, rubric.name, engine
        report.coverage = coverage
        report.workers = worker_count(options.workers, settings, len(report.tasks))
        progress.planned(len(found.items), len(report.reused), len(report.tasks))
        if report.tasks:
            config = WorkerConfig(
                settings=settings, reports_dir=files.folder,
                log_file=out / "batch.log", checks=checks, engine=engine,
                threads=max(1, (os.cpu_count() or 1) // report.workers),
            )  # fmt: skip
            analyse(report, config, progress)
        report.run_seconds = time.perf_counter() - started
        report.peak_main_mb, report.peak_worker_mb = peak_memory_mb()
        finish_batch(report, files, rubric, options, out)
    return report


__all__: Sequence[str] = ["BatchOptions", "content_hash", "plan_batch", "run_batch"]
