"""Markdown: ATX and setext headings, bullets, raw table rows, paragraphs, fenced code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzer.ingest.textutil import BlockSink, bullet_text, clean
from analyzer.models import Block, BlockKind

# Every pattern here is linear on any line (no two unbounded quantifiers over the same
# characters); headings, thematic breaks and table separators are scanned, not matched.
_ATX_OPEN = re.compile(r" {0,3}(#{1,6})(?=\s|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_SEPARATOR_CELL = re.compile(r":?-+:?")
_QUOTE = re.compile(r"^\s*>\s?")


def atx_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of an ATX heading line ("## Scope ##"), else None."""
    opening = _ATX_OPEN.match(line)
    if opening is None:
        return None
    text = line[opening.end() :].strip()
    closing = text.rstrip("#")
    if not closing or closing[-1].isspace():  # a closing sequence follows white space
        text = closing.rstrip()
    return len(opening.group(1)), text


def is_thematic_break(line: str) -> bool:
    """Three or more of one of - * _, optionally spaced ("- - -", "***")."""
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not body or body[0] not in "-*_":
        return False
    marks = body.count(body[0])
    return marks >= 3 and not body.replace(body[0], "").strip()


def is_table_separator(line: str) -> bool:
    """A table's header separator row: "|---|:---:|" or "--- | ---"."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    cells = text.split("|")
    return all(_SEPARATOR_CELL.fullmatch(cell.strip()) for cell in cells)


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
    if (atx := atx_heading(line)) is not None:
        state.flush()
        state.sink.heading(clean(atx[1]), atx[0])
        return index + 1
    if _is_table_row(line, following, state):
        state.flush()
        if not is_table_separator(line):
            state.sink.add(clean(line), "table_row")
        return index + 1
    if state.lines and state.kind == "paragraph" and _SETEXT.match(line):
        heading = " ".join(state.lines)
        state.lines = []
        state.sink.heading(clean(heading), 1 if line.strip().startswith("=") else 2)
        return index + 1
    if is_thematic_break(line):
        state.flush()
        return index + 1
    _text_line(line, state)
    return index + 1


def _is_table_row(line: str, following: str, state: _State) -> bool:
    stripped = line.strip()
    if stripped.startswith("|") or (state.in_table and "|" in stripped):
        state.in_table = True
        return True
    if "|" in stripped and "-" in following and is_table_separator(following):
        state.in_table = True
        return True
    return False


def _fenced(lines: list[str], index: int, state: _State) -> int:
    """A fenced code block becomes one paragraph block of its (collapsed) contents."""
    state.flush()
    fence = _FENCE.match(lines[index])
    marker = fence.group(1) if fence else "```"
    end = index + 1
    while end < len(lines) and not _closes(lines[end], marker):
        end += 1
    state.sink.add(clean(" ".join(lines[index + 1 : end])), "paragraph")
    return end + 1


def _closes(line: str, marker: str) -> bool:
    """A closing fence: the opening character at least as many times and nothing else, so a
    line such as "```python" inside a code block does not end it (CommonMark)."""
    closing = _FENCE.match(line)
    return (
        closing is not None
        and closing.group(1)[0] == marker[0]
        and len(closing.group(1)) >= len(marker)
        and not line[closing.end() :].strip()
    )


def _text_line(line: str, state: _State) -> None:
    line = _QUOTE.sub("", line, count=1)
    if _LIST_ITEM.match(line):
        state.start(line, "bullet")
    elif not state.lines:
        state.start(line, "paragraph")
    else:
        state.lines.append(line)
