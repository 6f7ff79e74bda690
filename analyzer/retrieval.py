"""Rank a document's chunks for a check from the store's similarity hits (pure)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from analyzer.models import Chunk, Passage

_TERMINAL = (".", "!", "?", ":", ";", ")", '"', "\u201d")


def best_scores(hits: Sequence[Sequence[tuple[str, float]]]) -> dict[str, float]:
    """Merge per-query hit lists: each chunk keeps its best similarity over the queries."""
    best: dict[str, float] = {}
    for query_hits in hits:
        for chunk_id, score in query_hits:
            if score > best.get(chunk_id, float("-inf")):
                best[chunk_id] = score
    return best


def rank_all(chunks: Sequence[Chunk], scores: dict[str, float]) -> list[Passage]:
    """Every chunk, best first (ties in document order); chunks without a hit score 0."""
    ranked = sorted(chunks, key=lambda c: (-scores.get(c.id, 0.0), c.index))
    return [Passage(chunk=c, score=scores.get(c.id, 0.0)) for c in ranked]


def _is_cut(chunk: Chunk) -> bool:
    """A chunk that ends mid-thought: a heading or a line without closing punctuation."""
    if not chunk.blocks:
        return False
    last = chunk.blocks[-1]
    return last.locator.kind in ("heading", "title") or not last.text.rstrip().endswith(_TERMINAL)


def top_k_with_neighbours(
    chunks: Sequence[Chunk], scores: dict[str, float], k: int
) -> list[Passage]:
    """The k best chunks, each followed by its next chunk on the same page where it is cut."""
    by_index = {c.index: c for c in chunks}
    chosen: list[Passage] = []
    taken: set[str] = set()
    for passage in rank_all(chunks, scores)[:k]:
        chunk = passage.chunk
        if chunk.id in taken:
            continue
        chosen.append(passage)
        taken.add(chunk.id)
        following = by_index.get(chunk.index + 1)
        same_page = following is not None and (following.page, following.slide) == (
            chunk.page,
            chunk.slide,
        )
        if following is not None and same_page and _is_cut(chunk) and following.id not in taken:
            chosen.append(Passage(chunk=following, score=scores.get(following.id, 0.0)))
            taken.add(following.id)
    return chosen


def fuse_ranks(*rankings: dict[str, float], k: int = 60) -> dict[str, float]:
    """Reciprocal rank fusion: each chunk scores the sum of 1/(k + rank) over the rankings
    (rank 1 = best) it appears in, so neither scale (cosine, BM25) dominates the other."""
    fused: dict[str, float] = {}
    for scores in rankings:
        ordered = sorted(scores, key=lambda cid: -scores[cid])
        for rank, cid in enumerate(ordered, start=1):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (k + rank)
    return fused


def group_passage_budget(document: float, around: int, share: float, floor: int) -> int:
    """Passage tokens of one retrieval call over a document of `document` tokens whose prompt
    around the passages takes `around`: the whole call within `share` of the document, and at
    least the `floor` for a document about that small (sent whole). Past the floor the floor
    shrinks with the document, to nothing at twice its size, so a mid-size document is not sent
    at several times the share: from twice the floor on, the whole call is within the share."""
    shared = int(share * document) - around
    if document <= floor:
        return max(floor, shared)
    tapered = int(floor * (2 - document / floor)) if document < 2 * floor else 0
    return max(shared, tapered, 0)


def passages_wanted(chunks: int, top_k: int, judge: object) -> int:
    """Passages retrieved per check: `top_k`, or the share of the document the judge asks for
    (`passage_share`, so its budget grows with the document), whichever is more."""
    share = float(getattr(judge, "passage_share", 0.0) or 0.0)
    return max(top_k, math.ceil(chunks * share))
