"""One scale measurement in its own process: `python -m benchmarks.scale_child PDF DATA_DIR`.

Loads the model, ingests and indexes the PDF, analyses it offline (cache bypassed), and prints
one JSON line with the wall and CPU seconds of each step and the process's peak resident memory,
so the parent reads a clean peak for this document alone.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from itertools import pairwise
from pathlib import Path


def peak_rss_bytes() -> int:
    """Peak resident set size of this process.

    /proc's VmHWM is this program's own peak. ru_maxrss is only the fallback: Linux carries it
    over exec, so a child forked from a large parent would report the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


def measure(pdf: Path, data_dir: Path) -> dict[str, float]:
    from analyzer.config import Settings
    from analyzer.pipeline import Analyzer

    analyzer = Analyzer(Settings(data_dir=data_dir))
    marks = [(time.perf_counter(), time.process_time())]
    analyzer.embedder.embed(["load the model"])
    analyzer.store.count()
    marks.append((time.perf_counter(), time.process_time()))
    document = analyzer.ingest(pdf)
    marks.append((time.perf_counter(), time.process_time()))
    analyzer.analyze(pdf, use_cache=False)
    marks.append((time.perf_counter(), time.process_time()))
    result = {"pages": float(document.pages or 0), "peak_rss_bytes": float(peak_rss_bytes())}
    for step, (before, after) in zip(("load", "ingest", "analyze"), pairwise(marks), strict=True):
        result[f"{step}_s"] = after[0] - before[0]
        result[f"{step}_cpu_s"] = after[1] - before[1]
    return result


def main() -> None:
    pdf, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
    print(json.dumps(measure(pdf, data_dir)))


if __name__ == "__main__":
    main()
