"""The filters every presentation uses, one definition each (pure).

Templates reach them as Jinja filters (`{{ score | band }}`); the Markdown and text renderers
call the same functions, so a label or a locator reads the same in every output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from analyzer.models import Citation

#: A score band: the lowest score of the band, and its name; below every threshold: "weak".
BANDS: tuple[tuple[float, str], ...] = ((75, "good"), (40, "fair"))
LOWEST_BAND = "weak"
STATUS_LABEL = {"present": "Present", "partial": "Partial", "absent": "Absent"}
STATUS_MARK = {"present": "present ✅", "partial": "partial ◐", "absent": "absent ❌"}
NOT_CHECKED = "not checked"


def score_band(score: float) -> str:
    """A coarse reading of a 0-100 score, used for colour: good, fair or weak."""
    for lowest, name in BANDS:
        if score >= lowest:
            return name
    return LOWEST_BAND


def status_label(status: str | None) -> str:
    """'Present', 'Partial', 'Absent'; other statuses (a batch row's 'failed') as they are."""
    if status is None:
        return NOT_CHECKED
    return STATUS_LABEL.get(status, status)


def status_mark(status: str) -> str:
    """A status with its mark, for Markdown tables: 'present ✅'."""
    return STATUS_MARK.get(status, status)


def locator_label(citation: Citation) -> str:
    """'page 3 · Plan > Governance', 'slide 4', or '' when the citation has no locator."""
    parts = []
    if citation.page is not None:
        parts.append(f"page {citation.page}")
    if citation.slide is not None:
        parts.append(f"slide {citation.slide}")
    if citation.section:
        parts.append(citation.section)
    return " · ".join(parts)


def pct(value: float) -> str:
    """A 0-100 score without decimals: '57'."""
    return f"{value:.0f}"


def signed(value: float) -> str:
    """A score change with its sign: '+12.5', '-3.0'."""
    return f"{value:+.1f}"


def extent(pages: int | None, document_format: str) -> str:
    """'12 pages', '3 slides' (PPTX), or '' when the length is unknown."""
    if not pages:
        return ""
    return f"{pages} {'slides' if document_format == 'pptx' else 'pages'}"


FILTERS: dict[str, Callable[..., Any]] = {
    "band": score_band,
    "status_label": status_label,
    "status_mark": status_mark,
    "locator": locator_label,
    "pct": pct,
    "signed": signed,
}
