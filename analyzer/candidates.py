"""Retrieval coverage at the grain of evidence (pure): a document's units, ranked per check.

Labeled evidence is usually one sentence, bullet or table row; a whole chunk (~900 characters)
sent for it spends most of the budget on its neighbours. So, when the judge asks for units
(`llm.retrieval_units`), each check ranks every unit of the document (`build_units`: sentences,
bullets, table rows, titles and notes, each an exact slice of its block's text, read with its
heading, list lead-in and table header) by reciprocal rank fusion of three rankings:

- its chunk's hybrid rank (dense similarity fused with the chunk's BM25, as for whole chunks);
- BM25 of the unit with its context against the check's title and queries;
- the offline engine's cue finding for the check, where it has cues (strong, then weak, then a
  stated gap), since that engine reads the whole document cheaply.

A unit becomes a Passage whose chunk is an excerpt of its chunk: the same id, index and locator,
its text the unit's (a table row under its header row). The judge groups a chunk's excerpts back
under one chunk id, so a quote still verifies against that chunk's text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from analyzer.judges.offline.cues import CheckCues, Features, Level, unit_features
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit, build_units
from analyzer.lexical import BM25
from analyzer.models import Chunk, Passage

#: Reciprocal rank fusion constant (Cormack et al.): damps the head of each ranking.
FUSION_K = 60
#: Blocks up to this long are one unit (a bullet, a short paragraph); longer ones, sentences.
BLOCK_CHARS = 500
#: Rank score of the offline engine's findings, by level.
_CUE_SCORE = {Level.STRONG: 3.0, Level.WEAK: 2.0, Level.NEGATED: 1.0}


@dataclass(frozen=True)
class Candidates:
    """A document's units, their excerpt chunks, a BM25 index over them and their modifiers."""

    units: list[Unit]
    excerpts: list[Chunk]
    lexical: BM25
    features: list[Features]


def excerpt(unit: Unit) -> Chunk:
    """The unit as a chunk: its chunk's id and locator, the unit's text (a row under its
    table's header row) and block."""
    text = f"{unit.header}\n{unit.text}" if unit.header else unit.text
    section = unit.block.locator.section or unit.chunk.section
    return unit.chunk.model_copy(
        update={"text": text, "blocks": (unit.block,), "kinds": (unit.kind,), "section": section}
    )


def whole_blocks(units: Sequence[Unit], limit: int = BLOCK_CHARS) -> list[Unit]:
    """The units with each block of at most `limit` characters made one unit (a bullet of two
    sentences is read, and quoted, whole); the sentences of longer blocks stay units."""
    merged: list[Unit] = []
    for unit in units:
        last = merged[-1] if merged else None
        same = last is not None and last.block is unit.block and last.chunk.id == unit.chunk.id
        if same and last is not None and len(unit.block.text) <= limit:
            block = unit.block.text
            start = block.find(last.text)
            merged[-1] = replace(
                last, text=block[start : block.find(unit.text, start) + len(unit.text)]
            )
        else:
            merged.append(replace(unit, position=len(merged)))
    return merged


def prepare(chunks: Sequence[Chunk], common: Lexicon) -> Candidates:
    """The units of all the chunks, indexed once per document for every check."""
    units = whole_blocks(build_units(Passage(chunk=c) for c in chunks))
    texts = {str(u.position): f"{u.context} {u.text}" for u in units}
    return Candidates(
        units=units,
        excerpts=[excerpt(u) for u in units],
        lexical=BM25.of(texts),
        features=unit_features(units, common),
    )


def competition_ranks(scores: Mapping[int, float]) -> dict[int, int]:
    """1 + the number of keys scoring strictly higher: tied keys share a rank."""
    ordered = sorted(scores.values(), reverse=True)
    rank_of: dict[float, int] = {}
    for rank, score in enumerate(ordered, start=1):
        rank_of.setdefault(score, rank)
    return {key: rank_of[score] for key, score in scores.items()}


def fuse(*rankings: Mapping[int, float], k: int = FUSION_K) -> dict[int, float]:
    """Reciprocal rank fusion of score maps (absent keys and scores <= 0 contribute nothing)."""
    fused: dict[int, float] = {}
    for scores in rankings:
        kept = {key: score for key, score in scores.items() if score > 0}
        for key, rank in competition_ranks(kept).items():
            fused[key] = fused.get(key, 0.0) + 1.0 / (k + rank)
    return fused


def cue_scores(candidates: Candidates, cues: CheckCues) -> dict[int, float]:
    """Unit position -> the offline engine's finding for the check, scored by level."""
    found: dict[int, float] = {}
    for unit, features in zip(candidates.units, candidates.features, strict=True):
        if features.injected:
            continue
        if (finding := cues.classify(unit, features)) is not None:
            found[unit.position] = _CUE_SCORE[finding.level]
    return found


def rank_units(
    candidates: Candidates,
    chunk_scores: Mapping[str, float],
    queries: Sequence[str],
    cues: CheckCues | None,
) -> list[Passage]:
    """Every unit as an excerpt passage, best first for the check (ties in document order)."""
    units = candidates.units
    by_chunk = {u.position: chunk_scores.get(u.chunk.id, 0.0) for u in units}
    lexical = {int(key): score for key, score in candidates.lexical.best_scores(queries).items()}
    findings = cue_scores(candidates, cues) if cues is not None else {}
    fused = fuse(by_chunk, lexical, findings)
    order = sorted(range(len(units)), key=lambda i: (-fused.get(units[i].position, 0.0), i))
    return [
        Passage(
            chunk=candidates.excerpts[i],
            score=fused.get(units[i].position, 0.0),
            unit=units[i].position,
        )
        for i in order
    ]
