"""Where the built-in rubric and prompts live: the `prompts` package data of the installed wheel.

Read through `importlib.resources`, so an installed wheel and a checkout behave the same; a path
relative to the checkout would work only in an editable install.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from analyzer.errors import RubricError

PROMPTS_PACKAGE = "prompts"


def builtin_prompts_dir() -> Path:
    """The folder of the built-in rubric, system prompt, group prompt and offline data."""
    root = resources.files(PROMPTS_PACKAGE)
    if not isinstance(root, Path):  # e.g. imported from a zip: the loaders need real files
        raise RubricError("gapcard must be installed unpacked to read its prompts", path=str(root))
    return root
