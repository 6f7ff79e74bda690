"""Markdown: ATX and setext headings, bullets, raw table rows, paragraphs, fenced code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzer.ingest.textutil import BlockSink, bullet_text, clean
from analyzer.models import Block, BlockKind

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^\s*>\s?")


@dataclass
class _State:
    sink: BlockSink
    lines: list[str] = field(default_factory=list)
    kind: BlockKind = "paragraph"
    in_table: bool = False

    def flush(self) -> None:
        if self.lines:
            joined = " ".join(self.lines)
            text = bullet_text(joined) if self.kind == "bullet" else clean(joined)
            self.sink.add(text, self.kind)
        self.lines, self.kind = [], "paragraph"

    def start(self, line: str, kind: BlockKind) -> None:
        self.flush()
        self.lines, self.kind = [line], kind


def parse_markdown(text: str, name: str) -> list[Block]:
    """Blocks of a Markdown document. Inline markup is kept as written (text is verbatim)."""
    state = _State(sink=BlockSink(file=name))
    lines = text.splitlines()
    index = _front_matter(lines, state)
    while index < len(lines):
        index = _step(lines, index, state)
    state.flush()
    return state.sink.blocks


def _front_matter(lines: list[str], state: _State) -> int:
    """A leading YAML block between --- lines: one paragraph block per line."""
    if not lines or lines[0].strip() != "---":
        return 0
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            for line in lines[1:end]:
                state.sink.add(clean(line), "paragraph")
            return end + 1
    return 0


def _step(lines: list[str], index: int, state: _State) -> int:
    """Consume the line at index (and any lines it owns); return the next index."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if not line.strip():
        state.flush()
        state.in_table = False
        return index + 1
    if _FENCE.match(line):
        return _fenced(lines, index, state)
    if (atx := _ATX.match(line)) is not None:
        state.flush()
        state.sink.heading(clean(atx.group(2) or ""), len(atx.group(1)))
        return index + 1
    if _is_table_row(line, following, state):
        state.flush()
        if not _TABLE_SEPARATOR.match(line):
            state.sink.add(clean(line), "table_row")
        return index + 1
    if state.lines and state.kind == "paragraph" and _SETEXT.match(line):
        heading = " ".join(state.lines)
        state.lines = []
        state.sink.heading(clean(heading), 1 if line.strip().startswith("=") else 2)
        return index + 1
    if _BREAK.match(line):
        state.flush()
        return index + 1
    _text_line(line, state)
    return index + 1


def _is_table_row(line: str, following: str, state: _State) -> bool:
    stripped = line.strip()
    if stripped.startswith("|") or (state.in_table and "|" in stripped):
        state.in_table = True
        return True
    if "|" in stripped and _TABLE_SEPARATOR.match(following) and "-" in following:
        state.in_table = True
        return True
    return False


def _fenced(lines: list[str], index: int, state: _State) -> int:
    """A fenced code block becomes one paragraph block of its (collapsed) contents."""
    state.flush()
    fence = _FENCE.match(lines[index])
    marker = fence.group(1)[:3] if fence else "```"
    end = index + 1
    while end < len(lines) and not lines[end].strip().startswith(marker):
        end += 1
    state.sink.add(clean(" ".join(lines[index + 1 : end])), "paragraph")
    return end + 1


def _text_line(line: str, state: _State) -> None:
    line = _QUOTE.sub("", line, count=1)
    if _LIST_ITEM.match(line):
        state.start(line, "bullet")
    elif not state.lines:
        state.start(line, "paragraph")
    else:
        state.lines.append(line)
