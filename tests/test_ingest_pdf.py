"""PDF ingestion: blocks and locators from a generated PDF, encryption, damage, limits."""

from __future__ import annotations

import io
import logging
import re

import pytest
from pypdf import PdfReader

from analyzer.config import IngestSettings
from analyzer.errors import DocumentTooLarge, EncryptedDocument, IngestError
from analyzer.ingest import ingest_bytes
from analyzer.models import Document
from tests.fixtures.pdf_builder import Text, build_pdf, encrypt_pdf

HEADER = "ACME MUTUAL - CONFIDENTIAL"


def _furniture(page: int) -> list[Text]:
    return [Text(380, 815, HEADER, 8), Text(72, 30, f"Claims AI Strategy - Page {page}", 8)]


def _page_one() -> list[Text]:
    return [
        *_furniture(1),
        Text(72, 760, "Claims AI Strategy", 24, bold=True),
        Text(72, 720, "What we must achieve", 16, bold=True),
        Text(72, 695, "Northgate has handled claims in much the same way for fifteen"),
        Text(72, 681, "years, and the process is now too slow for the market."),
        Text(72, 655, "A second paragraph starts after a wider gap between lines."),
        Text(80, 630, "\u2022 Lower the cost of handling a claim so that expense grows"),
        Text(92, 616, "more slowly than premium income."),
        Text(80, 600, "\u2022 Shorten the wait for a settlement decision."),
        Text(72, 570, "KPI", 9, bold=True),
        Text(250, 570, "Baseline", 9, bold=True),
        Text(400, 570, "Target", 9, bold=True),
        Text(72, 552, "Average handling cost per", 9),
        Text(72, 541, "personal lines claim", 9),
        Text(250, 552, "\u00a3152", 9),
        Text(400, 552, "\u00a3121 by Q4", 9),
        Text(400, 541, "2027", 9),
        Text(72, 520, "Fraud referral precision", 9),
        Text(250, 520, "22%", 9),
        Text(400, 520, "45%", 9),
    ]


def _page(number: int, heading: str, body: list[str]) -> list[Text]:
    items = [*_furniture(number), Text(72, 760, heading, 16, bold=True)]
    items += [Text(72, 735 - 14 * index, line) for index, line in enumerate(body)]
    return items


def sample_pdf() -> bytes:
    return build_pdf(
        [
            _page_one(),
            _page(
                2,
                "Governance and risk",
                ["The AI Risk Council, chaired by the CRO, meets", "monthly."],
            ),
            _page(3, "Roadmap", ["1. Phase 1 pilot in the Leeds motor team.", "2. Phase 2 scale."]),
        ]
    )


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return sample_pdf()


@pytest.fixture(scope="module")
def document(pdf_bytes: bytes) -> Document:
    return ingest_bytes(pdf_bytes, "reports/claims.pdf")


def _blocks(document: Document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.locator.kind == kind]


def test_identity_and_page_count(document: Document, pdf_bytes: bytes) -> None:
    import hashlib

    assert document.name == "claims.pdf"
    assert document.format == "pdf"
    assert document.pages == 3
    assert document.sha256 == hashlib.sha256(pdf_bytes).hexdigest()
    assert {b.locator.page for b in document.blocks} == {1, 2, 3}
    assert all(b.locator.file == "claims.pdf" and b.locator.slide is None for b in document.blocks)


def test_title_headings_and_section_paths(document: Document) -> None:
    first = document.blocks[0]
    assert (first.text, first.locator.kind) == ("Claims AI Strategy", "title")
    assert _blocks(document, "heading") == [
        "What we must achieve",
        "Governance and risk",
        "Roadmap",
    ]
    by_text = {b.text: b.locator for b in document.blocks}
    governance = by_text["The AI Risk Council, chaired by the CRO, meets monthly."]
    assert governance.section == ("Claims AI Strategy", "Governance and risk")
    assert governance.page == 2


def test_wrapped_lines_rejoin_and_paragraphs_split_on_gaps(document: Document) -> None:
    paragraphs = _blocks(document, "paragraph")
    assert (
        "Northgate has handled claims in much the same way for fifteen years, "
        "and the process is now too slow for the market." in paragraphs
    )
    assert "A second paragraph starts after a wider gap between lines." in paragraphs


def test_bullets_are_separate_blocks_without_glyphs(document: Document) -> None:
    bullets = _blocks(document, "bullet")
    assert bullets[:2] == [
        "Lower the cost of handling a claim so that expense grows more slowly than premium income.",
        "Shorten the wait for a settlement decision.",
    ]
    assert "1. Phase 1 pilot in the Leeds motor team." in bullets


def test_table_rows_join_cells_with_tabs(document: Document) -> None:
    assert _blocks(document, "table_row") == [
        "KPI\tBaseline\tTarget",
        "Average handling cost per personal lines claim\t\u00a3152\t\u00a3121 by Q4 2027",
        "Fraud referral precision\t22%\t45%",
    ]


def test_running_header_and_footer_are_dropped(document: Document) -> None:
    text = " ".join(b.text for b in document.blocks)
    assert HEADER not in text
    assert "Page 2" not in text


def test_page_text_keeps_every_word_pypdf_extracts(document: Document, pdf_bytes: bytes) -> None:
    """Blocks only re-segment pypdf's text: collapsed, each page's text is pypdf's (glyphs and
    running header/footer aside), so verbatim quotes made from pypdf output stay findable."""
    reader = PdfReader(io.BytesIO(pdf_bytes))
    pages = document.page_texts()
    for number, page in enumerate(reader.pages, start=1):
        lines = [line for line in page.extract_text().splitlines() if "Page" not in line]
        expected = " ".join(line for line in lines if line != HEADER).replace("\u2022 ", "")
        assert _collapse(pages[number]) == _collapse(expected)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_encrypted_with_empty_password_opens(pdf_bytes: bytes, algorithm: str) -> None:
    locked = encrypt_pdf(pdf_bytes, user_password="", algorithm=algorithm)
    assert PdfReader(io.BytesIO(locked)).is_encrypted
    document = ingest_bytes(locked, "locked.pdf")
    assert document.pages == 3
    assert document.blocks[0].text == "Claims AI Strategy"


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_encrypted_with_a_password_is_refused(pdf_bytes: bytes, algorithm: str) -> None:
    locked = encrypt_pdf(pdf_bytes, user_password="s3cret", algorithm=algorithm)
    with pytest.raises(EncryptedDocument, match="password") as caught:
        ingest_bytes(locked, "locked.pdf")
    assert caught.value.path == "locked.pdf"


@pytest.mark.parametrize("share", [0.3, 0.6, 0.95])
def test_truncated_pdf_is_an_ingest_error(pdf_bytes: bytes, share: float) -> None:
    with pytest.raises(IngestError, match="truncated") as caught:
        ingest_bytes(pdf_bytes[: int(len(pdf_bytes) * share)], "cut.pdf")
    assert caught.value.path == "cut.pdf"


def test_corrupt_pdf_is_an_ingest_error(pdf_bytes: bytes) -> None:
    damaged = pdf_bytes[:200] + b"\x00garbage\x00" * 50 + pdf_bytes[-60:]
    with pytest.raises(IngestError) as caught:
        ingest_bytes(damaged, "broken.pdf")
    assert caught.value.path == "broken.pdf"
    assert "Traceback" not in str(caught.value)


def test_pdf_without_text_is_an_ingest_error() -> None:
    with pytest.raises(IngestError, match="no text"):
        ingest_bytes(build_pdf([[]]), "scan.pdf")


def test_page_limit(pdf_bytes: bytes) -> None:
    with pytest.raises(DocumentTooLarge, match="3 pages"):
        ingest_bytes(pdf_bytes, "claims.pdf", IngestSettings(max_pages=2))


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_pypdf_warnings_are_logged_at_debug_only(pdf_bytes: bytes) -> None:
    # A startxref offset that points nowhere makes pypdf warn and rebuild the xref table.
    broken_xref = re.sub(rb"startxref\n\d+", b"startxref\n99", pdf_bytes)
    root, ours = logging.getLogger(), logging.getLogger("analyzer.ingest.pdf")
    recorder, old_level = _Recorder(), ours.level
    root.addHandler(recorder)
    ours.setLevel(logging.DEBUG)
    try:
        document = ingest_bytes(broken_xref, "xref.pdf")
    finally:
        root.removeHandler(recorder)
        ours.setLevel(old_level)
    assert document.pages == 3
    assert not [r for r in recorder.records if r.name.startswith("pypdf")]
    relayed = [r for r in recorder.records if r.name == "analyzer.ingest.pdf"]
    assert any("startxref" in r.getMessage() and r.levelno == logging.DEBUG for r in relayed)


def test_page_without_usable_geometry_keeps_all_text() -> None:
    """Lines drawn bottom-up (an odd but valid PDF): laid out from text alone, nothing lost."""
    lines = [
        "Budget and staffing for the programme were agreed in",
        "March, and the board will review progress each quarter.",
        "\u2022 Hire four engineers.",
        "A closing line.",
    ]
    pdf = build_pdf([[Text(72, 200 + 20 * index, line) for index, line in enumerate(lines)]])
    document = ingest_bytes(pdf, "odd.pdf")
    assert [(b.locator.kind, b.text) for b in document.blocks] == [
        (
            "paragraph",
            "Budget and staffing for the programme were agreed in March, "
            "and the board will review progress each quarter.",
        ),
        ("bullet", "Hire four engineers."),
        ("paragraph", "A closing line."),
    ]


def test_a_list_item_broken_mid_sentence_goes_on_in_a_bold_lower_case_line() -> None:
    page = [
        Text(72, 760, "Plan on a page", 24, bold=True),
        Text(72, 720, "Three models", 16, bold=True),
        Text(80, 695, "\u2022 A healthcare model trained", bold=True),
        Text(92, 681, "in a secure private environment", bold=True),
        Text(80, 660, "\u2022 An industrial model tuned on", bold=True),
        Text(92, 646, "plant procedures", bold=True),
        Text(72, 620, "Funding", 11, bold=True),
        Text(72, 600, "Each model is funded by its sponsor for two years."),
    ]
    document = ingest_bytes(build_pdf([page]), "models.pdf")
    assert _blocks(document, "bullet") == [
        "A healthcare model trained in a secure private environment",
        "An industrial model tuned on plant procedures",
    ]
    assert _blocks(document, "heading") == ["Three models", "Funding"]
    body = next(b for b in document.blocks if b.text.startswith("Each model"))
    assert body.locator.section == ("Plan on a page", "Three models", "Funding")
