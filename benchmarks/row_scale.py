"""Row 7: scale: ingest and analysis time at 10, 100 and 400 pages, and peak memory at 400.

Each size runs in a fresh subprocess (benchmarks/scale_child.py), so the peak resident memory
is that document's alone. Growth is the time per page at the larger size over the time per page
at the smaller one: 1 is linear, less is better than linear (fixed costs amortised). The target
uses the process's CPU seconds, which other work on a shared machine disturbs far less than wall
time (the sizes run one after another, not side by side).
"""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any

from benchmarks.core import REPO, Context, RowResult, ratio, require

TITLE = "Scale: ingest and analysis time at 10 / 100 / 400 pages, peak memory at 400"
FULL_SIZES, QUICK_SIZES = (10, 100, 400), (1, 2, 4)
GIB = 1024**3


def run_child(ctx: Context, pages: int) -> dict[str, float]:
    command = [ctx.python, "-m", "benchmarks.scale_child", str(ctx.plan(pages)),
               str(ctx.scratch(f"scale-{pages}"))]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, cwd=REPO, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"scale child ({pages} pages) failed: {done.stderr[-800:]}")
    data: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


def per_page_growth(small: dict[str, Any], large: dict[str, Any], key: str) -> float:
    """Seconds per page of the larger run over seconds per page of the smaller one."""
    return ratio(large[key] / large["pages"], small[key] / small["pages"])


def run(ctx: Context, result: RowResult) -> None:
    require("analyzer.pipeline", "Analyzer")
    require("analyzer.judges.offline.judge", "OfflineJudge")
    sizes = QUICK_SIZES if ctx.quick else FULL_SIZES
    runs = {pages: run_child(ctx, pages) for pages in sizes}
    for pages, data in runs.items():
        result.metric(f"{pages} pages: ingest + index", data["ingest_s"], "s")
        result.metric(f"{pages} pages: analysis (indexed, cache bypassed)", data["analyze_s"], "s")
        result.metric(f"{pages} pages: ingest pages/s", pages / data["ingest_s"], "pages/s")
        result.metric(f"{pages} pages: peak RSS", data["peak_rss_bytes"] / GIB, "GiB")
    small, middle, large = (runs[p] for p in sizes)
    for key, label in (("ingest", "ingest"), ("analyze", "analysis")):
        result.metric(f"{label}: wall s/page at {sizes[2]} over s/page at {sizes[1]} pages",
                      per_page_growth(middle, large, f"{key}_s"))  # fmt: skip
        result.metric(f"{label}: CPU s/page at {sizes[2]} over s/page at {sizes[0]} pages",
                      per_page_growth(small, large, f"{key}_cpu_s"))  # fmt: skip
        result.target(f"{label}: CPU s/page at {sizes[2]} over at {sizes[1]} (1 = linear)",
                      per_page_growth(middle, large, f"{key}_cpu_s"), "<=", 1.1)  # fmt: skip
    result.target(f"peak RSS for the {sizes[2]}-page plan (GiB)",
                  large["peak_rss_bytes"] / GIB, "<", 1.5)  # fmt: skip
    result.details["runs"] = {str(k): v for k, v in runs.items()}
