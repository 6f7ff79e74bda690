"""The offline judge on the team's labeled dev corpus (skipped where ../shared/corpus is absent).

Holds the engine to the bars agreed for it: status accuracy >= 0.85 over every verdict, macro-F1
>= 0.80, every citation verbatim on its page or slide, and absent verdicts citing nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analyzer.chunking import chunk_document
from analyzer.citations import normalize
from analyzer.ingest import ingest_path
from analyzer.judges.base import CheckRequest
from analyzer.judges.offline.judge import OfflineJudge
from analyzer.models import DocumentInfo, Passage
from analyzer.resources import builtin_prompts_dir
from analyzer.rubric import load_rubric
from tests.conftest import DEV_CORPUS, REPO, SKIP_NO_CORPUS

pytestmark = pytest.mark.corpus
STATUSES = ("present", "partial", "absent")


@pytest.fixture(scope="module")
def results() -> list[dict[str, Any]]:
    if not DEV_CORPUS.is_dir():
        pytest.skip(SKIP_NO_CORPUS)
    rubric = load_rubric(REPO / "prompts")
    judge = OfflineJudge(builtin_prompts_dir() / "offline")
    rows: list[dict[str, Any]] = []
    for labels_path in sorted(DEV_CORPUS.glob("*.labels.json")):
        path = labels_path.with_name(labels_path.name.removesuffix(".labels.json"))
        rows.extend(_judge_file(judge, rubric.checks, path, labels_path))
    return rows


def _judge_file(
    judge: OfflineJudge, checks: Any, path: Path, labels_path: Path
) -> list[dict[str, Any]]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["checks"]
    document = ingest_path(path)
    passages = [Passage(chunk=c) for c in chunk_document(document)]
    info = DocumentInfo(name=document.name, sha256=document.sha256, format=document.format)
    verdicts = judge.judge_document(
        info, [CheckRequest(check=c, passages=passages) for c in checks]
    )
    pages = {key: normalize(text) for key, text in document.page_texts().items()}
    return [
        {
            "document": path.name,
            "check": v.check_id,
            "gold": labels[v.check_id]["status"],
            "predicted": v.status,
            "citations": [(c.page or c.slide, normalize(c.quote)) for c in v.citations],
            "pages": pages,
        }
        for v in verdicts
    ]


def _macro_f1(rows: list[dict[str, Any]]) -> float:
    scores = []
    for status in STATUSES:
        tp = sum(r["gold"] == status and r["predicted"] == status for r in rows)
        fp = sum(r["gold"] != status and r["predicted"] == status for r in rows)
        fn = sum(r["gold"] == status and r["predicted"] != status for r in rows)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def test_dev_corpus_accuracy_and_macro_f1_meet_the_bar(results: list[dict[str, Any]]) -> None:
    assert len(results) == 140
    accuracy = sum(r["gold"] == r["predicted"] for r in results) / len(results)
    wrong = [
        (r["document"], r["check"], r["gold"], r["predicted"])
        for r in results
        if r["gold"] != r["predicted"]
    ]
    assert accuracy >= 0.85, wrong
    assert _macro_f1(results) >= 0.80, wrong


def test_dev_corpus_citations_are_verbatim_and_absent_cites_nothing(
    results: list[dict[str, Any]],
) -> None:
    for row in results:
        if row["predicted"] == "absent":
            assert row["citations"] == [], row["document"]
            continue
        assert 1 <= len(row["citations"]) <= 4
        for where, quote in row["citations"]:
            text = row["pages"].get(where) if where is not None else " ".join(row["pages"].values())
            assert quote in (text or ""), (row["document"], quote)
