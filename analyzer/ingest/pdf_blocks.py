"""Pure page layout for PDFs: pypdf's lines (with geometry) -> blocks.

Lines keep pypdf's reading order; only block boundaries and kinds are decided here, so the
blocks of a page joined together hold the same text as `page.extract_text()` (white space and
bullet glyphs aside). Table rows are recognised by geometry: cells of a row start on the same
baseline further right, and a cell's wrapped lines follow it at the same x.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from analyzer.ingest.pdf_lines import TextLine
from analyzer.ingest.pdf_stats import PdfStats
from analyzer.ingest.textutil import (
    BlockSink,
    bullet_text,
    clean,
    clean_cells,
    collapse,
    is_bullet,
    is_enumerated,
    is_symbol_bullet,
    strip_symbol_bullet,
)
from analyzer.models import BlockKind

_SAME_BASELINE = 2.0
_SAME_X = 3.0
_MAX_HEADING_LINES = 3
_MAX_HEADING_CHARS = 150
_MAX_BOLD_HEADING_CHARS = 100
#: Lines of one paragraph differ in (average) font size by at most this share (links, symbols).
_SIZE_TOLERANCE = 0.1
#: A conservative (narrow) average glyph width, as a share of the font size.
_NARROW_CHAR = 0.45


@dataclass
class _Open:
    """A block being built from consecutive lines."""

    kind: BlockKind
    lines: list[TextLine] = field(default_factory=list)

    @property
    def last(self) -> TextLine:
        return self.lines[-1]


@dataclass
class PageLayout:
    """Lays out the pages of one document in order, sharing the heading path across pages."""

    sink: BlockSink
    stats: PdfStats
    title_seen: bool = False

    def add_page(self, lines: list[TextLine], page: int) -> None:
        geometric = _has_geometry(lines)
        if geometric:
            lines = _join_split_lines(lines)
        current: _Open | None = None
        index, pending = 0, ""
        while index < len(lines):
            line = lines[index]
            row = _table_row(lines, index, self.stats) if geometric else None
            if row is not None:
                self._close(current, page)
                current, pending = None, ""
                cells, index = row
                self.sink.add(clean_cells(cells), "table_row", page=page)
                continue
            if _is_marker_only(line.text):
                self._close(current, page)
                current, pending = None, _marker_text(line.text)
            elif pending or current is None or not self._continues(current, line, geometric):
                self._close(current, page)
                current = self._open(line, pending)
                pending = ""
            else:
                current.lines.append(line)
            index += 1
        self._close(current, page)

    def _open(self, line: TextLine, marker: str) -> _Open:
        if marker:
            text = line.text if marker == "•" else f"{marker} {line.text}"
            return _Open("bullet", [TextLine(text, line.x, line.y, line.size, line.bold)])
        if is_bullet(line.text):
            return _Open("bullet", [line])
        return _Open("heading" if self._heading_like(line) else "paragraph", [line])

    def _heading_like(self, line: TextLine) -> bool:
        text = collapse(line.text)
        if sum(ch.isalpha() for ch in text) < 3:
            return False
        if self.stats.is_large(line.size):
            return True
        return (
            line.bold
            and line.size >= self.stats.body_size - 0.6
            and len(text) <= _MAX_BOLD_HEADING_CHARS
            and not text.endswith((".", ",", ";", ":"))
        )

    def _continues(self, block: _Open, line: TextLine, geometric: bool) -> bool:
        previous = block.last
        size_step = abs(line.size - previous.size)
        if is_bullet(line.text) or size_step > _SIZE_TOLERANCE * max(line.size, previous.size):
            return False
        if _carries_on(block, line):
            return not geometric or _follows(previous, line, self.stats)
        if (block.kind == "heading") != self._heading_like(line):
            return False
        if block.kind == "heading" and line.bold != previous.bold:
            return False
        if geometric and not _follows(previous, line, self.stats):
            return False
        if geometric and block.kind != "heading" and not _aligned(block, line):
            return False
        return block.kind == "heading" or not self._ends_paragraph(previous)

    def _ends_paragraph(self, line: TextLine) -> bool:
        """A line well short of the usual width that ends a sentence closes its paragraph."""
        text = collapse(line.text)
        short = len(text) < 0.7 * self.stats.long_line(line.size)
        return short and text.endswith((".", "!", "?", ":"))

    def _close(self, block: _Open | None, page: int) -> None:
        if block is None:
            return
        joined = " ".join(line.text for line in block.lines)
        if block.kind == "bullet":
            self.sink.add(bullet_text(joined), "bullet", page=page)
            return
        text = clean(joined)
        too_long = len(block.lines) > _MAX_HEADING_LINES or len(text) > _MAX_HEADING_CHARS
        if block.kind != "heading" or too_long:
            self.sink.add(text, "paragraph", page=page)
            return
        first = block.lines[0]
        top_size = self.stats.heading_sizes[0] if self.stats.heading_sizes else 0.0
        if not self.title_seen and page == 1 and first.size >= top_size:
            self.title_seen = True
            self.sink.heading(text, 0, kind="title", page=page)
        else:
            level = self.stats.heading_level(first.size) if self.stats.is_large(first.size) else 0
            self.sink.heading(text, level or len(self.stats.heading_sizes) + 1, page=page)


def _carries_on(block: _Open, line: TextLine) -> bool:
    """A list item broken mid-sentence goes on in a line that starts in lower case, whatever that
    line's type (bold or indented as it may be): the item's continuation, never a heading."""
    unfinished = not collapse(block.last.text).endswith((".", "!", "?", ":", ";"))
    return block.kind == "bullet" and unfinished and line.text.lstrip()[:1].islower()


def _has_geometry(lines: list[TextLine]) -> bool:
    """True when most consecutive lines stay on a baseline or step down by a plausible distance
    (pages whose text matrices say otherwise are laid out from the text alone)."""
    pairs = list(itertools.pairwise(lines))
    if not pairs:
        return bool(lines) and lines[0].y is not None
    plausible = sum(
        1
        for a, b in pairs
        if a.y is not None
        and b.y is not None
        and -_SAME_BASELINE <= a.y - b.y < 4 * max(b.size, 1.0)
    )
    return plausible >= 0.6 * len(pairs)


def _join_split_lines(lines: list[TextLine]) -> list[TextLine]:
    """Rejoin a line that pypdf broke on one baseline (the second part starts before the first
    could have ended, at a conservative estimate of its width): "In " + "2020, agencies ..."."""
    joined: list[TextLine] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and _same_line(previous, line):
            text = f"{previous.text} {line.text}"
            bold = previous.bold and line.bold
            joined[-1] = TextLine(text, previous.x, previous.y, previous.size, bold)
        else:
            joined.append(line)
    return joined


def _same_line(previous: TextLine, line: TextLine) -> bool:
    if None in (previous.x, previous.y, line.x, line.y) or _is_marker_only(previous.text):
        return False
    assert previous.x is not None and previous.y is not None
    assert line.x is not None and line.y is not None
    size = previous.size or 10.0
    if abs(previous.y - line.y) > _SAME_BASELINE or line.x <= previous.x:
        return False
    estimated_end = previous.x + _NARROW_CHAR * size * len(previous.text.rstrip())
    return line.x <= estimated_end + 0.5 * size


def _follows(previous: TextLine, line: TextLine, stats: PdfStats) -> bool:
    if previous.y is None or line.y is None:
        return True
    gap = previous.y - line.y
    return 0 < gap <= stats.gap_limit(max(previous.size, line.size))


def _aligned(block: _Open, line: TextLine) -> bool:
    """Same left edge as the previous line, or under the text of a bullet / first-line indent."""
    previous, first = block.last, block.lines[0]
    if line.x is None or previous.x is None or first.x is None:
        return True
    if abs(line.x - previous.x) <= _SAME_X:
        return True
    if len(block.lines) == 1 and block.kind == "bullet":
        return first.x - _SAME_X <= line.x <= first.x + 50
    return len(block.lines) == 1 and line.x < first.x <= line.x + 50


def _table_row(lines: list[TextLine], start: int, stats: PdfStats) -> tuple[list[str], int] | None:
    """Cells of a table row starting at lines[start] and the index after it, or None."""
    top = lines[start]
    if top.y is None or top.x is None or _is_marker_only(top.text):
        return None
    cells: list[list[TextLine]] = [[top]]
    index = start + 1
    while index < len(lines):
        line, cell = lines[index], cells[-1]
        if line.y is None or line.x is None or cell[0].x is None:
            break
        if abs(line.y - top.y) <= _SAME_BASELINE and line.x > cell[0].x + 5:
            if _is_marker_only(line.text):
                return None
            cells.append([line])
        elif abs(line.x - cell[0].x) <= _SAME_X and _follows(cell[-1], line, stats):
            cell.append(line)
        else:
            break
        index += 1
    if len(cells) < 2:
        return None
    return [" ".join(line.text for line in cell) for cell in cells], index


def _is_marker_only(text: str) -> bool:
    """A line holding only a bullet glyph or an enumerator ("1.", "b)")."""
    stripped = text.strip()
    if not stripped:
        return False
    if is_symbol_bullet(stripped + " x") and not strip_symbol_bullet(stripped).strip():
        return True
    return is_enumerated(stripped + " x") and len(stripped) <= 5


def _marker_text(text: str) -> str:
    """What a marker-only line contributes to the bullet it starts: an enumerator, or a dot."""
    stripped = text.strip()
    return "•" if is_symbol_bullet(stripped + " x") else stripped
