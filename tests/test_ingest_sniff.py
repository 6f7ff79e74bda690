"""Format detection from content, mismatched extensions, limits and error shapes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from analyzer.config import IngestSettings
from analyzer.errors import DocumentTooLarge, EncryptedDocument, IngestError, UnsupportedFormat
from analyzer.ingest import ingest_bytes, ingest_path, sniff_format
from tests.fixtures.office import build_docx, build_pptx
from tests.fixtures.pdf_builder import Text, build_pdf


def _zip(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return out.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return build_pdf([[Text(72, 700, "Hello")]])


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"# Plan\n\nText", "plan.md", "markdown"),
        (b"# Plan\n\nText", "plan", "markdown"),
        (b"Plain words\nand more", "notes.md", "markdown"),
        (b"Plain words\nand more", "notes.txt", "text"),
        (b"\xef\xbb\xbf  <!DOCTYPE html><html><p>x</p></html>", "page.txt", "html"),
        (b"\n<HTML lang='en'><body>x</body></HTML>", "page", "html"),
        (b"<div><body>x</body></div>", "page.htm", "html"),
        ("Strat\u00e9gie".encode("utf-16"), "utf16.txt", "text"),
    ],
)
def test_sniff_text_formats(data: bytes, name: str, expected: str) -> None:
    assert sniff_format(data, name) == expected


def test_sniff_binary_formats(pdf: bytes) -> None:
    assert sniff_format(pdf, "report") == "pdf"
    assert sniff_format(b"garbage before\n" + pdf, "report.bin") == "pdf"
    assert sniff_format(build_docx(), "plan.doc") == "docx"
    assert sniff_format(build_pptx(), "deck") == "pptx"


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (_zip(["a.txt", "b.csv"]), "report.pdf", "is a zip archive, not a PDF, PPTX or DOCX"),
        (_zip(["[Content_Types].xml", "xl/workbook.xml"]), "book.xlsx", "Excel workbook"),
        (_zip(["mimetype", "content.xml"]), "plan.odt", "OpenDocument"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "chart.pdf", "PNG image"),
        (bytes(range(256)) * 4, "blob.bin", "binary content"),
        (b"{\\rtf1\\ansi Hello}", "memo.rtf", "RTF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc", "legacy Office"),
    ],
)
def test_unsupported_content_names_what_it_is(data: bytes, name: str, message: str) -> None:
    with pytest.raises(UnsupportedFormat, match=message) as caught:
        ingest_bytes(data, name)
    assert caught.value.path == name
    assert str(caught.value).startswith(f"{name}: ")


def test_extension_that_disagrees_with_content_names_the_real_format(pdf: bytes) -> None:
    with pytest.raises(UnsupportedFormat, match=r"named \.pdf but the content is a Word") as err:
        ingest_bytes(build_docx(), "report.pdf")
    assert err.value.path == "report.pdf"
    with pytest.raises(UnsupportedFormat, match="content is an HTML page"):
        ingest_bytes(b"<!doctype html><html><body>404 Not Found</body></html>", "deck.pptx")
    with pytest.raises(UnsupportedFormat, match="content is a PDF"):
        ingest_bytes(pdf, "plan.docx")


def test_password_protected_office_file() -> None:
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(EncryptedDocument, match="password"):
        ingest_bytes(ole, "secret.docx")


def test_empty_file() -> None:
    with pytest.raises(IngestError, match="empty file") as caught:
        ingest_bytes(b"", "empty.pdf")
    assert caught.value.path == "empty.pdf"


def test_whitespace_only_text_has_no_text() -> None:
    with pytest.raises(IngestError, match="no text"):
        ingest_bytes(b"  \n\n\t\n", "blank.txt")


def test_byte_limit_checked_before_parsing(tmp_path: Path) -> None:
    settings = IngestSettings(max_bytes=10)
    with pytest.raises(DocumentTooLarge, match="limit of 10") as caught:
        ingest_bytes(b"x" * 11, "big.txt", settings)
    assert caught.value.path == "big.txt"
    path = tmp_path / "big.md"
    path.write_bytes(b"# x\n" * 10)
    with pytest.raises(DocumentTooLarge):
        ingest_path(path, settings)


def test_ingest_path_reads_file_and_uses_its_name(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("Decision\n\nApprove the pilot.\n", encoding="utf-8")
    document = ingest_path(path)
    assert document.name == "memo.txt"
    assert document.blocks[-1].locator.file == "memo.txt"
    assert [b.text for b in document.blocks] == ["Decision", "Approve the pilot."]


def test_missing_file_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read file") as caught:
        ingest_path(tmp_path / "nowhere.pdf")
    assert caught.value.path == "nowhere.pdf"


def test_name_drops_directories() -> None:
    document = ingest_bytes(b"Hello world.", "C:\\Users\\me\\docs\\notes.txt")
    assert document.name == "notes.txt"
    assert ingest_bytes(b"Hello world.", "a/b/notes.txt").name == "notes.txt"
