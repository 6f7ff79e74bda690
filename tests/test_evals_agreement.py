"""evals.agreement: two labelings of the same documents compared, and an engine against both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.agreement import kappa, load_statuses, main, paired, report


def write_labels(folder: Path, document: str, statuses: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    checks = {c: {"status": s, "evidence": []} for c, s in statuses.items()}
    body = {"document": document, "checks": checks}
    (folder / f"{document}.labels.json").write_text(json.dumps(body), encoding="utf-8")


def test_kappa_is_one_for_identical_and_zero_for_chance_agreement() -> None:
    assert kappa(["present", "absent"], ["present", "absent"]) == pytest.approx(1.0)
    # the second labeler says "partial" whatever the first says: no agreement beyond chance
    assert kappa(["present", "partial", "absent"], ["partial"] * 3) == pytest.approx(0.0)


def test_only_documents_and_checks_in_both_are_paired() -> None:
    first = {"a.pdf": {"owners": "present", "metrics": "absent"}, "b.md": {"owners": "partial"}}
    second = {"a.pdf": {"owners": "partial"}}
    assert paired(first, second) == [("owners", "present", "partial")]


def test_report_counts_agreement_and_two_level_disagreements(tmp_path: Path) -> None:
    write_labels(tmp_path / "one", "plan.pdf", {"owners": "present", "metrics": "absent"})
    write_labels(tmp_path / "two", "plan.pdf", {"owners": "present", "metrics": "present"})
    first, second = load_statuses(tmp_path / "one"), load_statuses(tmp_path / "two")
    engine = {"plan.pdf": {"owners": "absent", "metrics": "present"}}
    lines = report(first, second, engine)
    assert lines[0] == "documents: 1  verdicts: 2"
    assert "labelers agree: 0.500" in lines[1] and "two levels apart: 1" in lines[1]
    assert "engine agrees with the first labeling: 0.000 (2)" in lines
    assert "engine agrees with the second labeling: 0.500 (2)" in lines


def test_a_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nowhere"), str(tmp_path)]) == 2
    assert "is not a folder" in capsys.readouterr().err
