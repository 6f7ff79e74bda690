"""Run gapcard's benchmarks: `python -m benchmarks [--quick] [--only NAME] [--out FILE]`.

Every row measures gapcard beside its limit in the same run (a ratio), prints a table and writes
JSON under benchmarks/results/. A row whose dependency has not landed is skipped with a reason.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.core import RESULTS, Context, RowResult, Skip
from benchmarks.report import as_json, format_table, run_meta, write_json

#: Row name -> module with TITLE and run(ctx, result); in the order of the issue.
ROWS: dict[str, str] = {
    "ingest": "benchmarks.row_ingest",
    "embedding": "benchmarks.row_embedding",
    "analysis": "benchmarks.row_analysis",
    "repeat": "benchmarks.row_repeat",
    "llm": "benchmarks.row_llm",
    "api": "benchmarks.row_api",
    "scale": "benchmarks.row_scale",
}


@contextmanager
def profiled(name: str, folder: Path | None) -> Iterator[None]:
    """Profile the block's main thread with pyinstrument into folder/profile-NAME.txt."""
    if folder is None:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        folder.mkdir(parents=True, exist_ok=True)
        text = profiler.output_text(unicode=True, color=False)
        (folder / f"profile-{name}.txt").write_text(text, encoding="utf-8")


def run_row(name: str, ctx: Context, profile_dir: Path | None = None) -> RowResult:
    module = importlib.import_module(ROWS[name])
    result = RowResult(row=name, title=module.TITLE)
    started = time.perf_counter()
    try:
        with profiled(name, profile_dir):
            module.run(ctx, result)
    except Skip as skip:
        result.status, result.reason = "skipped", str(skip)
    except Exception as exc:
        result.status, result.reason = "error", f"{type(exc).__name__}: {exc}"
        result.details["traceback"] = traceback.format_exc()
    result.seconds = time.perf_counter() - started
    return result


def run(
    names: list[str], *, quick: bool, workdir: Path, profile_dir: Path | None = None
) -> list[RowResult]:
    ctx = Context(workdir=workdir, quick=quick)
    results = []
    for name in names:
        print(f"... {name}", file=sys.stderr, flush=True)
        results.append(run_row(name, ctx, profile_dir))
    return results


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny inputs (the CI smoke run)")
    parser.add_argument(
        "--only", action="append", choices=list(ROWS), metavar="NAME",
        help=f"run only this row (repeatable): {', '.join(ROWS)}",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, help="JSON file to write (default: results/...)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    parser.add_argument(
        "--profile", action="store_true",
        help="profile each row's in-process work with pyinstrument (results/profile-ROW.txt); "
        "figures taken under the profiler are slower",
    )  # fmt: skip
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    names = args.only or list(ROWS)
    meta = run_meta(args.quick)
    workdir = Path(tempfile.mkdtemp(prefix="gapcard-bench-"))
    profile_dir = RESULTS if args.profile else None
    try:
        results = run(names, quick=args.quick, workdir=workdir, profile_dir=profile_dir)
    finally:
        if args.keep:
            print(f"work folder kept: {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_table(results, meta))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = args.out or RESULTS / f"bench-{'quick-' if args.quick else ''}{stamp}.json"
    print(f"\nJSON: {write_json(as_json(results, meta), out)}")
    for result in results:
        if result.status == "error":
            print(f"\n--- {result.row} ---\n{result.details['traceback']}", file=sys.stderr)
    return 1 if any(r.status == "error" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
