"""HTML pages from scorecards: the report of one document, and the diff of two versions.

Pages are self-contained (inline CSS and SVG, no scripts, no network) and print cleanly to PDF.
Templates live in `analyzer/templates/`; autoescaping is always on because every string from a
document (names, quotes, rationales) is untrusted.
"""

from __future__ import annotations

import hashlib
from base64 import b64encode
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from analyzer.diff import ScorecardDiff
from analyzer.models import Scorecard
from analyzer.render.markdown import locator_label

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATUS_LABEL = {"present": "Present", "partial": "Partial", "absent": "Absent"}
#: No scripts, no remote anything: styles and data: images only.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def script_csp(script: str) -> str:
    """A Content-Security-Policy allowing exactly one inline script (by its hash)."""
    digest = b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"{REPORT_CSP}; script-src 'sha256-{digest}'"


def _pct(value: float) -> str:
    return f"{value:.0f}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja environment for gapcard's HTML (autoescape on, undefined names fail)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["locator"] = locator_label
    env.filters["pct"] = _pct
    env.globals["status_label"] = STATUS_LABEL
    return env


def score_band(score: float) -> str:
    """A coarse reading of a 0-100 score, used for colour: good, fair or weak."""
    if score >= 75:
        return "good"
    return "fair" if score >= 40 else "weak"


def render_report_html(scorecard: Scorecard) -> str:
    """The full HTML report of one scorecard (also served by the API's report endpoint)."""
    template = environment().get_template("report.html.j2")
    by_id = {c.id: c for c in scorecard.checks}
    return template.render(
        card=scorecard,
        gaps=[by_id[g] for g in scorecard.gaps if g in by_id],
        band=score_band(scorecard.score),
        models=sorted({c.model for c in scorecard.checks if c.model}),
        csp=REPORT_CSP,
    )


def render_diff_html(diff: ScorecardDiff) -> str:
    """The HTML page of a version diff."""
    template = environment().get_template("diff.html.j2")
    return template.render(diff=diff, csp=REPORT_CSP)
