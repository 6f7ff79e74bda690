"""Run analysis tasks on a pool of worker processes, keeping exactly `workers` tasks in flight.

Keeping no more tasks in flight than workers means the tasks in flight are the ones running
(shown as "current" by the progress bar), and an interruption loses no queued work. A worker
that dies (a crash in a parser, the OOM killer) breaks the pool: the pool is rebuilt and the
tasks that were in flight become suspects, each retried alone (so an innocent document is not
blamed for its neighbour); a suspect that breaks the pool again is recorded as failed. Ctrl-C
stops submitting, lets the running documents finish and returns what was done.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from analyzer.batch.results import FailureRecord, ResultFiles
from analyzer.batch.worker import (
    Outcome,
    Task,
    WorkerConfig,
    analyze_task,
    init_worker,
    ping,
)
from analyzer.errors import AnalyzerError

log = logging.getLogger(__name__)
MAX_CRASHES = 2


class BatchError(AnalyzerError):
    """The batch as a whole cannot go on (workers cannot start, output folder busy)."""

    kind = "batch_error"


OnRunning = Callable[[list[str]], None]
OnOutcome = Callable[[Outcome], None]


class TaskPool:
    """Feeds tasks to processes; `run` returns the outcomes and whether it was interrupted."""

    def __init__(
        self, config: WorkerConfig, workers: int, on_running: OnRunning, on_outcome: OnOutcome
    ) -> None:
        self.config = config
        self.workers = workers
        self.on_running = on_running
        self.on_outcome = on_outcome
        self.crashes: Counter[str] = Counter()
        self.interrupted = False

    def run(self, tasks: list[Task]) -> list[Outcome]:
        pending = deque(tasks)
        outcomes: list[Outcome] = []
        while pending and not self.interrupted:
            self._run_pool(pending, outcomes)
        self.on_running([])
        return outcomes

    def _start(self) -> ProcessPoolExecutor:
        """A pool whose workers are known to start (their initializer ran without error)."""
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=init_worker, initargs=(self.config,)
        )
        try:
            # one ping per worker, submitted together: the executor starts a process for each
            # submission that finds no idle one, so every worker starts (and imports) at once
            # instead of the second waiting for the first task to be handed out
            for future in [pool.submit(ping) for _ in range(self.workers)]:
                future.result()
        except BrokenProcessPool as exc:
            pool.shutdown(wait=False, cancel_futures=True)
            raise BatchError(
                "batch workers could not start; the batch log has the cause",
                path=str(self.config.log_file),
            ) from exc
        return pool

    def _run_pool(self, pending: deque[Task], outcomes: list[Outcome]) -> bool:
        """Run until done, interrupted or broken (broken: in-flight tasks requeued or failed)."""
        pool = self._start()
        in_flight: dict[Future[Outcome], Task] = {}
        try:
            while (pending or in_flight) and not self.interrupted:
                self._fill(pool, pending, in_flight)
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                if self._collect(done, in_flight, pending, outcomes):
                    return True
        except KeyboardInterrupt:
            self.interrupted = True
            log.warning("interrupted: letting %d running document(s) finish", len(in_flight))
            pool.shutdown(wait=True, cancel_futures=True)
            self._collect(set(in_flight), in_flight, pending, outcomes)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return False

    def _fill(
        self,
        pool: ProcessPoolExecutor,
        pending: deque[Task],
        in_flight: dict[Future[Outcome], Task],
    ) -> None:
        while pending and len(in_flight) < self.workers:
            suspects = [t for t in in_flight.values() if self.crashes[t.item.rel]]
            if suspects or (in_flight and self.crashes[pending[0].item.rel]):
                break  # a suspect runs alone
            task = pending.popleft()
            in_flight[pool.submit(analyze_task, task)] = task
        self.on_running([task.item.rel for task in in_flight.values()])

    def _collect(
        self,
        done: set[Future[Outcome]],
        in_flight: dict[Future[Outcome], Task],
        pending: deque[Task],
        outcomes: list[Outcome],
    ) -> bool:
        broken = False
        for future in done:
            task = in_flight.pop(future)
            outcome: Outcome | None
            try:
                outcome = future.result()
            except CancelledError:  # stopped before it started: still to do
                pending.appendleft(task)
                continue
            except BrokenProcessPool:
                broken = True
                outcome = self._crashed(task, pending)
            if outcome is not None:
                outcomes.append(outcome)
                self.on_outcome(outcome)
        if broken:  # every other task in flight died with the pool too
            for future, task in list(in_flight.items()):
                in_flight.pop(future)
                if (crashed := self._crashed(task, pending)) is not None:
                    outcomes.append(crashed)
                    self.on_outcome(crashed)
        return broken

    def _crashed(self, task: Task, pending: deque[Task]) -> Outcome | None:
        self.crashes[task.item.rel] += 1
        log.warning("a worker died while %s was in flight", task.item.rel)
        if self.crashes[task.item.rel] < MAX_CRASHES:
            pending.appendleft(task)
            return None
        record = FailureRecord(
            path=task.item.rel,
            sha256=task.sha256,
            kind="worker_crashed",
            message="the worker process died while analysing this document",
            final=False,
            key=task.key,
        )
        ResultFiles(self.config.reports_dir).save_failure(task.name, record)
        return Outcome(
            rel=task.item.rel, name=task.name, status="failed", kind=record.kind,
            message=record.message,
        )  # fmt: skip
