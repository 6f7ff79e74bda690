"""What every check's cue set shares: levels, findings, and the per-unit modifiers.

A check's cues classify one unit at a time into a Finding: `STRONG` (meets the bar), `WEAK`
(touches the subject but falls short: vague, deferred, collective, activity-only) or `NEGATED`
(states the gap, e.g. "no owner has been assigned"). The modifiers computed here apply to every
check alike: text addressed to automated reviewers is dropped, general discussion that commits
the organisation to nothing counts for nothing, deferrals and hypotheticals cap a finding at
WEAK, negations turn it into NEGATED.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit


class Level(IntEnum):
    NEGATED = 1
    WEAK = 2
    STRONG = 3


@dataclass(frozen=True, slots=True)
class Features:
    """Check-independent modifiers of one unit."""

    injected: bool = False
    general: bool = False
    deferred: bool = False
    negated: bool = False
    hypothetical: bool = False
    question: bool = False
    committed: bool = False
    navigation: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One unit's evidence for one check."""

    unit: Unit
    level: Level
    reason: str
    weight: float = 1.0


class CheckCues(Protocol):
    """The cue set of one check."""

    check_id: str

    def classify(self, unit: Unit, features: Features) -> Finding | None: ...


def unit_features(units: Sequence[Unit], common: Lexicon) -> list[Features]:
    """Modifiers of every unit; injection taints its whole block, general talk spills forward."""
    injected_blocks = {id(u.block) for u in units if common.has("injection", u.text)}
    nav_heading = re.compile(rf"^\W*{common.alt('navigation_heading')}\W*$", re.IGNORECASE)
    features: list[Features] = []
    general_block: int | None = None
    for unit in units:
        text = unit.text
        committed = common.has("commitment", text)
        general = common.has("general", text) and not committed
        if general:
            general_block = id(unit.block)
        elif general_block == id(unit.block) and not committed:
            general = True
        features.append(
            Features(
                injected=id(unit.block) in injected_blocks,
                general=general,
                deferred=common.has("deferral", text) or common.has("tbc", text),
                negated=common.has("negation", text),
                hypothetical=common.has("hypothetical", text)
                or common.has("hypothetical", unit.heading + " " + unit.lead),
                question=text.rstrip().endswith("?"),
                committed=committed,
                navigation=bool(nav_heading.match(unit.heading)) or _looks_like_contents(text),
            )
        )
    return features


_CONTENTS_ITEM = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
_LEADER = re.compile(r"\.{4,}\s*\d+")


def _looks_like_contents(text: str) -> bool:
    """A run of numbered headings ("1 Summary 2 Targets 3 ...") or dotted page leaders."""
    return len(_CONTENTS_ITEM.findall(text)) >= 3 or bool(_LEADER.search(text))


_WORD = re.compile(r"[\w'\u2019%&/()-]+")


def written_dates(common: Lexicon) -> str:
    """The alternation of every written date the shared lexicon knows: a quarter, a month or a
    year ("Q3 2026", "March 2027", "2028")."""
    return "|".join(common.alt(key) for key in ("quarter_date", "month_date", "year_date"))


def near(text: str, first: re.Pattern[str], second: re.Pattern[str], words: int) -> bool:
    """A match of `first` followed by a match of `second` with at most `words` words between."""
    lefts = [m.end() for m in first.finditer(text)]
    if not lefts:
        return False
    for match in second.finditer(text):
        for end in lefts:
            if end <= match.start() and len(_WORD.findall(text, end, match.start())) <= words:
                return True
    return False


def near_either(text: str, one: re.Pattern[str], other: re.Pattern[str], words: int) -> bool:
    return near(text, one, other, words) or near(text, other, one, words)


def finding(unit: Unit, level: Level, reason: str, weight: float = 1.0) -> Finding:
    return Finding(unit=unit, level=level, reason=reason, weight=weight)


def capped_if_deferred(unit: Unit, features: Features, base: Finding | None) -> Finding | None:
    """A finding in a unit that defers ("to be confirmed", "in phase 2") counts as partial."""
    if base is not None and features.deferred:
        return finding(unit, Level.WEAK, "partial_deferred", base.weight)
    return base


# Weak findings whose evidence survives a negation in the same unit: shared or diffuse ownership
# ("no single owner: the teams share it") still states how ownership is held.
_KEPT_UNDER_NEGATION = frozenset({"partial_collective", "partial_diffuse", "partial_deferred"})


def moderate(
    unit: Unit,
    features: Features,
    base: Finding | None,
    *,
    on_topic: bool,
) -> Finding | None:
    """Apply the shared modifiers to a check's own finding for a unit.

    `on_topic` says the unit speaks about the check's subject at all (needed for a deferral or a
    negation to count as evidence of that check when no cue fired).
    """
    if features.injected or features.general or features.question or features.navigation:
        return None
    if features.deferred and (base is not None or on_topic):
        reason = base.reason if base is not None and base.level == Level.WEAK else "deferred"
        return finding(unit, Level.WEAK, reason, base.weight if base else 1.0)
    if features.negated and (base is not None or on_topic):
        if base is not None and base.level == Level.WEAK and base.reason in _KEPT_UNDER_NEGATION:
            return base
        return finding(unit, Level.NEGATED, "negated")
    if base is not None and features.hypothetical and base.level == Level.STRONG:
        return finding(unit, Level.WEAK, "hypothetical", base.weight)
    if base is not None and base.level == Level.WEAK and features.committed:
        return finding(unit, base.level, base.reason, base.weight + 0.2)
    return base
