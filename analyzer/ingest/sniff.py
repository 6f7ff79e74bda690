"""Format detection from content (the extension is only a hint), and text decoding."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from analyzer.errors import EncryptedDocument, IngestError, UnsupportedFormat
from analyzer.models import Format

SUPPORTED = "PDF, PPTX, DOCX, Markdown, text or HTML"
#: Extensions that name a binary format: content of another kind is an error, not a guess.
BINARY_EXTENSIONS: dict[str, Format] = {".pdf": "pdf", ".pptx": "pptx", ".docx": "docx"}
FORMAT_NAMES: dict[Format, str] = {
    "pdf": "a PDF",
    "pptx": "a PowerPoint deck (PPTX)",
    "docx": "a Word document (DOCX)",
    "markdown": "Markdown text",
    "text": "plain text",
    "html": "an HTML page",
}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
)
#: Formats that decode as text but are not documents we read.
_TEXT_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
)
#: The PDF header may follow up to 1 KB of junk (the specification tolerates it).
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff_format(data: bytes, name: str) -> Format:
    """The document format from its bytes; raises UnsupportedFormat naming what it really is."""
    if not data:
        raise IngestError("empty file", path=name)
    found = _sniff(data, name)
    claimed = BINARY_EXTENSIONS.get(PurePath(name).suffix.lower())
    if claimed is not None and found != claimed:
        raise UnsupportedFormat(
            f"named {PurePath(name).suffix.lower()} but the content is {FORMAT_NAMES[found]}; "
            "rename it or export it again",
            path=name,
        )
    return found


def _sniff(data: bytes, name: str) -> Format:
    if _PDF_HEADER.search(data[:1024]):
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data, name)
    if data.startswith(_OLE):
        if _ENCRYPTED_PACKAGE in data[:1_000_000]:
            raise EncryptedDocument(
                "a password-protected Office file; remove the password and try again", path=name
            )
        raise UnsupportedFormat(
            "is a legacy Office file (.doc/.ppt/.xls); save it as DOCX or PPTX", path=name
        )
    for magic, what in _TEXT_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(f"is {what}, not a {SUPPORTED} file", path=name)
    try:
        text = decode_text(data, name)
    except UnsupportedFormat as exc:
        what = next((what for magic, what in _MAGIC if data.startswith(magic)), "binary content")
        raise UnsupportedFormat(f"is {what}, not a {SUPPORTED} file", path=name) from exc
    if _HTML_START.match(text[:4096].lstrip("\ufeff")) or _looks_like_html(text, name):
        return "html"
    suffix = PurePath(name).suffix.lower()
    if suffix in (".md", ".markdown") or _MARKDOWN_HEADING.search(text):
        return "markdown"
    return "text"


def _looks_like_html(text: str, name: str) -> bool:
    suffix = PurePath(name).suffix.lower()
    head = text.lstrip()[:2048].lower()
    return (
        suffix in (".html", ".htm", ".xhtml") and head.startswith("<") and "<body" in text.lower()
    )


def _sniff_zip(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(f"is a damaged zip archive ({exc})", path=name) from exc
    if "[Content_Types].xml" in names:
        if any(n.startswith("ppt/") for n in names):
            return "pptx"
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            raise UnsupportedFormat("is an Excel workbook (XLSX), not a document", path=name)
    if "mimetype" in names and any(n == "content.xml" for n in names):
        raise UnsupportedFormat("is an OpenDocument file; save it as DOCX, PPTX or PDF", path=name)
    raise UnsupportedFormat("is a zip archive, not a PDF, PPTX or DOCX file", path=name)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (BOM optional), UTF-16 with a BOM, or cp1252; binary content is UnsupportedFormat."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnsupportedFormat("is binary content, not text", path=name) from exc
    if nuls := data.count(b"\x00"):  # a few stray NULs in text are dropped (with a warning)
        if nuls > max(8, len(data) // 1000):
            raise UnsupportedFormat(f"is binary content, not a {SUPPORTED} file", path=name)
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100) or _control_ratio(text) > 0.05:
        raise UnsupportedFormat(f"is binary content, not a {SUPPORTED} file", path=name)
    return text


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(1, min(len(text), 65536))
