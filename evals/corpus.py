"""The labeled training documents, their source groups, and their units as training examples.

Groups keep a source out of training and validation at once: every synthetic set is one group
(one generator or author), every real document's group is its organisation (the file name up
to the first "_", then its first word, so "uk-gds" and "uk-government" are one group).
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from analyzer.chunking import chunk_document
from analyzer.config import Settings
from analyzer.ingest import ingest_path
from analyzer.judges.learned.judge import LearnedJudge, Prepared
from analyzer.judges.learned.verdict import citable
from analyzer.judges.offline.units import Unit, build_units
from analyzer.models import Passage
from evals.metrics import overlaps

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
#: A unit shorter than this is never a positive example: a label's evidence often begins with its
#: heading ("Governance"), which the substring rule would otherwise count as evidence itself.
MIN_EVIDENCE_CHARS = 25
SUFFIXES = {".pdf", ".pptx", ".docx", ".md", ".markdown", ".txt", ".html", ".htm"}

#: (documents folder, labels folder or None for siblings, group: a fixed name or "org")
SOURCES: tuple[tuple[Path, Path | None, str], ...] = (
    (SHARED / "corpus" / "dev", None, "dev"),
    (REPO / "evals" / "shadow", None, "shadow"),
    (REPO / "evals" / "train" / "synth-a", None, "synth-a"),
    (REPO / "evals" / "train" / "synth-b", None, "synth-b"),
    (REPO / "evals" / "train" / "synth-c", None, "synth-c"),
    (REPO / "evals" / "train" / "synth-d", None, "synth-d"),
    (REPO / "evals" / "train" / "real", None, "org"),
    (REPO / "evals" / "train" / "real-b", None, "org"),
    (SHARED / "corpus" / "real", REPO / "evals" / "labels" / "real", "org"),
)


@dataclass(frozen=True, slots=True)
class LabeledDoc:
    path: Path
    group: str
    real: bool
    labels: dict[str, dict[str, object]]


@dataclass
class Example:
    """One document's units as training rows, with per-check unit targets."""

    doc: LabeledDoc
    prepared: Prepared
    any_target: dict[str, npt.NDArray[np.bool_]]
    strong_target: dict[str, npt.NDArray[np.bool_]]


def organisation(name: str) -> str:
    org = name.split("_", 1)[0]
    return org.split("-", 1)[0]


def labeled_documents(
    sources: tuple[tuple[Path, Path | None, str], ...] = SOURCES,
) -> list[LabeledDoc]:
    docs = []
    for folder, label_dir, group in sources:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in SUFFIXES or not path.is_file():
                continue
            labels = (label_dir or folder) / f"{path.name}.labels.json"
            if not labels.exists():
                continue
            checks = json.loads(labels.read_text(encoding="utf-8"))["checks"]
            name = organisation(path.name) if group == "org" else group
            docs.append(LabeledDoc(path, name, group == "org", checks))
    return docs


def example(
    doc: LabeledDoc, judge: LearnedJudge, settings: Settings, cache: Path | None
) -> Example:
    key = hashlib.sha256(doc.path.read_bytes()).hexdigest()[:16] + judge.features_fingerprint()
    cached = cache / f"{key}.pkl" if cache else None
    if cached and cached.exists():
        prepared: Prepared = pickle.loads(cached.read_bytes())
    else:
        document = ingest_path(doc.path, settings.ingest)
        chunks = chunk_document(document, settings.ingest.chunk_chars)
        prepared = judge.prepare(build_units([Passage(chunk=c) for c in chunks]))
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(pickle.dumps(prepared))
    any_target, strong_target = {}, {}
    units = prepared.units
    for check_id, label in doc.labels.items():
        evidence = [str(e) for e in label.get("evidence", [])]  # type: ignore[union-attr]
        hit = np.array([is_evidence(u, evidence) for u in units], dtype=bool)
        status = label["status"]
        any_target[check_id] = hit if status in ("present", "partial") else np.zeros_like(hit)
        strong_target[check_id] = hit if status == "present" else np.zeros_like(hit)
    return Example(doc, prepared, any_target, strong_target)


def is_evidence(unit: Unit, evidence: list[str]) -> bool:
    """A positive training unit: one the judge could cite (not a title, heading or table
    header), long enough to say something, overlapping one of the labeled evidence strings."""
    if not citable(unit) or len(unit.text) < MIN_EVIDENCE_CHARS:
        return False
    return any(overlaps(unit.text, e) for e in evidence)
