"""Where the built-in rubric and prompts live: the `prompts` package data of the installed wheel.

Read through `importlib.resources`, so an installed wheel and a checkout behave the same; a path
relative to the checkout would work only in an editable install.
"""

from __future__ import annotations

import hashlib
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


def folder_hash(folder: Path) -> str:
    """sha256 over every file below a folder (names and contents), in a stable order."""
    digest = hashlib.sha256()
    for path in sorted(
        p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
