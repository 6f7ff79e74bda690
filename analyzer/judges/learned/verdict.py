"""Turn one check's unit scores into a Verdict: status, rationale, citations, what is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from analyzer.citations import repair_hyphenation
from analyzer.judges.learned.model import Floats, Model, decide
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit
from analyzer.models import Citation, Verdict
from analyzer.rubric import Check

if TYPE_CHECKING:
    from analyzer.judges.learned.judge import Prepared

_SIGNALS = (
    ("target_and_date", "a number with a target date"),
    ("percent", "a percentage"),
    ("money", "a sum of money"),
    ("objective_label", "a labelled objective"),
    ("role", "a role title"),
    ("person", "a person's name"),
    ("period", "a date or period"),
    ("kind_table_row", "a table row"),
)


def citation_for(unit: Unit) -> Citation:
    section = unit.block.locator.section or unit.chunk.section
    loc = unit.block.locator
    return Citation(
        quote=repair_hyphenation(unit.text) if loc.page is not None else unit.text,
        page=loc.page if loc.page is not None else unit.chunk.page,
        slide=loc.slide if loc.slide is not None else unit.chunk.slide,
        section=" > ".join(section) or None,
        chunk_id=unit.chunk.id,
    )


def citable(unit: Unit) -> bool:
    """Whole sentences, bullets, rows and notes; headings and table headers only name a topic."""
    return unit.kind not in ("title", "heading") and not unit.is_header


def _message(lexicon: Lexicon | None, common: Lexicon, key: str) -> str:
    own = lexicon.messages.get(key) if lexicon else None
    return own or common.messages.get(key, "")


def _found(model: Model, prepared: Prepared, index: int) -> str:
    """What the strongest unit shows, in words: its structural signals."""
    rows = prepared.rows
    start, end = rows.indptr[index], rows.indptr[index + 1]
    base = model.weights.shape[0] - len(model.dense_names)
    names = {model.dense_names[i - base] for i in rows.indices[start:end] if i >= base}
    phrases = [text for name, text in _SIGNALS if name in names][:3]
    where = prepared.units[index].heading
    parts = []
    if phrases:
        parts.append("with " + ", ".join(phrases))
    if where:
        parts.append(f"under \u201c{where[:80]}\u201d")
    return (
        f" Strongest evidence: a {prepared.units[index].kind.replace('_', ' ')} "
        + " ".join(parts).strip()
        + "."
        if parts
        else ""
    )


def verdict_for(
    check: Check,
    model: Model,
    prepared: Prepared,
    scores: Floats,
    lexicon: Lexicon | None,
    common: Lexicon,
) -> Verdict:
    matrix = np.asarray(scores)
    decision = decide(
        model.rules[check.id],
        matrix[:, model.column(check.id, "any")],
        matrix[:, model.column(check.id, "strong")],
        prepared.guards,
        [citable(u) for u in prepared.units],
    )
    citations = [citation_for(prepared.units[i]) for i in decision.cited]
    if decision.status == "present":
        rationale = _message(lexicon, common, "present") + _found(
            model, prepared, decision.cited[0]
        )
        return Verdict(
            check_id=check.id, status="present", rationale=rationale, citations=citations
        )
    if decision.status == "partial":
        rationale = _message(lexicon, common, "partial") + _found(
            model, prepared, decision.cited[0]
        )
        missing = _message(lexicon, common, "missing_partial") or "; ".join(check.missing[:1])
        return Verdict(
            check_id=check.id,
            status="partial",
            rationale=rationale,
            citations=citations,
            missing=[missing] if missing else list(check.missing),
        )
    rationale = _message(lexicon, common, "absent")
    return Verdict(
        check_id=check.id,
        status="absent",
        rationale=rationale,
        citations=[],
        missing=list(check.missing),
    )
