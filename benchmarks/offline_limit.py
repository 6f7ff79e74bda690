"""The floor of an offline analysis: parse, chunk and judge every chunk, with no index at all.

The offline judge reads every chunk of the document in document order and never uses the
similarity scores retrieval gives them, so embedding and querying the store add nothing to its
verdicts. This module wires gapcard's own parts (ingest, chunking, OfflineJudge, citation
checks, scoring) without the index, to show what an offline analysis costs without it, and that
it gives the same scorecard.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.core import require


def analyze_without_index(analyzer: Any, judge: Any, path: Path) -> Any:
    """The scorecard of `path` from gapcard's parts, every chunk passed to the judge unranked."""
    chunking = require("analyzer.chunking", "chunk_document")
    base = require("analyzer.judges.base", "CheckRequest")
    citations = require("analyzer.citations", "verify_verdict")
    models = require("analyzer.models", "Passage")
    scorecard = require("analyzer.scorecard", "build_scorecard")
    document = analyzer.load(path)
    chunks = chunking.chunk_document(document, analyzer.settings.ingest.chunk_chars)
    passages = [models.Passage(chunk=chunk) for chunk in chunks]
    rubric = analyzer.rubric.select(analyzer.settings.analysis.checks)
    requests = [base.CheckRequest(check=check, passages=passages) for check in rubric.checks]
    info = models.DocumentInfo(
        name=document.name, sha256=document.sha256, format=document.format, pages=document.pages
    )
    verifier = citations.CitationVerifier(document, chunks)
    verdicts = [citations.verify_verdict(v, verifier) for v in judge.judge_document(info, requests)]
    return scorecard.build_scorecard(info, rubric, verdicts, engine=judge.name, model=judge.model)


def same_verdicts(left: Any, right: Any) -> bool:
    """Whether two scorecards agree on every check's status, score and quotes."""

    def key(card: Any) -> list[tuple[str, str, float, list[str]]]:
        return [(c.id, c.status, c.score, [q.quote for q in c.citations]) for c in card.checks]

    return key(left) == key(right)
