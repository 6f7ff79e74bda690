"""`metrics`: a measure of business success with a quantitative target.

Activity counts are partial; budgets, headcounts and context figures are not metrics at all.
"""

from __future__ import annotations

import re

from analyzer.judges.offline.cues.base import (
    Features,
    Finding,
    Level,
    finding,
    moderate,
    written_dates,
)
from analyzer.judges.offline.cues.open_counts import open_count
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit

_NUM = r"[£$€¥]?\s?\d[\d,.]*"
_UNIT_QTY = (
    r"(?:\d+(?:\.\d+)?\s*(?:out\s+of|/)\s*\d+\b|[£$€¥]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?|\d[\d,.]*\s?(?:%|percent|per\s+cent|"
    r"percentage\s+points?|points|pts|pp)|\d[\d,.]*\s?(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?|"
    r"seconds?)\b|\d[\d,.]*\s+per\s+(?:\d[\d,]*|a\s+(?:hundred|thousand|million))\b|"
    r"\d[\d,.]*\s?[x\u00d7](?![\w\d])|(?:[1-5]|one|two|three|four|five)[\s-]stars?\b)"
)
# "no more than", "at least", "below": a bound between "to" and the target of a from-to change.
_BOUND = (
    r"(?:(?:no\s+(?:more|less|higher|lower|fewer)\s+than|at\s+(?:least|most)|below|under|above|"
    r"over)\s+)?"
)
# A fraction as the size of a change ("down by at least half", "cut by a third").
_FRACTION = r"(?:half|a\s+(?:half|third|quarter|fifth|tenth)|(?:two|three)\s+(?:thirds|quarters))\b"
# A count: never the tail of a decimal or of a clause number ("3.3 Training data ...").
_WORD_NUM = (
    r"(?:(?<![\d.,])\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+hundred|hundreds\s+of)"
)

# A count standing alone: not the tail of a code or a name ("EE1", "CC2").
_COUNT = (
    r"(?:(?<![\w.,])\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|all))"
)

_EXPLICIT = re.compile(
    r"\b(targets?|goals?|aims?|objectives?|kpis?|ambition|key\s+results?|kr)\b", re.I
)
_FUTURE = re.compile(
    r"\b(will|shall|must|should|to\s+be|aim\s+to|want\s+to|by\s+(the\s+end\s+of\s+)?"
    r"(q[1-4]|h[12]|fy\s?\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}|end|year))",
    re.I,
)
# A key result's label ("Key Result:", "KR2 -"): what follows is a measure by definition.
_KEY_RESULT = re.compile(r"^\W*(?:key\s+results?|krs?)\s*\d{0,2}\s*[:.)\u2013\u2014-]", re.I)
_EMPHASIS = re.compile(r"[*_`]+")
_SPENDING = re.compile(r"\b(spend|spent|invest|allocat|budget|fund)\w*", re.I)
# A bound on how long something takes ("answered within 5 working days", "installed in 10 mins
# or less"): the time taken is the measure, so no metric noun is needed.
_DURATION = (
    r"\d[\d,.]*\s*(?:working\s+|business\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b"
)
_TIME_BOUND = re.compile(
    rf"\b(?:within|in\s+(?:under|less\s+than)|no\s+(?:more|longer)\s+than|at\s+most)\s+{_DURATION}"
    rf"|\bin\s+{_DURATION}\s+or\s+(?:less|fewer|under)\b",
    re.I,
)
_PERCENT = re.compile(r"\d\s?(?:%|percent\b|per\s+cent\b)", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_CONTRACTED_WILL = re.compile(r"\b(?:we|they|it|you)['\u2019]ll\b", re.I)
_BOUND_MODAL = re.compile(r"\b(will|should|must|shall|to\s+be|aim\s+to|target)\b", re.I)


class MetricCues:
    check_id = "metrics"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        flags = re.IGNORECASE
        verbs = lexicon.alt("change_verbs")
        self.from_to = re.compile(
            rf"\bfrom\s+{_NUM}[^\s]{{0,3}}(?:\s?[%\w.]{{0,14}})?\s+to\s+{_BOUND}{_NUM}", flags
        )
        self.by_pct = re.compile(
            rf"{verbs}(?:\W+[\w'\u2019-]+){{0,10}}?\W+by\s+{_BOUND}(?:{_UNIT_QTY}|{_FRACTION})",
            flags,
        )
        self.to_qty = re.compile(rf"{verbs}(?:\W+[\w'\u2019-]+){{0,10}}?\W+to\s+{_UNIT_QTY}", flags)
        comparators = f"(?:{lexicon.alt('target_words')}|{lexicon.alt('target_symbols')})"
        self.threshold = re.compile(rf"{comparators}\W{{0,3}}(?:\w+\W+){{0,1}}{_UNIT_QTY}", flags)
        self.qty_or = re.compile(
            rf"{_UNIT_QTY}\s+or\s+(?:higher|lower|more|less|better|above|below|fewer)", flags
        )
        self.qty_change = re.compile(
            rf"{_UNIT_QTY}\s+(?:reduction|decrease|increase|improvement|cut|fall|rise|uplift|drop|"
            rf"growth|saving)s?\s+(?:in|of|on)\b",
            flags,
        )
        self.multiple = re.compile(
            r"\b(halv(e|es|ing)|doubl(e|es|ing)|tripl(e|es|ing))\b|\b(net\s+)?zero\s+([\w-]+\s+)?"
            r"(harm|incidents?|defects?|emissions|waste|accidents|fatalities|errors|breaches|downtime|"
            r"carbon|backlog)\b",
            flags,
        )
        self.target_then_qty = re.compile(
            rf"\btargets?\b\W+(?:[\w'\u2019-]+\W+){{0,10}}?{_UNIT_QTY}", flags
        )
        self.unit_qty = re.compile(_UNIT_QTY, flags)
        self.symbol_qty = re.compile(rf"(?:{lexicon.alt('target_symbols')})\s?{_UNIT_QTY}", flags)
        self.any_num = re.compile(r"\d")
        self.dates = re.compile(written_dates(common), flags)
        activity = lexicon.alt("activity_objects")
        self.activity = re.compile(
            rf"{_WORD_NUM}\s+(?:[\w-]+\s+){{0,3}}{activity}|{lexicon.alt('activity_verbs')}\s+{_WORD_NUM}\b"
            rf"|\d+\s?%\s+of\s+(?:[\w-]+\s+){{0,2}}{activity}"
            rf"|{_COUNT}\s+(?:[^\W\d_][\w-]*\s+){{1,2}}?{lexicon.alt('deployed_states')}"
            rf"|{lexicon.alt('output_counts')}",
            flags,
        )
        self.leading_verb = re.compile(
            rf"^\W*(?:{verbs}|achiev\w*|keep|maintain|reach|deliver|hit|hold|ensure|get|"
            rf"work\s+towards?)\b",
            flags,
        )
        self.leading_activity = re.compile(rf"^\W*{lexicon.alt('activity_verbs')}", flags)
        self.common = common

    def _has_change(self, text: str) -> bool:
        """A target stated as a change: from X to Y, by N%, to N, a N% reduction."""
        return any(
            rx.search(text)
            for rx in (
                self.from_to,
                self.by_pct,
                self.to_qty,
                self.target_then_qty,
                self.qty_change,
            )
        )

    def _has_threshold(self, text: str) -> bool:
        return bool(self.threshold.search(text) or self.qty_or.search(text))

    def _flattened_row(self, text: str) -> bool:
        """A baseline and a target with a date, as a KPI row reads once its cells are joined."""
        if len(text.split()) > 14:
            return False
        dated = self.common.has("quarter_date", text) or self.common.has("month_date", text)
        return dated and len(self.unit_qty.findall(text)) >= 2

    def _goal_framed(self, unit: Unit) -> bool:
        """A threshold said as a goal (not a description of today)."""
        text = unit.text
        return bool(
            _EXPLICIT.search(text)
            or _FUTURE.search(text)
            or self.leading_verb.search(text)
            or self.symbol_qty.search(text)
            or self.lx.has("success_framing", text)
            or self.lx.has("target_context", unit.context)
        )

    def _percent_goal(self, text: str, change: bool) -> bool:
        """A goal to move a share to a percentage ("a goal to increase this to 90% by 2024"): the
        percentage is the measure even when the sentence names it only by a pronoun."""
        return change and bool(_EXPLICIT.search(text)) and bool(_PERCENT.search(text))

    def _figure(self, cell: str) -> bool:
        """A cell with a figure in it; a date given with words ("Dec 2026", "2023 first half")
        is when something is due, not a figure."""
        if not self.any_num.search(cell):
            return False
        undated = self.dates.sub(" ", cell)
        return bool(self.any_num.search(undated)) or not _LETTER.search(undated)

    def _kpi_row(self, unit: Unit) -> bool:
        """A table row read under a header or heading about targets, with figures in it."""
        if unit.kind != "table_row" or not self.lx.has("target_context", unit.context):
            return False
        cells = unit.cells
        figures = [c for c in cells[1:] if self._figure(c)] if len(cells) > 1 else []
        if not self.lx.has("target_headers", unit.context):  # "Indicator | 2024/25": today's
            two = len(figures) >= 2 or len(self.unit_qty.findall(unit.text)) >= 2
            return two or self.lx.has("bound_cells", unit.text) or self._has_threshold(unit.text)
        return len(figures) >= 1 or len(self.unit_qty.findall(unit.text)) >= 2

    def _key_result(self, text: str) -> bool:
        """A key result with a quantity: a change (by 3%, from 125k to 200k) or a figure with
        its unit ("200k views per 30 days"); a bare count of things done is not enough."""
        plain = _EMPHASIS.sub("", text)
        if not _KEY_RESULT.match(plain) or _SPENDING.search(plain):
            return False
        if self.activity.search(plain) or self.lx.has("activity_verbs", plain):
            return False
        return bool(
            self._has_change(plain)
            or self.multiple.search(plain)
            or self.unit_qty.search(plain)
            or self._has_threshold(plain)
        )

    def _time_bound(self, text: str) -> bool:
        """A commitment on how long a task may take, not a description or an activity."""
        return (
            bool(_TIME_BOUND.search(text))
            and bool(_BOUND_MODAL.search(text))
            and not self.lx.has("description", text)
            and not self.lx.has("activity_verbs", text)
        )

    def _strong(self, unit: Unit) -> Finding | None:
        text = unit.text
        if self.lx.has("reporting_duty", text):
            return None
        if self._key_result(text) and not self.lx.has("budget_context", text):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self._time_bound(text):
            return finding(unit, Level.STRONG, "present", 1.1)
        change, threshold = self._has_change(text), self._has_threshold(text)
        # "halve", "double", "zero harm": a target only when said as one ("double picks" is a
        # fault in a weave, "the value doubles" a step of a method).
        change = change or (bool(self.multiple.search(text)) and self._goal_framed(unit))
        kpi = self._kpi_row(unit)
        in_context = self.lx.has("target_context", unit.context) and bool(
            self.unit_qty.search(text)
        )
        flat_row = self._flattened_row(text)
        criterion = self.lx.has("success_framing", text) and bool(self.unit_qty.search(text))
        if not (change or threshold or kpi or in_context or flat_row or criterion):
            return None
        if self.lx.has("budget_context", text):
            return None
        if not (kpi or self.lx.has("metric_nouns", text) or self._percent_goal(text, change)):
            return None
        said_as_goal = bool(_EXPLICIT.search(text) or _FUTURE.search(text))
        if self.lx.has("description", text) and not (kpi or said_as_goal):
            return None
        if not (change or kpi or flat_row) and not self._goal_framed(unit):
            return None
        weight = 1.0 + 0.5 * kpi + 0.5 * bool(self.from_to.search(text))
        weight += 0.5 * bool(
            self.common.has("quarter_date", text) or self.common.has("month_date", text)
        )
        return finding(unit, Level.STRONG, "present", weight)

    def _weak(self, unit: Unit) -> Finding | None:
        text = unit.text
        nouns = self.lx.has("metric_nouns", text)
        named = self.lx.has("named", self.lx.rx("track_idioms").sub(" ", text))
        if named and nouns:
            return finding(unit, Level.WEAK, "partial_named", 1.2)
        if self.lx.has("vague_target", text) and nouns:
            return finding(unit, Level.WEAK, "partial_vague", 1.0)
        if self.lx.has("measure_words", text) and self._ahead(text):
            return finding(unit, Level.WEAK, "partial_named", 0.9)
        if self.lx.has("target_context", unit.context) and nouns and unit.kind != "table_row":
            return finding(unit, Level.WEAK, "partial_named", 0.8)
        if self.lx.has("measure_setup", text) and not self.lx.has("description", text):
            return finding(unit, Level.WEAK, "partial_named", 0.7)
        reason = open_count(text, unit.context, self._ahead(text))  # "X schools", "5+ sites"
        return finding(unit, Level.WEAK, reason, 0.6) if reason else None

    def _ahead(self, text: str) -> bool:
        """Said of what this plan will do or aims at, not of today."""
        return bool(
            _FUTURE.search(text) or _EXPLICIT.search(text) or _CONTRACTED_WILL.search(text)
        ) or self.common.has("commitment", text)

    def _activity(self, unit: Unit) -> Finding | None:
        text = self.lx.rx("scope_size").sub(" ", unit.text)
        if not self.activity.search(text) or self.lx.has("description", text):
            return None
        framed = (
            self.common.has("commitment", text)
            or self.lx.has("target_context", unit.context)
            or self.lx.has("target_words", text)
            or bool(self.leading_activity.search(text))
        )
        return finding(unit, Level.WEAK, "partial_activity", 0.9) if framed else None

    def _business_noun(self, text: str) -> bool:
        """A metric noun other than the activity itself (people, pilots, tools)."""
        stripped = self.activity.sub(" ", text)
        return self.lx.has("metric_nouns", stripped)

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.is_header or unit.kind == "heading":
            return None
        strong = self._strong(unit)
        activity = self._activity(unit)
        if strong is not None and activity is not None and not self._business_noun(unit.text):
            strong = None
        base = strong or activity or self._weak(unit)
        nouns = self.lx.has("metric_nouns", unit.text) or self.lx.has("measure_words", unit.text)
        on_topic = nouns and bool(
            re.search(r"\b(targets?|baselines?|kpis?|measures?|metrics?)\b", unit.text, re.I)
        )
        return moderate(unit, features, base, on_topic=on_topic)
