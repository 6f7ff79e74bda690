"""What every benchmark row shares: its result, skips, timing, and the run's context."""

from __future__ import annotations

import importlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from benchmarks.synthetic import write_memo_pdf, write_plan_pdf

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
REAL_CORPUS = Path(os.environ.get("GAPCARD_CORPUS", REPO.parent / "shared" / "corpus")) / "real"
Status = Literal["ok", "skipped", "error"]
Op = Literal["<=", ">=", "<", ">", "=="]
#: Packages of this project: a missing module of these is a row that has not landed yet.
OUR_PACKAGES = frozenset({"analyzer", "api", "tests"})


class Skip(Exception):
    """Raised by a row that cannot run here (a dependency has not landed, an input is absent)."""


@dataclass
class Metric:
    name: str
    value: float
    unit: str = ""


@dataclass
class Target:
    name: str
    value: float
    op: Op
    limit: float

    @property
    def passed(self) -> bool:
        return bool(
            {
                "<=": self.value <= self.limit,
                ">=": self.value >= self.limit,
                "<": self.value < self.limit,
                ">": self.value > self.limit,
                "==": self.value == self.limit,
            }[self.op]
        )


@dataclass
class RowResult:
    row: str
    title: str
    status: Status = "ok"
    reason: str = ""
    seconds: float = 0.0
    metrics: list[Metric] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def metric(self, name: str, value: float, unit: str = "") -> float:
        self.metrics.append(Metric(name, float(value), unit))
        return float(value)

    def target(self, name: str, value: float, op: Op, limit: float) -> None:
        self.targets.append(Target(name, float(value), op, float(limit)))

    def note(self, text: str) -> None:
        self.notes.append(text)


@dataclass
class Context:
    """Inputs and settings shared by the rows of one run."""

    workdir: Path
    quick: bool = False
    python: str = sys.executable
    corpus: Path = REAL_CORPUS
    _plans: dict[int, Path] = field(default_factory=dict)

    def plan(self, pages: int) -> Path:
        """A synthetic plan of that many pages (written once per run)."""
        if pages not in self._plans:
            self._plans[pages] = write_plan_pdf(
                self.workdir / "inputs" / f"plan-{pages}p.pdf", pages
            )
        return self._plans[pages]

    def memo(self) -> Path:
        return write_memo_pdf(self.workdir / "inputs" / "memo.pdf")

    def scratch(self, name: str) -> Path:
        """A fresh, empty directory for one row's data (index, cache, database)."""
        path = self.workdir / "data" / name
        suffix = 0
        while path.exists():
            suffix += 1
            path = self.workdir / "data" / f"{name}-{suffix}"
        path.mkdir(parents=True)
        return path

    def settings(self, name: str, **env: str) -> Any:
        """gapcard Settings with a fresh data directory; Skip if config has not landed."""
        config = require("analyzer.config", "Settings")
        return config.Settings(data_dir=self.scratch(name), **env)


def require(module: str, attr: str | None = None) -> Any:
    """Import a module of gapcard (and check an attribute); Skip if it has not landed yet.

    Only a missing module (or name) of this project is a skip: a missing third-party package or
    any other failure inside a module that exists is a real error and propagates.
    """
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing.split(".")[0] in OUR_PACKAGES:
            needed = f" (needed by {module})" if missing != module else ""
            raise Skip(f"{missing} has not landed yet{needed}") from exc
        raise
    except ImportError as exc:
        if "cannot import name" in str(exc) and str(exc.name).split(".")[0] in OUR_PACKAGES:
            raise Skip(f"{module}: {exc}") from exc
        raise
    if attr is not None and not hasattr(loaded, attr):
        raise Skip(f"{module}.{attr} has not landed yet")
    return loaded


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """`with stopwatch() as elapsed: ...` then `elapsed()` gives the block's seconds."""
    start = time.perf_counter()
    end: list[float] = []
    try:
        yield lambda: (end[0] if end else time.perf_counter()) - start
    finally:
        end.append(time.perf_counter())


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """(best seconds over `repeat` runs, last result): the least-disturbed run on a noisy host."""
    best, result = float("inf"), None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return float(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1])


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else float("inf")


class Clock:
    """Accumulated seconds and calls per label (what the wrappers below record)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def add(self, label: str, seconds: float) -> None:
        self.seconds[label] = self.seconds.get(label, 0.0) + seconds
        self.calls[label] = self.calls.get(label, 0) + 1

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()


class TimedEmbedder:
    """gapcard's real embedder, with the time spent in embed() recorded (nothing else changed)."""

    def __init__(self, inner: Any, clock: Clock) -> None:
        self.inner, self.clock = inner, clock
        self.name, self.dim = inner.name, inner.dim

    def embed(self, texts: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.inner.embed(texts)
        finally:
            self.clock.add("embed", time.perf_counter() - start)


class TimedStore:
    """gapcard's real chunk store, with the time of each method call recorded by name."""

    def __init__(self, inner: Any, clock: Clock) -> None:
        self.inner, self.clock = inner, clock

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self.clock.add(f"store.{name}", time.perf_counter() - start)

        return call


def timed_analyzer(settings: Any) -> tuple[Any, Clock]:
    """A real gapcard Analyzer whose embedder and store record their time on the Clock."""
    pipeline = require("analyzer.pipeline", "Analyzer")
    embeddings = require("analyzer.embeddings", "OnnxMiniLMEmbedder")
    store = require("analyzer.store", "open_store")
    clock = Clock()
    analyzer = pipeline.Analyzer(
        settings,
        embedder=TimedEmbedder(embeddings.OnnxMiniLMEmbedder(settings.embedding), clock),
        store=TimedStore(store.open_store(settings), clock),
    )
    return analyzer, clock
