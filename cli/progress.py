"""A rich progress bar for `gapcard batch` (the protocol it follows is the core's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from analyzer.batch.worker import Outcome
from analyzer.errors import printable

if TYPE_CHECKING:
    from rich.console import Console


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1) :]


class RichProgress:
    """A progress bar: documents done of those to run, failures, rate and the current document."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[green]{task.fields[ok]} ok[/] [red]{task.fields[failed]} failed[/]"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[current]}", markup=False),
            console=console,
            transient=False,
        )
        self._task: Any = None
        self._ok = self._failed = 0

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def planned(self, documents: int, reused: int, to_run: int) -> None:
        if reused:
            self._progress.console.print(
                f"{documents} documents: {reused} already done, {to_run} to analyse"
            )
        self._task = self._progress.add_task("batch", total=to_run, ok=0, failed=0, current="")

    def running(self, paths: Sequence[str]) -> None:
        if self._task is not None:
            more = f" (+{len(paths) - 1})" if len(paths) > 1 else ""
            current = _short(printable(paths[0])) + more if paths else ""
            self._progress.update(self._task, current=current)

    def finished(self, outcome: Outcome) -> None:
        if outcome.status == "ok":
            self._ok += 1
        else:
            self._failed += 1
            from rich.markup import escape

            detail = escape(printable(f"{outcome.rel}: {outcome.kind}: {outcome.message}"))
            self._progress.console.print(f"[red]failed[/] {detail}", highlight=False)
        self._progress.update(self._task, advance=1, ok=self._ok, failed=self._failed)
