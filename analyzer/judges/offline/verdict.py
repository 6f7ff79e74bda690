"""Turn one check's findings into a Verdict: status, rationale, citations, what is missing."""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.judges.offline.cues import Finding, Level
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.strength import Element, strongest
from analyzer.models import Citation, Verdict
from analyzer.rubric import Check


def citation_for(finding: Finding) -> Citation:
    unit = finding.unit
    section = unit.block.locator.section or unit.chunk.section
    return Citation(
        quote=unit.text,
        page=unit.block.locator.page if unit.block.locator.page is not None else unit.chunk.page,
        slide=unit.block.locator.slide
        if unit.block.locator.slide is not None
        else unit.chunk.slide,
        section=" > ".join(section) or None,
        chunk_id=unit.chunk.id,
    )


def _rank(finding: Finding) -> float:
    """A finding's weight, less for slide titles and headings (they name a topic, not a fact)."""
    return finding.weight - (0.6 if finding.unit.kind in ("title", "heading") else 0.0)


def best(findings: Sequence[Finding], level: Level) -> list[Finding]:
    """Findings at a level, strongest first, then in document order; one per text."""
    chosen = sorted(
        (f for f in findings if f.level == level),
        key=lambda f: (-_rank(f), f.unit.position),
    )
    unique: list[Finding] = []
    seen: set[str] = set()
    for item in chosen:
        if item.unit.text not in seen:
            seen.add(item.unit.text)
            unique.append(item)
    return unique


def _message(lexicon: Lexicon, common: Lexicon, key: str) -> str:
    return lexicon.messages.get(key) or common.messages.get(key, "")


def _partial_missing(lexicon: Lexicon, reason: str) -> str:
    suffix = reason.removeprefix("partial_")
    return lexicon.messages.get(f"missing_{suffix}") or lexicon.message("missing_partial")


def verdict_from(
    check: Check,
    findings: Sequence[Finding],
    lexicon: Lexicon,
    common: Lexicon,
    elements: Sequence[Element] = (),
) -> Verdict:
    """present if any STRONG finding, partial if any WEAK, else absent (citing nothing).

    A present or partial verdict cites the strongest units at its level (`strength.py`).
    """
    strong = best(findings, Level.STRONG)
    if strong:
        return Verdict(
            check_id=check.id,
            status="present",
            rationale=_message(lexicon, common, "present"),
            citations=[citation_for(f) for f in strongest(strong, elements)],
            missing=[],
        )
    weak = best(findings, Level.WEAK)
    if weak:
        reason = weak[0].reason
        key = reason if reason.startswith("partial_") else f"partial_{reason}"
        rationale = _message(lexicon, common, key) or _message(lexicon, common, "partial")
        return Verdict(
            check_id=check.id,
            status="partial",
            rationale=rationale,
            citations=[citation_for(f) for f in strongest(weak, elements)],
            missing=[_partial_missing(lexicon, key)],
        )
    rationale = _message(lexicon, common, "absent")
    if any(f.level == Level.NEGATED for f in findings):
        rationale = f"{_message(lexicon, common, 'negated')} {rationale}"
    return Verdict(
        check_id=check.id,
        status="absent",
        rationale=rationale,
        citations=[],
        missing=list(check.missing),
    )
