"""HTML pages from scorecards: the report of one document and the diff of two versions.

Pages are self-contained (inline CSS and SVG, no scripts, no network) and print cleanly to PDF.
Templates live in `analyzer/render/templates/` and are rendered by the one environment.
"""

from __future__ import annotations

from analyzer.diff import ScorecardDiff
from analyzer.models import Scorecard
from analyzer.render.environment import REPORT_CSP, environment
from analyzer.render.view import ScorecardView, scorecard_view

__all__ = [
    "REPORT_CSP",
    "render_diff_html",
    "render_partial",
    "render_report_html",
    "render_view_html",
]


def render_view_html(view: ScorecardView) -> str:
    """The full HTML report of one scorecard's view."""
    return environment().get_template("report.html.j2").render(card=view, csp=REPORT_CSP)


def render_report_html(scorecard: Scorecard) -> str:
    """The full HTML report of one scorecard (also served by the API's report endpoint)."""
    return render_view_html(scorecard_view(scorecard))


def render_diff_html(diff: ScorecardDiff) -> str:
    """The HTML page of a version diff."""
    return environment().get_template("diff.html.j2").render(diff=diff, csp=REPORT_CSP)


def render_partial(view: ScorecardView) -> str:
    """The scorecard partial alone (the web page includes the same template)."""
    return environment().get_template("_scorecard.html.j2").render(card=view)
