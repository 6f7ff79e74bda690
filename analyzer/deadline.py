"""A wall-time limit on one document's whole analysis, in a process's main thread.

The reading of a document has its own hard limit (a child process that is killed); this one
covers the rest (chunking, embedding, judging) where it runs in a main thread: a batch worker
and `gapcard analyze`. SIGALRM interrupts the Python code at its next bytecode and raises
DocumentTooComplex, so the worker goes on with the next document. Elsewhere (threads of the
API's worker pool) it is a no-op: there the pipeline checks a `Stopwatch` between its steps
(and between embedding batches), after a reading that has its own hard limit.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import TYPE_CHECKING

from analyzer.errors import AnalysisCancelled, DocumentTooComplex
from analyzer.errors import printable as _printable

if TYPE_CHECKING:
    import numpy as np


@contextmanager
def time_limit(seconds: float, name: str) -> Iterator[None]:
    """Raise DocumentTooComplex in the block once `seconds` have passed."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTooComplex(
            f"took more than {seconds:g} s to analyse; split it into parts", path=_printable(name)
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Stopwatch:
    """A cooperative limit for code that cannot be interrupted (a worker thread): `check()`
    between steps raises AnalysisCancelled once `cancel` is set, DocumentTooComplex once
    `seconds` have passed since it was made."""

    name: str
    seconds: float
    cancel: threading.Event | None = None
    started: float = field(default_factory=time.monotonic)

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise AnalysisCancelled("the analysis was cancelled", path=self.name)
        if time.monotonic() - self.started > self.seconds:
            raise DocumentTooComplex(
                f"took more than {self.seconds:g} s to analyse; split it into parts",
                path=self.name,
            )


def in_slices(
    embed: Callable[[list[str]], np.ndarray],
    texts: list[str],
    stop: Stopwatch | None,
    size: int,
) -> np.ndarray:
    """`embed(texts)` in slices of `size`, with the stopwatch checked between them, so a time
    limit or a cancel stops a long embedding within one slice."""
    if stop is None or len(texts) <= size:
        return embed(texts)
    import numpy as np

    parts = []
    for start in range(0, len(texts), size):
        stop.check()
        parts.append(embed(texts[start : start + size]))
    return np.concatenate(parts)
