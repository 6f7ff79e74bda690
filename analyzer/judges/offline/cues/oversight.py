"""`human_oversight`: concrete human validation of AI output, feedback loops, hand-offs."""

from __future__ import annotations

import re

from analyzer.judges.offline.cues.base import (
    Features,
    Finding,
    Level,
    capped_if_deferred,
    finding,
    moderate,
    near,
    near_either,
)
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit

_MODEL = re.compile(r"\b(models?|algorithms?|classifiers?|the\s+tool|the\s+system)\b", re.I)
_BODY_NAME = re.compile(
    r"\b(?:[A-Z][\w-]*\s+){0,4}(?:Committee|Council|Board|Panel|Authority|Forum|Owner)s?\b"
)
_CONCRETE = re.compile(r"\b(every|each|all|any|before|until|unless)\b", re.I)
# A body that reviews (not "authority to" act, which a person holds).
_BODY = re.compile(
    r"\b(committee|council|board|panel|forum)\b|\bauthority\b(?!\s+to\b)", re.IGNORECASE
)
_NONE = re.compile(
    r"\b(no|without|lacks?|lacking|lack\s+of|absence\s+of|missing)\s+(\w+\s+){0,2}data\b", re.I
)
# Models that are not AI models ("evaluate the operating model").
_OTHER_MODEL = re.compile(
    r"\b(business|operating|financial|funding|delivery|governance|service|care|partnership|"
    r"pricing|revenue|staffing|maturity|logic|cost|role|hybrid|working)\s+models?\b",
    re.I,
)
# Routed or referred somewhere: a hand-off to people only when people are named.
_ROUTED = re.compile(r"\b(routed|referred|passed|escalated|handed|goes|route)\b", re.I)
# A check people cannot make ("staff lack the time to check the quality of the data"): a gap.
_UNABLE = re.compile(
    r"\b(lacks?|lacking|lack\s+of|unable\s+to|struggles?\s+to|cannot|can't)\b", re.IGNORECASE
)
# Checks another party imposes (a law, a regulation), not this organisation's own step.
_IMPOSED = re.compile(r"\b(mandatory|legislation|regulations?\s+(introduces?|requires?))\b", re.I)
# A check reported once, as a finding ("has confirmed that ..."), not a step of the routine.
_REPORTED = re.compile(
    r"\b(has|have|had)\s+(also\s+)?(confirmed|checked|verified|reviewed)\s+(that|whether)\b", re.I
)
_HANDLED = re.compile(
    r"\b(logs?|logged|records|recorded|reviews|reviewed|checks|checked|tracks|tracked|"
    r"analy[sz]es|analy[sz]ed|tags|tagged)\b",
    re.I,
)
_MODAL = re.compile(r"\b(will|must|shall|should|always|continue\s+to|remain|stays?)\b", re.I)


class OversightCues:
    check_id = "human_oversight"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        flags = re.IGNORECASE
        self.humans, self.verbs = lexicon.rx("humans"), lexicon.rx("validation_verbs")
        self.subjects, self.actions = (
            lexicon.rx("feedback_subjects"),
            lexicon.rx("feedback_actions"),
        )
        self.system_loop = re.compile(lexicon.alt("system_feedback"), flags)
        self.watch = re.compile(
            lexicon.alt("validation_verbs") + "|" + lexicon.alt("supervise_verbs"), flags
        )

    def _human_acts(self, text: str) -> bool:
        """People validate: a person and a validation verb close together; a finding reported
        once ("the team has confirmed that the contract allows it") is not a step of the work."""
        text = _REPORTED.sub(" ", text)
        if not (self.lx.has("validation_verbs", text) and self.lx.has("humans", text)):
            return False
        return near_either(text, self.humans, self.verbs, 6)

    def _loop(self, text: str) -> bool:
        if not (self.lx.has("feedback_subjects", text) and self.lx.has("feedback_actions", text)):
            return False
        return near(text, self.subjects, self.actions, 14)

    def _retrained_on_feedback(self, text: str) -> bool:
        """A model retrained on what people corrected; retraining that is itself only gated or
        approved (a change-control step) is governance, not a feedback loop."""
        if not (self.lx.has("retraining", text) and self.lx.has("feedback_subjects", text)):
            return False
        return near_either(text, self.lx.rx("retraining"), _MODEL, 4)

    def _overrides_handled(self, text: str) -> bool:
        """Someone logs or reviews the overrides or rejections of the system's output, said in
        either order ("logs every override", "reviews the week's overrides")."""
        return near_either(text, self.system_loop, _HANDLED, 3)

    def _routine(self, text: str) -> bool:
        """People handed what the system produced who act on it, in one sentence."""
        return all(self.lx.has(key, text) for key in ("routine", "humans", "validation_verbs"))

    def _constrained(self, unit: Unit) -> bool:
        """A limit on what the system may do alone; one that routes or refers work somewhere is a
        hand-off only when it names the people it goes to ("referred to a senior investigator",
        not "referred to the right place")."""
        text = unit.text
        if not (self.lx.has("constraints", text) and self._about_ai(unit)):
            return False
        return self.lx.has("humans", text) or not _ROUTED.search(text)

    def _about_ai(self, unit: Unit) -> bool:
        """The unit, its context or a heading it sits under (up to the document's title) speaks
        of AI: in a policy titled for an AI tool, "the software" and "staff" are that tool's.
        Headings above the unit's own count only with unambiguous words ("AI", "automated",
        not "model", which also heads an operating model)."""
        if self.lx.has("ai_context", unit.text) or self.lx.has("ai_context", unit.context):
            return True
        return self.lx.has("ai_title", " ".join(unit.block.locator.section))

    def _strong(self, unit: Unit) -> Finding | None:
        text = unit.text
        explicit = self.lx.has("ai_output", _BODY_NAME.sub(" ", text))
        about_ai = self._about_ai(unit)
        output = explicit or (about_ai and self.lx.has("output_words", text))
        by_body = _BODY.search(text) is not None and not explicit
        if self._human_acts(text) and output and not by_body:
            concrete = 0.3 * bool(_CONCRETE.search(text))
            return finding(unit, Level.STRONG, "present", (2.0 if explicit else 1.6) + concrete)
        if self._routine(text):
            return finding(unit, Level.STRONG, "present", 1.6)
        if self._retrained_on_feedback(text):
            return finding(unit, Level.STRONG, "present", 1.5)
        if self.system_loop.search(text) and (
            self._loop(text) or self._about_ai(unit) or self._overrides_handled(text)
        ):
            return finding(unit, Level.STRONG, "present", 1.8)
        if self._loop(text) and self._about_ai(unit):
            return finding(unit, Level.STRONG, "present", 1.5)
        if not by_body and self._constrained(unit):
            return finding(unit, Level.STRONG, "present", 1.5)
        if self.lx.has("feedback_cycle", text) and self.lx.has("cycle", text):
            return finding(unit, Level.STRONG, "present", 1.3)
        unchecked = _NONE.search(text) or _IMPOSED.search(text) or _UNABLE.search(text)
        if self.lx.has("data_checks", text) and not unchecked:
            return finding(unit, Level.STRONG, "present", 1.2)
        if self._data_reviewed(unit) and not unchecked:
            return finding(unit, Level.STRONG, "present", 1.3)
        return None

    def _data_reviewed(self, unit: Unit) -> bool:
        """People review the data for its accuracy or quality: a data-quality check. The data's
        quality may be named in the unit or in what it is read under (its heading, lead-in or
        table header)."""
        text = unit.text
        reviewed = self.lx.has("human_review", text) or self._human_acts(text)
        return reviewed and self.lx.has("data_quality", f"{text} {unit.context}")

    def _weak(self, unit: Unit) -> Finding | None:
        """Intent only: people stay responsible or watch over AI, with no concrete step."""
        text = unit.text
        if self.lx.has("intent", text) or self._stated_intent(unit):
            return finding(unit, Level.WEAK, "partial_intent", 1.0)
        if self.lx.has("model_checks", text) and not _OTHER_MODEL.search(text):
            return finding(unit, Level.WEAK, "partial_intent", 0.8)
        if not self._about_ai(unit):
            return self._people_in_control(unit)
        if self.lx.has("in_control", text):
            return finding(unit, Level.WEAK, "partial_intent", 1.0)
        if self.lx.has("intent_ai", text):
            return finding(unit, Level.WEAK, "partial_intent", 0.9)
        plain = _REPORTED.sub(" ", text)
        watched = self.lx.has("humans", plain) and near_either(plain, self.humans, self.watch, 6)
        if watched and _MODAL.search(text):
            return finding(unit, Level.WEAK, "partial_intent", 0.8)
        return None

    def _stated_intent(self, unit: Unit) -> bool:
        """Intent said in words that need a check: people not replaced (not things), feedback
        from users (unless it only shapes a document), people stepping in beside automation."""
        text = unit.text
        if self.lx.has("replace_intent", text) and not near(
            text, self.lx.rx("replace_intent"), self.lx.rx("replaced_things"), 3
        ):
            return True
        if self.lx.has("feedback_intent", text) and not self.lx.has("document_feedback", text):
            return True
        return self.lx.has("intervention", text)

    def _people_in_control(self, unit: Unit) -> Finding | None:
        """People said to stay in control or in charge, where nothing speaks of AI."""
        if not (self.lx.has("in_control", unit.text) and self.lx.has("humans", unit.text)):
            return None
        return finding(unit, Level.WEAK, "partial_intent", 1.0)

    def _risk_row(self, unit: Unit) -> bool:
        """A row of a risk register (its header names likelihood, impact or mitigation): it states
        what might go wrong and how it is to be met, not a step of the working routine."""
        return unit.kind == "table_row" and self.lx.has("risk_register", unit.header)

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.is_header or unit.kind == "heading":
            return None
        base = capped_if_deferred(unit, features, self._strong(unit) or self._weak(unit))
        if base is not None and base.level == Level.STRONG and self._risk_row(unit):
            base = finding(unit, Level.WEAK, "partial_intent", base.weight)
        return moderate(unit, features, base, on_topic=False)
