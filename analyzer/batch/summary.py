"""The portfolio view of a batch: one row per file, written as summary.csv and summary.html.

Rows are rebuilt from the results on disk every time, so a summary written after an
interruption or a rerun always reflects everything done so far.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, Field

from analyzer.batch.discover import BatchItem, Excluded
from analyzer.batch.results import ResultFiles, ResultKey
from analyzer.models import Scorecard, Status
from analyzer.render.html import environment, script_csp

RowStatus = Literal["ok", "failed", "refused", "skipped", "pending"]
STATUS_ORDER = {"present": 2, "partial": 1, "absent": 0}


class SummaryRow(BaseModel):
    path: str
    status: RowStatus
    sha256: str = ""
    format: str = ""
    score: float | None = None
    checks: dict[str, Status] = Field(default_factory=dict)
    error: str = ""
    name: str = Field(default="", description="Output name of the document's files")

    @property
    def report(self) -> str:
        return f"reports/{quote(self.name)}.html" if self.status == "ok" else ""

    @property
    def scorecard_json(self) -> str:
        return f"reports/{quote(self.name)}.json" if self.status == "ok" else ""


class DiffLink(BaseModel):
    family: str
    old: str
    new: str
    delta: float
    href: str


def document_row(
    item: BatchItem, name: str, sha256: str, files: ResultFiles, key: ResultKey
) -> tuple[SummaryRow, Scorecard | None]:
    """A document's row from what is on disk for it (a pending row when there is nothing)."""
    card = files.load_scorecard(name)
    if card is not None and card.document.sha256 == sha256 and key.matches(card):
        checks = {c.id: c.status for c in card.checks}
        row = SummaryRow(
            path=item.rel, status="ok", sha256=sha256, format=card.document.format,
            score=card.score, checks=checks, name=name,
        )  # fmt: skip
        return row, card
    failure = files.load_failure(name)
    if failure is not None and failure.sha256 == sha256 and failure.key == key:
        error = f"{failure.kind}: {failure.message}"
        return SummaryRow(path=item.rel, status="failed", sha256=sha256, error=error), None
    pending = SummaryRow(path=item.rel, status="pending", sha256=sha256, error="not analysed yet")
    return pending, None


def excluded_row(excluded: Excluded) -> SummaryRow:
    return SummaryRow(path=excluded.rel, status=excluded.status, error=excluded.reason)


def summary_csv(rows: Sequence[SummaryRow], check_ids: Sequence[str]) -> str:
    """CSV text: path, status, sha256, format, score, one column per check, error, report."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["path", "status", "sha256", "format", "score", *check_ids, "error", "report"])
    for row in rows:
        score = "" if row.score is None else f"{row.score:g}"
        statuses = [row.checks.get(check_id, "") for check_id in check_ids]
        writer.writerow(
            [row.path, row.status, row.sha256, row.format, score, *statuses, row.error, row.report]
        )
    return buffer.getvalue()


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
