"""Targets of a plan whose figure is left open or counts only reach, for the `metrics` cues.

Planning pages and OKR drafts often write a key result before its figure is agreed, with a
placeholder ("Have X schools join the programme", "increase take-up by X%", "at least Y
attendees"), or as an open-ended count of adoption ("deployments by 2+ registries", "5+
partner sites"). Both name what will be counted without a measurable target: partial, never
present. A placeholder is a capital X, Y or N standing for a number (before a noun in the plural
or a percent sign, or after "by", "to", "at least"); a count of reach is a number with a plus
sign before a noun in the plural. Either counts only where the unit is said as a target of the
plan: under a heading or lead-in on targets, objectives, a roadmap or a term of it, or in
committing wording.
"""

from __future__ import annotations

import re

_PLURAL = r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\b"
# A spell of time is not a count of reach ("20+ years of experience").
_NOT_TIME = r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)"
# Names with a letter in them ("Gen X", "Project X", "Model Y") are not placeholders.
_NAMED = r"(?<!Gen )(?<!Generation )(?<!Project )(?<!Model )(?<!Series )(?<!Type )(?<!Version )"
PLACEHOLDER = re.compile(
    rf"{_NAMED}(?<![\w.-])[XYN](?:\s?%|\s+{_PLURAL})|"
    r"\b(?i:by|to|at\s+least|at\s+most|from|of)\s+[XYN](?![\w.-])"
)
PLUS_COUNT = re.compile(rf"(?<![\w.,])\d[\d,]*\+\s+{_NOT_TIME}{_PLURAL}")
PLAN_CONTEXT = re.compile(
    r"\b(?:targets?|objectives?|goals?|okrs?|key\s+results?|kpis?|road\s*maps?|milestones?|"
    r"(?:near|short|medium|mid|long)[\s-]term|phases?|success\s+(?:criteria|measures?))\b",
    re.I,
)


def open_count(text: str, context: str, committed: bool) -> str | None:
    """The reason a unit states an open target ("partial_vague" for a placeholder figure,
    "partial_activity" for a count of reach), or None."""
    if not (committed or PLAN_CONTEXT.search(context)):
        return None
    if PLACEHOLDER.search(text):
        return "partial_vague"
    if PLUS_COUNT.search(text):
        return "partial_activity"
    return None
