"""`owners`: accountability assigned to a named person or a single, specific role."""

from __future__ import annotations

import re

from analyzer.judges.offline.cues.base import (
    Features,
    Finding,
    Level,
    finding,
    moderate,
    near_either,
)
from analyzer.judges.offline.cues.leads import LeadRoster
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit, split_cells

_CLAUSE = re.compile(r"[;:.]\s|\bwhile\b|\bbut\b", re.IGNORECASE)
_MULTI = re.compile(r"\s(and|&|or)\s|/|,\s*(and\s+)?the\s|\bjointly\b|\bboth\b", re.IGNORECASE)
_ACCOUNTABLE = re.compile(r"\baccountab", re.IGNORECASE)
_BARE_WORDS = 8
_NEAR_WORDS = 8
_PRONOUN = re.compile(r"^(?:he|she)$", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9][\w-]{1,38}\b")
# "Director of Grants and Programmes": a conjunction inside one title, not two subjects.
_TITLE_AND = re.compile(
    r"\b(of|for)\s+([A-Z][\w-]*)\s+(?:and|&)\s+"
    r"(?!(?:Head|Director|Chief|Manager|Lead|VP|Officer|The|the)\b)([A-Z][\w-]*)"
)
_VACANT = re.compile(r"^(?:tbc|tbd|tba|n/?a|-+|—|to be \w+|vacant|none|\?)$", re.IGNORECASE)


class OwnerCues:
    check_id = "owners"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        self.common = common
        flags = re.IGNORECASE
        self.roles = re.compile(lexicon.alt("role_titles"), flags)
        self.acronyms = lexicon.rx("role_acronyms")
        self.names = lexicon.rx("person_name")
        self.label = re.compile(lexicon.alt("labels") + r"\s*(?P<who>[^\n;]{3,80})", flags)
        self.passive = re.compile(
            r"\b(?:(?:led|owned|sponsored|championed)\s+by|(?:sits|rests|lies)\s+with)\s+"
            r"(?P<who>(?:the\s+)?[^,;.]{3,60})",
            flags,
        )
        self.inverted = re.compile(
            r"(?:^|\b(?:the|our|its)\s+(?:(?:[\w-]+\s+){0,2}?"
            + lexicon.alt("owned_things") + r"['\u2019]s\s+)?)" + lexicon.alt("owner_nouns")
            + r"(?:\s+(?:of|for)\s+(?:the|this|each|every|our|its)\s+(?:[\w-]+\s+){0,3}?"
            + lexicon.alt("owned_things") + r")?\s+(?:is|will\s+be)\s+(?P<who>[^,;.]{2,60})",
            flags,
        )  # fmt: skip
        self.colon_owner = re.compile(
            r"^(?P<who>[^:]{3,60}):\s*" + lexicon.alt("owns_after_colon"), flags
        )
        self.leads = LeadRoster(lexicon, self._is_role, self._person)
        self.owned_header = re.compile(rf"^\s*{lexicon.alt('owned_headers')}\s*$", flags)
        self.header_rx = [
            re.compile(rf"^\s*(?:{h})\s*$", flags) for h in lexicon.items("accountable_headers")
        ]

    def _is_role(self, text: str) -> bool:
        return bool(self.roles.search(text) or self.acronyms.search(text))

    def _single_subject(self, subject: str, before: str = "") -> bool:
        """A subject naming one role or person, not a body or a group.

        A singular personal pronoun ("he", "she") stands for the one person the sentence has
        just named, so it counts when the text before it names a role or a person.
        """
        subject = subject.strip()
        if _PRONOUN.match(subject):
            return self._is_role(before) or self._person(before)
        subject = _TITLE_AND.sub(r"\1 \2-\3", subject)
        if not subject or _MULTI.search(subject) or self.lx.has("collective", subject):
            return False
        head = subject.split(",")[0]
        if self.lx.has("body_subjects", head) and not self._is_role(head):
            return False
        return self._is_role(subject) or self._person(subject)

    def _person(self, text: str) -> bool:
        """A personal name (capitalised words that are not an organisation's name) or a handle."""
        if _HANDLE.search(text):
            return True
        return any(
            not self.lx.has("organisation_words", m.group(0)) for m in self.names.finditer(text)
        )

    def _sentence_owner(self, text: str) -> float:
        """How strongly a sentence names one accountable person or role (0: it does not)."""
        explicit = 0.4 if _ACCOUNTABLE.search(text) else 0.0
        passive = self.passive.search(text)
        if passive and self._single_subject(passive.group("who")):
            return 1.8 + explicit
        inverted = self.inverted.search(text)
        if inverted and self._single_subject(inverted.group("who")):
            return 1.8 + explicit
        colon = self.colon_owner.match(text)
        if colon and self._single_subject(colon.group("who")):
            return 1.8 + explicit
        for match in self.lx.rx("single_verbs").finditer(text):
            clause = _CLAUSE.split(text[: match.start()])[-1]
            if self._single_subject(clause[-120:], text[: match.start()]):
                return 1.8 + explicit
        label = self.label.search(text)
        if label:
            who = label.group("who").strip()
            vacant = _VACANT.match(who) or self.common.has("tbc", who)
            if not vacant and (self._is_role(who) or self._person(who)):
                return 1.8 + explicit
        return 1.3 if self.lx.has("one_per_item", text) else 0.0

    def _row_owner(self, unit: Unit) -> Level | None:
        """A RACI or owner table row: the accountable column holds a single role."""
        if unit.kind != "table_row" or not unit.header:
            return None
        header = split_cells(unit.header)
        column = self._owner_column(header)
        cells = unit.cells
        if column is None:
            owned = self._owned_column(header)
            stated = any(c.lower().startswith(("accountable", "owns", "owner")) for c in cells[1:])
            if cells and self._is_role(cells[0]) and (stated or owned not in (None, 0)):
                return Level.STRONG
            return self._duty_row(cells)
        if len(cells) != len(header):
            return Level.STRONG if any(self._is_role(c) for c in cells[1:]) else None
        cell = cells[column]
        if _VACANT.match(cell) or self.common.has("tbc", cell) or self.common.has("deferral", cell):
            return Level.WEAK
        if _MULTI.search(cell) or self.lx.has("collective", cell):
            return Level.WEAK
        return Level.STRONG if self._is_role(cell) or self._person(cell) else None

    def _duty_row(self, cells: tuple[str, ...]) -> Level | None:
        """A row that states a duty in one cell ("Accountable for the repairs programme") and
        gives its holder, one role or person, in another."""
        for index, cell in enumerate(cells):
            if self.lx.has("elided_duty", cell.strip()):
                others = cells[:index] + cells[index + 1 :]
                if any(self._single_subject(other) for other in others if len(other) <= 80):
                    return Level.STRONG
        return None

    def _owned_column(self, header: tuple[str, ...]) -> int | None:
        """The column saying what the row's role owns ("Role | Accountable for")."""
        for index, cell in enumerate(header):
            if self.owned_header.match(cell):
                return index
        return None

    def _owner_column(self, header: tuple[str, ...]) -> int | None:
        for rx in self.header_rx:
            for index, cell in enumerate(header):
                if rx.match(cell):
                    return index
        return None

    def _base(self, unit: Unit) -> Finding | None:
        text = self.lx.rx("property_ownership").sub(" ", unit.text)
        row = self._row_owner(unit)
        if row == Level.STRONG:
            return finding(unit, Level.STRONG, "present", 1.5)
        lead = self.leads.level(unit)
        if lead is not None:
            strong = lead == Level.STRONG
            return finding(
                unit, lead, "present" if strong else "partial_collective", 1.6 if strong else 1.1
            )
        strength = self._sentence_owner(text)
        if strength:
            return finding(unit, Level.STRONG, "present", strength)
        if self.lx.has("person_as_lead", text):
            return finding(unit, Level.STRONG, "present", 1.6)
        if self.lx.has("named_office_lead", text):
            return finding(unit, Level.STRONG, "present", 1.4)
        if self.lx.has("named_body_lead", text):
            return finding(unit, Level.WEAK, "partial_collective", 1.1)
        elided = self._elided_duty(unit, text)
        if elided is not None:
            return elided
        on_topic = self.lx.has("topic", text)
        if row == Level.WEAK:
            return finding(unit, Level.WEAK, "partial_deferred", 1.0)
        if self.lx.has("owner_to_be_named", text):
            return finding(unit, Level.WEAK, "partial_deferred", 1.0)
        if on_topic and self.lx.has("collective", text):
            return finding(unit, Level.WEAK, "partial_collective", 1.2)
        if self._held_by_many(text):
            return finding(unit, Level.WEAK, "partial_collective", 1.0)
        if self.lx.has("bodies_deliver", text):
            return finding(unit, Level.WEAK, "partial_diffuse", 0.9)
        if self.lx.has("maintained_by_organisation", text):
            return finding(unit, Level.WEAK, "partial_collective", 0.9)
        if self.lx.has("team_undertaking", text):
            return finding(unit, Level.WEAK, "partial_collective", 0.9)
        if re.search(
            r"\b\w+s\s+(are|will\s+be)\s+(jointly\s+)?(responsible|accountable)\b", text, re.I
        ):
            return finding(unit, Level.WEAK, "partial_diffuse", 0.8)
        if self.lx.has("chaired_body", text):
            return finding(unit, Level.WEAK, "partial_collective", 0.8)
        return None

    def _elided_duty(self, unit: Unit, text: str) -> Finding | None:
        """A duty whose subject is left to the list's lead-in or the heading above it: present
        when that context is one role or person, partial (a duty held by a body) otherwise."""
        if unit.kind == "table_row" or not self.lx.has("elided_duty", text.strip()):
            return None
        holder = unit.lead.rstrip(":- ") or unit.heading.split(" > ")[-1]
        # a Title Case heading reads like a name ("Operating Model"): only a role title counts
        single = self._is_role(holder) and self._single_subject(holder)
        if holder and len(holder.split()) <= _BARE_WORDS and single:
            return finding(unit, Level.STRONG, "present", 1.5)
        return finding(unit, Level.WEAK, "partial_collective", 0.9)

    def _held_by_many(self, text: str) -> bool:
        """Ownership given to a body, or spread across several units, in the same phrase.

        A description of how things stand today ("at present, data ownership is split across
        three teams") diagnoses the problem; it assigns nothing for the plan.
        """
        if not self.lx.has("ownership_topic", text) or self.lx.has("current_state", text):
            return False
        pairs = (("ownership_noun", "collective_spread"), ("ownership_topic", "group_body"))
        return any(
            self.lx.has(topic, text)
            and self.lx.has(key, text)
            and near_either(text, self.lx.rx(topic), self.lx.rx(key), _NEAR_WORDS)
            for topic, key in pairs
        )

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.is_header or unit.kind == "heading":
            return None
        base = self._base(unit)
        if base is not None and features.deferred and base.level == Level.WEAK:
            base = finding(unit, Level.WEAK, "partial_deferred", base.weight)
        text = self.lx.rx("property_ownership").sub(" ", unit.text)
        on_topic = self.lx.has("topic", text) or self._topic_heading(unit, features)
        return moderate(unit, features, base, on_topic=on_topic)

    def _topic_heading(self, unit: Unit, features: Features) -> bool:
        """A bare deferral ("To be confirmed.") answers its heading when that names an owner."""
        short = len(unit.text.split()) <= _BARE_WORDS
        return features.deferred and short and self.lx.has("topic", unit.heading)
