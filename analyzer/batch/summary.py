"""The portfolio data of a batch: one row per file, written as summary.csv (and rendered as
summary.html by `analyzer.render.summary`).

Rows are rebuilt from the results on disk every time, so a summary written after an
interruption or a rerun always reflects everything done so far.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, Field

from analyzer.batch.discover import BatchItem, Excluded
from analyzer.batch.results import ResultFiles, ResultKey
from analyzer.models import Scorecard, Status

RowStatus = Literal["ok", "failed", "refused", "skipped", "pending"]


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
