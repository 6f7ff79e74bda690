"""evals.run over a small labeled folder: misses are listed, except for a held-out set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.run import HELDOUT_MARKER, main


def _labeled_folder(root: Path) -> Path:
    folder = root / "set"
    folder.mkdir()
    (folder / "lunch-note.md").write_text(
        "# Lunch\n\nThe canteen serves soup on Fridays.\n", encoding="utf-8"
    )
    labels = {"document": "lunch-note.md", "checks": {"owners": {"status": "present",
              "evidence": ["The canteen serves soup on Fridays."]}}}  # fmt: skip
    (folder / "lunch-note.md.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return folder


def test_misses_are_listed_for_a_training_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _labeled_folder(tmp_path)
    out = tmp_path / "run.json"
    assert main([str(folder), "--checks", "owners", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "miss lunch-note.md owners: gold present, predicted absent" in printed
    assert json.loads(out.read_text())["errors"] == [
        {"document": "lunch-note.md", "check": "owners", "gold": "present", "predicted": "absent"}
    ]


def test_a_held_out_set_prints_aggregates_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _labeled_folder(tmp_path)
    (folder / HELDOUT_MARKER).write_text("held out\n", encoding="utf-8")
    out = tmp_path / "run.json"
    assert main([str(folder), "--checks", "owners", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "accuracy: 0.0%" in printed
    assert "lunch-note.md" not in printed
    assert "held-out set" in printed
    result = json.loads(out.read_text())
    assert "errors" not in result
    assert result["verdicts"] == {"lunch-note.md": {"owners": "absent"}}
