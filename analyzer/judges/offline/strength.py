"""How strongly one unit proves a check: the order in which a verdict cites its units.

A verdict's status comes from its findings' levels (`verdict.py`); which of the many units at
that level a reviewer should be shown is decided here. A unit's strength adds three things:
- the cue's own weight for the finding (how squarely the check's cue fired);
- the elements the rubric asks for that the unit contains (and, for less, that its context
  names: its heading, the lead-in of its list, its table's header), each weighed by the
  check's `[strength]` table in `prompts/offline/<check>.toml` (a metric: a measure, a
  number, a target, a date; an owner: a role or person and a responsibility; governance: a
  body, its remit, its cadence; and for every check, an undertaking: something someone will
  do or is charged with). A key names one of the check's
  pattern lists, or `common.<key>` one of the shared ones; a negative weight marks what a
  proof is not (hedged, or what something can do in general);
- its shape: a whole sentence or row is preferred to a heading (it names a topic, not a fact),
  to a few words, to a run-on passage, or to a piece that starts or ends mid-sentence.

The verdict cites the strongest unit and, up to three in all, those nearly as strong that
state at least one of the rubric's elements in their own words: a unit that only matched the
check's cue, or holds its elements only in its heading, shows a reviewer nothing the first did
not (measured on the real documents, such second and third citations were the least often
the evidence a reviewer chose).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.errors import RubricError
from analyzer.judges.offline.cues import Finding
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit

MAX_CITED = 3
NEAR_TOP = 0.5  # a unit is cited beside the strongest when it is at most this much weaker
CONTEXT_SHARE = 0.3  # what an element counts for in the unit's context rather than its text
_SHORT_WORDS = 5
_LONG_WORDS = 60
_HEADING = 1.5
_SHORT = 1.0
_LONG = 0.5
_CUT = 0.5
_SENTENCE_END = re.compile(r"[.!?:;)\]\"'\u201d\u2019*]$")
_STARTS_LOWER = re.compile(r"^[a-z]")


@dataclass(frozen=True, slots=True)
class Element:
    """One thing the rubric asks a unit to contain, found by a pattern list, with its weight."""

    lexicon: Lexicon
    key: str
    weight: float

    def found(self, text: str) -> bool:
        return self.lexicon.has(self.key, text)


def elements_of(lexicon: Lexicon, common: Lexicon) -> tuple[Element, ...]:
    """The weighed elements of one check's `[strength]` table (unknown lists fail here)."""
    found = []
    for name, weight in lexicon.strength.items():
        owner, key = (common, name.removeprefix("common.")) if "." in name else (lexicon, name)
        if key not in owner.sources:
            raise RubricError(f"lexicon {lexicon.name!r}: [strength] names unknown list {name!r}")
        found.append(Element(owner, key, weight))
    return tuple(found)


def shape_penalty(unit: Unit) -> float:
    """How far a unit is from a whole sentence or row that states a fact."""
    text = unit.text.strip()
    words = len(text.split())
    penalty = 0.0
    if unit.kind in ("title", "heading"):
        penalty += _HEADING
    if words < _SHORT_WORDS:
        penalty += _SHORT
    elif words > _LONG_WORDS:
        penalty += _LONG
    if unit.kind != "table_row":
        if _STARTS_LOWER.match(text):
            penalty += _CUT
        if unit.kind == "paragraph" and not _SENTENCE_END.search(text):
            penalty += _CUT
    return penalty


def strength(finding: Finding, elements: Sequence[Element]) -> float:
    """The finding's cue weight, plus the rubric's elements its unit holds, less its shape."""
    text = finding.unit.text
    found = sum(e.weight for e in elements if e.found(text))
    if context := finding.unit.context:  # under a heading, lead-in or table header on the subject
        found += CONTEXT_SHARE * sum(
            e.weight for e in elements if e.weight > 0 and e.found(context)
        )
    return finding.weight + found - shape_penalty(finding.unit)


def states_element(finding: Finding, elements: Sequence[Element]) -> bool:
    """Whether the unit's own text holds one of the rubric's elements (not its context)."""
    return any(e.weight > 0 and e.found(finding.unit.text) for e in elements)


def _reads_alone(unit: Unit) -> tuple[bool, bool, int]:
    """Order among equals: opening sentences, then list items and rows, then document order."""
    return (unit.sentence_index > 0, unit.kind == "paragraph", unit.position)


def strongest(findings: Sequence[Finding], elements: Sequence[Element]) -> list[Finding]:
    """The 1-3 findings to cite: the strongest, then those nearly as strong that state one of
    the rubric's elements themselves (one per text).

    Between equally strong units the one that reads alone goes first: a paragraph's opening
    sentence before a later one (which often leans on it: "This will ..."), a list item or
    table row before prose, then the earlier unit, so the same document always cites the same
    passages.
    """
    scored: dict[str, tuple[float, Finding]] = {}
    for item in findings:
        score = strength(item, elements)
        kept = scored.get(item.unit.text)
        if kept is None or score > kept[0]:
            scored[item.unit.text] = (score, item)
    ranked = sorted(scored.values(), key=lambda pair: (-pair[0], *_reads_alone(pair[1].unit)))
    if not ranked:
        return []
    top, first = ranked[0]
    beside = [
        item
        for score, item in ranked[1:]
        if score >= top - NEAR_TOP and states_element(item, elements)
    ]
    return [first, *beside[: MAX_CITED - 1]]
