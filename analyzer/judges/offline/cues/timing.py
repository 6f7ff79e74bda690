"""When a step of a roadmap falls: the forms of timing the `roadmap` cues read besides a calendar
date ("Q3 2026", "March 2027").

- a period counted from the plan's start that leads a step ("Year 1 We will ...", "Months 4-6:
  roll out to ..."): a phase with its time;
- a phase or milestone named by an ordinal ("First milestone", "the second phase") as well as by
  a number ("Phase 2", "Milestone 3");
- a month given without its year in a heading, after a word that places it in time ("Now until
  early August", "from March", "September onwards"): the heading of a dated phase;
- a deliverable committed to a deadline ("The board will publish the guidelines by 31 March
  2026", "no later than July 2026"): a dated milestone;
- a decision taken at a date on a stated condition ("If by mid-year 2026 the pilot has not met
  its target, we will ..."): a decision gate.
"""

from __future__ import annotations

import re

# A period counted from the plan's own date ("Over the next six months", "in the coming year").
RELATIVE_PERIOD = re.compile(
    r"\b(over|in|within|during)\s+the\s+(next|coming|first)\s+"
    r"((\d{1,2}|two|three|four|five|six|nine|twelve|eighteen)\s+)?(months?|quarters?|years?)\b",
    re.I,
)
# The only words a date label may carry besides the date ("By end of Q1", "Target: Sep 2026").
DATE_WORDS = re.compile(
    r"by|end|of|the|start|beginning|middle|in|from|until|before|due|targets?|deadline|year|"
    r"summer|spring|autumn|fall|winter|early|mid|late",
    re.I,
)
_COUNT = r"(?:[1-9]|1[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# "Year 1", "Years 2-3", "Months 4 to 6", "Month 12:", leading the unit.
PERIOD_LED = re.compile(
    rf"^\W*(?:years?|months?)\s+{_COUNT}(?:\s*(?:-|\u2013|to|and)\s*{_COUNT})?\b(?![/.,]\d)",
    re.I,
)
# Money in a unit: a budget line ("Year 1: $40,000"), not a step of the plan.
MONEY = re.compile(r"[£$€¥]\s?\d|\b(?:budget|costs?|funding|salar(?:y|ies)|fees?)\b", re.I)
ORDINAL_PHASE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|final|1st|2nd|3rd|[4-9]th)\s+"
    r"(?:phase|stage|wave|milestone|release|horizon)\b|\bmilestones?\s+(?:[1-9]|one|two|three)\b",
    re.I,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
# A month without its year, placed in time by the word before or after it (month names are
# matched with their capital, so "may" the verb is not one).
LOOSE_MONTH = re.compile(
    rf"(?i:\b(?:until|till|by|from|in|before|after|early|mid|late|end\s+of|start\s+of|"
    rf"beginning\s+of)[\s-]+){_MONTH}\b|\b{_MONTH}(?i:\s+onwards?)\b"
)
# What a deadline commits: a deliverable produced, released or put in place (a report submitted
# to a board by a date is a duty of governance, not a step of the path).
_DELIVER = (
    r"(?:release|issue|publish|deliver|complete|finali[sz]e|launch|begin|start|introduce|"
    r"implement|roll\s+out|go\s+live|open|adopt|approve|establish|set\s+up|produce|"
    r"migrate|decommission|replace|integrate|make\s+available|put\s+in\s+place)"
)
COMMITTED_STEP = re.compile(
    rf"\b(?:will|shall|must|(?:is|are)\s+(?:due|scheduled|set)\s+to)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_DELIVER}\b",
    re.I,
)
_DEADLINE_WORDS = (
    r"(?:by|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|before)\s+(?:the\s+)?"
    r"(?:(?:end|start|middle|beginning)\s+of\s+)?"
)
# Hedged forecasts ("we anticipate ...", "we hope to ...") are not commitments to a deadline.
FORECAST = re.compile(
    r"\b(?:anticipate[sd]?|expect(?:s|ed)?|hope[sd]?|aim(?:s|ing)?|estimate[sd]?|"
    r"likely|ideally|perhaps|possibly)\b",
    re.I,
)


def deadline(calendar: str) -> re.Pattern[str]:
    """A deadline phrase before a calendar date ("by March 31, 2015", "no later than Q2 2026")."""
    return re.compile(rf"\b{_DEADLINE_WORDS}(?:{calendar})", re.I)


def dated_condition(dates: str) -> re.Pattern[str]:
    """A condition judged at a date ("If by year-end 2026 ...", "Unless, by Q2 2027, ...")."""
    return re.compile(
        rf"\b(?:if|unless)\W+(?:by|at|before)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{dates})", re.I
    )


_RELEASE = re.compile(
    rf"\b{_DELIVER}(?:s|d|ed|ing)?(?![\w-])|\b(?:releases?|versions?|alpha|beta)\b", re.I
)


def forecast_release(text: str) -> bool:
    """A release hoped for or anticipated ("we are aiming for a 1.0 release in Q1 2027", "we
    anticipate an alpha in Q1"): with its date, a step forecast, not committed (partial)."""
    return bool(FORECAST.search(text)) and bool(_RELEASE.search(text))


def period_led(text: str) -> bool:
    """A unit led by a period of the plan, and not a budget line ("Year 1: $40,000")."""
    return bool(PERIOD_LED.search(text)) and not MONEY.search(text)


# A measure moved from one figure to another, one of them with its unit ("down from 4.2 percent
# in the pilot to 1.5 percent", "from 14 to 9 minutes"): a metric's target. Said by a date, with
# the pilot it was measured in, it is still a target, not a step of the path.
_MEASURE = r"\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b|(?:seconds?|minutes?|hours?|days?|weeks?)\b)"
FIGURE_CHANGE = re.compile(
    rf"\bfrom\s+{_MEASURE}[^.;]{{0,40}}?\bto\s+(?:[\w-]+\s+){{0,2}}?\d"
    rf"|\bfrom\s+\d[\d,.]*[^.;\d]{{0,40}}?\bto\s+(?:[\w-]+\s+){{0,2}}?{_MEASURE}",
    re.I,
)


DECIDES = re.compile(
    r"\b(?:we|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:will|shall)\s+(?!not\b)[\w-]+|\bthen\s+we\b", re.I
)
