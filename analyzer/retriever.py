"""What each check of a document is given to read: every chunk, or what retrieval ranks for it.

A judge that reads whole documents (`retrieves` False) gets every chunk in order. One that
retrieves gets, per check, the chunks ranked by reciprocal rank fusion of three rankings: dense
similarity (the store's cosine over the check's queries and its rubric text: definition, present
and partial levels), BM25 (its title and queries) and the offline engine's findings for the
check (`judges.offline.ranking`), as deep as the share of the document it asks for
(`passage_share`), each cut chunk followed by its neighbour.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from analyzer.judges.base import CheckRequest, Judge
from analyzer.lexical import BM25
from analyzer.models import Chunk, Passage
from analyzer.retrieval import best_scores, fuse_ranks, passages_wanted, top_k_with_neighbours
from analyzer.rubric import Check

if TYPE_CHECKING:
    import numpy as np

    from analyzer.embeddings import Embedder
    from analyzer.judges.offline.ranking import CueRanking
    from analyzer.store import ChunkStore


class Retriever:
    """Per-check passages of a document; thread-safe (query vectors are cached per check)."""

    def __init__(
        self,
        store: Callable[[], ChunkStore],
        embedder: Callable[[], Embedder],
        top_k: int,
        cues: Callable[[], CueRanking | None] = lambda: None,
    ) -> None:
        self._store, self._embedder, self._top_k, self._cues = store, embedder, top_k, cues
        self._lock = threading.RLock()
        self._query_vectors: dict[str, np.ndarray] = {}

    def requests(
        self, checks: Sequence[Check], chunks: list[Chunk], tenant: str, judge: Judge
    ) -> list[CheckRequest]:
        """One request per check, in order, with its passages (best first when retrieved)."""
        if not chunks or not judge.retrieves:  # a whole-document judge reads every chunk
            every = [Passage(chunk=c) for c in chunks]
            return [CheckRequest(check=c, passages=every) for c in checks]
        lexical = BM25(chunks)  # once per document, for every check
        ranking = self._cues()
        found = ranking.scores(chunks, [c.id for c in checks]) if ranking else {}
        return [
            CheckRequest(
                check=c,
                passages=self._retrieve(c, chunks, tenant, judge, lexical, found.get(c.id, {})),
            )
            for c in checks
        ]

    def _retrieve(
        self,
        check: Check,
        chunks: list[Chunk],
        tenant: str,
        judge: Judge,
        lexical: BM25,
        cues: dict[str, float],
    ) -> list[Passage]:
        k = passages_wanted(len(chunks), self._top_k, judge)
        sha = chunks[0].document_sha256
        hits = self._store().query(tenant, sha, self._check_vectors(check), 2 * k)
        words = lexical.best_scores([check.title, *check.queries])
        scores = fuse_ranks(best_scores(hits), words, cues)  # dense, BM25 and cue ranks
        return top_k_with_neighbours(chunks, scores, k)

    def _check_vectors(self, check: Check) -> np.ndarray:
        key = f"{check.id}@{check.version}"
        with self._lock:
            if key not in self._query_vectors:
                self._query_vectors[key] = self._embedder().embed(query_texts(check))
            return self._query_vectors[key]


def query_texts(check: Check) -> list[str]:
    """What a check's chunks are compared with: its queries, then its rubric text (definition,
    present and partial levels), one line each."""
    rubric = [check.definition, check.levels.present, check.levels.partial]
    return [*check.queries, *(" ".join(text.split()) for text in rubric)]
