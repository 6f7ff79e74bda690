"""Pure text helpers shared by the format readers: whitespace, bullets, headings, block building."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from analyzer.ingest.limits import charge
from analyzer.models import Block, BlockKind, Locator

_SPACES = re.compile(r"\s+")
#: Symbol bullets: common glyphs, a dash or star, pypdf's DEL (\x7f) and private-use glyphs
#: (Wingdings/Symbol bullets such as U+F0B7), each followed by white space.
_SYMBOL_BULLET = re.compile(
    "^\\s*(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2023\u2043\u2219\u00b7\u25c6\u25c7\u25ba\u25b6"
    "\u27a2\u27a4\u2713\u2714\u2013\u2014*+\\-\x7f]|[\ue000-\uf8ff])(?:\\s+|$)"
)
#: Enumerators: "1.", "2)", "a.", "(iv)", "10." followed by white space.
_ENUMERATOR = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[a-zA-Z][.)]|\((?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\))\s+"
)
_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
_TERMINAL = (".", ":", ";", "!", "?", ",")


def collapse(text: str) -> str:
    """Collapse every run of white space (including vertical tabs) to one space, and trim."""
    return _SPACES.sub(" ", text).strip()


def clean(text: str) -> str:
    """Drop control characters (keeping white space ones), then collapse white space."""
    if any(unicodedata.category(ch) == "Cc" and not ch.isspace() for ch in text):
        text = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) != "Cc")
    return collapse(text)


def clean_cells(cells: list[str]) -> str:
    """A table row: each cell cleaned, empty cells dropped, cells joined by a tab."""
    return "\t".join(c for c in (clean(cell) for cell in cells) if c)


def is_symbol_bullet(line: str) -> bool:
    return _SYMBOL_BULLET.match(line) is not None and bool(strip_symbol_bullet(line))


def is_enumerated(line: str) -> bool:
    return _ENUMERATOR.match(line) is not None


def is_bullet(line: str) -> bool:
    """True when the line starts with a bullet glyph or an enumerator ("1.", "a)", "(ii)")."""
    return is_symbol_bullet(line) or is_enumerated(line)


def strip_symbol_bullet(line: str) -> str:
    """The line without its leading bullet glyph (enumerators are text and are kept)."""
    return _SYMBOL_BULLET.sub("", line, count=1)


def bullet_text(line: str) -> str:
    """Cleaned text of a bullet item: the symbol glyph dropped, an enumerator kept."""
    if _SYMBOL_BULLET.match(line):
        line = strip_symbol_bullet(line)
    return clean(line)


def numbered_heading_level(line: str) -> int | None:
    """Depth of a short numbered heading line ("2 Scope" -> 1, "2.3 Risks" -> 2), else None."""
    text = collapse(line)
    match = _NUMBERED_HEADING.match(text)
    if match is None or len(text) > 80 or text.endswith(_TERMINAL):
        return None
    title = match.group(2)
    if not title[0].isupper() or sum(ch.isalpha() for ch in title) < 3:
        return None
    return match.group(1).count(".") + 1


def is_caps_heading(line: str) -> bool:
    """A short ALL CAPS line with at least one word of letters ("DECISION MEMO")."""
    text = collapse(line)
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(letters) >= 3
        and len(text) <= 80
        and all(ch.isupper() for ch in letters)
        and not text.endswith((",", ";"))
    )


_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def section_number(heading: str) -> str | None:
    """The number of a numbered heading ("3.1 Research" -> "3.1"), else None."""
    match = _SECTION_NUMBER.match(heading.strip())
    return match.group(1) if match else None


@dataclass
class HeadingPath:
    """The stack of open headings; `enter` a heading at a level, read `path`."""

    entries: list[tuple[int, str]] = field(default_factory=list)
    #: PDF: a numbered heading ("3.1 Research") heads only under the title or its numbered
    #: parent ("3 ..."), never under an unnumbered heading that merely came before it.
    by_number: bool = False

    def enter(self, level: int, text: str) -> tuple[str, ...]:
        number = section_number(text) if self.by_number else None
        while self.entries and (
            self.entries[-1][0] >= level or (number is not None and not self._heads(number))
        ):
            self.entries.pop()
        self.entries.append((level, text))
        return self.path

    def _heads(self, number: str) -> bool:
        """Whether the innermost open heading may be the parent of heading `number`."""
        level, text = self.entries[-1]
        parent = section_number(text)
        if parent is None:
            return level == 0  # the document title
        return number.startswith(parent + ".")

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.entries)


@dataclass
class BlockSink:
    """Collects blocks for one document, keeping the heading path and dropping empty text."""

    file: str
    headings: HeadingPath = field(default_factory=HeadingPath)
    blocks: list[Block] = field(default_factory=list)
    #: Count each block against the document's budget (False where the reader counted the
    #: text already, as it extracted it).
    charged: bool = True

    def add(
        self, text: str, kind: BlockKind, *, page: int | None = None, slide: int | None = None
    ) -> None:
        if not text:
            return
        if self.charged:
            charge(text)
        locator = Locator(
            file=self.file, page=page, slide=slide, section=self.headings.path, kind=kind
        )
        self.blocks.append(Block(text=text, locator=locator))

    def heading(
        self,
        text: str,
        level: int,
        *,
        kind: BlockKind = "heading",
        page: int | None = None,
        slide: int | None = None,
    ) -> None:
        """Enter a heading (its own locator's section includes it) and record its block."""
        if not text:
            return
        self.headings.enter(level, text)
        self.add(text, kind, page=page, slide=slide)
