"""Chunking: page boundaries, heading breaks, long blocks, stable ids."""

from __future__ import annotations

import hashlib

import pytest

from analyzer.chunking import chunk_document, split_block
from analyzer.ingest import ingest_bytes
from analyzer.models import Block, BlockKind, Document, Locator
from tests.fixtures.pdf_builder import Text, build_pdf

SHA = hashlib.sha256(b"doc").hexdigest()


def _block(
    text: str,
    kind: BlockKind = "paragraph",
    page: int | None = None,
    section: tuple[str, ...] = (),
    slide: int | None = None,
) -> Block:
    locator = Locator(file="d.pdf", page=page, slide=slide, section=section, kind=kind)
    return Block(text=text, locator=locator)


def _document(blocks: list[Block], sha: str = SHA) -> Document:
    return Document(name="d.pdf", sha256=sha, format="pdf", pages=3, blocks=blocks)


def _sentence(n: int) -> str:
    return f"Sentence number {n} says something about the plan and its owners."


def test_chunks_never_cross_pages_and_keep_blocks() -> None:
    blocks = [_block(_sentence(n), page=1 + n // 3) for n in range(9)]
    chunks = chunk_document(_document(blocks), target_chars=10_000)
    assert [c.page for c in chunks] == [1, 2, 3]
    for chunk in chunks:
        assert {b.locator.page for b in chunk.blocks} == {chunk.page}
        assert chunk.text == "\n".join(b.text for b in chunk.blocks)
    assert [b for c in chunks for b in c.blocks] == blocks
    assert [c.index for c in chunks] == [0, 1, 2]


def test_slides_are_chunk_boundaries_too() -> None:
    blocks = [_block("Title", "title", slide=1), _block("Body", slide=1), _block("Next", slide=2)]
    document = Document(name="d.pptx", sha256=SHA, format="pptx", pages=2, blocks=blocks)
    chunks = chunk_document(document)
    assert [(c.slide, c.page, c.text) for c in chunks] == [
        (1, None, "Title\nBody"),
        (2, None, "Next"),
    ]
    assert chunks[0].kinds == ("title", "paragraph")


def test_target_size_and_heading_breaks() -> None:
    intro = ("Plan",)
    governance = ("Plan", "Governance")
    blocks = [_block(_sentence(n), section=intro) for n in range(5)]
    blocks.append(_block("Governance", "heading", section=governance))
    blocks += [_block(_sentence(n), section=governance) for n in range(5, 7)]
    chunks = chunk_document(_document(blocks), target_chars=300)
    assert all(len(c.text) <= 300 for c in chunks)
    heading_chunk = next(c for c in chunks if "Governance" in c.kinds or "heading" in c.kinds)
    assert heading_chunk.blocks[0].text == "Governance"
    assert heading_chunk.section == governance
    assert chunks[0].section == intro


def test_heading_is_never_left_at_the_end_of_a_chunk() -> None:
    blocks = [
        _block("x" * 200),
        _block("Roadmap", "heading", section=("Roadmap",)),
        _block("y" * 200, section=("Roadmap",)),
    ]
    chunks = chunk_document(_document(blocks), target_chars=250)
    assert [c.text for c in chunks] == ["x" * 200, "Roadmap\n" + "y" * 200]
    assert chunks[1].section == ("Roadmap",)


def test_long_block_is_split_at_sentence_ends_verbatim() -> None:
    text = " ".join(_sentence(n) for n in range(40))
    block = _block(text, "bullet", page=2, section=("Scope",))
    pieces = split_block(block, 300)
    assert len(pieces) > 1
    assert " ".join(p.text for p in pieces) == text
    assert all(len(p.text) <= 300 and p.text.endswith(".") for p in pieces)
    assert all(p.locator == block.locator for p in pieces)
    chunks = chunk_document(_document([block]), target_chars=300)
    assert len(chunks) == len(pieces)


def test_sentence_longer_than_target_is_cut_at_spaces() -> None:
    text = " ".join(["word"] * 200)
    pieces = split_block(_block(text), 100)
    assert all(0 < len(p.text) <= 100 for p in pieces)
    assert " ".join(p.text for p in pieces) == text


def test_ids_are_stable_unique_and_derived_from_sha_and_page() -> None:
    blocks = [_block(_sentence(n), page=1 + n // 4) for n in range(12)]
    first = chunk_document(_document(blocks), target_chars=150)
    again = chunk_document(_document(list(blocks)), target_chars=150)
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    assert first[0].id == f"{SHA[:16]}-p1-0"
    assert first[1].id == f"{SHA[:16]}-p1-1"
    assert {c.document_sha256 for c in first} == {SHA}
    other = chunk_document(_document(blocks, sha="f" * 64), target_chars=150)
    assert not {c.id for c in other} & {c.id for c in first}


def test_ids_stable_across_ingests_of_the_same_bytes() -> None:
    pdf = build_pdf([[Text(72, 700, "Alpha paragraph.")], [Text(72, 700, "Beta paragraph.")]])
    ids = [c.id for c in chunk_document(ingest_bytes(pdf, "a.pdf"))]
    assert ids == [c.id for c in chunk_document(ingest_bytes(pdf, "renamed.pdf"))]
    sha = hashlib.sha256(pdf).hexdigest()
    assert ids == [f"{sha[:16]}-p1-0", f"{sha[:16]}-p2-0"]


def test_empty_document_and_bad_target() -> None:
    assert chunk_document(_document([])) == []
    with pytest.raises(ValueError):
        chunk_document(_document([_block("x")]), target_chars=0)
