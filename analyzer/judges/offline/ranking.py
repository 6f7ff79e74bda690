"""The rule engine's findings as a ranking of a document's chunks per check (for retrieval).

Dense similarity and BM25 rank chunks by how much they talk about a check's subject; the cue
sets (`cues/`) recognise what would prove it ("Accountable: the COO", "cut cost by 15% by
2027", "the board meets quarterly"), whatever the words around it. Each chunk scores its best
finding for the check: strong above weak, then by strength (`strength.py`); a chunk without a
finding, or with only a negated one ("no owner has been assigned"), is left out of the ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analyzer.judges.offline.cues import Level, unit_features
from analyzer.judges.offline.judge import OfflineJudge, classify_all
from analyzer.judges.offline.strength import strength
from analyzer.judges.offline.units import build_units
from analyzer.models import Chunk, Passage

#: What a finding's level counts for beside its strength (strength stays well below it).
LEVEL_WEIGHT = 10.0


class CueRanking:
    """Per-check chunk scores from the offline engine's cue sets."""

    def __init__(self, lexicon_dir: Path) -> None:
        self._judge = OfflineJudge(lexicon_dir)

    def scores(
        self, chunks: Sequence[Chunk], check_ids: Sequence[str]
    ) -> dict[str, dict[str, float]]:
        """check id -> chunk id -> its best finding's score (checks without cues: empty)."""
        judge = self._judge
        units = build_units(Passage(chunk=c) for c in chunks)
        features = unit_features(units, judge.common)
        found: dict[str, dict[str, float]] = {}
        for check_id in check_ids:
            best: dict[str, float] = {}
            cues = judge.cues.get(check_id)
            for finding in classify_all(cues, units, features) if cues else []:
                if finding.level < Level.WEAK:
                    continue
                score = LEVEL_WEIGHT * finding.level + strength(finding, judge.elements[check_id])
                chunk_id = finding.unit.chunk.id
                best[chunk_id] = max(score, best.get(chunk_id, float("-inf")))
            found[check_id] = best
        return found
