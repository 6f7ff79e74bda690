"""The offline judge's word pre-test (analyzer/judges/offline/prefilter.py) may only skip
searches that cannot succeed. For every fragment of every shipped pattern list, texts that the
fragment matches are generated from its parsed form (each optional part left in and out, each
alternative taken), and the pre-test must let every one of them through."""

from __future__ import annotations

import random
import re
import re._parser as sre_parse  # the stdlib's own regex parser
from pathlib import Path
from typing import Any

import pytest

from analyzer.judges.offline.lexicon import Lexicon, load_lexicons
from analyzer.judges.offline.prefilter import literal_prefixes, word_prefixes

LEXICONS = Path(__file__).resolve().parents[1] / "prompts" / "offline"
CATEGORY_TEXT = {
    "CATEGORY_SPACE": " ",
    "CATEGORY_WORD": "a",
    "CATEGORY_DIGIT": "7",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_NOT_WORD": ".",
    "CATEGORY_NOT_DIGIT": "a",
}


def sample(items: Any, rng: random.Random) -> str:
    """One text the parsed pattern matches (lookarounds and anchors ignored)."""
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_in(arg, rng))
        elif name == "SUBPATTERN":
            out.append(sample(arg[-1], rng))
        elif name == "BRANCH":
            out.append(sample(rng.choice(arg[1]), rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = arg
            count = rng.randint(low, min(high, low + 2))
            out.append("".join(sample(body, rng) for _ in range(count)))
        elif name == "CATEGORY":
            out.append(CATEGORY_TEXT.get(str(arg), "a"))
    return "".join(out)


def _in(options: Any, rng: random.Random) -> str:
    op, arg = rng.choice([o for o in options if str(o[0]) != "NEGATE"] or options)
    if str(op) == "LITERAL":
        return chr(arg)
    if str(op) == "RANGE":
        return chr(arg[0])
    if str(op) == "CATEGORY":
        return CATEGORY_TEXT.get(str(arg), "a")
    return "a"


def fragments() -> list[tuple[str, str, str]]:
    found = []
    for name, lexicon in sorted(load_lexicons(LEXICONS).items()):
        for key, items in sorted(lexicon.fragments.items()):
            if lexicon.prefixes.get(key) is not None:
                found += [(name, key, fragment) for fragment in items]
    return found


def let_through(lexicon: Lexicon, key: str, text: str) -> bool:
    prefixes = lexicon.prefixes[key]
    return prefixes is None or not prefixes.isdisjoint(word_prefixes(text))


def test_the_pre_test_lets_through_every_text_a_shipped_pattern_matches() -> None:
    lexicons = load_lexicons(LEXICONS)
    rng = random.Random(7)
    checked, missed = 0, []
    for name, key, fragment in fragments():
        parsed = sre_parse.parse(fragment, re.IGNORECASE)
        for _ in range(12):
            text = f"x {sample(parsed, rng)} x"
            if not lexicons[name].rx(key).search(text):
                continue  # a lookaround the sampler ignores ruled this text out
            checked += 1
            if not let_through(lexicons[name], key, text):
                missed.append(f"{name}.{key}: {fragment!r} matches {text!r}")
    assert checked > 2000
    assert not missed, "\n".join(missed[:20])


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (r"bi-?annually", "meets biannually"),
        (r"roll[\s-]?out", "the rollout"),
        (r"sign\s?off", "a signoff"),
        (r"o\x27?clock", "at oclock"),
    ],
)
def test_a_word_whose_next_character_is_optional_may_run_on(fragment: str, text: str) -> None:
    prefixes = literal_prefixes(fragment)
    assert re.search(fragment, text)
    assert prefixes is None or not prefixes.isdisjoint(word_prefixes(text))


def test_a_whole_word_is_still_required_where_it_must_end() -> None:
    assert literal_prefixes(r"daily") == frozenset({"=daily"})
    assert literal_prefixes(r"sign[\s-]off") == frozenset({"=sign"})
