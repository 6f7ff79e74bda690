"""The offline judge's learned model: per-check unit scorers and the document rule (numpy only).

For every check two linear scorers read a unit's feature row (`features.py`): `any` says how
strongly the unit is evidence for the check at all (partial or present), `strong` how strongly
it meets the bar on its own. A document's status follows from its best units: present when the
best `strong` score reaches the check's present threshold, partial when the best `any` score
reaches its partial threshold, absent otherwise. Guards the rubric fixes stay rules: text
addressed to automated reviewers is never scored, and a deferred, hypothetical or negated unit
can never make a check present (a negated one, unless it also defers, not even partial).

The weights and thresholds are fitted by `python -m evals.train` and shipped as one JSON file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from analyzer.judges.learned.features import HASH_BITS, Rows
from analyzer.judges.offline.cues import Features

FORMAT = 1
MODEL_FILE = "model.json"
SCORERS = ("any", "strong")
MAX_CITATIONS = 3
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class CheckModel:
    """One check's document rule: thresholds on the best units' scores."""

    present: float
    partial: float


@dataclass(frozen=True, slots=True)
class Model:
    """Weights (feature x scorer column) and each check's rule; columns are check:scorer."""

    version: str
    check_ids: tuple[str, ...]
    dense_names: tuple[str, ...]
    weights: Floats
    rules: dict[str, CheckModel]

    def column(self, check_id: str, scorer: str) -> int:
        return self.check_ids.index(check_id) * len(SCORERS) + SCORERS.index(scorer)

    def score(self, rows: Rows) -> Floats:
        """Scores of every unit (rows) for every column; an empty document gives 0 rows."""
        if len(rows) == 0:
            return np.zeros((0, self.weights.shape[1]))
        contributions = self.weights[rows.indices] * rows.values[:, None].astype(np.float64)
        return np.add.reduceat(contributions, rows.indptr[:-1], axis=0)


@dataclass(frozen=True, slots=True)
class Guards:
    """Per-unit masks of the rule guards."""

    excluded: npt.NDArray[np.bool_]  # injected text: never scored, never cited
    not_present: npt.NDArray[np.bool_]  # deferred, hypothetical or negated: at most partial
    not_partial: npt.NDArray[np.bool_]  # negated without deferral: no evidence at all


@dataclass(frozen=True, slots=True)
class Decision:
    status: str
    cited: list[int]  # unit indexes, strongest first


def decide(
    rule: CheckModel,
    any_scores: Floats,
    strong_scores: Floats,
    guards: Guards,
    citable: Sequence[bool],
) -> Decision:
    """A check's status and the units it cites, from its two score columns."""
    strong = np.where(guards.excluded | guards.not_present, -np.inf, strong_scores)
    weak = np.where(guards.excluded | guards.not_partial, -np.inf, any_scores)
    if len(strong) and strong.max() >= rule.present:
        return Decision("present", _strongest(strong, rule.present, citable))
    if len(weak) and weak.max() >= rule.partial:
        return Decision("partial", _strongest(weak, rule.partial, citable))
    return Decision("absent", [])


def _strongest(scores: Floats, threshold: float, citable: Sequence[bool]) -> list[int]:
    """Up to three citable units at or above the threshold, best first; else the best one."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    chosen = [i for i in order if scores[i] >= threshold and citable[i]][:MAX_CITATIONS]
    return chosen or [i for i in order if citable[i]][:1] or order[:1]


def load_model(path: Path) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT or data.get("hash_bits") != HASH_BITS:
        raise ValueError(f"{path}: unsupported offline model format")
    check_ids = tuple(data["checks"])
    dense = tuple(data["dense"])
    weights = np.zeros(((1 << HASH_BITS) + len(dense), len(check_ids) * len(SCORERS)))
    rules = {}
    for c, check_id in enumerate(check_ids):
        entry = data["checks"][check_id]
        for s, scorer in enumerate(SCORERS):
            sparse = entry[scorer]
            weights[sparse["index"], c * len(SCORERS) + s] = sparse["weight"]
        rules[check_id] = CheckModel(present=entry["present"], partial=entry["partial"])
    return Model(
        version=data["version"],
        check_ids=check_ids,
        dense_names=dense,
        weights=weights,
        rules=rules,
    )


def dump_model(
    version: str,
    dense_names: Sequence[str],
    weights: dict[str, dict[str, Floats]],
    rules: dict[str, CheckModel],
) -> str:
    """Stable JSON text of a model: sorted indexes, weights rounded to 5 decimals."""
    checks = {}
    for check_id, columns in weights.items():
        entry: dict[str, object] = {}
        for scorer in SCORERS:
            w = np.round(columns[scorer], 5)
            nonzero = [int(i) for i in np.flatnonzero(w)]
            entry[scorer] = {"index": nonzero, "weight": [float(w[i]) for i in nonzero]}
        entry["present"] = round(float(rules[check_id].present), 5)
        entry["partial"] = round(float(rules[check_id].partial), 5)
        checks[check_id] = entry
    data = {
        "format": FORMAT,
        "version": version,
        "hash_bits": HASH_BITS,
        "dense": list(dense_names),
        "checks": checks,
    }
    return json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n"


def guards_for(features: Sequence[Features]) -> Guards:
    """The rule guards of every unit, from its shared modifiers."""
    injected = np.array([f.injected for f in features], dtype=bool)
    deferred = np.array([f.deferred for f in features], dtype=bool)
    negated = np.array([f.negated for f in features], dtype=bool)
    hypothetical = np.array([f.hypothetical for f in features], dtype=bool)
    return Guards(
        excluded=injected,
        not_present=deferred | negated | hypothetical,
        not_partial=negated & ~deferred,
    )
