"""Names derived from document paths (pure): safe output file names, and version families.

Output names keep the path readable (`plans/2024/Plan v2.pdf` -> `plans__2024__Plan_v2.pdf`) and
are unique case-insensitively within a batch; a name that collides or had to be shortened gets a
short hash of the full path. A *title family* is the file-name stem with version, date, stage
and copy tokens removed, so `plan-v1.docx`, `Plan v2 (final).pdf` and `2025/plan-draft.md` are
one family; `version_order` sorts a family oldest first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import PurePosixPath

MAX_NAME = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_TOKEN = re.compile(r"[a-z]+\d*|\d+")
_VERSION = re.compile(r"^v(\d+)$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_DATE = re.compile(r"^(19|20)\d\d(0[1-9]|1[0-2])(\d\d)?$")
STAGE_WORDS = {"draft": 0, "wip": 0, "preliminary": 0, "final": 2, "approved": 2, "signed": 2}
NOISE_WORDS = frozenset(
    {
        "v", "ver", "version", "rev", "revision", "revised", "update", "updated", "latest",
        "copy", "of", "old", "new", "edit", "edited", "clean", "redline", "fy", "q", "h",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec",
    }
)  # fmt: skip


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def safe_name(rel: str) -> str:
    """A file-system-safe, readable name for a document path (not yet unique)."""
    parts = [p for p in PurePosixPath(rel).parts if p not in ("/", "..", ".")]
    name = "__".join(_UNSAFE.sub("_", p).strip("._") or "_" for p in parts) or "document"
    return name


def output_names(rels: Sequence[str]) -> dict[str, str]:
    """A unique output name for every path; stable for the same set of paths."""
    base = {rel: safe_name(rel) for rel in rels}
    counts: dict[str, int] = {}
    for name in base.values():
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    names = {}
    for rel, name in base.items():
        if counts[name.lower()] > 1 or len(name) > MAX_NAME:
            name = f"{name[: MAX_NAME - 9]}-{_short_hash(rel)}"
        names[rel] = name
    return names


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _stem(rel: str) -> str:
    name = PurePosixPath(rel).name
    return name[: -len(PurePosixPath(name).suffix)] if PurePosixPath(name).suffix else name


def _is_noise(token: str) -> bool:
    return (
        token in NOISE_WORDS
        or token in STAGE_WORDS
        or token.isdigit()
        or bool(_VERSION.match(token) or re.match(r"^(fy|q|h|r|rev)\d+$", token))
    )


def title_family(rel: str) -> str:
    """The plan a file is a version of: its stem without version/date/stage/copy tokens."""
    kept = [t for t in _tokens(_stem(rel)) if not _is_noise(t)]
    return "-".join(kept) or "-".join(_tokens(_stem(rel))) or _stem(rel).lower()


def version_order(rel: str) -> tuple[tuple[str, ...], int, int, str]:
    """Sort key within a family: dates (anywhere in the path), version number, stage, path."""
    tokens = _tokens(rel)
    stem_tokens = _tokens(_stem(rel))
    dates = tuple(t for t in tokens if _YEAR.match(t) or _DATE.match(t))
    fy = tuple(f"20{t[2:]}" if len(t) == 4 else t[2:] for t in tokens if re.match(r"^fy\d+$", t))
    stage = max((STAGE_WORDS[t] for t in stem_tokens if t in STAGE_WORDS), default=1)
    numbers = [int(m.group(1)) for t in stem_tokens if (m := _VERSION.match(t))]
    if not numbers and "v" in stem_tokens:
        after = stem_tokens[stem_tokens.index("v") + 1 :]
        numbers = [int(after[0])] if after and after[0].isdigit() else []
    version = numbers[-1] if numbers else (10**6 if stage == 2 else 0)
    return (dates or fy, version, stage, rel)


def version_families(rels: Sequence[str]) -> dict[str, list[str]]:
    """Families with two or more members, each sorted oldest first."""
    families: dict[str, list[str]] = {}
    for rel in rels:
        families.setdefault(title_family(rel), []).append(rel)
    return {
        family: sorted(members, key=version_order)
        for family, members in sorted(families.items())
        if len(members) > 1
    }
