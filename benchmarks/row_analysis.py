"""Row 3: offline analysis, warm (in process) and cold (`gapcard analyze` as a whole process).

Warm: an Analyzer that has already analysed another document analyses a 36-page plan it has
never seen (parse, index, judge: what a server does for a new upload), then the same plan again
with the cache bypassed (judging an indexed document). Cold: `gapcard analyze` of a one-page memo
in a fresh process with an empty data folder, imports included; then `python -X importtime` of
the same command names the heaviest imports, and flags heavy packages the command never needs.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from benchmarks.core import Context, RowResult, ratio, require, stopwatch, timed
from benchmarks.offline_limit import analyze_without_index, same_verdicts

TITLE = "Offline analysis: 36-page plan warm (in process), one-page memo cold (subprocess)"
PLAN_PAGES, QUICK_PAGES = 36, 3
#: Heavy packages an offline `gapcard analyze` has no use for (httpx is not among them:
#: chromadb imports it).
NOT_NEEDED_OFFLINE = (
    "langchain", "langchain_core", "langchain_openai", "openai", "tiktoken", "fastapi",
    "starlette", "uvicorn", "sqlalchemy", "jinja2", "pyinstrument",
)  # fmt: skip


def gapcard_command(ctx: Context) -> list[str]:
    script = Path(ctx.python).parent / "gapcard"
    if not script.is_file():
        raise RuntimeError(f"{script} not found: install gapcard into the virtualenv")
    return [str(script)]


def analyze_args(memo: Path, data_dir: Path) -> list[str]:
    return ["analyze", str(memo), "--format", "json", "--data-dir", str(data_dir)]


def run_cold(ctx: Context, memo: Path) -> float:
    """Seconds of one `gapcard analyze` process with an empty data folder; checks its output."""
    command = [*gapcard_command(ctx), *analyze_args(memo, ctx.scratch("cold"))]
    with stopwatch() as elapsed:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"gapcard analyze failed ({done.returncode}): {done.stderr[-800:]}")
    cards = json.loads(done.stdout)
    if len(cards) != 1 or not cards[0].get("checks"):
        raise RuntimeError(f"gapcard analyze printed no scorecard: {done.stdout[:300]}")
    return elapsed()


def import_times(ctx: Context, memo: Path) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """(self import seconds summed per top-level package, slowest top-level imports) of the
    whole `gapcard analyze` command, from `python -X importtime`."""
    argv = ["gapcard", *analyze_args(memo, ctx.scratch("importtime"))]
    code = f"import sys; sys.argv = {argv!r}; from cli.main import main; main()"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run(
        [ctx.python, "-X", "importtime", "-c", code],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"importtime run failed: {done.stderr[-800:]}")
    per_package: dict[str, float] = {}
    top_level: list[tuple[str, float]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        module = name.strip()
        package = module.split(".")[0]
        per_package[package] = per_package.get(package, 0.0) + int(self_us) / 1e6
        if not name[1:].startswith(" "):  # no indentation: imported at top level
            top_level.append((module, int(cumulative_us) / 1e6))
    top_level.sort(key=lambda item: -item[1])
    return per_package, top_level


def warm(ctx: Context, result: RowResult) -> None:
    pipeline = require("analyzer.pipeline", "Analyzer")
    analyzer = pipeline.Analyzer(ctx.settings("warm"))
    memo, plan = ctx.memo(), ctx.plan(QUICK_PAGES if ctx.quick else PLAN_PAGES)
    first, card = timed(lambda: analyzer.analyze(memo, use_cache=False))
    result.metric("warm-up: first analysis in the process (memo, loads models)", first, "s")
    new_doc, card = timed(lambda: analyzer.analyze(plan, use_cache=False))
    indexed, _ = timed(lambda: analyzer.analyze(plan, use_cache=False), repeat=2)
    judge = analyzer.judge_for("offline")
    floor, same = timed(lambda: analyze_without_index(analyzer, judge, plan), repeat=2)
    pages = card.document.pages or 0
    result.metric(f"warm: {pages}-page plan, new document (parse+index+judge)", new_doc, "s")
    result.metric(f"warm: {pages}-page plan, already indexed (judge only)", indexed, "s")
    result.metric(f"limit: {pages}-page plan parsed and judged without an index", floor, "s")
    result.metric("limit: same scorecard as the pipeline's (1 = yes)", same_verdicts(card, same))
    result.metric("new document / limit", ratio(new_doc, floor), "x")
    result.target(f"warm analysis of a {pages}-page plan, new document", new_doc, "<", 2.0)
    result.details["warm_checks"] = [c.id for c in card.checks]


def cold(ctx: Context, result: RowResult) -> None:
    memo = ctx.memo()
    runs = [run_cold(ctx, memo) for _ in range(1 if ctx.quick else 2)]
    result.metric("cold: `gapcard analyze memo.pdf` whole process (best run)", min(runs), "s")
    result.target("cold `gapcard analyze` of a one-page memo", min(runs), "<", 3.0)
    per_package, top_level = import_times(ctx, memo)
    heaviest = sorted(per_package.items(), key=lambda item: -item[1])[:8]
    result.metric("cold: all imports (sum of self times)", sum(per_package.values()), "s")
    for package, seconds in heaviest:
        result.metric(f"cold: imports of {package} (self time)", seconds, "s")
    unneeded = sorted(p for p in NOT_NEEDED_OFFLINE if p in per_package)
    result.target("cold: heavy packages imported but unused offline", len(unneeded), "==", 0)
    if unneeded:
        result.note("imported by an offline `gapcard analyze`: " + ", ".join(unneeded))
    result.details["top_level_imports"] = top_level[:15]
    result.details["cold_runs_s"] = runs


def run(ctx: Context, result: RowResult) -> None:
    require("analyzer.judges.offline.judge")
    warm(ctx, result)
    cold(ctx, result)
