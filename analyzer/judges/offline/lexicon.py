"""Cue lexicons of the offline judge, loaded from prompts/offline/*.toml and compiled once.

Each TOML file holds `[patterns]` (matched case-insensitively), `[case_sensitive]`, `[symbols]`
(case-insensitive, not limited to whole words), `[messages]` and `[strength]` (what each element
adds to a unit's citation rank, `strength.py`) tables. A pattern list is one
alternation of regular-expression fragments, wrapped so that it matches whole words only. The
matching logic lives in `analyzer/judges/cues/`; the wording it looks for lives in these
reviewable data files.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.errors import RubricError
from analyzer.judges.offline.prefilter import literal_prefixes, word_prefixes

_LEFT = r"(?<![\w])"
_RIGHT = r"(?![\w])"


def alternation(fragments: list[str], whole_words: bool = True) -> str:
    """One non-capturing group matching any fragment, as whole words unless told otherwise."""
    group = "(?:" + "|".join(f"(?:{fragment})" for fragment in fragments) + ")"
    return _LEFT + group + _RIGHT if whole_words else group


@dataclass
class Lexicon:
    """Compiled patterns and messages of one lexicon file (one check, or `common`)."""

    name: str
    sources: dict[str, str] = field(default_factory=dict)
    fragments: dict[str, list[str]] = field(default_factory=dict)
    prefixes: dict[str, frozenset[str] | None] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    strength: dict[str, float] = field(default_factory=dict)

    def alt(self, key: str) -> str:
        """The alternation source of a pattern list, to compose larger patterns in code."""
        try:
            return self.sources[key]
        except KeyError:
            raise RubricError(f"lexicon {self.name!r} has no pattern list {key!r}") from None

    def items(self, key: str) -> list[str]:
        """The fragments of a pattern list, in file order."""
        self.alt(key)
        return self.fragments[key]

    def rx(self, key: str) -> re.Pattern[str]:
        try:
            return self.patterns[key]
        except KeyError:
            raise RubricError(f"lexicon {self.name!r} has no pattern list {key!r}") from None

    def has(self, key: str, text: str) -> bool:
        """Whether the pattern list matches; a cheap word-prefix test rules most texts out."""
        prefixes = self.prefixes.get(key)
        if prefixes is not None and prefixes.isdisjoint(word_prefixes(text)):
            return False
        return self.rx(key).search(text) is not None

    def message(self, key: str) -> str:
        try:
            return self.messages[key]
        except KeyError:
            raise RubricError(f"lexicon {self.name!r} has no message {key!r}") from None


def _compile(name: str, key: str, source: str, flags: int) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise RubricError(f"lexicon {name!r}: pattern list {key!r} is invalid: {exc}") from exc


def _fragments(name: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RubricError(f"lexicon {name!r}: {key!r} must be a list of non-empty strings")
    return [str(v) for v in value]


def parse_lexicon(name: str, data: dict[str, object]) -> Lexicon:
    """Build a Lexicon from the parsed TOML of one file."""
    lexicon = Lexicon(name=name)
    tables = (
        ("patterns", re.IGNORECASE, True),
        ("case_sensitive", 0, True),
        ("symbols", re.IGNORECASE, False),
    )
    for table, flags, whole_words in tables:
        entries = data.get(table, {})
        if not isinstance(entries, dict):
            raise RubricError(f"lexicon {name!r}: [{table}] must be a table")
        for key, value in entries.items():
            fragments = _fragments(name, key, value)
            source = alternation(fragments, whole_words)
            lexicon.fragments[key] = fragments
            found = [literal_prefixes(f.lower()) for f in fragments]
            lexicon.prefixes[key] = (
                frozenset().union(*(p for p in found if p)) if all(found) else None
            )
            lexicon.sources[key] = source
            lexicon.patterns[key] = _compile(name, key, source, flags)
    messages = data.get("messages", {})
    if not isinstance(messages, dict) or not all(isinstance(v, str) for v in messages.values()):
        raise RubricError(f"lexicon {name!r}: [messages] must map names to strings")
    lexicon.messages = {str(k): str(v) for k, v in messages.items()}
    lexicon.strength = _strength(name, data.get("strength", {}))
    return lexicon


def _strength(name: str, table: object) -> dict[str, float]:
    """`[strength]`: how much each element (a pattern list) adds to a unit's citation rank."""
    if not isinstance(table, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in table.values()
    ):
        raise RubricError(f"lexicon {name!r}: [strength] must map pattern lists to numbers")
    return {str(k): float(v) for k, v in table.items()}


def load_lexicons(directory: Path) -> dict[str, Lexicon]:
    """Every *.toml lexicon of a directory, by file stem (`common`, `outcomes`, ...)."""
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise RubricError("no offline lexicon files found", path=str(directory))
    lexicons: dict[str, Lexicon] = {}
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise RubricError(f"cannot read lexicon: {exc}", path=str(path)) from exc
        lexicons[path.stem] = parse_lexicon(path.stem, data)
    return lexicons
