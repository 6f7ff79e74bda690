"""evals.recall against the recording fake server: full coverage sends every labeled passage."""

from __future__ import annotations

import json
from pathlib import Path

from evals.recall import main, measure

OWNER = "Priya Nair, Chief Operating Officer, is accountable for the programme."
TARGET = "Cut claims-handling cost per claim by 15% by Q4 2027."


def test_full_coverage_sends_every_labeled_passage_once(tmp_path: Path) -> None:
    sections = [
        f"## Part {n}\n\n" + f"Workstream {n} reviews contract {n}. " * 40 for n in range(8)
    ]
    sections[6] += f"\n\n{OWNER}"
    (tmp_path / "plan.md").write_text("# Plan\n\n" + "\n\n".join(sections) + f"\n\n{TARGET}\n")
    labels = {
        "document": "plan.md",
        "checks": {
            "owners": {"status": "present", "evidence": [OWNER]},
            "metrics": {"status": "partial", "evidence": [TARGET]},
            "roadmap": {"status": "absent", "evidence": []},
        },
    }
    (tmp_path / "plan.md.labels.json").write_text(json.dumps(labels))
    result = measure(tmp_path, "full", None)
    [row] = result["documents"]
    assert (row["reached"], row["evidence"], row["calls"]) == (2, 2, 1)
    assert result["checks"] == {"owners": [1, 1], "metrics": [1, 1]}
    assert 1.0 < row["sent_chars"] / row["doc_chars"] < 3.0
    assert main([str(tmp_path), "--coverage", "full"]) == 0
