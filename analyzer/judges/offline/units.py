"""Units of evidence for the offline judge: sentences, bullets, table rows, titles and notes.

All chunks passed to the judge are put back in document order, their blocks de-duplicated and
split into units. A unit's text is always an exact slice of its block's text, so it can be cited
verbatim. Each unit carries its context: the nearest title or heading, the lead-in sentence of
its list or table, and for a table row the table's header row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analyzer.models import Block, BlockKind, Chunk, Passage

_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "etc",
        "vs",
        "no",
        "nos",
        "approx",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "inc",
        "cf",
        "fig",
        "ref",
        "para",
        "sec",
        "prof",
        "dept",
        "est",
        "incl",
        "excl",
        "jr",
        "sr",
        "co",
    }
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]\u201d\u2019]*\s+(?=[\"'(\[\u201c\u2018]?[A-Z0-9£$€])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?][\"')\]\u201d\u2019]*$")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_MIN_UNIT_CHARS = 3


@dataclass(frozen=True, slots=True)
class Unit:
    """One citable piece of a block with the context it is read in."""

    text: str
    kind: BlockKind
    chunk: Chunk
    block: Block
    position: int
    heading: str = ""
    lead: str = ""
    header: str = ""
    is_header: bool = False
    sentence_index: int = 0

    @property
    def context(self) -> str:
        """Heading, lead-in and table header: what the unit is read under."""
        return " | ".join(part for part in (self.heading, self.lead, self.header) if part)

    @property
    def cells(self) -> tuple[str, ...]:
        return split_cells(self.text) if self.kind == "table_row" else ()


def split_cells(row: str) -> tuple[str, ...]:
    """Cells of a table row: tab-joined (our ingestion) or Markdown pipes."""
    if "\t" in row:
        parts = row.split("\t")
    elif row.count("|") >= 2:
        parts = row.strip().strip("|").split("|")
    else:
        return (row.strip(),)
    return tuple(p.strip() for p in parts if p.strip())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of a text, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        last = _LAST_WORD.search(text[start : match.start()])
        word = last.group(1).lower() if last else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def ordered_chunks(passages: Iterable[Passage]) -> list[Chunk]:
    """The distinct chunks of the passages in document order."""
    seen: dict[str, Chunk] = {}
    for passage in passages:
        seen.setdefault(passage.chunk.id, passage.chunk)
    return sorted(seen.values(), key=lambda c: (c.index, c.id))


class _Reader:
    """Walks blocks in order, tracking headings, list lead-ins and table headers."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.heading = ""
        self.lead = ""
        self.header = ""
        self.last_kind: BlockKind | None = None
        self.last_text = ""
        self.page: int | None = None

    def read(self, chunk: Chunk, block: Block) -> None:
        kind = block.locator.kind
        page = block.locator.page or block.locator.slide
        if block.locator.slide is not None and page != self.page:
            self.heading, self.lead, self.header = "", "", ""
        self.page = page
        if kind == "heading" and _inferred_sentence(block):
            kind = "paragraph"
        if kind == "paragraph" and _BULLET_GLYPH.match(block.text):
            kind = "bullet"  # a list item typed with its bullet sign ("• Cut ...")
        if kind in ("title", "heading"):
            self.heading, self.lead, self.header = block.text.strip(), "", ""
            self._emit(chunk, block, [(0, len(block.text))])
        elif kind == "table_row":
            self._read_row(chunk, block)
        else:
            if kind == "paragraph":
                self.lead, self.header = "", ""
            elif kind == "bullet" and self.last_kind == "paragraph":
                self.lead = self.last_text
            self._emit(chunk, block, split_sentences(block.text), kind=kind)
        self.last_kind, self.last_text = kind, block.text.strip()

    def _read_row(self, chunk: Chunk, block: Block) -> None:
        text = block.text.strip()
        if _MD_SEPARATOR.match(text):
            return
        starts_table = self.last_kind != "table_row"
        if starts_table:
            self.header = "" if _reads_as_data(text) else text
            if self.last_kind == "paragraph":
                self.lead = self.last_text
        is_header = starts_table and bool(self.header)
        self._emit(chunk, block, [(0, len(block.text))], is_header=is_header)

    def _emit(
        self,
        chunk: Chunk,
        block: Block,
        spans: Sequence[tuple[int, int]],
        is_header: bool = False,
        kind: BlockKind | None = None,
    ) -> None:
        kind = kind or block.locator.kind
        for index, (start, end) in enumerate(spans):
            start, end = _trim(block.text, start, end)
            text = block.text[start:end]
            if len(text) < _MIN_UNIT_CHARS:
                continue
            self.units.append(
                Unit(
                    text=text,
                    kind=kind,
                    chunk=chunk,
                    block=block,
                    position=len(self.units),
                    heading="" if kind in ("title", "heading") else self.heading,
                    lead=self.lead if kind in ("bullet", "table_row") else "",
                    header="" if is_header or kind != "table_row" else self.header,
                    is_header=is_header,
                    sentence_index=index,
                )
            )


_HEADER_CELL_MAX_WORDS = 12


def _reads_as_data(row: str) -> bool:
    """A first row with a sentence-long cell is data (the table has no header row)."""
    return any(len(cell.split()) >= _HEADER_CELL_MAX_WORDS for cell in split_cells(row))


_BULLET_GLYPH = re.compile(r"^\s*[\u2022\u25e6\u25aa\u25cf\u2023\u2043\u2013\u27a2\u25b8\u25ba]\s")
_SENTENCE_END = re.compile(r"[a-z0-9)%\u2019'\"][.!]$")
_MIN_SENTENCE_WORDS = 8


def _inferred_sentence(block: Block) -> bool:
    """A heading found by type size on a page (a PDF) that is a whole sentence: large print on a
    slide or a pull quote, which heads nothing and is read as a paragraph."""
    text = block.text.strip()
    return (
        block.locator.page is not None
        and len(text.split()) >= _MIN_SENTENCE_WORDS
        and bool(_SENTENCE_END.search(text))
    )


def build_units(passages: Iterable[Passage]) -> list[Unit]:
    """Units of every distinct block of the passages, in document order.

    Running headers and footers (short texts repeated on three or more pages or slides) and
    bare page numbers are skipped, so a table or list that crosses a page keeps its context.
    """
    blocks: list[tuple[Chunk, Block]] = []
    seen: set[tuple[object, ...]] = set()
    for chunk in ordered_chunks(passages):
        for block in chunk.blocks:
            loc = block.locator
            key = (block.text, loc.page, loc.slide, loc.kind, loc.section)
            if key not in seen:
                seen.add(key)
                blocks.append((chunk, block))
    skipped = running_texts(block for _, block in blocks)
    reader = _Reader()
    for chunk, block in blocks:
        text = block.text.strip()
        if text not in skipped and not _PAGE_NUMBER.match(text):
            reader.read(chunk, block)
    return reader.units


def running_texts(blocks: Iterable[Block]) -> set[str]:
    """Short texts repeated on three or more pages or slides: running headers and footers."""
    pages: dict[str, set[int]] = {}
    for block in blocks:
        where = block.locator.page or block.locator.slide
        text = block.text.strip()
        if where is not None and len(text) < 200 and block.locator.kind != "table_row":
            pages.setdefault(text, set()).add(where)
    return {text for text, seen in pages.items() if len(seen) >= 3}
