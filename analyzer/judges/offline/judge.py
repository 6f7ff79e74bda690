"""The offline judge: rubric checks decided from cue lexicons, with no model server.

Every block of the document (the pipeline passes all chunks) is split into units (sentences,
bullets, table rows, titles, speaker notes), each read with its context (heading or slide title,
the lead-in of its list, the header row of its table). Shared modifiers come first: text
addressed to automated reviewers is dropped with its whole block, general discussion that commits
the organisation to nothing counts for nothing, deferrals and hypotheticals cap a finding at
partial, and negations ("no owner has been assigned") count as a stated gap. Each check's cue set
(`analyzer/judges/cues/`, wording in `prompts/offline/*.toml`) then classifies every unit as
strong, weak or negated evidence. A check is present with at least one strong unit, partial with
at least one weak one, absent otherwise; the citations are the exact text of the 1-3 strongest
units at that level (`strength.py`: cue weight, the rubric's elements present, whole sentences).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer.judges.base import CheckRequest
from analyzer.judges.offline.cues import CheckCues, Features, Finding, build_cues, unit_features
from analyzer.judges.offline.lexicon import Lexicon, load_lexicons
from analyzer.judges.offline.strength import Element, elements_of
from analyzer.judges.offline.units import Unit, build_units
from analyzer.judges.offline.verdict import verdict_from
from analyzer.models import DocumentInfo, Passage, Verdict
from analyzer.resources import folder_hash
from analyzer.rubric import Check

if TYPE_CHECKING:
    from analyzer.embeddings import Embedder

log = logging.getLogger(__name__)


class OfflineJudge:
    """Deterministic rule-based judge over every unit of the document."""

    name = "offline"
    model: str | None = None
    retrieves = False

    def __init__(self, lexicon_dir: Path, embedder: Embedder | None = None) -> None:
        # The embedder is accepted for interface parity; the cue engine does not need it.
        self.embedder = embedder
        self._fingerprint = folder_hash(lexicon_dir)
        self.lexicons: dict[str, Lexicon] = load_lexicons(lexicon_dir)
        self.common = self.lexicons["common"]
        self.cues: dict[str, CheckCues] = build_cues(self.lexicons)
        self.elements: dict[str, tuple[Element, ...]] = {
            check_id: elements_of(self.lexicons[check_id], self.common) for check_id in self.cues
        }

    def can_judge(self, check: Check) -> bool:
        return check.id in self.cues

    def fingerprint(self) -> str:
        return self._fingerprint

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        started = time.perf_counter()
        prepared: dict[tuple[str, ...], tuple[list[Unit], list[Features]]] = {}
        verdicts = []
        for request in requests:
            key = _passage_key(request.passages)
            if key not in prepared:
                units = build_units(request.passages)
                prepared[key] = (units, unit_features(units, self.common))
            units, features = prepared[key]
            verdicts.append(self._judge(request, units, features))
        log.info(
            "offline judge: %s, %d checks in %.0f ms",
            document.name,
            len(requests),
            (time.perf_counter() - started) * 1000,
        )
        return verdicts

    def _judge(
        self, request: CheckRequest, units: Sequence[Unit], features: Sequence[Features]
    ) -> Verdict:
        check = request.check
        cues = self.cues.get(check.id)
        if cues is None:
            return Verdict(
                check_id=check.id,
                status="absent",
                rationale="The offline engine has no cues for this check.",
                missing=list(check.missing),
                error=f"offline engine has no cues for check {check.id!r}",
            )
        findings = classify_all(cues, units, features)
        return verdict_from(
            check, findings, self.lexicons[check.id], self.common, self.elements[check.id]
        )


def classify_all(
    cues: CheckCues, units: Sequence[Unit], features: Sequence[Features]
) -> list[Finding]:
    """Every unit's finding for one check (units without one are left out)."""
    found = []
    for unit, feats in zip(units, features, strict=True):
        if feats.injected:
            continue
        result = cues.classify(unit, feats)
        if result is not None:
            found.append(result)
    return found


def _passage_key(passages: Sequence[Passage]) -> tuple[str, ...]:
    return tuple(sorted({p.chunk.id for p in passages}))
