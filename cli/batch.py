"""The terminal side of `gapcard batch` and `gapcard diff`: progress, final summary, exit codes.

Called by cli/main.py; errors become one-line messages and exit codes here, nowhere deeper.
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from pydantic import ValidationError

from analyzer.batch.report import EXIT_INTERRUPTED, EXIT_USAGE, BatchOptions, BatchReport
from analyzer.config import Settings
from analyzer.errors import AnalyzerError, IngestError, LLMNotConfigured, RubricError
from analyzer.models import Scorecard


class UsageError(AnalyzerError):
    kind = "usage_error"


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Let `kill` (SIGTERM) stop a batch as gracefully as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def summary_lines(report: BatchReport) -> list[str]:
    """The final summary printed after a batch."""
    done = sum(1 for o in report.outcomes if o.status == "ok")
    lines = [
        f"{len(report.discovery.items)} documents: {report.count('ok')} analysed OK, "
        f"{report.count('failed')} failed, {report.count('refused')} refused, "
        f"{report.count('skipped')} files skipped, {report.count('pending')} pending",
        f"this run: {report.analysed} analysed ({done} ok) with {report.workers} worker(s), "
        f"{len(report.reused)} reused, in {report.run_seconds:.1f} s "
        f"({report.docs_per_minute:.1f} documents/minute)",
        f"peak memory: {report.peak_main_mb:.0f} MB main process"
        + (f", {report.peak_worker_mb:.0f} MB largest worker" if report.outcomes else ""),
        f"summary: {report.summary_html}",
        f"         {report.summary_csv}",
    ]
    if report.diffs:
        lines.append(f"version diffs: {len(report.diffs)} in {report.diffs[0].href.split('/')[0]}/")
    if report.interrupted:
        lines.append("interrupted: rerun the same command to finish the remaining documents")
    return lines


def run_batch_command(options: BatchOptions, settings: Settings, *, quiet: bool = False) -> int:
    """Run a batch with a progress bar (on stderr) and print the summary; returns the exit code."""
    import typer
    from rich.console import Console

    from analyzer.batch.discover import BatchInputError
    from analyzer.batch.pool import BatchError
    from analyzer.batch.runner import run_batch
    from cli.progress import RichProgress

    console = Console(stderr=True, quiet=quiet)
    try:
        with sigterm_as_interrupt(), RichProgress(console) as progress:
            report = run_batch(options, settings, progress)
    except (BatchInputError, BatchError, RubricError, LLMNotConfigured) as exc:
        typer.echo(f"gapcard: {exc}", err=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        typer.echo("gapcard: interrupted; rerun the same command to resume", err=True)
        return EXIT_INTERRUPTED
    for line in summary_lines(report):
        typer.echo(line)
    return report.exit_code


def load_scorecard_file(path: Path) -> Scorecard:
    """A scorecard JSON file (or the one-element list `gapcard analyze --format json` prints)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, list) and len(data) == 1:
            data = data[0]
        return Scorecard.model_validate(data)
    except (OSError, ValueError, ValidationError) as exc:
        reason = f"not a scorecard JSON file ({type(exc).__name__})"
        raise UsageError(reason, path=str(path)) from exc


def scorecards_for_diff(
    paths: list[Path], settings: Settings, *, checks: str | None, engine: str | None
) -> list[Scorecard]:
    """Each path as a scorecard: JSON files are read, anything else is analysed."""
    cards: list[Scorecard | None] = [
        load_scorecard_file(p) if p.suffix.lower() == ".json" else None for p in paths
    ]
    if all(card is not None for card in cards):
        return [card for card in cards if card is not None]
    from analyzer.pipeline import Analyzer

    analyzer = Analyzer(settings)
    return [
        card if card is not None else analyzer.analyze(path, checks=checks, engine=engine)
        for card, path in zip(cards, paths, strict=True)
    ]


def run_diff_command(
    old: Path, new: Path, settings: Settings, *, output: str, checks: str | None,
    engine: str | None, out: TextIO,
) -> int:  # fmt: skip
    """Print the diff of two documents or scorecards; returns the exit code."""
    import typer

    from analyzer.diff import diff_scorecards
    from analyzer.render.html import render_diff_html
    from analyzer.render.text import diff_text

    try:
        before, after = scorecards_for_diff([old, new], settings, checks=checks, engine=engine)
    except (UsageError, RubricError) as exc:
        typer.echo(f"gapcard: {exc}", err=True)
        return EXIT_USAGE
    except IngestError as exc:
        typer.echo(f"gapcard: {exc}", err=True)
        return 1
    diff = diff_scorecards(before, after)
    if output == "json":
        out.write(json.dumps(diff.model_dump(mode="json"), indent=2) + "\n")
    elif output == "html":
        out.write(render_diff_html(diff))
    else:
        out.write(diff_text(diff))
    return 0
