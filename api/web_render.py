"""The web page's templates: the API's page chrome (base, index, sign-in) on top of the one
presentation layer. The scorecard itself is the shared partial `_scorecard.html.j2`, rendered
by the same environment (autoescaped, strict undefined) as the report and the batch summary.
"""

from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates

from analyzer.render.environment import environment

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
#: Names the page chrome reads on every page; undefined names fail, so each page gets these.
PAGE_DEFAULTS: dict[str, object] = {"principal": None, "error": None}


def page_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


templates = Jinja2Templates(env=environment(TEMPLATES_DIR))
