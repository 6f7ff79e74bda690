"""A cheap pre-test for the offline judge's pattern lists: which words a match must contain.

Python's `re` tries every alternative of a long alternation at every position of a text. Most
units match none of a list, so each list also records the literal words (or word prefixes) one
of which any match must contain; a text without any of them is ruled out with a set lookup.
The pre-test never changes a result, it only skips searches that cannot succeed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LITERAL = re.compile(r"[a-z0-9]+")
_TOKEN = re.compile(r"[a-z0-9]+")
_MAX_PREFIX = 8
_SPACE = re.compile(r"(?:\\s[+*]?|\[\\s-\][+*]?| )+")
_WORD_END = ("\\s", "\\b", "\\x27", "[\\s", " ", "\\.", "-", "'", "\u2019", ":", ")", "|", ",")
_STOPWORDS = frozenset(
    {
        "a", "an", "the", "of", "to", "in", "is", "are", "be", "will", "we", "our", "and", "by",
        "for", "on", "at", "with", "it", "this", "that", "if", "when", "you", "i", "all", "no",
        "not", "has", "have", "had", "as", "or", "from", "each", "every", "any", "can", "may",
        "must", "one", "two", "up", "per", "its", "their", "there", "these", "was", "were", "do",
        "does", "should", "would", "could",
    }
)  # fmt: skip


def literal_prefixes(fragment: str) -> frozenset[str] | None:
    """Tokens one of which every match of a fragment must contain (None: no such set).

    An entry "=word" means the whole word, a bare entry a word prefix (up to 8 letters). A
    leading stopword ("we", "the", "will") is skipped for the literal after it, which is rarer.
    Handles literal runs, groups of alternatives and digits; anything else gives None.
    """
    found: set[str] = set()
    for literal, exact, rest in _heads(fragment):
        if exact and literal in _STOPWORDS and rest is not None:
            after = _SPACE.match(rest)
            deeper = literal_prefixes(rest[after.end() :]) if after else None
            if deeper is not None:
                found |= deeper
                continue
        if not literal:
            return None
        found.add(f"={literal}" if exact else literal[:_MAX_PREFIX])
    return frozenset(found) if found else None


def _heads(fragment: str) -> list[tuple[str, bool, str | None]]:
    """(leading literal, whole word?, rest of the fragment) for each way a match can start."""
    match = _LITERAL.match(fragment)
    if match is not None:
        literal, rest = match.group(0), fragment[match.end() :]
        if rest[:1] in ("?", "*", "{"):
            return [(literal[:-1], False, None)]
        if _optional_atom(rest):  # "bi-?annually", "roll[\s-]?out": the word may go on
            return [(literal, False, None)]
        return [(literal, not rest or rest.startswith(_WORD_END), rest)]
    if fragment.startswith("\\d"):
        return [(digit, False, None) for digit in "0123456789"]
    if not fragment.startswith("(") or fragment.startswith("(?"):
        return [("", False, None)]
    close = _closing(fragment)
    if close is None or fragment[close + 1 : close + 2] in ("?", "*", "{"):
        return [("", False, None)]
    rest = fragment[close + 1 :]
    heads: list[tuple[str, bool, str | None]] = []
    for alternative in _top_level(fragment[1:close]):
        heads.extend(_heads(alternative + rest) if alternative + rest else [("", False, None)])
    return heads


_ATOM = re.compile(r"\\x[0-9a-fA-F]{2}|\\.|\[(?:\\.|[^\]])*\]|[^\\(\[]")


def _optional_atom(rest: str) -> bool:
    """Whether the fragment starts with a character, escape or class that may be left out
    (`?`, `*`, `{0,`), so the word before it can run on into what follows."""
    atom = _ATOM.match(rest)
    if atom is None:
        return False
    after = rest[atom.end() :]
    return after[:1] in ("?", "*") or after.startswith(("{0,", "{,"))


def _closing(fragment: str) -> int | None:
    depth = 0
    for index, char in enumerate(fragment):
        if char == "\\":
            continue
        if char == "(" and (index == 0 or fragment[index - 1] != "\\"):
            depth += 1
        elif char == ")" and fragment[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return None


def _top_level(group: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(group):
        escaped = index > 0 and group[index - 1] == "\\"
        if char == "(" and not escaped:
            depth += 1
        elif char == ")" and not escaped:
            depth -= 1
        elif char == "|" and depth == 0 and not escaped:
            parts.append(group[start:index])
            start = index + 1
    parts.append(group[start:])
    return parts


@lru_cache(maxsize=8192)
def word_prefixes(text: str) -> frozenset[str]:
    """Every word ("=word") and word prefix (up to 8 letters) of a text, lower-cased."""
    found: set[str] = set()
    for word in _TOKEN.findall(text.lower()):
        found.add(f"={word}")
        for size in range(1, min(len(word), _MAX_PREFIX) + 1):
            found.add(word[:size])
    return frozenset(found)
