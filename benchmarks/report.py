"""The run's output: a plain-text table on stdout and one JSON file per run."""

from __future__ import annotations

import json
import math
import os
import platform
import subprocess
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.core import REPO, RowResult

STATUS_MARK = {"ok": "ok", "skipped": "SKIPPED", "error": "ERROR"}


def _number(value: float) -> str:
    if math.isinf(value) or math.isnan(value):
        return str(value)
    if value == int(value) and abs(value) < 1e9:
        return f"{int(value)}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if abs(value) >= 0.01 else f"{value:.2g}"


def format_row(number: int, result: RowResult) -> list[str]:
    head = f"[{number}] {result.row}: {result.title}"
    status = STATUS_MARK[result.status]
    lines = [f"{head}  ({status}, {result.seconds:.1f} s)"]
    if result.status != "ok":
        lines.append(f"    {result.status}: {result.reason}")
    for metric in result.metrics:
        lines.append(f"    {metric.name:<58} {_number(metric.value):>10} {metric.unit}")
    for target in result.targets:
        verdict = "PASS" if target.passed else "MISS"
        value, limit = _number(target.value), _number(target.limit)
        lines.append(f"  {verdict} {target.name:<56} {value:>10} {target.op} {limit}")
    lines.extend(f"    note: {note}" for note in result.notes)
    return lines


def format_table(results: list[RowResult], meta: dict[str, Any]) -> str:
    title = (
        f"gapcard benchmarks  {meta['started']}  cores={meta['cpu_count']}  "
        f"load={meta['load_avg']}  quick={meta['quick']}  commit={meta['commit']}"
    )
    lines = [title, "=" * len(title)]
    for number, result in enumerate(results, start=1):
        lines.extend(format_row(number, result))
        lines.append("")
    targets = [t for r in results for t in r.targets]
    missed = [f"{r.row}: {t.name}" for r in results for t in r.targets if not t.passed]
    skipped = [r.row for r in results if r.status == "skipped"]
    errors = [r.row for r in results if r.status == "error"]
    lines.append(
        f"targets met: {len(targets) - len(missed)}/{len(targets)}; "
        f"skipped rows: {', '.join(skipped) or 'none'}; errors: {', '.join(errors) or 'none'}"
    )
    lines.extend(f"  missed: {item}" for item in missed)
    return "\n".join(lines)


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        )
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def run_meta(quick: bool) -> dict[str, Any]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "started": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "quick": quick,
        "cpu_count": os.cpu_count(),
        "load_avg": load,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": _commit(),
    }


def as_json(results: list[RowResult], meta: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for result in results:
        row = asdict(result)
        for target, data in zip(result.targets, row["targets"], strict=True):
            data["passed"] = target.passed
        rows.append(row)
    return {"run": meta, "rows": rows}


def write_json(payload: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    return path
