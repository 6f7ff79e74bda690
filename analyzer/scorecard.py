"""Verdicts -> scored scorecard, as RUBRIC.md says (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce

from analyzer.models import (
    STATUS_SCORE,
    CheckResult,
    DocumentInfo,
    RubricInfo,
    Scorecard,
    Usage,
    Verdict,
)
from analyzer.rubric import Check, Rubric


def check_result(check: Check, verdict: Verdict, model: str | None) -> CheckResult:
    return CheckResult(
        id=check.id,
        title=check.title,
        version=check.version,
        status=verdict.status,
        score=STATUS_SCORE[verdict.status],
        weight=check.weight,
        rationale=verdict.rationale,
        missing=[] if verdict.status == "present" else (verdict.missing or list(check.missing)),
        recommendation="" if verdict.status == "present" else check.recommendation,
        citations=[] if verdict.status == "absent" else verdict.citations,
        dropped_citations=verdict.dropped_citations,
        downgraded=verdict.downgraded,
        model=model,
        usage=verdict.usage,
        error=verdict.error,
    )


def overall_score(results: Sequence[CheckResult]) -> float:
    """Weighted mean of check scores, 0-100, rounded to one decimal."""
    total = sum(r.weight for r in results)
    if total == 0:
        return 0.0
    return round(100 * sum(r.weight * r.score for r in results) / total, 1)


def gaps(results: Sequence[CheckResult]) -> list[str]:
    """Checks not present, most heavily weighted first (rubric order within a weight)."""
    order = {r.id: i for i, r in enumerate(results)}
    missing = [r for r in results if r.status != "present"]
    return [r.id for r in sorted(missing, key=lambda r: (-r.weight, order[r.id]))]


def build_scorecard(
    document: DocumentInfo,
    rubric: Rubric,
    verdicts: Sequence[Verdict],
    *,
    engine: str,
    model: str | None,
) -> Scorecard:
    by_id = {v.check_id: v for v in verdicts}
    results = [check_result(check, by_id[check.id], model) for check in rubric.checks]
    usage = reduce(lambda a, b: a + b, (r.usage for r in results), Usage(cached=True))
    return Scorecard(
        document=document,
        engine=engine,
        rubric=RubricInfo(name=rubric.name, version=rubric.version),
        score=overall_score(results),
        checks=results,
        gaps=gaps(results),
        usage=usage,
        calls=list({c.call: c for v in verdicts for c in v.calls}.values()),
    )
