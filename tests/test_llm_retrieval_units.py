"""Retrieval coverage sends units (sentences, rows) under their chunk ids, over real HTTP."""

from __future__ import annotations

from pathlib import Path

from analyzer.chunking import chunk_document
from analyzer.config import AnalysisSettings
from analyzer.pipeline import Analyzer
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, group, passages_of, verdict

OWNER = "Priya Nair, Chief Operating Officer, is accountable for delivering the programme."
TARGET = "Cut claims-handling cost per claim by 15% by Q4 2027."


def long_plan() -> str:
    parts = ["# Depot plan"]
    for n in range(30):
        body = " ".join(f"Depot {n} stores pallets of type {k} in bay {k + n}." for k in range(12))
        parts.append(f"## Depot {n}\n\n{body}")
    parts[21] += f" {OWNER}"  # under "Depot 20"
    parts[9] += f"\n\n{TARGET}"
    return "\n\n".join(parts) + "\n"


def owner_cited(body: Body) -> Reply:
    holder = next((cid for cid, text in passages_of(body).items() if OWNER[:30] in text), None)
    entries = [(c, verdict("absent")) for c in checks_of(body) if c != "owners"]
    return group(("owners", verdict("present", [(holder, OWNER)])), *entries)


def test_units_reach_the_model_under_their_chunk_id_and_the_citation_verifies(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.md"
    path.write_text(long_plan(), encoding="utf-8")
    with FakeOpenAI() as server:
        server.responder = owner_cited
        # a floor below the document's share, so the budget, not the floor, decides
        settings = server.settings(
            tmp_path / "data", coverage="retrieval", group_passage_tokens=500
        )
        settings = settings.model_copy(update={"analysis": AnalysisSettings()})
        analyzer = Analyzer(settings)
        card = analyzer.analyze(path, engine="llm")
        [body] = server.requests
    document = analyzer.load(path)
    sent = passages_of(body)
    own_chars = sum(len(b.text) for b in document.blocks)
    assert sum(len(t) for t in sent.values()) < 0.4 * own_chars  # a share, not the document
    assert any(OWNER in text for text in sent.values())
    assert any(TARGET in text for text in sent.values())
    chunks = chunk_document(document, settings.ingest.chunk_chars)
    holder = next(c for c in chunks if OWNER in c.text)
    assert len(holder.text) > 2 * len(OWNER)  # the excerpt is smaller than its chunk
    shown = next(cid for cid, text in sent.items() if OWNER in text)
    assert holder.id.endswith(shown)  # labeled with its chunk's id, so quotes verify there
    owners = next(row for row in card.checks if row.id == "owners")
    assert owners.status == "present" and not owners.downgraded
    assert [c.quote for c in owners.citations] == [OWNER.rstrip(".")]
    assert owners.citations[0].chunk_id == holder.id
    assert "Depot 20" in (owners.citations[0].section or "")


def test_whole_chunks_are_sent_when_units_are_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(long_plan(), encoding="utf-8")
    with FakeOpenAI() as server:
        server.responder = owner_cited
        settings = server.settings(
            tmp_path / "data", coverage="retrieval", retrieval_units=False, group_passage_tokens=500
        )
        analyzer = Analyzer(settings)
        analyzer.analyze(path, engine="llm")
        [body] = server.requests
    chunks = {c.text.strip() for c in chunk_document(analyzer.load(path), 900)}
    assert all(text.strip() in chunks for text in passages_of(body).values())
