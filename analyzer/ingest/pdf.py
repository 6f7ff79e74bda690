"""PDF (pypdf): open (empty-password decryption), extract each page once, lay out blocks."""

from __future__ import annotations

import io
import logging
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from analyzer.errors import AnalyzerError, DocumentTooLarge, EncryptedDocument, IngestError
from analyzer.ingest.limits import charge, check_time, warn, warn_once
from analyzer.ingest.pdf_blocks import PageLayout
from analyzer.ingest.pdf_lines import LineCollector, TextLine
from analyzer.ingest.pdf_stats import drop_furniture, measure
from analyzer.ingest.textutil import BlockSink, HeadingPath
from analyzer.models import Block

log = logging.getLogger(__name__)
_EOF_MARKER = b"%%EOF"
#: A complete PDF ends with %%EOF; allow some trailing bytes after it.
_EOF_WINDOW = 4096


DAMAGED = "the PDF is damaged and was read only in part; some text may be missing "


class _ToDebug(logging.Handler):
    """Re-logs pypdf's records at DEBUG, and notes the first warning of a reading on the
    document: sound PDFs (the whole real corpus) make pypdf say nothing, so a warning means it
    repaired something and text may be missing."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            warn_once(DAMAGED, f"(pypdf: {_describe_text(record.getMessage(), 120)})")
        if log.isEnabledFor(logging.DEBUG):
            log.debug("pypdf %s: %s", record.levelname.lower(), record.getMessage())


def quiet_pypdf() -> None:
    """Idempotently route pypdf's log records to our logger at DEBUG instead of the root."""
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, _ToDebug) for handler in logger.handlers):
        logger.addHandler(_ToDebug())
        logger.propagate = False


def read_pdf(data: bytes, name: str, max_pages: int) -> tuple[int, list[Block]]:
    """(page count, blocks) of a PDF; pypdf's failures become IngestError."""
    quiet_pypdf()
    if _EOF_MARKER not in data[-_EOF_WINDOW:]:
        raise IngestError("the PDF is truncated (it has no end-of-file marker)", path=name)
    try:
        reader = _open(data, name)
        count = len(reader.pages)
        if count > max_pages:
            raise DocumentTooLarge(f"{count} pages, more than the limit of {max_pages}", path=name)
        pages, boxes = _extract_pages(reader, name)
    except (AnalyzerError, MemoryError):
        raise
    except DependencyError as exc:
        raise EncryptedDocument(f"cannot decrypt this PDF: {exc}", path=name) from exc
    except Exception as exc:  # pypdf raises many types on corrupt input
        raise IngestError(
            f"cannot read PDF: the file is damaged or truncated ({_describe(exc)})", path=name
        ) from exc
    sink = BlockSink(  # charged page by page as extracted
        file=name, charged=False, headings=HeadingPath(by_number=True)
    )
    layout = PageLayout(sink=sink, stats=measure(pages))
    for number, lines in enumerate(drop_furniture(pages, boxes), start=1):
        layout.add_page(lines, number)
    return count, sink.blocks


def count_pages(data: bytes, name: str) -> int:
    """The page count from the page tree, without extracting any text."""
    quiet_pypdf()
    if _EOF_MARKER not in data[-_EOF_WINDOW:]:
        raise IngestError("the PDF is truncated (it has no end-of-file marker)", path=name)
    try:
        return len(_open(data, name).pages)
    except DependencyError as exc:
        raise EncryptedDocument(f"cannot decrypt this PDF: {exc}", path=name) from exc


def _open(data: bytes, name: str) -> PdfReader:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            decrypted = reader.decrypt("")
        except (NotImplementedError, FileNotDecryptedError) as exc:
            raise EncryptedDocument(f"cannot decrypt this PDF: {exc}", path=name) from exc
        if not decrypted:
            raise EncryptedDocument(
                "the PDF is protected by a password; remove the protection and try again",
                path=name,
            )
    return reader


def _extract_pages(
    reader: PdfReader, name: str
) -> tuple[list[list[TextLine]], list[tuple[float, float]]]:
    """Lines and (bottom, top) box of every page; each page's text is extracted once."""
    pages: list[list[TextLine]] = []
    boxes: list[tuple[float, float]] = []
    failures = 0
    for number, page in enumerate(reader.pages, start=1):
        collector = LineCollector()
        try:
            page.extract_text(visitor_text=collector)
            lines = collector.finish()
        except MemoryError:
            raise
        except Exception as exc:  # one damaged page should not lose the rest
            log.info("%s: page %d could not be read and is skipped: %s", name, number, exc)
            warn(f"page {number} could not be read and was skipped ({_describe(exc)})"[:200])
            failures += 1
            lines = []
        charge_lines(lines)
        pages.append(lines)
        boxes.append(_box(page))
    if pages and failures == len(pages):
        raise IngestError("no page of this PDF could be read", path=name)
    return pages, boxes


def charge_lines(lines: list[TextLine]) -> None:
    """Count a page's extracted text against the budget as soon as it is extracted (a page
    can be huge: many pages may share one content stream), and watch the clock."""
    for line in lines:
        charge(line.text)
    check_time()


def _box(page: Any) -> tuple[float, float]:
    try:
        box = page.mediabox
        return float(box.bottom), float(box.top)
    except (KeyError, TypeError, ValueError, AttributeError):
        return 0.0, 0.0


def _describe(exc: Exception) -> str:
    return _describe_text(str(exc).strip() or type(exc).__name__, 200)


def _describe_text(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
