"""`outcomes`: a business result (verb x business object, or a comparative) stated as a goal."""

from __future__ import annotations

import re

from analyzer.judges.offline.cues.base import Features, Finding, Level, finding, moderate, near
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit

_PASSIVE = re.compile(
    r"\b(?:reduced|cut|lowered|halved|improved|increased|raised|shortened|down|up|eliminated|"
    r"prevented|avoided)\b",
    re.IGNORECASE,
)


_FIGURES = re.compile(r"\d\s?%|[£$€]\s?\d|\bfrom\s+\d")
# A result word as the tail of a compound adjective ("high-quality datasets", "real-time
# alerts", "low-cost hosting") describes a thing, it is not the result being changed.
_COMPOUND = re.compile(
    r"\b(high|low|top|best|good|poor|real|full|part|long|short|mid|near)-"
    r"(?=(?:quality|cost|time|value|volume|speed|performance)\b)",
    re.I,
)

# A result word naming the kind of another thing ("an efficient energy system", "the safety
# team", "our risk management framework", "the sales network"): that thing is what the sentence
# is about, not the result being changed ("cut energy use", "fewer safety incidents" still are).
_MODIFIER = re.compile(
    r"\b(energy|safety|quality|times?|costs?|risks?|sales|revenue|fuel|carbon|cash|stock)\s+"
    r"(?=(?:systems?|sectors?|markets?|industry|industries|networks?|transition|infrastructure|"
    r"compan(?:y|ies)|suppl(?:y|iers?)|polic(?:y|ies)|strateg(?:y|ies)|management|standards?|"
    r"teams?|zones?|series|frameworks?|officers?|committees?|functions?)\b)",
    re.I,
)


class OutcomeCues:
    check_id = "outcomes"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        self.verbs, self.objects = lexicon.rx("verbs"), lexicon.rx("objects")
        self.soft_objects = lexicon.rx("soft_objects")
        self.leading_verb = re.compile(f"^[\\W\\d]*{lexicon.alt('verbs')}", re.IGNORECASE)
        self.common = common

    def _result(self, text: str) -> bool:
        """A result verb acting on a business object (or the object, then a passive verb)."""
        text = _MODIFIER.sub(r"\1_", _COMPOUND.sub(r"\1_", text))
        if not self.lx.has("objects", text):
            return False
        return (self.lx.has("verbs", text) and near(text, self.verbs, self.objects, 8)) or near(
            text, self.objects, _PASSIVE, 5
        )

    def _framed(self, unit: Unit) -> bool:
        """Said as a goal of this plan: goal wording, an imperative, or a goal heading."""
        if self.lx.has("goal_frame", unit.text):
            return True
        if self.lx.has("goal_context", unit.context) or self._under_numbered_goal(unit):
            return unit.kind in ("bullet", "table_row", "paragraph", "title", "note")
        return unit.kind in ("bullet", "title") and bool(self.leading_verb.search(unit.text))

    def _under_numbered_goal(self, unit: Unit) -> bool:
        """Under a heading, at any depth, that numbers a goal of the plan ("Mission 1",
        "Strategic goal 3"): what the section says it will change is that goal's result."""
        return any(self.lx.has("numbered_goal", title) for title in unit.block.locator.section)

    def _listed_as_goal(self, unit: Unit) -> bool:
        """An item of a list or table that its heading or lead-in names as the plan's goals
        ("This strategy has two objectives:", "What we want to achieve"): what a reviewer cites
        before prose that only says what the plan will do."""
        if unit.kind not in ("bullet", "table_row"):
            return False
        return self.lx.has("goal_context", unit.heading) or self.lx.has("goal_context", unit.lead)

    def _strongly_framed(self, unit: Unit) -> bool:
        """Goal wording in the unit, a goal heading, or a committing lead-in ("we will:")."""
        if self.lx.has("goal_frame", unit.text) or self.lx.has("goal_context", unit.context):
            return True
        if self._under_numbered_goal(unit):
            return True
        return unit.kind == "bullet" and bool(unit.lead) and self.lx.has("goal_frame", unit.lead)

    def _base(self, unit: Unit) -> Finding | None:
        text = unit.text
        framed = self._framed(unit)
        if framed and (self._result(text) or self.lx.has("comparatives", text)):
            weight = 1.5 + 0.4 * self.lx.has("goal_frame", text)
            weight += 0.6 * bool(self.leading_verb.search(text))
            weight -= 0.5 * bool(_FIGURES.search(text))
            weight += 2.0 * self._listed_as_goal(unit)
            return finding(unit, Level.STRONG, "present", weight)
        if self.lx.has("other_party", text):
            return None
        if not self._strongly_framed(unit):
            return self._plan_aim(unit)
        if self.lx.has("aspiration", text):
            return finding(unit, Level.WEAK, "partial_aspiration", 1.2)
        if self.lx.has("soft_objects", text) and near(text, self.verbs, self.soft_objects, 8):
            return finding(unit, Level.WEAK, "partial_soft", 1.1)
        if self.lx.has("activity", text):
            return finding(unit, Level.WEAK, "partial_activity", 1.0)
        return self._plan_aim(unit)

    def _plan_aim(self, unit: Unit) -> Finding | None:
        """What the plan itself is said to be for, or what it is to speed up or enable, with no
        business result in it; or an item listed under a heading on what the plan will do ("What
        we will do"): an activity."""
        if self.lx.has("plan_aim", unit.text) or self.lx.has("vague_aim", unit.text):
            return finding(unit, Level.WEAK, "partial_aspiration", 0.8)
        if unit.kind == "bullet" and self.lx.has("doing_context", unit.heading):
            return finding(unit, Level.WEAK, "partial_activity", 0.7)
        return None

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.is_header:
            return None
        if unit.kind == "heading" and not self.lx.has("objective_heading", unit.text):
            return None
        base = self._base(unit)
        on_topic = base is not None
        return moderate(unit, features, base, on_topic=on_topic)
