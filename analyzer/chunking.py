"""Pure chunking: a document's blocks -> retrievable chunks of about `target_chars`.

A chunk never crosses a page or slide, starts a new chunk at each heading, keeps its blocks (and so
every locator), and has a stable id: `{sha256[:16]}-p{page or slide or 0}-{ordinal}`, where
ordinal counts the chunks of that page. The same bytes always give the same ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzer.models import Block, BlockKind, Chunk, Document

#: A block longer than this many times the target is split at sentence boundaries.
SPLIT_SLACK = 1.2
_HEADING_KINDS: frozenset[BlockKind] = frozenset({"title", "heading"})
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def chunk_document(document: Document, target_chars: int = 900) -> list[Chunk]:
    """Chunks of the document in reading order, each within one page or slide."""
    if target_chars < 1:
        raise ValueError("target_chars must be positive")
    chunks: list[Chunk] = []
    ordinals: dict[int, int] = {}
    for key, blocks in _page_runs(document.blocks):
        pieces = [piece for block in blocks for piece in split_block(block, target_chars)]
        for group in _pack(pieces, target_chars):
            ordinal = ordinals.get(key, 0)
            ordinals[key] = ordinal + 1
            chunks.append(_make_chunk(document, group, key, ordinal, len(chunks)))
    return chunks


def _page_key(block: Block) -> int:
    return block.locator.page or block.locator.slide or 0


def _page_runs(blocks: list[Block]) -> Iterator[tuple[int, list[Block]]]:
    """Maximal runs of consecutive blocks on the same page or slide."""
    run: list[Block] = []
    for block in blocks:
        if run and _page_key(block) != _page_key(run[-1]):
            yield _page_key(run[-1]), run
            run = []
        run.append(block)
    if run:
        yield _page_key(run[-1]), run


def split_block(block: Block, target_chars: int) -> list[Block]:
    """A block too long for one chunk, cut at sentence ends (or spaces) into verbatim pieces."""
    if len(block.text) <= target_chars * SPLIT_SLACK:
        return [block]
    pieces: list[str] = []
    current = ""
    for sentence in _sentences(block.text, target_chars):
        if current and len(current) + 1 + len(sentence) > target_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return [Block(text=piece, locator=block.locator) for piece in pieces]


def _sentences(text: str, limit: int) -> Iterator[str]:
    """Sentences of the text; one longer than `limit` is cut at spaces."""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            yield sentence[:cut].strip()
            sentence = sentence[cut:].strip()
        if sentence:
            yield sentence


def _pack(blocks: list[Block], target_chars: int) -> Iterator[list[Block]]:
    """Greedy grouping up to the target. A heading starts a new group unless the group holds only
    headings so far (a title and its first heading stay together), and is never left last."""
    current: list[Block] = []
    size = 0
    for block in blocks:
        if current:
            heading_break = block.locator.kind in _HEADING_KINDS and any(
                b.locator.kind not in _HEADING_KINDS for b in current
            )
            overflow = size + 1 + len(block.text) > target_chars
            if heading_break or overflow:
                carry: list[Block] = []
                if len(current) > 1 and current[-1].locator.kind in _HEADING_KINDS:
                    carry = [current.pop()]
                yield current
                current = carry
                size = sum(len(b.text) + 1 for b in current)
        current.append(block)
        size += len(block.text) + 1
    if current:
        yield current


def _make_chunk(
    document: Document, blocks: list[Block], key: int, ordinal: int, index: int
) -> Chunk:
    first = blocks[0].locator
    kinds: list[BlockKind] = []
    for block in blocks:
        if block.locator.kind not in kinds:
            kinds.append(block.locator.kind)
    return Chunk(
        id=f"{document.sha256[:16]}-p{key}-{ordinal}",
        document_sha256=document.sha256,
        document_name=document.name,
        text="\n".join(block.text for block in blocks),
        page=first.page,
        slide=first.slide,
        section=first.section,
        kinds=tuple(kinds),
        blocks=tuple(blocks),
        index=index,
    )
