"""PPTX (python-pptx): per slide the title, text frames in shape order, tables, speaker notes."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn

from analyzer.errors import AnalyzerError
from analyzer.ingest.limits import warn
from analyzer.ingest.textutil import BlockSink, clean, clean_cells
from analyzer.models import Block, BlockKind

#: Placeholders whose level-0 paragraphs carry the master's bullets unless told otherwise.
_BULLETED_PLACEHOLDERS = frozenset({PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT})
_TITLE_PLACEHOLDERS = frozenset({PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE})
_MAX_FALLBACK_TITLE = 100


def open_presentation(data: bytes) -> Any:
    return Presentation(io.BytesIO(data))


def parse_pptx(presentation: Any, name: str) -> list[Block]:
    """Blocks of every slide; section = (slide title,), notes come last on their slide."""
    sink = BlockSink(file=name)
    for number, slide in enumerate(presentation.slides, start=1):
        try:
            _emit_slide(sink, slide, number)
        except (AnalyzerError, MemoryError):
            raise
        except Exception as exc:  # one damaged slide should not lose the rest
            warn(f"slide {number} could not be read and was skipped ({exc})"[:200])
    return sink.blocks


def _emit_slide(sink: BlockSink, slide: Any, number: int) -> None:
    sink.headings.entries.clear()
    shapes = readable_shapes(slide.shapes, number)
    title_shape = slide.shapes.title or _fallback_title(shapes)
    if title_shape is not None:
        sink.heading(clean(title_shape.text_frame.text), 1, kind="title", slide=number)
    skip = None if title_shape is None else title_shape.element
    _emit_shapes(sink, (s for s in shapes if s.element is not skip), number)
    if slide.has_notes_slide:
        notes = slide.notes_slide.notes_text_frame
        for paragraph in notes.paragraphs if notes is not None else ():
            sink.add(clean(paragraph.text), "note", slide=number)


def readable_shapes(shapes: Any, number: int) -> list[Any]:
    """The shapes of a slide or group that python-pptx can build; an element it cannot (an
    unknown kind of shape) is skipped with a warning instead of failing the whole slide."""
    found: list[Any] = []
    for element in shapes._iter_member_elms():
        try:
            found.append(shapes._shape_factory(element))
        except Exception as exc:
            tag = str(element.tag).rsplit("}", 1)[-1]
            warn(f"slide {number}: a shape ({tag}) could not be read and was skipped ({exc})"[:200])
    return found


def _fallback_title(shapes: list[Any]) -> Any:
    """A slide without a title placeholder: its first text shape, if it is one short line."""
    if len(shapes) < 2 or not shapes[0].has_text_frame:
        return None
    paragraphs = [p for p in shapes[0].text_frame.paragraphs if p.text.strip()]
    if len(paragraphs) != 1 or len(paragraphs[0].text) > _MAX_FALLBACK_TITLE:
        return None
    others = any(s.has_text_frame and s.text_frame.text.strip() for s in shapes[1:])
    return shapes[0] if others else None


def _emit_shapes(sink: BlockSink, shapes: Iterable[Any], number: int) -> None:
    """Shapes in order, group shapes opened (with a stack: groups may nest deeply)."""
    stack = [iter(shapes)]
    while stack:
        shape = next(stack[-1], None)
        if shape is None:
            stack.pop()
            continue
        try:
            if _is_group(shape):
                stack.append(iter(readable_shapes(shape.shapes, number)))
            elif getattr(shape, "has_table", False) and shape.has_table:
                _emit_table(sink, shape.table, number)
            elif shape.has_text_frame:
                _emit_text_frame(sink, shape, number)
        except (AnalyzerError, MemoryError):
            raise
        except Exception as exc:  # an unknown or malformed shape should not sink the deck
            warn(f"slide {number}: a shape could not be read and was skipped ({exc})"[:200])


def _is_group(shape: Any) -> bool:
    try:
        return bool(shape.shape_type == MSO_SHAPE_TYPE.GROUP)
    except NotImplementedError:  # a shape type python-pptx does not know: not a group
        return False


def _emit_text_frame(sink: BlockSink, shape: Any, number: int) -> None:
    placeholder = _placeholder_type(shape)
    if placeholder in _TITLE_PLACEHOLDERS:
        sink.add(clean(shape.text_frame.text), "paragraph", slide=number)
        return
    inherits_bullets = placeholder in _BULLETED_PLACEHOLDERS
    for paragraph in shape.text_frame.paragraphs:
        kind: BlockKind = "bullet" if _is_bullet(paragraph, inherits_bullets) else "paragraph"
        sink.add(clean(paragraph.text), kind, slide=number)


def _placeholder_type(shape: Any) -> Any:
    if not shape.is_placeholder:
        return None
    try:
        return shape.placeholder_format.type
    except ValueError:  # a placeholder element with an unknown type
        return None


def _is_bullet(paragraph: Any, inherits_bullets: bool) -> bool:
    ppr = paragraph._p.pPr
    if ppr is not None:
        if ppr.find(qn("a:buNone")) is not None:
            return False
        if ppr.find(qn("a:buChar")) is not None or ppr.find(qn("a:buAutoNum")) is not None:
            return True
    return bool(paragraph.level > 0 or inherits_bullets)


def _emit_table(sink: BlockSink, table: Any, number: int) -> None:
    """One block per row, cells joined by a tab; cells covered by a merge are skipped."""
    for row in table.rows:
        cells = [cell.text for cell in row.cells if not cell.is_spanned]
        sink.add(clean_cells(cells), "table_row", slide=number)
