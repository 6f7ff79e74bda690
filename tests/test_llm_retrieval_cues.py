"""Retrieval coverage over real HTTP: the rule engine's findings rank a long plan's chunks too.

A long plan talks about accountability in general on every page; the one sentence that names an
owner uses none of the owners check's query words. Dense similarity and BM25 rank the general
talk first; the owners cue set recognises the named role, so the sentence reaches the model, the
scripted reply cites it, and the verifier keeps the citation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.embeddings import OnnxMiniLMEmbedder
from analyzer.engines import build_judge
from analyzer.pipeline import Analyzer
from analyzer.resources import builtin_prompts_dir
from analyzer.retriever import query_texts
from analyzer.rubric import load_rubric
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, group, passages_of, verdict

OWNER = "Marta Kowalski, Head of Claims Operations, is in charge of the triage rollout."
GENERAL = (
    "We need clarity on accountability: which person or role answers for each initiative and "
    "its outcome. "
)
#: checks judged in one call (the owner sentence is not among the others' best passages)
CHECKS = "metrics,owners,governance,human_oversight"
FILLER = "Regional offices compare supplier terms, renewal dates and service levels for {n}. "


def plan() -> str:
    """About 66,000 characters (some 14,000 tokens): general talk on accountability, and filler."""
    parts = []
    for n in range(72):
        body = GENERAL + FILLER.format(n=f"region {n}") * 9
        parts.append(f"## Section {n}\n\n{body}")
    parts[47] += f"\n\n{OWNER}"
    return "# Claims Plan\n\n" + "\n\n".join(parts) + "\n"


def reply(body: Body) -> Reply:
    """Owners present, citing the owner sentence wherever it was sent; the rest absent."""
    where = next((cid for cid, text in passages_of(body).items() if OWNER[:40] in text), None)
    answers = []
    for check in checks_of(body):
        found = check == "owners" and where is not None
        answers.append(
            (check, verdict("present", [(where, OWNER)]) if found else verdict("absent"))
        )
    return group(*answers)


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def test_a_named_owner_without_the_checks_words_reaches_the_model(
    server: FakeOpenAI, tmp_path: Path
) -> None:
    settings = server.settings(tmp_path / "data", coverage="retrieval")
    analyzer = Analyzer(settings, judge=build_judge("llm", settings), embedder=OnnxMiniLMEmbedder())
    server.responder = reply
    path = tmp_path / "claims-plan.md"
    path.write_text(plan(), encoding="utf-8")
    start = len(server.requests)
    card = analyzer.analyze(path, engine="llm", checks=CHECKS)
    [sent] = server.requests[start:]
    passages = passages_of(sent)
    assert any(OWNER[:40] in text for text in passages.values())
    sent_chars = sum(len(str(m.get("content") or "")) for m in sent["messages"])
    assert sent_chars < 0.35 * len(plan())  # the whole call: a share of the plan, not all of it
    owners = next(row for row in card.checks if row.id == "owners")
    assert owners.status == "present" and not owners.downgraded
    assert [c.quote for c in owners.citations] == [OWNER.rstrip(".")]


def test_a_checks_dense_queries_are_its_queries_then_its_rubric_text() -> None:
    check = load_rubric(builtin_prompts_dir()).by_id("owners")
    texts = query_texts(check)
    assert texts[: len(check.queries)] == check.queries
    assert texts[len(check.queries) :] == [
        " ".join(check.definition.split()),
        " ".join(check.levels.present.split()),
        " ".join(check.levels.partial.split()),
    ]
