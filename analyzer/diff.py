"""What changed between two scorecards of (versions of) a document, check by check (pure)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from analyzer.models import STATUS_SCORE, CheckResult, Citation, DocumentInfo, Scorecard, Status

ChangeKind = Literal["improved", "regressed", "unchanged", "added", "removed"]
ARROW = "→"


class CheckChange(BaseModel):
    """One check across the two versions."""

    id: str
    title: str
    old: Status | None = Field(description="Status in the old version; None if not checked")
    new: Status | None = Field(description="Status in the new version; None if not checked")
    kind: ChangeKind
    new_citations: list[Citation] = Field(
        default_factory=list, description="Passages cited in the new version, not in the old"
    )
    removed_citations: list[Citation] = Field(
        default_factory=list, description="Passages cited in the old version, not in the new"
    )
    missing: list[str] = Field(default_factory=list, description="What the new version lacks")
    recommendation: str = ""

    @property
    def transition(self) -> str:
        return f"{self.old or 'not checked'} {ARROW} {self.new or 'not checked'}"


class ScorecardDiff(BaseModel):
    old: DocumentInfo
    new: DocumentInfo
    old_score: float
    new_score: float
    delta: float
    changes: list[CheckChange]
    notes: list[str] = Field(
        default_factory=list, description="Caveats: rubric or engine changed, identical content"
    )

    def of_kind(self, kind: ChangeKind) -> list[CheckChange]:
        return [c for c in self.changes if c.kind == kind]


def citation_key(citation: Citation) -> str:
    """Identity of a quote across versions: its words, case and spacing ignored."""
    return " ".join(citation.quote.split()).casefold()


def _only_in(first: list[Citation], second: list[Citation]) -> list[Citation]:
    seen = {citation_key(c) for c in second}
    return [c for c in first if citation_key(c) not in seen]


def _kind(old: CheckResult | None, new: CheckResult | None) -> ChangeKind:
    if old is None:
        return "added"
    if new is None:
        return "removed"
    before, after = STATUS_SCORE[old.status], STATUS_SCORE[new.status]
    if after > before:
        return "improved"
    return "regressed" if after < before else "unchanged"


def diff_check(old: CheckResult | None, new: CheckResult | None) -> CheckChange:
    """Compare one check; at least one side is present."""
    base = new or old
    assert base is not None
    return CheckChange(
        id=base.id,
        title=base.title,
        old=old.status if old else None,
        new=new.status if new else None,
        kind=_kind(old, new),
        new_citations=_only_in(new.citations, old.citations if old else []) if new else [],
        removed_citations=_only_in(old.citations, new.citations if new else []) if old else [],
        missing=list(new.missing) if new else [],
        recommendation=new.recommendation if new else "",
    )


def _notes(old: Scorecard, new: Scorecard) -> list[str]:
    notes = []
    if old.rubric != new.rubric:
        notes.append(
            f"rubric differs: {old.rubric.name} {old.rubric.version} {ARROW} "
            f"{new.rubric.name} {new.rubric.version}"
        )
    if old.engine != new.engine:
        notes.append(f"engine differs: {old.engine} {ARROW} {new.engine}")
    if old.document.sha256 == new.document.sha256:
        notes.append("both versions have identical content")
    return notes


def diff_scorecards(old: Scorecard, new: Scorecard) -> ScorecardDiff:
    """Per-check changes from `old` to `new`, in the new version's check order."""
    before = {c.id: c for c in old.checks}
    after = {c.id: c for c in new.checks}
    order = [c.id for c in new.checks] + [c.id for c in old.checks if c.id not in after]
    return ScorecardDiff(
        old=old.document,
        new=new.document,
        old_score=old.score,
        new_score=new.score,
        delta=round(new.score - old.score, 1),
        changes=[diff_check(before.get(i), after.get(i)) for i in order],
        notes=_notes(old, new),
    )
