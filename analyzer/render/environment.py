"""The one Jinja environment of gapcard: every HTML page and partial is rendered by it.

Autoescaping is always on (names, quotes and rationales come from untrusted documents) and
undefined names fail (`StrictUndefined`), so a template that reads a field the view does not
have fails a test instead of printing nothing. Edges with page chrome of their own (the API's
base, index and sign-in pages) pass their template folder; the shared templates come first,
so an edge can include or extend them but never shadow them.
"""

from __future__ import annotations

import hashlib
from base64 import b64encode
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from analyzer.render.filters import FILTERS

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: No scripts, no remote anything: styles and data: images only.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
#: Only an HTTP header can forbid framing (a <meta> CSP ignores frame-ancestors).
REPORT_FRAME_POLICY = "frame-ancestors 'none'"


def script_csp(script: str) -> str:
    """A Content-Security-Policy allowing exactly one inline script (by its hash)."""
    digest = b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"{REPORT_CSP}; script-src 'sha256-{digest}'"


@lru_cache(maxsize=4)
def environment(*extra_dirs: Path) -> Environment:
    """The environment: shared templates, then `extra_dirs` (an edge's own page chrome)."""
    env = Environment(
        loader=FileSystemLoader([TEMPLATES, *extra_dirs]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env
