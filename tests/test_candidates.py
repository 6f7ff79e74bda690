"""Retrieval at the grain of evidence: units ranked per check, excerpts merged under their chunk."""

from __future__ import annotations

from pathlib import Path

from analyzer.candidates import competition_ranks, fuse, prepare, rank_units, whole_blocks
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.group import select_group_passages
from analyzer.judges.llm.prompt import merge_excerpts
from analyzer.judges.offline.cues import build_cues
from analyzer.judges.offline.lexicon import load_lexicons
from analyzer.judges.offline.units import build_units
from analyzer.models import Block, Chunk, Locator, Passage
from analyzer.rubric import load_rubric

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
LEXICONS = load_lexicons(PROMPTS / "offline")
OWNER = "Priya Nair, Chief Operating Officer, is accountable for the programme."


def chunk(index: int, *blocks: tuple[str, str]) -> Chunk:
    made = tuple(
        Block(text=text, locator=Locator(file="p.md", section=("Plan",), kind=kind))  # type: ignore[arg-type]
        for kind, text in blocks
    )
    text = "\n".join(b.text for b in made)
    return Chunk(id=f"doc-p0-{index}", document_sha256="d" * 64, document_name="p.md", text=text,
                 section=("Plan",), blocks=made, index=index)  # fmt: skip


CHUNKS = [
    chunk(
        0,
        ("bullet", "We will review suppliers. We will also visit depots."),
        ("paragraph", "The depots are old. " * 40 + "Some need new roofs."),
    ),
    chunk(
        1,
        ("paragraph", "The plan has many parts. " * 30 + OWNER),
        ("table_row", "Role\tName"),
        ("table_row", "Sponsor\tAda Obi"),
    ),
]


def test_short_blocks_are_one_unit_and_long_ones_stay_sentences() -> None:
    units = whole_blocks(build_units(Passage(chunk=c) for c in CHUNKS), limit=300)
    texts = [u.text for u in units]
    assert texts[0] == "We will review suppliers. We will also visit depots."  # a bullet, whole
    assert "The depots are old." in texts and "Some need new roofs." in texts  # long: sentences
    assert [u.position for u in units] == list(range(len(units)))
    for unit in units:  # every unit is still an exact slice of its block
        assert unit.text in unit.block.text


def test_fusion_shares_ranks_between_ties_and_rewards_agreement() -> None:
    assert competition_ranks({1: 5.0, 2: 5.0, 3: 1.0}) == {1: 1, 2: 1, 3: 3}
    fused = fuse({1: 3.0, 2: 1.0}, {1: 2.0, 3: 9.0}, {4: 0.0})
    assert fused[1] > fused[3] > fused[2] and 4 not in fused


def test_owner_sentence_ranks_first_as_an_excerpt_of_its_chunk() -> None:
    check = load_rubric(PROMPTS).by_id("owners")
    candidates = prepare(CHUNKS, LEXICONS["common"])
    cues = build_cues(LEXICONS)["owners"]
    ranked = rank_units(candidates, {}, [check.title, *check.queries], cues)
    assert len(ranked) == len(candidates.units)
    best = ranked[0]
    assert best.chunk.text == OWNER and best.chunk.id == "doc-p0-1" and best.unit is not None
    row = next(p for p in ranked if "Ada Obi" in p.chunk.text)
    assert row.chunk.text == "Role\tName\nSponsor\tAda Obi"  # a row under its header row


def test_excerpts_of_one_chunk_are_sent_as_one_passage_in_document_order() -> None:
    candidates = prepare(CHUNKS, LEXICONS["common"])
    by_text = {e.text: Passage(chunk=e, unit=i) for i, e in enumerate(candidates.excerpts)}
    owner, row = by_text[OWNER], by_text["Role\tName\nSponsor\tAda Obi"]
    header = next(p for t, p in by_text.items() if t == "Role\tName")
    merged = merge_excerpts([row, by_text["We will review suppliers. We will also visit depots."],
                             header, owner])  # fmt: skip
    assert [p.chunk.id for p in merged] == ["doc-p0-1", "doc-p0-0"]
    assert merged[0].chunk.text == f"{OWNER}\nRole\tName\nSponsor\tAda Obi"  # header once
    assert merged[1].chunk.text.startswith("We will review")


def test_checks_take_turns_over_new_excerpts_and_a_chunk_opens_once() -> None:
    rubric = load_rubric(PROMPTS)
    candidates = prepare(CHUNKS, LEXICONS["common"])
    units = [Passage(chunk=e, unit=i) for i, e in enumerate(candidates.excerpts)]
    a = CheckRequest(check=rubric.by_id("owners"), passages=[units[0], units[1], units[2]])
    b = CheckRequest(check=rubric.by_id("roadmap"), passages=[units[0], units[3], units[4]])
    chosen = select_group_passages(
        [a, b], budget_tokens=4 * 10 + 2 * 5, cost=lambda _p: 10, opening=lambda _p: 5
    )
    keys = {p.key for p in chosen.passages}
    # turn 1: a takes units[0]; b, finding it sent, takes its next new one (units[3]);
    # turn 2: units[1], units[4]; budget: 4 excerpts + the openings of 2 chunks
    assert keys == {units[i].key for i in (0, 3, 1, 4)}
    assert chosen.by_check["owners"] == ["doc-p0-0"]  # chunk ids listed once each
