"""The learned judge (experimental): rubric checks decided by a model learned from labeled
documents.

Every block of the document (the pipeline passes all chunks) is split into units (sentences,
bullets, table rows, titles, speaker notes), each read with its context (heading or slide title,
the lead-in of its list, the header row of its table). Each unit becomes a feature row
(`features.py`: hashed words of the unit and its context, structural signals, the shared
modifiers and the level each check's cue set gives it), two linear scorers per check score it,
and the check's status follows from the best units' scores by thresholds calibrated with
grouped cross-validation (`model.py`, trained by `python -m evals.train`). The rubric's fixed
rules stay guards: text addressed to automated reviewers is never read, a deferred,
hypothetical or negated unit cannot make a check present. Citations are the 1-3 best units.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer.judges.base import CheckRequest
from analyzer.judges.learned.features import Featurizer, Rows
from analyzer.judges.learned.model import (
    MODEL_FILE,
    Floats,
    Guards,
    Model,
    guards_for,
    load_model,
)
from analyzer.judges.learned.verdict import verdict_for
from analyzer.judges.offline.cues import CheckCues, Features, build_cues, unit_features
from analyzer.judges.offline.lexicon import Lexicon, load_lexicons
from analyzer.judges.offline.units import Unit, build_units
from analyzer.models import DocumentInfo, Passage, Verdict
from analyzer.resources import folder_hash
from analyzer.rubric import Check

if TYPE_CHECKING:
    from analyzer.embeddings import Embedder

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document's units with everything the model reads of them."""

    units: list[Unit]
    features: list[Features]
    rows: Rows
    guards: Guards


class LearnedJudge:
    """Deterministic learned judge over every unit of the document."""

    name = "learned"
    model: str | None = None
    retrieves = False

    def __init__(
        self, lexicon_dir: Path, embedder: Embedder | None = None, *, model: Model | None = None
    ) -> None:
        # The embedder is accepted for interface parity; the model does not need it.
        self.embedder = embedder
        self._fingerprint = folder_hash(lexicon_dir)
        self.lexicons: dict[str, Lexicon] = load_lexicons(lexicon_dir)
        self.common = self.lexicons["common"]
        self.cues: dict[str, CheckCues] = build_cues(self.lexicons)
        self.featurizer = Featurizer(tuple(self.cues), self.lexicons.get("owners"))
        path = lexicon_dir / MODEL_FILE
        self.learned = model if model is not None else (load_model(path) if path.exists() else None)

    def can_judge(self, check: Check) -> bool:
        return self.learned is not None and check.id in self.learned.rules

    def fingerprint(self) -> str:
        return self._fingerprint

    def features_fingerprint(self) -> str:
        """What shapes the feature rows, not the weights: the feature names, the cue lexicons'
        contents (a rule change changes the cue levels, which are features) and the code that
        reads units and computes the features. Computed once per judge (it keys every document
        of a training run's cache)."""
        return self._features_key

    @functools.cached_property
    def _features_key(self) -> str:
        digest = hashlib.sha256("|".join(self.featurizer.names).encode())
        for name in sorted(self.lexicons):
            lexicon = self.lexicons[name]
            text = json.dumps([lexicon.sources, lexicon.strength], sort_keys=True)
            digest.update(name.encode() + b"\0" + text.encode())
        digest.update(_feature_code_hash().encode())
        return digest.hexdigest()[:12]

    def prepare(self, units: list[Unit]) -> Prepared:
        features = unit_features(units, self.common)
        rows = self.featurizer.rows(units, features, self.cues)
        return Prepared(units, features, rows, guards_for(features))

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        started = time.perf_counter()
        prepared: dict[tuple[str, ...], tuple[Prepared, Floats | None]] = {}
        verdicts = []
        for request in requests:
            key = _passage_key(request.passages)
            if key not in prepared:
                ready = self.prepare(build_units(request.passages))
                scores = self.learned.score(ready.rows) if self.learned else None
                prepared[key] = (ready, scores)
            ready, scores = prepared[key]
            verdicts.append(self._judge(request, ready, scores))
        log.info(
            "learned judge: %s, %d checks in %.0f ms",
            document.name,
            len(requests),
            (time.perf_counter() - started) * 1000,
        )
        return verdicts

    def _judge(self, request: CheckRequest, ready: Prepared, scores: Floats | None) -> Verdict:
        check = request.check
        learned = self.learned
        if learned is None or check.id not in learned.rules or scores is None:
            return Verdict(
                check_id=check.id,
                status="absent",
                rationale="The offline engine has no trained model for this check.",
                missing=list(check.missing),
                error=f"offline engine has no model for check {check.id!r}",
            )
        return verdict_for(check, learned, ready, scores, self.lexicons.get(check.id), self.common)


@functools.cache
def _feature_code_hash() -> str:
    """The source of the unit reader, the cue sets and the featurizer."""
    here = Path(__file__).resolve().parent
    return (
        folder_hash(here.parent / "offline")
        + hashlib.sha256((here / "features.py").read_bytes()).hexdigest()
    )


def _passage_key(passages: Sequence[Passage]) -> tuple[str, ...]:
    return tuple(sorted({p.chunk.id for p in passages}))
