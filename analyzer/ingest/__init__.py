"""Ingest a document: sniff its format from content, read it into Blocks with locators.

Public API: `sniff_format`, `ingest_bytes`, `ingest_path`. Every error is an `IngestError`
(or a subclass) carrying `path` = the file name.
"""

from __future__ import annotations

import hashlib
import io
import logging
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from analyzer.config import IngestSettings
from analyzer.errors import AnalyzerError, DocumentTooComplex, DocumentTooLarge, IngestError
from analyzer.ingest.files import read_regular
from analyzer.ingest.limits import Reading, reading, warn
from analyzer.ingest.sniff import decode_text, sniff_format
from analyzer.models import Block, Document, Format

__all__ = ["ingest_bytes", "ingest_path", "sniff_format"]

log = logging.getLogger(__name__)
#: An Office file's parts (media included: the readers load every part) may expand to this
#: many times the byte limit before it is refused.
ZIP_EXPANSION_FACTOR = 4
TextReader = Callable[[str, str], list[Block]]


def ingest_bytes(data: bytes, name: str, settings: IngestSettings | None = None) -> Document:
    """Read a document from its bytes. `name` is the file name (directories are dropped)."""
    settings = settings or IngestSettings()
    name = _base_name(name)
    if len(data) > settings.max_bytes:
        raise DocumentTooLarge(
            f"{len(data)} bytes, more than the limit of {settings.max_bytes}", path=name
        )
    started = time.perf_counter()
    fmt = sniff_format(data, name)
    with reading(
        name,
        max_chars=settings.max_text_chars,
        max_blocks=settings.max_blocks,
        seconds=settings.max_seconds,
    ) as state:
        pages, blocks = _read(fmt, data, name, settings)
    return _document(data, name, fmt, pages, blocks, state, time.perf_counter() - started)


def _document(
    data: bytes,
    name: str,
    fmt: Format,
    pages: int | None,
    blocks: list[Block],
    state: Reading,
    elapsed: float,
) -> Document:
    if not blocks:
        hint = " (a scanned PDF without a text layer?)" if fmt == "pdf" else ""
        raise IngestError(f"no text found in this {fmt} document{hint}", path=name)
    document = Document(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        pages=pages,
        blocks=blocks,
        warnings=state.all_warnings(),
    )
    log.info(
        "ingested %s: %s, %s pages, %d blocks in %.2fs", name, fmt, pages, len(blocks), elapsed
    )
    return document


def ingest_path(path: Path, settings: IngestSettings | None = None) -> Document:
    """Read a document file; the size limit is checked before the file is read."""
    settings = settings or IngestSettings()
    data = read_regular(path, settings.max_bytes, path.name)
    return ingest_bytes(data, path.name, settings)


def _base_name(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1] or "document"


def _text_reader(fmt: Format) -> TextReader | None:
    if fmt == "markdown":
        from analyzer.ingest.markdown import parse_markdown

        return parse_markdown
    if fmt == "text":
        from analyzer.ingest.text import parse_text

        return parse_text
    if fmt == "html":
        from analyzer.ingest.html import parse_html

        return parse_html
    return None


def _read(
    fmt: Format, data: bytes, name: str, settings: IngestSettings
) -> tuple[int | None, list[Block]]:
    """The format's reader, imported when first needed: each pulls in its own parsing library
    (pypdf, python-pptx, python-docx, BeautifulSoup; 0.05-0.1 s each to import), and one
    document needs one of them."""
    if fmt == "pdf":
        from analyzer.ingest.pdf import read_pdf

        return read_pdf(data, name, settings.max_pages)
    if (read_text := _text_reader(fmt)) is not None:
        if nuls := data.count(b"\x00"):
            warn(f"{nuls} NUL byte(s) in the text were ignored")
        return None, read_text(decode_text(data, name), name)
    check_office_zip(data, name, settings)
    try:
        if fmt == "docx":
            from analyzer.ingest.docx import parse_docx

            return None, parse_docx(data, name)
        from analyzer.ingest.pptx import open_presentation, parse_pptx

        presentation = open_presentation(data)
        slides = len(presentation.slides)
        if slides > settings.max_pages:
            raise DocumentTooLarge(
                f"{slides} slides, more than the limit of {settings.max_pages}", path=name
            )
        return slides, parse_pptx(presentation, name)
    except (AnalyzerError, MemoryError):
        raise
    except Exception as exc:  # python-docx/pptx and lxml raise many types on corrupt input
        log.info("cannot read %s %s: %s: %s", fmt, name, type(exc).__name__, exc)
        raise IngestError(office_failure(fmt, exc), path=name) from exc


def office_failure(fmt: str, exc: Exception) -> str:
    """What a reader is told about an unreadable Office file: the cause, not the parser's
    internals (those go to the log)."""
    if type(exc).__name__ == "XMLSyntaxError":
        reason = "its XML is malformed or expands entities beyond the safe limit"
    elif isinstance(exc, KeyError):
        reason = "a part it needs is missing"
    else:
        reason = "the file is damaged or not a valid " + fmt.upper()
    return f"cannot read {fmt.upper()}: {reason}"


def check_office_zip(data: bytes, name: str, settings: IngestSettings) -> None:
    """Refuse an Office file with two parts of one name (which one a reader takes differs:
    a hidden part could be scored), or whose XML would expand past the budget (a zip bomb);
    the declared sizes are checked here, the real ones by the readers' zip library."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    counts = Counter(info.filename for info in infos)
    if len(counts) != len(infos):
        twice = sorted(n for n, count in counts.items() if count > 1)[:3]
        raise IngestError(
            f"has more than one zip entry named {', '.join(twice)}; refused as tampered",
            path=name,
        )
    total = sum(info.file_size for info in infos)
    if total > (limit := settings.max_bytes * ZIP_EXPANSION_FACTOR):
        raise DocumentTooLarge(f"expands to {total:,} bytes, more than {limit:,}", path=name)
    xml = sum(info.file_size for info in infos if not _is_media(info.filename))
    limit = settings.max_office_xml_bytes
    if xml > limit:
        raise DocumentTooComplex(
            f"its XML expands to {xml:,} bytes, more than the limit of {limit:,}", path=name
        )


def _is_media(member: str) -> bool:
    """Images, media and embedded files: stored, never parsed as XML."""
    return member.startswith(("ppt/media/", "word/media/", "ppt/embeddings/", "word/embeddings/"))
