"""What every presentation of a scorecard reads: the view of one scorecard (pure).

`scorecard_view` is the one place a Scorecard is turned into display data: the HTML report,
the web page's scorecard partial and the Markdown all read a `ScorecardView`, so a new
scorecard field is added here and then shown by whichever template wants it.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.models import CallUsage, CheckResult, Citation, Scorecard, Usage
from analyzer.render.filters import extent, locator_label, score_band, status_label

STATUSES = ("present", "partial", "absent")


@dataclass(frozen=True)
class CitationView:
    quote: str
    where: str  # '' when the citation has no locator


@dataclass(frozen=True)
class CheckView:
    id: str
    title: str
    version: str
    status: str
    label: str  # 'Present', 'Partial', 'Absent'
    score: float  # 0-1
    weight: float
    rationale: str
    missing: tuple[str, ...]
    recommendation: str
    citations: tuple[CitationView, ...]
    dropped_citations: int
    downgraded: bool
    error: str | None
    model: str | None


@dataclass(frozen=True)
class ScorecardView:
    name: str
    format: str
    pages: int | None
    extent: str  # '12 pages', '3 slides' or ''
    sha256: str
    rubric: str  # 'name version'
    engine: str
    models: tuple[str, ...]
    score: float  # 0-100
    band: str  # good, fair, weak
    checks: tuple[CheckView, ...]
    gaps: tuple[CheckView, ...]  # most important first
    counts: dict[str, int]  # checks per status
    usage: Usage
    warnings: tuple[str, ...] = ()  # parts of the document that could not be read
    calls: tuple[CallUsage, ...] = ()  # each model call (group of checks or window) once


def citation_view(citation: Citation) -> CitationView:
    return CitationView(quote=citation.quote, where=locator_label(citation))


def check_view(check: CheckResult) -> CheckView:
    return CheckView(
        id=check.id,
        title=check.title,
        version=check.version,
        status=check.status,
        label=status_label(check.status),
        score=check.score,
        weight=check.weight,
        rationale=check.rationale,
        missing=tuple(check.missing),
        recommendation=check.recommendation,
        citations=tuple(citation_view(c) for c in check.citations),
        dropped_citations=check.dropped_citations,
        downgraded=check.downgraded,
        error=check.error,
        model=check.model,
    )


def scorecard_view(scorecard: Scorecard) -> ScorecardView:
    """The display data of one scorecard, for every template and the Markdown."""
    doc = scorecard.document
    checks = tuple(check_view(c) for c in scorecard.checks)
    by_id = {c.id: c for c in checks}
    return ScorecardView(
        name=doc.name,
        format=doc.format,
        pages=doc.pages,
        extent=extent(doc.pages, doc.format),
        sha256=doc.sha256,
        rubric=f"{scorecard.rubric.name} {scorecard.rubric.version}",
        engine=scorecard.engine,
        models=tuple(sorted({c.model for c in checks if c.model})),
        score=scorecard.score,
        band=score_band(scorecard.score),
        checks=checks,
        gaps=tuple(by_id[g] for g in scorecard.gaps if g in by_id),
        counts={s: sum(1 for c in checks if c.status == s) for s in STATUSES},
        usage=scorecard.usage,
        warnings=tuple(scorecard.warnings),
        calls=tuple(scorecard.calls),
    )
