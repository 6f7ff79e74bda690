"""Templates and helpers for the web page (Jinja2, autoescaped)."""

from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates

from analyzer.models import CheckResult, Scorecard
from analyzer.render.markdown import locator_label

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
BAR = {"x": 290, "width": 280, "row": 30}


def page_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def bar_width(result: CheckResult) -> float:
    return round(BAR["width"] * result.score, 1)


def by_id(scorecard: Scorecard) -> dict[str, CheckResult]:
    return {check.id: check for check in scorecard.checks}


def score_band(score: float) -> str:
    if score >= 75:
        return "good"
    if score >= 40:
        return "fair"
    return "poor"


templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.filters["locator"] = locator_label
templates.env.filters["bar_width"] = bar_width
templates.env.globals["by_id"] = by_id
templates.env.globals["score_band"] = score_band
templates.env.globals["BAR"] = BAR
