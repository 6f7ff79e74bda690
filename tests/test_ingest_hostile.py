"""Hostile input at the readers: deep nesting, pathological lines, budgets, special files,
odd elements skipped with a warning, tampered zips, control characters in file names."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from analyzer.config import IngestSettings
from analyzer.errors import DocumentTooComplex, IngestError, printable
from analyzer.ingest import ingest_bytes, ingest_path
from analyzer.ingest.markdown import atx_heading, is_table_separator, is_thematic_break
from tests.fixtures.office import build_docx, build_pptx


def _rezip(data: bytes, edit: dict[str, bytes], extra: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, edit.get(info.filename, source.read(info.filename)))
        for name, content in extra:
            target.writestr(name, content)
    return out.getvalue()


def test_html_nested_thousands_deep_is_read_without_recursion() -> None:
    depth = 5000
    page = "<html><body>" + "<div><span>" * depth + "deep text" + "</span></div>" * depth
    page += "<h2>After <b>" + "<i>" * depth + "it</i>" + "</b></h2><p>tail</p></body></html>"
    document = ingest_bytes(page.encode(), "deep.html")
    texts = [b.text for b in document.blocks]
    assert texts == ["deep text", "After it", "tail"]


@pytest.mark.parametrize(
    "line",
    [
        "# a" + " " * 200_000 + "b",
        "| a | b |\n" + " " * 200_000 + "x",
        "a | b\n" + " " * 200_000 + "-|" + " " * 200_000 + "x",
        "- " * 100_000 + "x",
        "-" + " " * 200_000 + "- -x",
    ],
)
def test_markdown_pathological_lines_are_linear(line: str) -> None:
    started = time.perf_counter()
    document = ingest_bytes(("# Plan\n\n" + line + "\n").encode(), "plan.md")
    assert time.perf_counter() - started < 2.0
    assert document.blocks[0].text == "Plan"


def test_markdown_scanners_keep_the_commonmark_shapes() -> None:
    assert atx_heading("## Scope ##") == (2, "Scope")
    assert atx_heading("# Title#") == (1, "Title#")
    assert atx_heading("#no") is None and atx_heading("####### seven") is None
    assert is_thematic_break("- - -") and is_thematic_break("***") and not is_thematic_break("--")
    assert is_table_separator("|---|:--:|") and is_table_separator("--- | ---")
    assert not is_table_separator("| a | - |")


def test_text_budget_stops_a_document_early() -> None:
    settings = IngestSettings(max_text_chars=50_000)
    data = ("A line of plan text that repeats.\n\n" * 5000).encode()
    with pytest.raises(DocumentTooComplex, match="more than 50,000 characters") as caught:
        ingest_bytes(data, "long.txt", settings)
    assert caught.value.kind == "document_too_complex"


def test_block_budget_counts_short_lines() -> None:
    with pytest.raises(DocumentTooComplex, match="paragraphs"):
        ingest_bytes(b"x\n\n" * 1000, "lines.txt", IngestSettings(max_blocks=500))


def test_office_xml_budget_refuses_a_small_file_that_expands_far() -> None:
    paragraph = b"<w:p><w:r><w:t>Repeated paragraph of text.</w:t></w:r></w:p>"
    data = build_docx()
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    bloated = body.replace(b"<w:body>", b"<w:body>" + paragraph * 40_000, 1)
    bomb = _rezip(data, {"word/document.xml": bloated})
    assert len(bomb) < 200_000
    settings = IngestSettings(max_office_xml_bytes=1024 * 1024)
    with pytest.raises(DocumentTooComplex, match="XML expands to"):
        ingest_bytes(bomb, "bomb.docx", settings)
    assert ingest_bytes(bomb, "bomb.docx").format == "docx"  # under the default budget


def test_duplicate_zip_entries_are_refused() -> None:
    data = build_docx()
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    with pytest.warns(UserWarning, match="Duplicate name"):
        tampered = _rezip(data, {}, (("word/document.xml", body.replace(b"Data", b"Evil")),))
    with pytest.raises(IngestError, match=r"more than one zip entry named word/document\.xml"):
        ingest_bytes(tampered, "twice.docx")


def test_non_numeric_font_size_is_skipped_with_a_warning() -> None:
    data = build_docx()
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    line = b'<w:p><w:r><w:rPr><w:sz w:val="big"/></w:rPr><w:t>Short line</w:t></w:r></w:p>'
    odd = body.replace(b"<w:body>", b"<w:body>" + line, 1)
    document = ingest_bytes(_rezip(data, {"word/document.xml": odd}), "odd.docx")
    assert document.blocks[0].text == "Short line"
    assert len(document.blocks) == len(ingest_bytes(data, "plan.docx").blocks) + 1
    assert document.warnings and "could not be read" in document.warnings[0]


def test_unknown_pptx_shape_is_skipped_with_a_warning() -> None:
    data = build_pptx()
    slide = zipfile.ZipFile(io.BytesIO(data)).read("ppt/slides/slide1.xml")
    odd = slide.replace(b"</p:spTree>", b'<p:contentPart r:id="rId99"/></p:spTree>', 1)
    document = ingest_bytes(_rezip(data, {"ppt/slides/slide1.xml": odd}), "odd.pptx")
    assert document.blocks
    whole = ingest_bytes(data, "deck.pptx")
    assert [b.text for b in document.blocks] == [b.text for b in whole.blocks]
    assert document.warnings and "contentPart" in document.warnings[0]


def test_a_few_nul_bytes_in_text_are_tolerated_with_a_warning() -> None:
    document = ingest_bytes(b"Strategy\n\nWe will\x00 deliver.\n", "nul.txt")
    assert document.blocks[-1].text == "We will deliver."
    assert document.warnings == ["1 NUL byte(s) in the text were ignored"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_and_devices_are_refused_before_opening(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match="named pipe"):
        ingest_path(fifo)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(IngestError, match="character device"):
        ingest_path(link)


def test_control_characters_in_file_names_are_escaped() -> None:
    name = "evil\n\x1b[31mname.txt"
    with pytest.raises(IngestError) as caught:
        ingest_bytes(b"", name)
    line = str(caught.value)
    assert "\n" not in line and "\x1b" not in line
    assert line.startswith("evil\\x0a\\x1b[31mname.txt:")
    assert printable("plain name.pdf") == "plain name.pdf"


def test_a_document_read_in_part_says_so_in_json_markdown_and_html(tmp_path: Path) -> None:
    from analyzer.config import Settings
    from analyzer.pipeline import Analyzer
    from analyzer.render.html import render_report_html
    from analyzer.render.markdown import scorecard_markdown

    settings = Settings(data_dir=tmp_path, analysis={"index_for_offline": False})
    text = b"Plan\n\nWe will cut claim costs by 10% by 2026; the COO owns it.\x00\n"
    card = Analyzer(settings).analyze(text, name="plan.txt", use_cache=False)
    warning = "1 NUL byte(s) in the text were ignored"
    assert card.model_dump(mode="json")["warnings"] == [warning]
    assert f"**Read only in part:** {warning}" in scorecard_markdown(card)
    assert f"<li>{warning}</li>" in render_report_html(card)
    whole = Analyzer(settings).analyze(b"Plan\n\nWe will cut costs.\n", name="p.txt")
    assert whole.warnings == [] and "Read only in part" not in render_report_html(whole)


def test_a_pdf_read_in_part_says_which_page_was_skipped() -> None:
    from tests.fixtures.pdf_builder import Text, build_pdf

    pdf = build_pdf([[Text(72, 760, "First page text here.")], [Text(72, 760, "Second page.")]])
    at = pdf.rfind(b"BT 1 0 0 1 0 0 Tm")
    damaged = pdf[:at] + b"BT 1 0 \xe2 1 0 0 Tm" + pdf[at + len(b"BT 1 0 0 1 0 0 Tm") :]
    document = ingest_bytes(damaged, "damaged.pdf")
    assert [b.text for b in document.blocks] == ["First page text here."]
    assert document.warnings[0].startswith("page 2 could not be read and was skipped")
    assert not ingest_bytes(pdf, "sound.pdf").warnings
