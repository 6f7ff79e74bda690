"""Shared helpers for the synth-c training documents (evals/train/synth-c).

Document sources use a small block markup. Blocks are separated by blank lines; inside a
block, lines that start with white space continue the previous line or item.

    # Title            ## Heading          ### Sub-heading
    - bullet item      1. numbered item    | cell | cell |   (first row of a table = header)
    > speaker note / call-out              %% page break (PDF only)

Evidence for the labels is tagged inline: [[O:passage]] or [[O,M:passage]], where the letters
are O outcomes, M metrics, W owners, G governance, E execution_capacity, H human_oversight and
R roadmap. A table row is tagged by prefixing it, e.g. {M}| cell | cell |. The tags are removed
from the rendered text and the tagged passages become the evidence strings of the labels.
"""

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "synth-c"

CHECKS = {
    "O": "outcomes",
    "M": "metrics",
    "W": "owners",
    "G": "governance",
    "E": "execution_capacity",
    "H": "human_oversight",
    "R": "roadmap",
}
STATUS = {"P": "present", "~": "partial", "-": "absent"}
SPAN = re.compile(r"\[\[([A-Z,]+):(.*?)\]\]", re.S)
ROWTAG = re.compile(r"^\{([A-Z,]+)\}\|")


def ws(text):
    return re.sub(r"\s+", " ", text).strip()


def take_spans(text, evidence):
    """Remove [[X:...]] tags from text and record the tagged passages as evidence."""

    def repl(m):
        for letter in m.group(1).split(","):
            evidence.setdefault(CHECKS[letter], []).append(ws(m.group(2)))
        return m.group(2)

    return SPAN.sub(repl, text)


def strip_raw(text, evidence):
    """For raw formats (Markdown, text, HTML): remove tags, keep the layout."""
    return take_spans(text, evidence)


def _items(block):
    """Split a block into logical lines (continuation lines start with white space)."""
    items = []
    for line in block.split("\n"):
        if items and line[:1] in (" ", "\t"):
            items[-1] += " " + line.strip()
        else:
            items.append(line.strip())
    return items


def _row(line, evidence):
    letters = None
    m = ROWTAG.match(line)
    if m:
        letters = m.group(1)
        line = line[m.end() - 1 :]
    cells = [take_spans(c.strip(), evidence) for c in line.strip().strip("|").split("|")]
    if letters:
        for letter in letters.split(","):
            evidence.setdefault(CHECKS[letter], []).append(ws(" ".join(cells)))
    return cells


def parse(src, evidence):
    """Parse block markup into a list of (kind, payload) blocks."""
    blocks = []
    for raw in re.split(r"\n\s*\n", src.strip("\n")):
        items = _items(raw.strip("\n"))
        first = items[0]
        if first.startswith("%%"):
            blocks.append(("pagebreak", None))
        elif first.startswith("### "):
            blocks.append(("h2", take_spans(first[4:], evidence)))
        elif first.startswith("## "):
            blocks.append(("h1", take_spans(first[3:], evidence)))
        elif first.startswith("# "):
            blocks.append(("title", take_spans(first[2:], evidence)))
        elif first.startswith("- "):
            blocks.append(("ul", [take_spans(i[2:], evidence) for i in items]))
        elif re.match(r"\d+\. ", first):
            blocks.append(("ol", [take_spans(i.split(". ", 1)[1], evidence) for i in items]))
        elif first.startswith("|") or ROWTAG.match(first):
            blocks.append(("table", [_row(i, evidence) for i in items]))
        elif first.startswith("> "):
            blocks.append(("note", take_spans(" ".join(i.lstrip("> ") for i in items), evidence)))
        else:
            blocks.append(("p", take_spans(" ".join(items), evidence)))
    return blocks


def parse_slides(src, evidence):
    """Slides start with a line '=== Title'; the rest of each slide is block markup."""
    slides = []
    for chunk in re.split(r"^=== ", src.strip("\n"), flags=re.M):
        if not chunk.strip():
            continue
        title, _, body = chunk.partition("\n")
        slides.append((take_spans(title.strip(), evidence), parse(body, evidence)))
    return slides


def write_labels(name, statuses, evidence):
    """statuses: seven letters in check order, P present, ~ partial, - absent."""
    checks = {}
    for letter, code in zip(CHECKS, statuses, strict=True):
        check = CHECKS[letter]
        ev = evidence.get(check, [])
        status = STATUS[code]
        if status == "absent":
            assert not ev, (name, check, ev)
        else:
            assert 1 <= len(ev) <= 4, (name, check, len(ev))
        checks[check] = {"status": status, "evidence": ev}
    unknown = set(evidence) - set(CHECKS.values())
    assert not unknown, unknown
    data = {"document": name, "checks": checks}
    path = OUT / f"{name}.labels.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- PDF (reportlab)


def build_pdf(name, blocks, header=None, footer=None, page_numbers=True, font_size=10.5):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
    from xml.sax.saxutils import escape

    ss = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=ss["BodyText"], fontSize=font_size, leading=font_size * 1.4
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=font_size - 1.5, leading=font_size * 1.2)
    head = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold")
    note = ParagraphStyle(
        "note",
        parent=body,
        leftIndent=8 * mm,
        textColor=colors.HexColor("#333366"),
        fontName="Helvetica-Oblique",
        alignment=TA_LEFT,
    )
    styles = {"title": ss["Title"], "h1": ss["Heading1"], "h2": ss["Heading2"], "p": body}

    story = []
    for kind, payload in blocks:
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind in styles:
            story.append(Paragraph(escape(payload), styles[kind]))
        elif kind == "note":
            story.append(Paragraph(escape(payload), note))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(escape(t), body), leftIndent=14) for t in payload]
            kw = {"bulletType": "1"} if kind == "ol" else {"bulletType": "bullet", "start": "-"}
            story.append(ListFlowable(items, leftIndent=14, **kw))
        elif kind == "table":
            ncol = len(payload[0])
            data = [
                [Paragraph(escape(c), head if i == 0 else cell) for c in row]
                for i, row in enumerate(payload)
            ]
            width = 170 * mm
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ef")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(t)
        story.append(Spacer(1, 4))

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            canvas.drawString(20 * mm, 10 * mm, footer)
        if page_numbers:
            canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / name),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=name,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------- DOCX (python-docx)


def build_docx(name, blocks):
    from docx import Document

    d = Document()
    for kind, payload in blocks:
        if kind == "title":
            d.add_heading(payload, level=0)
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "note":
            d.add_paragraph(payload, style="Intense Quote")
        elif kind == "ul":
            for t in payload:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "ol":
            for t in payload:
                d.add_paragraph(t, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, text in enumerate(row):
                    t.cell(i, j).text = text
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(OUT / name))


# ---------------------------------------------------------------- PPTX (python-pptx)


def build_pptx(name, slides):
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for idx, (title, blocks) in enumerate(slides):
        notes = [p for k, p in blocks if k == "note"]
        tables = [p for k, p in blocks if k == "table"]
        text = [(k, p) for k, p in blocks if k in ("p", "ul", "ol", "h2")]
        if idx == 0:
            s = prs.slides.add_slide(prs.slide_layouts[0])
            s.shapes.title.text = title
            flat = [x for _, p in text for x in (p if isinstance(p, list) else [p])]
            s.placeholders[1].text = "\n".join(flat)
        else:
            s = prs.slides.add_slide(prs.slide_layouts[5])
            s.shapes.title.text = title
            top = 1.5
            if text:
                lines = []
                for k, p in text:
                    lines.extend(p if isinstance(p, list) else [p])
                height = 5.4 if not tables else 0.42 * len(lines) + 0.3
                box = s.shapes.add_textbox(Inches(0.7), Inches(top), Inches(11.9), Inches(height))
                tf = box.text_frame
                tf.word_wrap = True
                for i, line in enumerate(lines):
                    para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                    para.text = line
                    para.font.size = Pt(20 if not tables else 16)
                top += height + 0.1
            for rows in tables:
                shape = s.shapes.add_table(
                    len(rows),
                    len(rows[0]),
                    Inches(0.7),
                    Inches(top),
                    Inches(11.9),
                    Inches(0.4 * len(rows)),
                )
                for i, row in enumerate(rows):
                    for j, cell_text in enumerate(row):
                        c = shape.table.cell(i, j)
                        c.text = cell_text
                        for para in c.text_frame.paragraphs:
                            for r in para.runs:
                                r.font.size = Pt(13)
                top += 0.45 * len(rows) + 0.2
        if notes:
            s.notes_slide.notes_text_frame.text = "\n".join(notes)
    prs.save(str(OUT / name))
