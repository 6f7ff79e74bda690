"""`roadmap`: phases or milestones with dates, or decision gates with criteria."""

from __future__ import annotations

import re

from analyzer.judges.offline.cues import timing
from analyzer.judges.offline.cues.base import (
    Features,
    Finding,
    Level,
    capped_if_deferred,
    finding,
    moderate,
    written_dates,
)
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit, split_cells

_NUMBERED_PHASE = re.compile(
    r"\b(phase|stage|wave|horizon|step|tranche|release|increment|year)\s*"
    r"([1-9]|1[0-9]|[ivx]+|one|two|three|four|five|six)\b(?![/.-]\d)",
    re.I,
)
_PAST = re.compile(
    r"\b(was|were|had|has\s+been|have\s+been|launched|completed|introduced|began|started|ran|"
    r"delivered|went\s+live|opened|closed)\b",
    re.I,
)
_STRICT_GATE = re.compile(
    r"\b(gates?|decision\s+(gate|point)s?|go\s*/\s*no[\s-]go|go[\s-]no[\s-]go|stage[\s-]gates?|"
    r"exit\s+criteri(a|on)|checkpoints?)\b",
    re.I,
)
_INTENT = re.compile(
    r"\b(will|plan(s|ned)?\s+to|hope\s+to|aim\s+to|intend\s+to|expect\s+to)\b", re.I
)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_HORIZON = re.compile(r"\b(horizons?|(short|mid|medium|long|near)[\s-]term|immediate)\b", re.I)


class RoadmapCues:
    check_id = "roadmap"

    def __init__(self, lexicon: Lexicon, common: Lexicon) -> None:
        self.lx = lexicon
        self.common = common
        dates = written_dates(common)
        self.date = re.compile(dates, re.I)
        calendar = common.alt("quarter_date") + "|" + common.alt("month_date")
        self.calendar = re.compile(calendar, re.I)
        self.by_date = re.compile(
            rf"\b(by|from|until|before|starting|in)\s+(the\s+)?((end|start|middle|beginning)\s+of\s+)?"
            rf"(?:{calendar})",
            re.I,
        )
        self.label_date = re.compile(
            rf"{lexicon.alt('milestone_words')}\s*[(:,\u2013\u2014-]\s*(?:from\s+|to\s+|by\s+)?"
            rf"(?:{calendar})",
            re.I,
        )
        self.date_led = re.compile(rf"^\W*(?:\d+[.)]\s*)?(?:{dates})", re.I)
        self.calendar_led = re.compile(rf"^\W*(?:{calendar})", re.I)
        self.deadline = timing.deadline(calendar)
        self.dated_condition = timing.dated_condition(dates)

    def _scheduled(self, text: str) -> bool:
        """Said as a plan: future or scheduled wording, or "by/from <date>"."""
        if self.lx.has("scheduled", text):
            return True
        return bool(self.by_date.search(text)) and not _PAST.search(text)

    def _history(self, text: str) -> bool:
        """Said of the past only ("stage 2 was completed in 2018"): no step of a plan."""
        return bool(_PAST.search(text)) and not self._scheduled(text)

    def _dated(self, text: str) -> bool:
        return bool(self.calendar.search(text))

    def _dated_steps(self, text: str) -> bool:
        """Two or more steps of the plan, each by its own date ("start to redesign the services
        by April 2013 and implement them by March 2015")."""
        dates = {m.group(0).lower() for m in self.by_date.finditer(text)}
        return len(dates) >= 2 and self.lx.has("step_verbs", text) and self._scheduled(text)

    def _milestone_table(self, unit: Unit) -> bool:
        """A row of a plan table (milestones, phases, dates), not of a KPI table, of a sign-off
        table (who approved the document, and when) nor of a record of past events."""
        header = unit.header or unit.context
        if self.lx.has("signoff_header", unit.header) and not self._names_steps(unit.header):
            return False
        if self.lx.has("record_context", unit.context):
            return False
        return self.lx.has("milestone_context", unit.context) and not self.lx.has(
            "kpi_header", header
        )

    def _names_steps(self, header: str) -> bool:
        return self.lx.has("milestone_words", header) or self.lx.has("phase_labels", header)

    def _strong(self, unit: Unit) -> Finding | None:
        text = unit.text
        labelled = _NUMBERED_PHASE.search(text) is not None and not self._history(text)
        if labelled and self.date.search(text):
            return finding(unit, Level.STRONG, "present", 2.0)
        if self.date_led.search(text) and (
            self.lx.has("phase_labels", text) or self.lx.has("gates", text)
        ):
            return finding(unit, Level.STRONG, "present", 1.8)
        if _STRICT_GATE.search(text) and self.lx.has("criteria", text):
            return finding(unit, Level.STRONG, "present", 1.8)
        if (
            self.lx.has("gates", text)
            and self.lx.has("phase_labels", text)
            and self.lx.has("criteria", text)
        ):
            return finding(unit, Level.STRONG, "present", 1.5)
        target = timing.FIGURE_CHANGE.search(text)  # a metric's target, with its pilot baseline
        if self.label_date.search(text) and not (_PAST.search(text) or target):
            return finding(unit, Level.STRONG, "present", 1.4)
        milestone = self.lx.has("milestone_words", text) and not target
        if milestone and self._dated(text) and self._scheduled(text):
            return finding(unit, Level.STRONG, "present", 1.3)
        if self._dated_steps(text):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self.dated_condition.search(text) and timing.DECIDES.search(text):
            return finding(unit, Level.STRONG, "present", 1.5)
        period = self._period_step(unit)
        if period or self._deadline(text):  # one deadline ranks below two dated steps
            return finding(unit, Level.STRONG, "present", 1.3 if period else 1.1)
        dated_row = self._dated(text) or (labelled and self.date.search(unit.context))
        if unit.kind == "table_row" and self._milestone_table(unit) and dated_row:
            return finding(unit, Level.STRONG, "present", 1.4)
        if unit.kind in ("bullet", "note", "paragraph") and self._under_dated_phase(unit):
            return finding(unit, Level.STRONG, "present", 1.0)
        if self._stage_criteria(unit):
            return finding(unit, Level.STRONG, "present", 1.2)
        if self._under_date(unit):
            return finding(unit, Level.STRONG, "present", 1.1)
        if self._dated_line_of_timeline(unit) or self._dates_of_timeline(unit):
            return finding(unit, Level.STRONG, "present", 1.2)
        return None

    def _deadline(self, text: str) -> bool:
        """A deliverable committed to a deadline ("The office will publish the guidance by 31
        March 2026"); a forecast ("we anticipate ... in Q1") is not a commitment."""
        found = self.deadline.search(text) and timing.COMMITTED_STEP.search(text)
        return bool(found) and not timing.FORECAST.search(text) and not self._history(text)

    def _period_step(self, unit: Unit) -> bool:
        """A step the plan commits to, led by the period it falls in ("Year 1 We will ...",
        "Months 4-6: the depots will move to ..."); not a budget line, not a record of the past,
        nor a bare sketch of phases ("Year 1: pilot; Year 2: scale")."""
        text = unit.text
        step = self._scheduled(text) or _INTENT.search(text)
        return timing.period_led(text) and bool(step) and not self._history(text)

    def _dates_of_timeline(self, unit: Unit) -> bool:
        """A line of two or more quarters or months and nothing else, under a roadmap, timeline
        or horizon heading: the date row of a timeline graphic that a deck gave as text
        ("Q1 2021 Q1-Q3 2021 Q3-Q4 2021"); or list items that are each a date, under a heading
        on milestones or releases ("Releases": "March 2026", "September 2026")."""
        text, titles = unit.text, " ".join(unit.block.locator.section)
        dates = {m.group(0).lower() for m in self.calendar.finditer(text)}
        on_path = self.lx.has("milestone_context", titles) or bool(_HORIZON.search(titles))
        listed = unit.kind == "bullet" and self.lx.has("milestone_context", unit.heading)
        return (
            (len(dates) >= 2 or (listed and len(dates) == 1))
            and self._date_only(text)
            and on_path
            and not self.lx.has("kpi_header", titles)
        )

    def _dated_line_of_timeline(self, unit: Unit) -> bool:
        """A line led by a quarter or month under a milestones or timeline heading: a row of a
        plan table that the PDF gave as text ("Quarter 1 2019 Annual review of the deal")."""
        heading = unit.heading
        return (
            bool(self.calendar_led.search(unit.text))
            and len(_WORDS.findall(self.date.sub(" ", unit.text))) >= 2
            and self.lx.has("milestone_context", heading)
            and not self.lx.has("kpi_header", heading)
            and not self._history(unit.text)
        )

    def _under_date(self, unit: Unit) -> bool:
        """A step listed under a lead-in or heading that is a date and nothing more ("By end of
        Q1:", "### Q3 2027"), or a lead-in that says what the plan will do by a date or within a
        period from now ("Over the next six months we will:"): each item is a dated milestone."""
        if unit.kind != "bullet" or self._history(unit.text):
            return False
        for over in (unit.lead, unit.heading):
            if not over or self.lx.has("kpi_header", over):
                continue
            calendar = self.calendar.search(over)
            if not (calendar or timing.RELATIVE_PERIOD.search(over)):
                continue
            if calendar and self._date_only(over.rstrip(":")):
                return True
            if over.rstrip().endswith(":") and _INTENT.search(over) and not _PAST.search(over):
                return True  # "In H2 we plan to tackle ...:", "Over the next year we will:"
        return False

    def _stage_criteria(self, unit: Unit) -> bool:
        """An item under "Graduation criteria" (or exit criteria, a stage gate) that names the
        stage and what it must meet ("Beta: cloud deployment operational, p95 under 5 s")."""
        lead = unit.text.split(":", 1)[0] if ":" in unit.text[:40] else ""
        return (
            unit.kind in ("bullet", "table_row", "note")
            and self.lx.has("gate_context", unit.heading + " " + unit.lead)
            and self.lx.has("stage_names", lead or unit.text)
        )

    def _under_dated_phase(self, unit: Unit) -> bool:
        """A step listed under a heading or slide title that names a dated phase."""
        return self._phase_dated(unit.heading) and self.lx.has("phase_labels", unit.text)

    def _phase_dated(self, text: str) -> bool:
        """A phase or milestone named by number or ordinal, with its date ("Phase 2 (Q3 2026)",
        "First milestone (now until early August)")."""
        phase = _NUMBERED_PHASE.search(text) or timing.ORDINAL_PHASE.search(text)
        return bool(phase) and bool(self._dated(text) or timing.LOOSE_MONTH.search(text))

    def _weak(self, unit: Unit) -> Finding | None:
        text = unit.text
        if self.lx.has("priority", text):
            return finding(unit, Level.WEAK, "partial_phases", 1.2)
        forecast = self._dated(text) and timing.forecast_release(text)
        path = self.lx.has("undated_path", text) or bool(_NUMBERED_PHASE.search(text)) or forecast
        if (_STRICT_GATE.search(text) or path) and not self._history(text):
            return finding(unit, Level.WEAK, "partial_phases", 1.0)
        horizon = self.lx.has("plan_horizon", text) and self.lx.has("plan_words", text)
        if horizon and not self._history(text):
            return finding(unit, Level.WEAK, "partial_phases", 1.1)
        if self.lx.has("ideas", text):
            return finding(unit, Level.WEAK, "partial_ideas", 0.9)
        if unit.kind in ("bullet", "table_row") and self.lx.has("list_context", unit.context):
            return finding(unit, Level.WEAK, "partial_ideas", 0.7)
        if self._stage_row(unit):
            return finding(unit, Level.WEAK, "partial_phases", 0.8)
        return None

    def _stage_row(self, unit: Unit) -> bool:
        """A row of a table with a status or stage column, where that cell names a stage of the
        path ("QA | Bug-triage assistant | Beta"): use cases at stages, without dates or gates."""
        if unit.kind != "table_row" or not unit.header:
            return False
        header, cells = split_cells(unit.header), unit.cells
        columns = [i for i, h in enumerate(header) if self.lx.has("stage_headers", h)]
        stage = self.lx.rx("stage_cells")
        return any(i < len(cells) and stage.match(cells[i].strip()) for i in columns)

    def _dated_phase_heading(self, unit: Unit) -> Finding | None:
        """A heading that names a numbered phase and its date, alone ("Phase 2 (Q3 2026)") or
        with the heading it sits under (a slide's "Phase 1" over "Target: Sep 2026")."""
        section = unit.block.locator.section
        parent = section[-2] if len(section) >= 2 and section[-1] == unit.text else ""
        text = unit.text
        own = (_NUMBERED_PHASE.search(text) and self.date.search(text)) or self._phase_dated(text)
        stacked = _NUMBERED_PHASE.search(parent) and self._date_only(text)
        if (own or stacked) and not self._history(f"{parent} {text}"):
            return finding(unit, Level.STRONG, "present", 1.6)
        return None

    def _roadmap_heading(self, unit: Unit) -> Finding | None:
        """A section headed as the plan's roadmap ("Development roadmap"): a path is set out,
        though a heading alone shows no dates or gates (partial)."""
        if self.lx.has("roadmap_heading", unit.text):
            return finding(unit, Level.WEAK, "partial_phases", 0.6)
        return None

    def _date_only(self, text: str) -> bool:
        """A date with at most a label ("Target: Sep 2026", "Due Q3 2027")."""
        rest = self.date.sub(" ", text)
        return rest != text and all(timing.DATE_WORDS.fullmatch(w) for w in _WORDS.findall(rest))

    def classify(self, unit: Unit, features: Features) -> Finding | None:
        if unit.kind == "heading":
            found = self._dated_phase_heading(unit) or self._roadmap_heading(unit)
            return moderate(unit, features, found, on_topic=False) if found else None
        if unit.is_header or self.lx.has("other_parties", unit.text):
            return None
        base = capped_if_deferred(unit, features, self._strong(unit) or self._weak(unit))
        text = unit.text
        path = bool(_NUMBERED_PHASE.search(text)) or self.lx.has("undated_path", text)
        on_topic = path and not self._history(text)
        return moderate(unit, features, base, on_topic=on_topic)
