"""Fitting the offline model (scikit-learn at training time only) and the document rule."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix, vstack
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analyzer.judges.learned.features import HASH_DIM
from analyzer.judges.learned.judge import Prepared
from analyzer.judges.learned.model import SCORERS, CheckModel, Model, decide
from analyzer.judges.learned.verdict import citable
from analyzer.judges.offline.cues import CheckCues, Level
from analyzer.judges.offline.judge import classify_all
from analyzer.resources import builtin_prompts_dir
from analyzer.rubric import load_rubric
from evals.corpus import Example
from evals.metrics import overlaps

VERSION = "1"
#: the built-in rubric's checks, in its order (the model's columns follow it)
CHECKS = tuple(check.id for check in load_rubric(builtin_prompts_dir()).checks)
C = 0.5
Weights = dict[str, dict[str, npt.NDArray[np.float64]]]
Folds = list[tuple[list[int], list[int]]]


def _matrix(prepared: Prepared) -> csr_matrix:
    rows = prepared.rows
    return csr_matrix((rows.values, rows.indices, rows.indptr), shape=(len(rows), rows.dim))


def fit_scorers(examples: Sequence[Example]) -> Weights:
    """Two logistic scorers per check over every unit of every example (injected text left out)."""
    keep = [~e.prepared.guards.excluded for e in examples]
    x = vstack([_matrix(e.prepared)[k] for e, k in zip(examples, keep, strict=True)]).tocsr()
    weight = np.concatenate([np.full(int(k.sum()), 1.0) for k in keep])
    out: Weights = {}
    for check in CHECKS:
        out[check] = {}
        for scorer in SCORERS:
            targets = [e.any_target if scorer == "any" else e.strong_target for e in examples]
            y = np.concatenate([t[check][k] for t, k in zip(targets, keep, strict=True)])
            out[check][scorer] = _fit(x, y, weight)
    return out


def _fit(
    x: csr_matrix, y: npt.NDArray[np.bool_], weight: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    if y.sum() == 0:
        w = np.zeros(x.shape[1])
        w[HASH_DIM] = -10.0  # the bias feature: never evidence
        return w
    model = LogisticRegression(C=C, fit_intercept=False, max_iter=2000, class_weight="balanced")
    model.fit(x, y.astype(int), sample_weight=weight)
    return np.asarray(model.coef_[0], dtype=np.float64)


def as_model(weights: Weights, rules: dict[str, CheckModel], dense: Sequence[str] = ()) -> Model:
    columns = [weights[c][s] for c in CHECKS for s in SCORERS]
    return Model("cv", CHECKS, tuple(dense), np.stack(columns, axis=1), rules)


def group_folds(examples: Sequence[Example], k: int) -> Folds:
    groups = [e.doc.group for e in examples]
    k = min(k, len(set(groups)))
    splitter = GroupKFold(n_splits=k)
    index = np.arange(len(examples))
    return [(list(a), list(b)) for a, b in splitter.split(index, groups=groups)]


def out_of_fold(examples: Sequence[Example], folds: Folds) -> list[npt.NDArray[np.float64]]:
    """Every example's unit scores from scorers fitted without its fold."""
    scores: list[npt.NDArray[np.float64]] = [np.zeros(0)] * len(examples)
    for train_index, test_index in folds:
        model = as_model(fit_scorers([examples[i] for i in train_index]), {})
        for i in test_index:
            scores[i] = model.score(examples[i].prepared.rows)
    return scores


def _tops(example: Example, scores: npt.NDArray[np.float64], check: str) -> tuple[float, float]:
    g = example.prepared.guards
    column = CHECKS.index(check) * len(SCORERS)
    a = np.where(g.excluded | g.not_partial, -np.inf, scores[:, column])
    s = np.where(g.excluded | g.not_present, -np.inf, scores[:, column + 1])
    return (float(a.max()) if len(a) else -np.inf, float(s.max()) if len(s) else -np.inf)


def tune_rules(
    examples: Sequence[Example], scores: Sequence[npt.NDArray[np.float64]]
) -> dict[str, CheckModel]:
    """Per check, the (present, partial) thresholds that get most documents right."""
    rules = {}
    for check in CHECKS:
        tops = np.array([_tops(e, s, check) for e, s in zip(examples, scores, strict=True)])
        gold = np.array([e.doc.labels[check]["status"] for e in examples])
        rules[check] = _best_thresholds(tops[:, 0], tops[:, 1], gold)
    return rules


def _candidates(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    finite = np.unique(values[np.isfinite(values)])
    if len(finite) == 0:
        return np.array([0.0])
    mids = (finite[:-1] + finite[1:]) / 2
    return np.concatenate([[finite[0] - 1.0], mids, [finite[-1] + 1.0]])


def _best_thresholds(
    any_top: npt.NDArray[np.float64],
    strong_top: npt.NDArray[np.float64],
    gold: npt.NDArray[np.str_],
) -> CheckModel:
    best: list[tuple[float, float]] = []
    best_score = -1
    for tp in _candidates(strong_top):
        present = strong_top >= tp
        for ta in _candidates(any_top):
            pred = np.where(present, "present", np.where(any_top >= ta, "partial", "absent"))
            score = int((pred == gold).sum())
            if score > best_score:
                best, best_score = [(tp, ta)], score
            elif score == best_score:
                best.append((tp, ta))
    tp, ta = best[len(best) // 2]
    return CheckModel(present=float(tp), partial=float(ta))


def rule_status(example: Example, cues: CheckCues) -> str:
    """The rule engine's status for one check of a document (strong, weak or no finding)."""
    prepared = example.prepared
    levels = {f.level for f in classify_all(cues, prepared.units, prepared.features)}
    if Level.STRONG in levels:
        return "present"
    return "partial" if Level.WEAK in levels else "absent"


def predict_docs(
    held: Sequence[Example],
    weights: Weights,
    rules: dict[str, CheckModel],
    cues: dict[str, CheckCues],
) -> list[dict[str, object]]:
    model = as_model(weights, rules)
    results: list[dict[str, object]] = []
    for e in held:
        scores = model.score(e.prepared.rows)
        units = e.prepared.units
        flags = [citable(u) for u in units]
        for check in CHECKS:
            column = model.column(check, "any")
            decision = decide(
                rules[check], scores[:, column], scores[:, column + 1], e.prepared.guards, flags
            )
            evidence = [str(x) for x in e.doc.labels[check].get("evidence", [])]  # type: ignore[union-attr]
            quotes = [units[i].text for i in decision.cited]
            results.append(
                {
                    "document": e.doc.path.name,
                    "real": e.doc.real,
                    "group": e.doc.group,
                    "rules": rule_status(e, cues[check]),
                    "check": check,
                    "gold": e.doc.labels[check]["status"],
                    "predicted": decision.status,
                    "cited": len(quotes),
                    "precise": sum(any(overlaps(q, x) for x in evidence) for q in quotes),
                }
            )
    return results
