from __future__ import annotations

from evals.metrics import accuracy, confusion, macro_f1, overlaps


def test_accuracy_f1_confusion() -> None:
    gold = ["present", "partial", "absent", "present"]
    pred = ["present", "absent", "absent", "partial"]
    assert accuracy(gold, pred) == 0.5
    # present: tp1 fp0 fn1 -> 2/3; partial: tp0 fp1 fn1 -> 0; absent: tp1 fp1 fn0 -> 2/3
    assert abs(macro_f1(gold, pred) - (4 / 9)) < 1e-9
    assert confusion(gold, pred)["partial"]["absent"] == 1


def test_overlap_is_containment_or_long_shared_run() -> None:
    evidence = "Accountable: Priya Nair, COO, reports quarterly to the board."
    assert overlaps("Priya Nair, COO", evidence)
    assert overlaps("Accountable:  Priya Nair, COO, reports quarterly to the Board!", evidence)
    assert not overlaps("The board meets monthly.", evidence)
