"""Document-wide typography of a PDF (body size, line spacing, heading sizes) and furniture.

Pure: takes the `TextLine`s of every page, returns measurements the page layout uses.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from analyzer.ingest.pdf_lines import TextLine
from analyzer.ingest.textutil import collapse

HEADING_RATIO = 1.15
_DIGITS = re.compile(r"\d+")
_FURNITURE_BAND = 0.1
_FURNITURE_SHARE = 0.4


@dataclass(frozen=True)
class PdfStats:
    body_size: float = 0.0
    #: Usual distance between baselines of consecutive lines, by font size.
    line_gaps: dict[float, float] = field(default_factory=dict)
    #: Long line length (characters) by font size: shorter lines may end a paragraph.
    line_chars: dict[float, int] = field(default_factory=dict)
    #: Font sizes used for headings, largest first.
    heading_sizes: tuple[float, ...] = ()

    def is_large(self, size: float) -> bool:
        return bool(self.body_size) and size >= self.body_size * HEADING_RATIO

    def gap_limit(self, size: float) -> float:
        """Largest baseline distance that still continues a paragraph."""
        size = size or self.body_size or 10.0
        usual = self.line_gaps.get(size)
        if usual is None:
            return 1.6 * size
        return min(max(usual * 1.3, 1.05 * size), 2.0 * size)

    def long_line(self, size: float) -> int:
        return self.line_chars.get(size, self.line_chars.get(self.body_size, 60))

    def heading_level(self, size: float) -> int:
        """1 for the largest heading size, then 2, ...; bold body text comes after them all."""
        for index, heading_size in enumerate(self.heading_sizes):
            if size >= heading_size:
                return index + 1
        return len(self.heading_sizes) + 1


def measure(pages: list[list[TextLine]]) -> PdfStats:
    lines = [line for page in pages for line in page if line.size > 0]
    if not lines:
        return PdfStats()
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    body = weights.most_common(1)[0][0]
    large = {
        line.size
        for line in lines
        if line.size >= body * HEADING_RATIO and sum(ch.isalpha() for ch in line.text) >= 3
    }
    return PdfStats(
        body_size=body,
        line_gaps=_line_gaps(pages),
        line_chars=_line_chars(lines),
        heading_sizes=tuple(sorted(large, reverse=True)),
    )


def _line_gaps(pages: list[list[TextLine]]) -> dict[float, float]:
    gaps: dict[float, Counter[float]] = {}
    for page in pages:
        for previous, line in itertools.pairwise(page):
            if previous.y is None or line.y is None or previous.x is None or line.x is None:
                continue
            gap = previous.y - line.y
            same_size = abs(previous.size - line.size) < 0.3
            if same_size and abs(previous.x - line.x) <= 3 and 0 < gap < 3 * line.size:
                gaps.setdefault(line.size, Counter())[round(gap * 2) / 2] += 1
    return {size: counter.most_common(1)[0][0] for size, counter in gaps.items()}


def _line_chars(lines: list[TextLine]) -> dict[float, int]:
    lengths: dict[float, list[int]] = {}
    for line in lines:
        lengths.setdefault(line.size, []).append(len(collapse(line.text)))
    result = {}
    for size, values in lengths.items():
        values.sort()
        result[size] = max(20, values[int(len(values) * 0.9)])
    return result


def drop_furniture(
    pages: list[list[TextLine]], boxes: list[tuple[float, float]]
) -> list[list[TextLine]]:
    """Remove running headers and footers: lines near the top or bottom edge of the page whose
    text (numbers aside) repeats on at least 40% of the pages (and at least three)."""
    if len(pages) < 3:
        return pages
    seen: Counter[str] = Counter()
    for page, box in zip(pages, boxes, strict=True):
        seen.update({_key(line) for line in page if _in_band(line, box)})
    threshold = max(3, math.ceil(len(pages) * _FURNITURE_SHARE))
    repeated = {key for key, count in seen.items() if count >= threshold}
    if not repeated:
        return pages
    return [
        [line for line in page if not (_in_band(line, box) and _key(line) in repeated)]
        for page, box in zip(pages, boxes, strict=True)
    ]


def _key(line: TextLine) -> str:
    """The line's text without its numbers: "Page 3" and "Page 4" share a key."""
    return collapse(_DIGITS.sub(" ", line.text)).lower()


def _in_band(line: TextLine, box: tuple[float, float]) -> bool:
    """True when the line sits in the top or bottom tenth of the page box (bottom, top)."""
    bottom, top = box
    margin = (top - bottom) * _FURNITURE_BAND
    if line.y is None or margin <= 0:
        return False
    return line.y < bottom + margin or line.y > top - margin
