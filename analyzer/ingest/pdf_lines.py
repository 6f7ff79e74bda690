"""PDF text lines with their geometry, collected from pypdf's `visitor_text` callback.

pypdf's plain `extract_text()` output is exactly the concatenation of the fragments it reports
to the visitor, so splitting that stream at newlines gives the same lines as `extract_text()`,
each with the position, size and font of its first visible fragment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Matrix = list[float]


@dataclass(frozen=True)
class TextLine:
    """One line of a page as pypdf extracts it. Coordinates are PDF user space (y grows up)."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float = 0.0
    bold: bool = False


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _font_name(font: Any) -> str:
    try:
        return str(font.get("/BaseFont", "")) if font is not None else ""
    except AttributeError:
        return ""


def _is_bold_font(name: str) -> bool:
    lowered = name.lower()
    return any(mark in lowered for mark in ("bold", "black", "heavy", "semibold", ",bd"))


@dataclass
class LineCollector:
    """The `visitor_text` callback: accumulates fragments into `TextLine`s."""

    lines: list[TextLine] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list)
    _anchor: tuple[float, float, float, bool] | None = None
    _chars: float = 0.0
    _bold_chars: float = 0.0
    _size_chars: float = 0.0

    def __call__(self, text: Any, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not isinstance(text, str) or not text:
            return
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if piece:
                self._add(piece, cm, tm, font, size)
            if index < len(pieces) - 1:
                self._end_line()

    def _add(self, piece: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        self._parts.append(piece)
        visible = sum(1 for ch in piece if not ch.isspace())
        if not visible:
            return
        try:
            matrix = _multiply([float(v) for v in tm], [float(v) for v in cm])
            scale = abs(matrix[3]) or abs(matrix[0])
            effective = abs(float(size)) * scale if size else 0.0
        except (TypeError, ValueError, IndexError):
            return
        bold = _is_bold_font(_font_name(font))
        if self._anchor is None:
            self._anchor = (matrix[4], matrix[5], effective, bold)
        self._chars += visible
        self._size_chars += visible * effective
        if bold:
            self._bold_chars += visible

    def _end_line(self) -> None:
        text = "".join(self._parts)
        if text.strip():
            self.lines.append(self._make_line(text))
        self._parts, self._anchor = [], None
        self._chars = self._bold_chars = self._size_chars = 0.0

    def _make_line(self, text: str) -> TextLine:
        if self._anchor is None or not self._chars:
            return TextLine(text=text)
        x, y, _, _ = self._anchor
        size = round(self._size_chars / self._chars * 2) / 2
        return TextLine(text=text, x=x, y=y, size=size, bold=self._bold_chars >= self._chars)

    def finish(self) -> list[TextLine]:
        """Flush the last line and return all lines."""
        self._end_line()
        return self.lines
