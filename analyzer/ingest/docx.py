"""DOCX (python-docx): body paragraphs and tables in order, heading styles, list items."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from analyzer.errors import AnalyzerError
from analyzer.ingest.limits import warn
from analyzer.ingest.textutil import BlockSink, clean, clean_cells
from analyzer.models import Block

_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_BODY_TAGS = (qn("w:p"), qn("w:tbl"), qn("w:sdt"))
_MAX_FORMATTED_HEADING = 100
_SENTENCE_ENDS = (".", ",", ";", ":", "!", "?")
#: Text at least this large (points) reads as a heading even when it is not bold.
_LARGE_PT = 13.5


def parse_docx(data: bytes, name: str) -> list[Block]:
    """Blocks of a Word document in body order (no page locators: Word has no fixed pages)."""
    document = docx.Document(io.BytesIO(data))
    sink = BlockSink(file=name)
    styles = StyleFacts()
    for number, item in enumerate(_body_items(document.element.body, document), start=1):
        try:
            if isinstance(item, Table):
                _emit_table(sink, item)
            else:
                _emit_paragraph(sink, item, styles)
        except (AnalyzerError, MemoryError):
            raise
        except Exception as exc:  # one malformed element should not sink the document
            what = "table" if isinstance(item, Table) else "paragraph"
            warn(f"{what} {number} could not be read and was skipped ({type(exc).__name__})")
    return sink.blocks


class StyleFacts:
    """What a paragraph style says (heading level, list style), worked out once per style of a
    document: python-docx finds a paragraph's style by searching the styles part each time."""

    def __init__(self) -> None:
        self._facts: dict[str | None, tuple[int | None, bool]] = {}

    def of(self, paragraph: Paragraph) -> tuple[int | None, bool]:
        style_id = paragraph._p.style
        if style_id not in self._facts:
            chain = list(_style_chain(paragraph))
            self._facts[style_id] = (_style_heading_level(chain), _list_style(chain))
        return self._facts[style_id]


def _body_items(container: Any, document: DocxDocument) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for child in container.iterchildren(*_BODY_TAGS):
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)
        else:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_items(content, document)


def _emit_paragraph(sink: BlockSink, paragraph: Paragraph, styles: StyleFacts) -> None:
    text = clean(paragraph.text)
    if not text:
        return
    style_level, list_style = styles.of(paragraph)
    level = style_level if style_level is not None else _outline_level(paragraph)
    listed = level is None and (list_style or _numbered(paragraph._p.pPr))
    if level is None and not listed:
        level = _formatted_heading_level(paragraph)
    if level == 0:
        sink.heading(text, 0, kind="title")
    elif level is not None:
        sink.heading(text, level)
    else:
        sink.add(text, "bullet" if listed else "paragraph")


def _style_chain(paragraph: Paragraph) -> Iterator[Any]:
    """The paragraph's style and the styles it is based on (at most 10)."""
    style = paragraph.style
    for _ in range(10):
        if style is None:
            return
        yield style
        style = style.base_style


def _style_heading_level(chain: list[Any]) -> int | None:
    """0 for a Title style, N for Heading N, None for other styles."""
    for style in chain:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        if (match := _HEADING_STYLE.match(name)) is not None:
            return int(match.group(1))
    return None


def _formatted_heading_level(paragraph: Paragraph) -> int | None:
    """A heading made by direct formatting: a short line, all bold or in a large font."""
    text = paragraph.text.strip()
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs or len(text) > _MAX_FORMATTED_HEADING or text.endswith(_SENTENCE_ENDS):
        return None
    sizes = [_size_pt(run) for run in runs]
    smallest = min(sizes)
    if not (all(run.bold for run in runs) or smallest >= _LARGE_PT):
        return None
    if smallest >= 15.5:
        return 1
    return 2 if smallest >= _LARGE_PT else 3


def _size_pt(run: Any) -> float:
    """A run's font size in points; 0 when it has none or it cannot be read (w:sz="big")."""
    try:
        size = run.font.size
    except (ValueError, TypeError) as exc:
        warn(f"a font size could not be read and was ignored ({exc})"[:200])
        return 0.0
    return 0.0 if size is None else float(size.pt)


def _outline_level(paragraph: Paragraph) -> int | None:
    """The heading level a paragraph's own outline level gives (outline 0 is Heading 1)."""
    ppr = paragraph._p.pPr
    element = None if ppr is None else ppr.find(qn("w:outlineLvl"))
    if element is None:
        return None
    value = element.get(qn("w:val"))
    level = int(value) if value is not None and value.isdigit() else 9
    return level + 1 if level < 9 else None


def _list_style(chain: list[Any]) -> bool:
    """A List… style, or a style that attaches a numbering."""
    return any(
        (style.name or "").lower().startswith("list") or _numbered(style.element.pPr)
        for style in chain
    )


def _numbered(ppr: Any) -> bool:
    """True when paragraph properties attach a numbering (numPr with a numId other than 0)."""
    num_pr = None if ppr is None else ppr.numPr
    num_id = None if num_pr is None else num_pr.numId
    return num_id is not None and num_id.val != 0


def _emit_table(sink: BlockSink, table: Table) -> None:
    """One block per row; a merged cell counts once (python-docx repeats spanned cells)."""
    for row in table.rows:
        cells: list[str] = []
        for tc in row._tr.tc_lst:
            if tc.vMerge == "continue":
                continue
            cells.append("\n".join(p.text for p in _cell_paragraphs(tc, table)))
        sink.add(clean_cells(cells), "table_row")


def _cell_paragraphs(tc: Any, table: Table) -> Iterator[Paragraph]:
    for p in tc.iter(qn("w:p")):
        yield Paragraph(p, table)
