"""Extract text the way the dev corpus README describes, for evidence verification."""

import re
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pptx import Presentation


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    d = Document(str(path))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def pptx_slides(path):
    prs = Presentation(str(path))
    slides = []
    for s in prs.slides:
        parts = []
        for sh in s.shapes:
            if sh.has_text_frame:
                parts.append(sh.text_frame.text)
            if getattr(sh, "has_table", False) and sh.has_table:
                for row in sh.table.rows:
                    parts.append("\t".join(c.text for c in row.cells))
        if s.has_notes_slide:
            parts.append(s.notes_slide.notes_text_frame.text)
        slides.append("\n".join(parts))
    return slides


def units(path):
    path = Path(path)
    if path.suffix == ".pptx":
        return pptx_slides(path)
    if path.suffix == ".docx":
        return [docx_text(path)]
    return [path.read_text(encoding="utf-8")]
