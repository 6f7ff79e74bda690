"""`governance`: a named body, process or policy with its remit or cadence."""

from __future__ import annotations

import re

from analyzer.judges.offline.cues.base import (
    Features,
    Finding,
    Level,
    capped_if_deferred,
    finding,
    moderate,
)
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit, split_cells

_GOVERNED = re.compile(
    r"\b(ai|a\.i\.|models?|algorithms?|use\s+cases?|uses|risks?|deploy\w*|polic(y|ies)|data|tools?|"
    r"systems?|machine[\s-]learning|generative|automated|validation|compliance|security|privacy)\b",
    re.IGNORECASE,
)
_NAMED_BODY = re.compile(
    r"\b(?:[A-Z][\w&'-]*\s+(?:(?:of|for|in|and|on)\s+)?){1,5}"
    r"(?:Committee|Council|Board|Panel|Authority|Forum|Group)\b"
)
_REMIT_VERB = re.compile(
    r"\b(approves|reviews|signs\s+off|decides|oversees|monitors|assesses|scrutinises|scrutinizes|"
    r"vets|authorises|authorizes|(must|will|shall)\s+(approve|review|sign\s+off|decide|oversee)|"
    r"meets)\b",
    re.IGNORECASE,
)
_NAMED_ACTS = re.compile(
    _NAMED_BODY.pattern
    + r"(?:\s*\([^)]*\))?(?:,[^,]{0,80},)?\s+(?:\w+\s+){0,3}?(?i:"
    + _REMIT_VERB.pattern
    + ")"
)
# A web page's bar of link labels ("Privacy | Cookies | Accessibility | Sign up"): navigation.
_LINK_LABEL = r"\s*(?:[\w&'\u2019-]+\s+){0,4}?[\w&'\u2019-]+\s*"
_LINK_BAR = re.compile(rf"^\W*(?:{_LINK_LABEL}[|\u00b7\u2022]){{2,}}{_LINK_LABEL}$")
_SITE_LINK = re.compile(
    r"\b(cookies?|terms|sitemap|site\s+map|newsletter|copyright|contact\s+us|accessibility|faqs?)\b",
    re.I,
)
# A person's check of a piece of work, done before it goes on ("until the lead has checked").
_WORK_CHECKED = re.compile(
    r"\b(has|have)\s+(checked|verified|read|confirmed|inspected|corrected|reviewed)\b", re.I
)
# A breadcrumb trail ("Home > Newsroom > Policy") or a lone footer link ("Privacy Policy").
_BREADCRUMB = re.compile(r"^\W*home\s*[>\u203a\u00bb/]", re.I)
_PRIVACY_LINK = re.compile(
    r"^\W*privacy(\s+(and|&)\s+cookies?)?\s+(policy|notice|statement)\W*$", re.I
)
_LINK_LINE_WORDS = 8
_BREADCRUMB_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?:;]\W*$")
_UNSET = re.compile(r"^\W*(tbc|tbd|to\s+be\s+(confirmed|decided|agreed)|n/?a|-+)\W*$", re.I)
# A rule said of every case it governs ("all specifications", "each release").
_SCOPE = re.compile(r"\b(all|every|each|any)\b", re.IGNORECASE)
_GATE = r"(?:before|prior\s+to|until|unless|without|ahead\s+of|in\s+advance\s+of)"


class GovernanceCues:
    check_id = "governance"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        flags = re.IGNORECASE
        quals, nouns = lexicon.alt("body_qualifiers"), lexicon.alt("body_nouns")
        self.body = re.compile(
            rf"{quals}(?:\s+(?!(?:from|the|to|with|by|on|at|a|an|is|are|was|will|of)\b)"
            rf"[\w&'\u2019()-]+){{0,3}}?\s+{nouns}(?!\s+(?-i:[A-Z]))",
            flags,
        )
        corporate, remit = lexicon.alt("corporate_bodies"), lexicon.alt("remit_verbs")
        self.corporate_acts = re.compile(
            rf"{corporate}(?:,[^,]{{0,60}},)?\s+(?:\w+\s+){{0,3}}?{remit}"
            rf"|(?:approved|reviewed|signed\s+off|authori[sz]ed|endorsed)\s+by\s+(?:the\s+)?{corporate}",
            flags,
        )
        controls, events = lexicon.alt("controls"), lexicon.alt("gated_events")
        self.gated = re.compile(
            rf"{controls}[^.;]{{0,120}}?\b{_GATE}\b[^.;]{{0,80}}?{events}", flags
        )
        self.gate_first = re.compile(rf"\b{_GATE}\b[^.;]{{0,80}}?{controls}", flags)
        self.events = re.compile(events, flags)

    def _named_body(self, text: str) -> re.Pattern[str] | None:
        """The pattern that finds a governance body in the text, if one is there."""
        if self.body.search(text):
            return self.body
        for match in _NAMED_BODY.finditer(text):
            words = match.group(0).split()[:-1]
            if not all(self.lx.has("corporate_words", w) for w in words):
                return _NAMED_BODY
        return None

    def _body_mechanism(self, unit: Unit) -> bool:
        text = unit.text
        body = self._named_body(text)
        if body is self.body:
            rest = self.lx.rx("funding_status").sub(" ", self.body.sub(" ", text))
            return self.lx.has("remit_verbs", rest) or self.lx.has("cadence", rest)
        if body is not None:
            acts = _NAMED_ACTS.search(text)
            return bool(acts) and bool(_GOVERNED.search(text) or self.lx.has("cadence", text))
        if self.body.search(unit.heading) and unit.kind in ("bullet", "table_row", "note"):
            return self.lx.has("remit_verbs", text) and self.lx.has("cadence", text)
        return False

    def _strong(self, unit: Unit) -> Finding | None:
        text = unit.text
        if self.lx.has("other_parties", text):
            return None
        if self._body_mechanism(unit):
            return finding(unit, Level.STRONG, "present", 2.0)
        if (
            self.corporate_acts.search(text)
            and _GOVERNED.search(text)
            and not self.lx.has("decision_request", text)
        ):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self._gated(text):
            return finding(unit, Level.STRONG, "present", 1.6)
        if self._decision_row(unit):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self._remit_item(unit):
            return finding(unit, Level.STRONG, "present", 1.5)
        if self.lx.has("decision_rights", text) and self.lx.has(
            "rights_holders", text + " " + unit.context
        ):
            return finding(unit, Level.STRONG, "present", 1.3)
        if self.lx.has("decision_meeting", text) and self.lx.has("cadence", text):
            return finding(unit, Level.STRONG, "present", 1.3)
        if self.lx.has("plan_review", text) and self.lx.has("cadence", text):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self.lx.has("case_meeting", text) and self.lx.has("cadence", text):
            return finding(unit, Level.STRONG, "present", 1.3)
        if self.lx.has("review_process", text) and _SCOPE.search(text):
            return finding(unit, Level.STRONG, "present", 1.4)
        if self.lx.has("decision_procedure", text):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self.lx.has("periodic_controls", text) and self.lx.has("cadence", text):
            return finding(unit, Level.STRONG, "present", 1.3)
        if (
            self.lx.has("monitoring", text)
            and not self.lx.has("adoption_survey", text)
            and (self.lx.has("cadence", text) or self.lx.has("remit_verbs", text))
        ):
            return finding(unit, Level.STRONG, "present", 1.4)
        if self.lx.has("policy_rules", text) and _GOVERNED.search(text + " " + unit.context):
            return finding(unit, Level.STRONG, "present", 1.0)
        return None

    def _gated(self, text: str) -> bool:
        """A control that gates use ("a security review before deployment", "not shared unless
        the DPO has approved it"). Someone who "has checked" a piece of work before it goes on,
        with no release, deployment or use gated, is a step of the working routine (human
        oversight), not a control that governs decisions and risks."""
        if self.gated.search(text):
            return True
        first = self.gate_first.search(text)
        if first is None:
            return False
        return not _WORK_CHECKED.search(first.group(0)) or bool(self.events.search(text))

    def _remit_item(self, unit: Unit) -> bool:
        """An item under a heading or lead-in on a body's role or terms of reference that names
        what the body decides, recommends or reviews."""
        over = f"{unit.heading} {unit.lead}"
        return (
            unit.kind in ("bullet", "table_row", "note")
            and self.lx.has("remit_context", over)
            and self.lx.has("remit_items", unit.text)
        )

    def _decision_row(self, unit: Unit) -> bool:
        """A table row whose task is a decision or approval, under a header with a column of
        who holds it, and that column filled in."""
        if unit.kind != "table_row" or not unit.header:
            return False
        header, cells = split_cells(unit.header), unit.cells
        if len(cells) < 2:
            return False
        task = self.lx.rx("decision_tasks").fullmatch(cells[0].strip()) is not None
        holders = [i for i, h in enumerate(header) if i and self.lx.has("holder_headers", h)]
        return task and any(not _UNSET.match(cells[i]) for i in holders if i < len(cells))

    def _own_text(self, unit: Unit) -> str:
        """The unit less company names, outside pressure described as context and public policy
        (a policy department, policy makers: the subject of government, not a rule of this
        organisation's)."""
        text = self.lx.rx("company_name").sub(" ", unit.text)
        text = self.lx.rx("public_policy").sub(" ", text)
        return self.lx.rx("external_pressure").sub(" ", text)

    def _weak(self, unit: Unit, text: str) -> Finding | None:
        """`text`: the unit's own text (`_own_text`)."""
        if unit.kind == "table_row" and _risk_table(self.lx, unit.header or unit.context):
            return finding(unit, Level.WEAK, "partial_register", 0.6)
        if self.lx.has("acknowledged", text):
            core = self.lx.has("governance_core", text)
            return finding(unit, Level.WEAK, "partial_acknowledged", 1.3 if core else 1.0)
        body = self.body.search(text)  # a body named, unless it is a department ("Data Office")
        if body and not self.lx.has("departments", body.group(0)):
            return finding(unit, Level.WEAK, "partial_acknowledged", 0.8)
        return None

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.is_header or unit.kind == "heading" or _link_bar(unit.text):
            return None
        own = self._own_text(unit)
        base = capped_if_deferred(unit, features, self._strong(unit) or self._weak(unit, own))
        on_topic = self.lx.has("acknowledged", own)
        return moderate(unit, features, base, on_topic=on_topic)


def _risk_table(lexicon: Lexicon, header: str) -> bool:
    return len(set(m.group(0).lower() for m in lexicon.rx("risk_table").finditer(header))) >= 2


def _link_bar(text: str) -> bool:
    """A web page's links: labels split by bars, or a short line of labels with no sentence in
    it ("Privacy Cookie policy Terms of use")."""
    breadcrumb = bool(_BREADCRUMB.match(text)) and len(text.split()) <= _BREADCRUMB_WORDS
    if breadcrumb or _PRIVACY_LINK.match(text):
        return True
    if not _SITE_LINK.search(text):
        return False
    short = len(text.split()) <= _LINK_LINE_WORDS and not _SENTENCE_END.search(text)
    return short or bool(_LINK_BAR.match(text))
