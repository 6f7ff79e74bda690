"""Measure `gapcard batch` throughput and peak memory with different worker counts.

Each run starts from an empty output folder and an empty data folder (so neither resume nor the
scorecard cache helps) and runs the real command in a subprocess, sampling the resident memory
of its whole process tree (main process + workers) every 0.2 s.

    .venv/bin/python scripts/make_archive.py --out /tmp/gapcard-archive -n 200
    .venv/bin/python scripts/bench_batch.py /tmp/gapcard-archive --workers 1 2
    .venv/bin/python scripts/bench_batch.py /tmp/gapcard-archive --workers 1 2 --onnx-threads 1

Worker counts run interleaved, `--repeat` times, and the medians are compared. Beside each run,
the same plain-Python workload runs in as many processes: its speed-up is what this machine
allows, the ceiling for the batch's.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
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
    command = [sys.executable, "-c", "from cli.main import app; app()", "batch", str(archive)]
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
    printed = re.search(r"([0-9.]+) documents/minute", stdout)
    print(stdout.strip(), file=sys.stderr)
    return {
        "workers": workers,
        "exit": process.returncode,
        "documents": analysed,
        "ok": statuses.count("ok"),
        "seconds": round(seconds, 1),
        "docs_per_min": round(60 * analysed / seconds, 1),
        "printed_docs_per_min": float(printed.group(1)) if printed else 0.0,
        "cpu_s_per_doc": round(cpu / max(analysed, 1), 2),
        "load_avg_1m": round(os.getloadavg()[0], 1),
        "peak_rss_total_mb": round(sampler.peak_total / 1024),
        "peak_rss_process_mb": round(sampler.peak_single / 1024),
    }


def _reference_task(rounds: int) -> int:
    """A fixed piece of plain-Python work like a worker's: regexes, dicts and strings."""
    words = re.compile(r"[a-z]+")
    found = 0
    for n in range(rounds):
        text = " ".join(f"owner{n % 97} metric {i} baseline target" for i in range(60))
        counts: dict[str, int] = {}
        for word in words.findall(text):
            counts[word] = counts.get(word, 0) + 1
        found += len(json.dumps(counts))
    return found


def reference_run(processes: int, tasks: int = 200, rounds: int = 500) -> dict[str, float]:
    """The machine's own limit: the same amount of work in 1 or N spawned processes."""
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        list(pool.map(_reference_task, [rounds] * tasks))
    seconds = time.perf_counter() - started
    return {
        "workers": processes,
        "seconds": round(seconds, 2),
        "tasks_per_min": 60 * tasks / seconds,
    }


def _speedups(results: list[dict[str, float]], figure: str, label: str) -> None:
    """Each count's speed-up over the first count within a round (the runs beside each other),
    as the median over rounds with every round's value: a drifting machine shifts whole rounds,
    which a ratio of separate medians would mix into the speed-up."""
    counts = list(dict.fromkeys(int(r["workers"]) for r in results))
    rounds = [results[i : i + len(counts)] for i in range(0, len(results), len(counts))]
    for position, workers in enumerate(counts[1:], start=1):
        ratios = [r[position][figure] / r[0][figure] for r in rounds if r[0][figure]]
        each = ", ".join(f"{ratio:.2f}" for ratio in ratios)
        median = statistics.median(ratios) if ratios else 0.0
        print(f"{label}: {workers} vs {counts[0]} worker(s) {median:.2f}x (rounds: {each})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path, help="folder or .zip to run the batch on")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="rounds, worker counts interleaved")
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
    # interleaved (1, 2, 1, 2, ...) so that a slow spell of a shared machine hits every count
    results, references = [], []
    for _ in range(args.repeat):
        for workers in args.workers:
            results.append(run_once(args.archive, workers, args.root))
            references.append(reference_run(workers))
    header = list(results[0])
    print(" | ".join(header))
    for result in results:
        print(" | ".join(str(result[h]) for h in header))
    _speedups(results, "docs_per_min", "gapcard batch, whole process")
    _speedups(results, "printed_docs_per_min", "gapcard batch, as it prints (start of run to end)")
    _speedups(references, "tasks_per_min", "bare Python work, same processes (the limit)")
    return 0 if all(r["exit"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
