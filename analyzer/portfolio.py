"""A tenant's portfolio (pure): every document against every check of its latest scorecard,
with versions of one plan grouped and the score change since the previous version.

Rows are the batch summary's rows (`SummaryRow`), so the server's portfolio and the batch's
summary.html are one table from one template; versions are found as `gapcard diff
--diff-versions` finds them (`version_families`) and compared with `diff_scorecards`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from pydantic import Field

from analyzer.batch.naming import version_families
from analyzer.batch.summary import RowStatus, SummaryRow
from analyzer.diff import diff_scorecards
from analyzer.models import Scorecard, Status

SortKey = Literal["name", "score", "delta"]
STATUS_ORDER = {"present": 2, "partial": 1, "absent": 0}


@dataclass(frozen=True)
class PortfolioEntry:
    """One document as the server knows it: its latest scorecard, if any, and where to read it."""

    document_id: str
    name: str
    job_status: str  # of its latest analysis: queued, running, done, failed, or "" for none
    scorecard: Scorecard | None = None
    analysis_id: str = ""  # of its latest scorecard
    href: str = ""  # the page of its latest scorecard
    error: str = ""


class PortfolioRow(SummaryRow):
    document_id: str
    analysis_id: str = Field(default="", description="The analysis of the latest scorecard")
    href: str = Field(default="", description="The latest scorecard's page")
    check_scores: dict[str, float] = Field(default_factory=dict)
    family: str = Field(default="", description="The plan this is a version of, if any")
    previous: str = Field(default="", description="The previous version's name")
    delta: float | None = Field(default=None, description="Score change since that version")

    @property
    def report(self) -> str:
        return self.href


def _status(entry: PortfolioEntry) -> RowStatus:
    if entry.scorecard is not None:
        return "ok"
    return "failed" if entry.job_status == "failed" else "pending"


def _row(entry: PortfolioEntry) -> PortfolioRow:
    card = entry.scorecard
    return PortfolioRow(
        path=entry.name,
        name=entry.name,
        document_id=entry.document_id,
        status=_status(entry),
        sha256=card.document.sha256 if card else "",
        format=card.document.format if card else "",
        score=card.score if card else None,
        checks={c.id: c.status for c in card.checks} if card else {},
        check_scores={c.id: c.score for c in card.checks} if card else {},
        analysis_id=entry.analysis_id if card else "",
        href=entry.href if card else "",
        error=entry.error if card is None else "",
    )


def check_columns(
    rows: Sequence[PortfolioRow], titles: dict[str, str], cards: Sequence[Scorecard]
) -> dict[str, str]:
    """The grid's columns: the given checks (id -> title) first, then any other check the
    scorecards judged (another rubric pack), titled as they were."""
    columns = dict(titles)
    for card in cards:
        for check in card.checks:
            columns.setdefault(check.id, check.title)
    return {c: t for c, t in columns.items() if any(c in row.checks for row in rows) or c in titles}


def build_portfolio(entries: Sequence[PortfolioEntry]) -> list[PortfolioRow]:
    """One row per document, in the given order; versions of one plan (by name, as the batch
    finds them) carry their family, the previous version and the score change since it."""
    rows = [_row(entry) for entry in entries]
    by_name = {row.path: row for row in reversed(rows)}  # a repeated name: the first row
    cards = {e.name: e.scorecard for e in reversed(entries)}
    for family, members in version_families(list(by_name)).items():
        for old, new in pairwise(members):
            row = by_name[new]
            row.family, row.previous = family, old
            before, after = cards[old], cards[new]
            if before is not None and after is not None:
                row.delta = diff_scorecards(before, after).delta
        by_name[members[0]].family = family
    return rows


def filter_rows(
    rows: Sequence[PortfolioRow], check: str | None, status: Status | None
) -> list[PortfolioRow]:
    """Rows whose `check` has `status` (any check, without `check`); all rows without status."""
    if status is None:
        return list(rows)
    if check:
        return [row for row in rows if row.checks.get(check) == status]
    return [row for row in rows if status in row.checks.values()]


def sort_rows(rows: Sequence[PortfolioRow], key: str, descending: bool) -> list[PortfolioRow]:
    """By name, score, delta or a check id (present > partial > absent); rows without a
    value always last."""

    def value(row: PortfolioRow) -> tuple[bool, float | str]:
        if key == "name":
            return False, row.path.casefold()
        if key in ("score", "delta"):
            number = row.score if key == "score" else row.delta
            return number is None, 0.0 if number is None else number
        mark = row.checks.get(key)
        return mark is None, float(STATUS_ORDER.get(mark or "", -1))

    present = [row for row in rows if not value(row)[0]]
    missing = [row for row in rows if value(row)[0]]
    present.sort(key=lambda row: value(row)[1], reverse=descending)
    return present + missing


def portfolio_csv(rows: Sequence[PortfolioRow], check_ids: Sequence[str]) -> str:
    """CSV: name, status, score, one column per check, family, previous, delta, ids."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["name", "status", "score", *check_ids, "family", "previous", "delta", "document_id"]
    )
    for row in rows:
        score = "" if row.score is None else f"{row.score:g}"
        delta = "" if row.delta is None else f"{row.delta:+g}"
        statuses = [row.checks.get(check_id, "") for check_id in check_ids]
        writer.writerow(
            [
                row.path,
                row.status,
                score,
                *statuses,
                row.family,
                row.previous,
                delta,
                row.document_id,
            ]
        )
    return buffer.getvalue()
