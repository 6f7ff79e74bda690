"""Measure `gapcard batch` throughput and peak memory with different worker counts.

Each run starts from an empty output folder and an empty data folder (so neither resume nor the
scorecard cache helps) and runs the real command in a subprocess, sampling the resident memory
of its whole process tree (main process + workers) every 0.2 s.

    .venv/bin/python scripts/make_archive.py --out /tmp/gapcard-archive -n 200
    .venv/bin/python scripts/bench_batch.py /tmp/gapcard-archive --workers 1 2
    .venv/bin/python scripts/bench_batch.py /tmp/gapcard-archive --workers 1 2 --onnx-threads 1
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def tree(pid: int) -> list[int]:
    """pid and all its descendants, from /proc."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                queue.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue
    return found


def rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


class MemorySampler(threading.Thread):
    """Peak total RSS of a process tree, and the peak of its largest single process."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_total, self.peak_single = pid, 0, 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            sizes = [rss_kb(p) for p in tree(self.pid)]
            self.peak_total = max(self.peak_total, sum(sizes))
            self.peak_single = max(self.peak_single, max(sizes, default=0))


def run_once(archive: Path, workers: int, root: Path) -> dict[str, float]:
    out, data = root / f"out-w{workers}", root / f"data-w{workers}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(data, ignore_errors=True)
    command = [sys.executable, "-c", "from analyzer.cli import app; app()", "batch", str(archive)]
    command += ["--out", str(out), "--workers", str(workers), "--quiet"]
    env = {**os.environ, "GAPCARD_DATA_DIR": str(data)}
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    sampler = MemorySampler(process.pid)
    sampler.start()
    stdout, _ = process.communicate()
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    sampler.stop.set()
    sampler.join()
    with open(out / "summary.csv", encoding="utf-8") as handle:
        statuses = [row["status"] for row in csv.DictReader(handle)]
    analysed = sum(1 for s in statuses if s in ("ok", "failed"))
    print(stdout.strip(), file=sys.stderr)
    return {
        "workers": workers,
        "exit": process.returncode,
        "documents": analysed,
        "ok": statuses.count("ok"),
        "seconds": round(seconds, 1),
        "docs_per_min": round(60 * analysed / seconds, 1),
        "cpu_s_per_doc": round(cpu / max(analysed, 1), 2),
        "load_avg_1m": round(os.getloadavg()[0], 1),
        "peak_rss_total_mb": round(sampler.peak_total / 1024),
        "peak_rss_process_mb": round(sampler.peak_single / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path, help="folder or .zip to run the batch on")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--root", type=Path, default=Path("/tmp/gapcard-bench"))
    parser.add_argument(
        "--onnx-threads",
        type=int,
        default=0,
        help="onnxruntime threads per worker (0: the batch default, cores // workers)",
    )
    args = parser.parse_args(argv)
    if args.onnx_threads:
        os.environ["GAPCARD_EMBEDDING__THREADS"] = str(args.onnx_threads)
    results = [run_once(args.archive, w, args.root) for w in args.workers]
    header = list(results[0])
    print(" | ".join(header))
    for result in results:
        print(" | ".join(str(result[h]) for h in header))
    base = results[0]["docs_per_min"]
    for result in results[1:]:
        speedup = result["docs_per_min"] / base if base else 0.0
        first, then = results[0]["workers"], result["workers"]
        print(f"speed-up {then:g} vs {first:g} workers: {speedup:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
