"""Plain text: paragraphs split by blank lines, heading lines, bullets, "Key: value" lines."""

from __future__ import annotations

import re

from analyzer.ingest.textutil import (
    BlockSink,
    bullet_text,
    clean,
    is_bullet,
    is_caps_heading,
    numbered_heading_level,
)
from analyzer.models import Block

_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_FIELD_LINE = re.compile(r"^[A-Z][A-Za-z /&()-]{0,30}:\s+\S")


def parse_text(text: str, name: str) -> list[Block]:
    """Blocks of a plain text document, in reading order, without page locators."""
    sink = BlockSink(file=name)
    for paragraph in _paragraphs(text.splitlines()):
        _emit_paragraph(sink, paragraph)
    return sink.blocks


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines; a line underlined with === or --- ends as its own paragraph."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                paragraphs.append(current)
            current = []
        elif _UNDERLINE.match(line) and len(line.strip()) >= 3 and current:
            underlined = current.pop()
            if current:
                paragraphs.append(current)
            marker = "=" if line.strip().startswith("=") else "-"
            paragraphs.append([underlined, marker * 3])
            current = []
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def _emit_paragraph(sink: BlockSink, lines: list[str]) -> None:
    if len(lines) == 2 and _UNDERLINE.match(lines[1]):
        _emit_heading(sink, lines[0], 1 if lines[1].startswith("=") else 2)
        return
    if all(is_caps_heading(line) for line in lines) and len(lines) <= 3:
        level = numbered_heading_level(lines[0]) or 1
        _emit_heading(sink, " ".join(lines), level)
        return
    numbered = numbered_heading_level(lines[0]) if len(lines) == 1 else None
    if numbered is not None:
        _emit_heading(sink, lines[0], numbered)
        return
    if len(lines) > 1 and is_caps_heading(lines[0]) and not is_bullet(lines[0]):
        _emit_heading(sink, lines[0], numbered_heading_level(lines[0]) or 1)
        lines = lines[1:]
    if len(lines) > 1 and all(_FIELD_LINE.match(line) for line in lines):
        for line in lines:
            sink.add(clean(line), "paragraph")
        return
    _emit_body(sink, lines)


def _emit_heading(sink: BlockSink, text: str, level: int) -> None:
    if not sink.blocks:
        sink.heading(clean(text), 0, kind="title")
    else:
        sink.heading(clean(text), level)


def _emit_body(sink: BlockSink, lines: list[str]) -> None:
    """Bullets start their own block and take following lines; other lines join a paragraph."""
    current: list[str] = []
    in_bullet = False
    for line in lines:
        if is_bullet(line):
            _flush(sink, current, in_bullet)
            current, in_bullet = [line], True
        else:
            current.append(line)
    _flush(sink, current, in_bullet)


def _flush(sink: BlockSink, lines: list[str], bullet: bool) -> None:
    if not lines:
        return
    joined = " ".join(lines)
    if bullet:
        sink.add(bullet_text(joined), "bullet")
    else:
        sink.add(clean(joined), "paragraph")
