"""`execution_capacity`: specific roles, teams or staffing commitments that deliver the plan."""

from __future__ import annotations

import re

from analyzer.judges.offline.cues.base import (
    Features,
    Finding,
    Level,
    capped_if_deferred,
    finding,
    moderate,
    near_either,
)
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit, split_cells

_TEAM_HEADER = re.compile(
    r"\b(roles?|fte|time|start|posts?|headcount|allocation|staffing|team|people|hires?|"
    r"today|end\s+of|capacity)\b",
    re.IGNORECASE,
)
_COUNTED_ROLE = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"([\w-]+\s+){0,3}(engineers?|scientists?|analysts?|developers?|owners?|managers?|"
    r"champions?|informaticians?|planners?|consultants?|specialists?|lawyers?|officers?|posts?|"
    r"roles?|hires?|leads?|designers?|architects?)\b",
    re.IGNORECASE,
)
_COUNTED_GENERIC = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(new\s+|additional\s+|"
    r"extra\s+|more\s+)?(people|staff|hires|posts|roles|fte|heads|employees)\b",
    re.IGNORECASE,
)
_COMMITTED = re.compile(
    r"\b(will|shall|we|we've|we'll|our|plans?\s+to|planned|intends?\s+to|to\s+be|has|have|"
    r"are\s+being|is\s+being|by\s+(hiring|recruiting|appointing|seconding|bringing\s+in))\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d|full[\s-]time|part[\s-]time|fte|days?\s+a\s+week|in\s+post", re.I)
# A number that points elsewhere in the document ("follows section 4"), not a time or a count.
_CROSS_REFERENCE = re.compile(
    r"\b(section|clause|paragraph|para|appendix|annex|table|figure|page|step|chapter|part)s?"
    r"\s+\d[\d.]*",
    re.IGNORECASE,
)


class CapacityCues:
    check_id = "execution_capacity"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        flags = re.IGNORECASE
        self.roles = re.compile(lexicon.alt("delivery_roles"), flags)
        self.generic = lexicon.rx("generic_roles")
        self.verbs = lexicon.rx("staffing_verbs")
        self.leading_verb = re.compile(rf"^\W*{lexicon.alt('staffing_verbs')}", flags)
        self.common = common
        self.task_header = re.compile(rf"^\s*{lexicon.alt('task_headers')}\s*$", flags)
        self.assignee_header = re.compile(rf"^\s*{lexicon.alt('assignee_headers')}\s*$", flags)

    def _team_row(self, unit: Unit) -> bool:
        """A row of a staffing table: a role with a time, FTE, date or number."""
        if unit.kind != "table_row" or not _TEAM_HEADER.search(unit.header or unit.context):
            return False
        cells = unit.cells
        rest = _CROSS_REFERENCE.sub(" ", " ".join(cells[1:]))
        return bool(cells) and bool(self.roles.search(cells[0])) and bool(_FIGURE.search(rest))

    def _people_text(self, unit: Unit) -> str:
        """The unit's text less capacity words said of machines ("compute resources"), of
        hiring as a line of business ("recruitment agencies"), of the labour market ("found it
        difficult to recruit surveyors") or of the people the organisation serves ("tenants can
        attend a free course")."""
        text = unit.text
        for key in ("technical_sense", "business_sense", "labour_market", "others_people"):
            text = self.lx.rx(key).sub(" ", text)
        return text

    def _assigned_row(self, unit: Unit) -> bool:
        """A row of a work-plan table whose who-cell names a person or a handle for its task."""
        if unit.kind != "table_row" or not unit.header:
            return False
        header = split_cells(unit.header)
        task = _column(header, self.task_header)
        who = _column(header, self.assignee_header)
        cells = unit.cells
        if task is None or who is None or len(cells) != len(header) or not cells[task]:
            return False
        cell = cells[who]
        if self.common.has("tbc", cell) or self.roles.search(cell) or self.generic.search(cell):
            return False
        return self.lx.has("assignee_name", cell) and not re.search(r"\bteams?\b", cell, re.I)

    def _base(self, unit: Unit, text: str) -> Finding | None:
        """`text`: the unit's text about people (`_people_text`)."""
        if self.lx.has("context_people", text):
            return None
        counted = _COUNTED_ROLE.search(text) is not None
        committed = counted or bool(_COMMITTED.search(text) or self.leading_verb.search(text))
        staffing = self.lx.has("staffing_verbs", text)
        if staffing and committed and near_either(text, self.verbs, self.roles, 8):
            return finding(unit, Level.STRONG, "present", 1.6 + 0.6 * counted)
        if (
            staffing
            and _COUNTED_GENERIC.search(text)
            and near_either(text, self.verbs, self.generic, 8)
        ):
            return finding(unit, Level.STRONG, "present", 1.5)
        if self.lx.has("team_size", text):
            return finding(unit, Level.STRONG, "present", 1.5)
        if self.lx.has("named_lead", unit.text):
            return finding(unit, Level.STRONG, "present", 1.3)
        if self.lx.has("allocation", text) and self.roles.search(text + " " + unit.context):
            return finding(unit, Level.STRONG, "present", 1.4)
        if self._team_row(unit) or self._assigned_row(unit):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self.lx.has("dedicated_team", text):
            return finding(unit, Level.STRONG, "present", 1.1)
        if self.lx.has("composition", text) and len(self.roles.findall(text)) >= 2:
            return finding(unit, Level.STRONG, "present", 1.3)
        if self.lx.has("general_capacity", text):
            return finding(unit, Level.WEAK, "partial_general", 1.0)
        return None

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.is_header or unit.kind == "heading":
            return None
        text = self._people_text(unit)
        base = capped_if_deferred(unit, features, self._base(unit, text))
        on_topic = self.lx.has("general_capacity", text)
        return moderate(unit, features, base, on_topic=on_topic)


def _column(header: tuple[str, ...], rx: re.Pattern[str]) -> int | None:
    """The index of the first header cell the pattern matches."""
    return next((index for index, cell in enumerate(header) if rx.match(cell)), None)
