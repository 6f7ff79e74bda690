"""DOCX and PPTX ingestion from documents written with python-docx and python-pptx."""

from __future__ import annotations

import io
import zipfile

import pytest

from analyzer.config import IngestSettings
from analyzer.errors import DocumentTooLarge, IngestError
from analyzer.ingest import ingest_bytes
from analyzer.models import Block, Document
from tests.fixtures.office import build_docx, build_pptx


@pytest.fixture(scope="module")
def docx_document() -> Document:
    return ingest_bytes(build_docx(), "plan.docx")


@pytest.fixture(scope="module")
def pptx_document() -> Document:
    return ingest_bytes(build_pptx(), "deck.pptx")


def _rows(document: Document) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(b.locator.kind, b.text, b.locator.section) for b in document.blocks]


def _find(document: Document, text: str) -> Block:
    return next(b for b in document.blocks if b.text == text)


def test_docx_body_order_kinds_and_heading_paths(docx_document: Document) -> None:
    title = ("Data Strategy 2026",)
    outcomes, measures = (*title, "Outcomes"), (*title, "Outcomes", "Measures")
    governance = (*title, "Governance")
    assert docx_document.format == "docx"
    assert docx_document.pages is None
    assert _rows(docx_document) == [
        ("title", "Data Strategy 2026", title),
        ("paragraph", "Prepared by the Office of the COO.", title),
        ("heading", "Outcomes", outcomes),
        ("paragraph", "We will cut claim handling cost.", outcomes),
        ("bullet", "Reduce the cost per claim by 20%.", outcomes),
        ("bullet", "Halve the settlement time.", outcomes),
        ("heading", "Measures", measures),
        ("table_row", "KPI\tBaseline\tTarget", measures),
        ("table_row", "Cost per claim\t\u00a3152\t\u00a3121", measures),
        ("table_row", "Targets are reviewed yearly", measures),
        ("paragraph", "Text after the measures table.", measures),
        ("heading", "Governance", governance),
        ("paragraph", "The AI Risk Council meets monthly.", governance),
        ("table_row", "Phase 1\tPilot in Leeds", governance),
        ("table_row", "Gate review in Q3", governance),
    ]
    assert all(b.locator.page is None and b.locator.slide is None for b in docx_document.blocks)


def test_pptx_slides_titles_bullets_groups_tables_notes(pptx_document: Document) -> None:
    assert pptx_document.format == "pptx"
    assert pptx_document.pages == 3
    slide_two = [(b.locator.kind, b.text) for b in pptx_document.blocks if b.locator.slide == 2]
    assert slide_two == [
        ("title", "Targets and owners"),
        ("bullet", "Lift net revenue retention to 110%"),
        ("bullet", "Measured quarterly by Finance"),
        ("paragraph", "Board confidential"),
        ("paragraph", "Grouped callout text"),
        ("paragraph", "Nested group text"),
        ("table_row", "KPI\tBaseline\tTarget"),
        ("table_row", "NRR\t98%\t110%"),
        ("table_row", "Owner\tDana Whitfield, VP Product"),
        ("note", "Dana Whitfield is the single owner of the NRR target."),
    ]
    note = _find(pptx_document, "Dana Whitfield is the single owner of the NRR target.")
    assert note.locator.section == ("Targets and owners",)
    assert note.locator.page is None


def test_pptx_title_slide_and_fallback_title(pptx_document: Document) -> None:
    subtitle = _find(pptx_document, "Board meeting, 9 December 2025")
    assert (subtitle.locator.slide, subtitle.locator.kind) == (1, "paragraph")
    assert subtitle.locator.section == ("AI Product Strategy",)
    roadmap = _find(pptx_document, "Roadmap")
    assert (roadmap.locator.slide, roadmap.locator.kind) == (3, "title")
    body = _find(pptx_document, "Phase 1 pilot in Q1 2026")
    assert body.locator.section == ("Roadmap",)


def test_slide_limit() -> None:
    with pytest.raises(DocumentTooLarge, match="3 slides") as caught:
        ingest_bytes(build_pptx(), "deck.pptx", IngestSettings(max_pages=2))
    assert caught.value.path == "deck.pptx"


def _rezip(data: bytes, drop: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != drop:
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize(
    ("builder", "name", "part"),
    [
        (build_docx, "plan.docx", "word/document.xml"),
        (build_pptx, "deck.pptx", "ppt/presentation.xml"),
    ],
)
def test_damaged_office_files_are_ingest_errors(builder: object, name: str, part: str) -> None:
    assert callable(builder)
    damaged = _rezip(builder(), drop=part)
    with pytest.raises(IngestError) as caught:
        ingest_bytes(damaged, name)
    assert caught.value.path == name


def test_office_zip_bomb_is_refused() -> None:
    data = build_docx()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr("word/media/padding.bin", b"\0" * 2_000_000)
    with pytest.raises(DocumentTooLarge, match="expands"):
        ingest_bytes(out.getvalue(), "plan.docx", IngestSettings(max_bytes=200_000))
