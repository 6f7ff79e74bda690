"""Retrieval ranking for the LLM engine: best chunks first, with the next chunk where one is cut."""

from __future__ import annotations

from analyzer.models import Block, Chunk, Locator
from analyzer.retrieval import best_scores, group_passage_budget, top_k_with_neighbours


def chunk(index: int, text: str, page: int, kind: str = "paragraph") -> Chunk:
    where = Locator(file="p.pdf", page=page, kind=kind)  # type: ignore[arg-type]
    return Chunk(
        id=f"c{index}",
        document_sha256="x",
        document_name="p.pdf",
        text=text,
        page=page,
        blocks=(Block(text=text, locator=where),),
        index=index,
    )


CHUNKS = [
    chunk(0, "Governance", 1, "heading"),
    chunk(1, "The AI Council reviews every model before release.", 1),
    chunk(2, "Our targets for 2027 are:", 2),
    chunk(3, "Cut handling time from 14 to 9 minutes.", 3),
]


def test_best_score_per_chunk_over_queries() -> None:
    hits = [[("c1", 0.4), ("c2", 0.1)], [("c1", 0.2), ("c3", 0.7)]]
    assert best_scores(hits) == {"c1": 0.4, "c2": 0.1, "c3": 0.7}


def test_cut_chunk_brings_its_neighbour_on_the_same_page_only() -> None:
    scores = {"c0": 0.9, "c2": 0.8, "c1": 0.1, "c3": 0.05}
    ids = [p.chunk.id for p in top_k_with_neighbours(CHUNKS, scores, 2)]
    # c0 is a bare heading: its next chunk on page 1 follows; c2 is cut, but c3 is on page 3.
    assert ids == ["c0", "c1", "c2"]


def test_k_limits_the_best_chunks() -> None:
    scores = {"c3": 0.9, "c1": 0.8, "c0": 0.1}
    assert [p.chunk.id for p in top_k_with_neighbours(CHUNKS, scores, 1)] == ["c3"]


def test_passage_budget_sends_a_small_document_whole_and_a_long_one_at_its_share() -> None:
    floor, around = 4000, 1400
    assert group_passage_budget(3000, around, 0.33, floor) == floor  # under the floor: whole
    # past the floor, the floor shrinks: half of it at 1.5 times its size, nothing at twice
    assert group_passage_budget(6000, around, 0.33, floor) == 2000
    for tokens in (8000, 9000, 40_000):
        budget = group_passage_budget(tokens, around, 0.33, floor)
        assert budget + around <= 0.33 * tokens  # the whole call within the share
        assert budget == int(0.33 * tokens) - around
    assert group_passage_budget(4001, around, 0.33, floor) < floor  # no step up past it
    assert group_passage_budget(5000, 10_000, 0.33, floor) >= 0
