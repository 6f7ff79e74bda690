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


def plan(folder: Path, sections: int) -> Path:
    """A plan of `sections` parts with the owner in the middle one and the target last."""
    parts = [
        f"## Part {n}\n\n" + f"Workstream {n} reviews contract {n}. " * 40 for n in range(sections)
    ]
    parts[sections // 2] += f"\n\n{OWNER}"
    folder.mkdir()
    (folder / "plan.md").write_text("# Plan\n\n" + "\n\n".join(parts) + f"\n\n{TARGET}\n")
    labels = {"checks": {"owners": {"status": "present", "evidence": [OWNER]},
                         "metrics": {"status": "partial", "evidence": [TARGET]}}}  # fmt: skip
    (folder / "plan.md.labels.json").write_text(json.dumps(labels))
    return folder


def test_retrieval_sends_a_short_document_whole_and_a_share_of_a_long_one(tmp_path: Path) -> None:
    [short] = measure(plan(tmp_path / "short", 8), "retrieval", None)["documents"]
    assert (short["reached"], short["evidence"], short["calls"]) == (2, 2, 1)  # under the floor
    [long] = measure(plan(tmp_path / "long", 80), "retrieval", None)["documents"]
    assert long["calls"] == 1
    # retrieval_share (0.33) of the document's tokens for the whole call, instructions included
    assert 0.2 < long["sent_chars"] / long["doc_chars"] < 0.35


def test_retrieval_keeps_a_mid_size_document_within_its_share(tmp_path: Path) -> None:
    """About 41,000 characters (over twice the 4,000-token passage floor): the floor no longer
    applies, so the call is its share of the document, not the floor's 0.65x of it."""
    folder = tmp_path / "mid"
    folder.mkdir()
    prose = (
        "The regional team reviews supplier terms, renewal dates and service levels for {n}, "
        "and the findings feed the quarterly planning cycle of the operating divisions. "
    )
    parts = [f"## Region {n}\n\n" + prose.format(n=f"region {n}") * 8 for n in range(30)]
    (folder / "plan.md").write_text("# Plan\n\n" + "\n\n".join(parts) + f"\n\n{OWNER}\n")
    labels = {"checks": {"owners": {"status": "present", "evidence": [OWNER]}}}
    (folder / "plan.md.labels.json").write_text(json.dumps(labels))
    [mid] = measure(folder, "retrieval", None)["documents"]
    assert mid["calls"] == 1
    assert 0.2 < mid["sent_chars"] / mid["doc_chars"] < 0.35
