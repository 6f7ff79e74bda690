"""Headless Debian Chromium for the browser tests: where it is and how it must be started here."""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("GAPCARD_CHROMIUM", "/usr/bin/chromium"))
# Without the background-networking flags Chromium keeps dialling out on a closed network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
