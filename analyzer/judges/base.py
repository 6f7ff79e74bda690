"""The one protocol every judge implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from analyzer.models import DocumentInfo, Passage, Verdict
from analyzer.rubric import Check


class CheckRequest(BaseModel):
    """One check to judge, with the passages retrieved for it (best first)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    check: Check
    passages: list[Passage]


class Judge(Protocol):
    """Judges every requested check of one document.

    `name` is the engine name shown in the scorecard ("offline", "llm"); `model` the model used,
    if any; `retrieves` and `fingerprint()` tell the pipeline what the judge needs. A judge
    returns one Verdict per request, in order. Citations it returns are claims: the pipeline
    verifies each quote against the document before anything is shown, so a judge may not be
    trusted to have quoted correctly. A judge that cannot decide a check returns a
    Verdict with `error` set and status "absent" rather than raising, so one failed check never
    loses the others.
    """

    name: str
    model: str | None
    #: True: the pipeline indexes the document and passes each check its retrieved passages;
    #: False: every chunk of the document, in order (the judge reads the whole document).
    retrieves: bool

    def can_judge(self, check: Check) -> bool:
        """Whether this judge can decide the check (the offline engine: one it has a model for)."""
        ...

    def fingerprint(self) -> str:
        """What else shapes this judge's verdicts (model, settings, data files), for cache keys."""
        ...

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]: ...
