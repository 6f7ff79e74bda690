"""Leads named in project forms, charters and team slides, for the `owners` check.

A form gives a lead as a label and a value: "Project lead Ana Ruiz, Acme Ltd", "Chairs<tab>Ana
Ruiz (Acme)", or a label on its own line ("Current lead(s):") with the name in the next block.
One named lead is an owner; two or more co-leads share the lead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analyzer.judges.offline.cues.base import Level
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit

# A person's name: capitalised words, initials ("Ana M. Ruiz") and name particles ("van der").
_NAME = re.compile(
    r"[A-Z][\w\u2019'-]+(?:\s+(?:[A-Z]\.|(?:van|de|der|von|da|del|la|le|du|bin|al)\b|"
    r"[A-Z][\w\u2019'-]+)){1,3}"
)
# A second name after the first one's affiliation or a conjunction: co-leads.
_NEXT_NAME = re.compile(r"(?:\)\s*,?\s*(?:and\s+|&\s*)?|\s(?:and|&)\s+)" + _NAME.pattern)
# A name with its affiliation or title after it: one more entry of a list of leads.
_LISTED_NAME = re.compile(_NAME.pattern + r"\s*[,(]")
_SEPARATOR = re.compile(r"[:\t\u25a0\u2013\u2014]")


class LeadRoster:
    """Finds a named lead in a unit: STRONG for one lead, WEAK for co-leads, else None."""

    def __init__(
        self, lexicon: Lexicon, is_role: Callable[[str], bool], person: Callable[[str], bool]
    ) -> None:
        flags = re.IGNORECASE
        self.lx = lexicon
        self.is_role = is_role
        self.person = person
        labels = lexicon.alt("lead_labels")
        self.labelled = re.compile(
            rf"^\W*{labels}(?P<sep>\s*[:\t\u25a0\u2013\u2014]\s*|\s+)(?P<who>\S.*)$",
            flags | re.DOTALL,
        )
        self.label_only = re.compile(rf"^\W*{labels}\s*:?\s*$", flags)

    def level(self, unit: Unit) -> Level | None:
        match = self.labelled.match(unit.text)
        if match is not None:
            bare = not _SEPARATOR.search(match.group("sep"))
            # a bare label is a qualified one ("Project lead"), not a plain word ("Leads Generated")
            if bare and len(unit.text[: match.start("sep")].split()) < 2:
                return None
            return self._value(match.group("who"), bare)
        if unit.sentence_index:  # only a block's first unit can follow a label on its own line
            return None
        before, after = _neighbours(unit)
        if not self.label_only.match(before):
            return None
        found = self._value(unit.text, bare=False)
        if found == Level.STRONG and _LISTED_NAME.match(after):
            return Level.WEAK  # the next block names another lead under the same label
        return found

    def _value(self, who: str, bare: bool) -> Level | None:
        """The value after a lead label: a person's name, with an affiliation when the label
        has no colon; or (after a colon) a role and a person ("Acme and its CTO Ana Ruiz")."""
        name = _NAME.match(who)
        if name is None or self.lx.has("organisation_words", name.group(0)):
            return None
        rest = who[name.end() :]
        if _NEXT_NAME.search(rest):
            return Level.WEAK
        if re.match(r"\s*[,(]" if bare else r"\s*(?:[,(;\u2013-]|$)", rest):
            return Level.STRONG
        if not bare and self.is_role(rest) and self.person(rest):
            return Level.STRONG
        return None


def _neighbours(unit: Unit) -> tuple[str, str]:
    """The texts of the blocks just before and just after the unit's block in its chunk."""
    blocks = unit.chunk.blocks
    index = next((i for i, block in enumerate(blocks) if block is unit.block), None)
    if index is None:
        return "", ""
    before = blocks[index - 1].text.strip() if index > 0 else ""
    after = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
    return before, after
