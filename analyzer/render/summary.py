"""The batch summary page (summary.html): counts, charts, the sortable documents x checks grid.

The rows are the batch's data (`analyzer.batch.summary`); this module only presents them, with
the one environment and its filters (a score's band reads the same here as in a report).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from analyzer.batch.summary import DiffLink, SummaryRow
from analyzer.render.environment import environment, script_csp

STATUS_ORDER = {"present": 2, "partial": 1, "absent": 0}


def score_histogram(scores: Sequence[float], bins: int = 10) -> list[tuple[str, int]]:
    """Counts of scores in equal bins over 0-100 (100 falls in the last bin)."""
    width = 100 / bins
    counts = [0] * bins
    for score in scores:
        counts[min(int(score // width), bins - 1)] += 1
    return [(f"{i * width:g}-{(i + 1) * width:g}", n) for i, n in enumerate(counts)]


def check_totals(rows: Sequence[SummaryRow], check_ids: Sequence[str]) -> dict[str, dict[str, int]]:
    """For each check, how many analysed documents are present, partial and absent."""
    totals = {c: {"present": 0, "partial": 0, "absent": 0} for c in check_ids}
    for row in rows:
        for check_id, status in row.checks.items():
            if check_id in totals:
                totals[check_id][status] += 1
    return totals


def status_counts(rows: Sequence[SummaryRow]) -> dict[str, int]:
    counts = {s: 0 for s in ("ok", "failed", "refused", "pending", "skipped")}
    for row in rows:
        counts[row.status] += 1
    return counts


def summary_html(
    rows: Sequence[SummaryRow],
    checks: Mapping[str, str],
    *,
    meta: Mapping[str, str],
    diffs: Sequence[DiffLink] = (),
) -> str:
    """The portfolio page: counts, charts, the sortable documents x checks grid, diffs, skips."""
    env = environment()
    script = env.get_template("sortable.js").render()
    scores = [row.score for row in rows if row.score is not None]
    return env.get_template("summary.html.j2").render(
        rows=[row for row in rows if row.status != "skipped"],
        skipped=[row for row in rows if row.status == "skipped"],
        checks=checks,
        counts=status_counts(rows),
        histogram=score_histogram(scores),
        totals=check_totals(rows, list(checks)),
        mean=round(sum(scores) / len(scores), 1) if scores else None,
        meta=meta,
        diffs=diffs,
        status_order=STATUS_ORDER,
        script=script,
        csp=script_csp(script),
    )
