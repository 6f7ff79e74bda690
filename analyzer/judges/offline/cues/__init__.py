"""Cue sets of the offline judge, one module per rubric check."""

from __future__ import annotations

from collections.abc import Callable

from analyzer.judges.offline.cues.base import CheckCues, Features, Finding, Level, unit_features
from analyzer.judges.offline.cues.capacity import CapacityCues
from analyzer.judges.offline.cues.governance import GovernanceCues
from analyzer.judges.offline.cues.metrics import MetricCues
from analyzer.judges.offline.cues.outcomes import OutcomeCues
from analyzer.judges.offline.cues.oversight import OversightCues
from analyzer.judges.offline.cues.owners import OwnerCues
from analyzer.judges.offline.cues.roadmap import RoadmapCues
from analyzer.judges.offline.lexicon import Lexicon

CueFactory = Callable[[Lexicon, Lexicon], CheckCues]

CUE_CLASSES: dict[str, CueFactory] = {
    "outcomes": OutcomeCues,
    "metrics": MetricCues,
    "owners": OwnerCues,
    "governance": GovernanceCues,
    "execution_capacity": CapacityCues,
    "human_oversight": OversightCues,
    "roadmap": RoadmapCues,
}


def build_cues(lexicons: dict[str, Lexicon]) -> dict[str, CheckCues]:
    """One cue set per check that has a lexicon file; `common.toml` is shared by all."""
    common = lexicons["common"]
    return {
        check_id: cls(lexicons[check_id], common)
        for check_id, cls in CUE_CLASSES.items()
        if check_id in lexicons
    }


__all__ = [
    "CUE_CLASSES",
    "CheckCues",
    "Features",
    "Finding",
    "Level",
    "build_cues",
    "unit_features",
]
