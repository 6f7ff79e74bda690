"""BM25 over a document's chunks (pure): the lexical half of hybrid retrieval.

Dense similarity finds paraphrases; BM25 finds the exact words a check is about ("accountable",
"KPI", "target", "RACI") in chunks whose embedding is dominated by other content, such as a
table row or a long page. Scores are fused with the dense ranks by `retrieval.fuse_ranks`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from analyzer.models import Chunk

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "we",
        "our",
        "who",
        "what",
        "which",
        "how",
        "their",
        "they",
        "them",
        "these",
        "those",
        "not",
        "no",
    }
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens without stop words."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75) over chunk texts."""

    def __init__(self, chunks: Sequence[Chunk], k1: float = 1.5, b: float = 0.75) -> None:
        self._ids = [c.id for c in chunks]
        self._terms = [Counter(words(c.text)) for c in chunks]
        self._lengths = [sum(t.values()) for t in self._terms]
        self._average = sum(self._lengths) / len(self._lengths) if self._lengths else 0.0
        frequency: Counter[str] = Counter(w for t in self._terms for w in t)
        n = len(chunks)
        self._idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in frequency.items()}
        self._k1, self._b = k1, b

    def scores(self, query: str) -> dict[str, float]:
        """chunk id -> BM25 score of the query (chunks that share no word are left out)."""
        asked = set(words(query)) & self._idf.keys()
        found: dict[str, float] = {}
        for cid, terms, length in zip(self._ids, self._terms, self._lengths, strict=True):
            norm = self._k1 * (1 - self._b + self._b * length / (self._average or 1))
            score = sum(
                self._idf[w] * terms[w] * (self._k1 + 1) / (terms[w] + norm)
                for w in asked
                if w in terms
            )
            if score > 0:
                found[cid] = score
        return found

    def best_scores(self, queries: Sequence[str]) -> dict[str, float]:
        """Each chunk's best score over the queries."""
        best: dict[str, float] = {}
        for query in queries:
            for cid, score in self.scores(query).items():
                best[cid] = max(score, best.get(cid, 0.0))
        return best
