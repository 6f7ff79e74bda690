"""Evaluation metrics (pure): accuracy, macro-F1, confusion tables, citation overlap."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from analyzer.citations import normalize

STATUSES = ("present", "partial", "absent")


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    if not gold:
        return 0.0
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Mean F1 over the statuses that occur in gold or predictions."""
    labels = [s for s in STATUSES if s in gold or s in predicted]
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        denominator = 2 * tp + fp + fn
        scores.append(2 * tp / denominator if denominator else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """table[gold][predicted] = count."""
    table = {g: dict.fromkeys(STATUSES, 0) for g in STATUSES}
    for g, p in zip(gold, predicted, strict=True):
        table[g][p] += 1
    return table


def overlaps(quote: str, evidence: str) -> bool:
    """A citation overlaps an evidence string: one contains the other, or they share a long run."""
    a, b = normalize(quote).lower(), normalize(evidence).lower()
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= min(40, 0.5 * min(len(a), len(b)))
