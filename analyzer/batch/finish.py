"""The end of every batch run: summaries (and version diffs) rebuilt from the results on disk."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from analyzer.atomic import write_atomic
from analyzer.batch.report import BatchOptions, BatchReport
from analyzer.batch.results import ResultFiles, ResultKey
from analyzer.batch.summary import SummaryRow, document_row, excluded_row, summary_csv
from analyzer.batch.versions import write_version_diffs
from analyzer.models import Scorecard
from analyzer.render.html import render_report_html
from analyzer.render.summary import summary_html
from analyzer.rubric import Rubric

log = logging.getLogger(__name__)


def collect_rows(
    report: BatchReport, files: ResultFiles, key: ResultKey
) -> tuple[list[SummaryRow], dict[str, Scorecard]]:
    """One row per discovered file, from disk; also the scorecards of analysed documents."""
    rows, cards = [], {}
    for item in report.discovery.items:
        name = report.names[item.rel]
        row, card = document_row(item, name, report.hashes.get(item.rel, ""), files, key)
        rows.append(row)
        if card is not None:
            cards[item.rel] = card
            if not files.html_path(name).exists():  # e.g. deleted by hand: cheap to redo
                write_atomic(files.html_path(name), render_report_html(card))
    rows.extend(excluded_row(excluded) for excluded in report.discovery.excluded)
    return rows, cards


def finish_batch(
    report: BatchReport, files: ResultFiles, rubric: Rubric, options: BatchOptions, out: Path
) -> None:
    """Write summary.csv, summary.html and (if asked) the version diffs; fill in the report."""
    rows, cards = collect_rows(report, files, ResultKey.of(rubric, report.engine, report.coverage))
    report.rows = rows
    if options.diff_versions:
        report.diffs = write_version_diffs(cards, out / "diffs")
    check_titles = {check.id: check.title for check in rubric.checks}
    meta = {
        "rubric": f"{rubric.name} {rubric.version}",
        "engine": report.engine,
        "documents": str(len(report.discovery.items)),
        "written": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    if report.interrupted:
        meta["state"] = "interrupted: rerun the same command to finish"
    report.summary_csv = out / "summary.csv"
    report.summary_html = out / "summary.html"
    write_atomic(report.summary_csv, summary_csv(rows, list(check_titles)))
    page = summary_html(rows, check_titles, meta=meta, diffs=report.diffs)
    write_atomic(report.summary_html, page)
    log.info("batch summary written to %s", report.summary_html)
