"""What an upload needs to know at once, without parsing the document: its format (sniffed
from the content) and its page or slide count (from the PDF page tree or the deck's slide
parts), so a wrong format or too many pages answer at once. Reading the text happens later,
in the analysis, under its limits."""

from __future__ import annotations

import io
import re
import zipfile

from analyzer.config import IngestSettings
from analyzer.errors import AnalyzerError, DocumentTooLarge, IngestError
from analyzer.ingest.sniff import sniff_format
from analyzer.models import Format

_SLIDE_PART = re.compile(r"ppt/slides/slide\d+\.xml")


def probe(data: bytes, name: str, settings: IngestSettings) -> tuple[Format, int | None]:
    """(format, pages) of a document; UnsupportedFormat, DocumentTooLarge, IngestError."""
    if len(data) > settings.max_bytes:
        raise DocumentTooLarge(
            f"{len(data)} bytes, more than the limit of {settings.max_bytes}", path=name
        )
    fmt = sniff_format(data, name)
    pages = _pages(fmt, data, name)
    if pages is not None and pages > settings.max_pages:
        what = "slides" if fmt == "pptx" else "pages"
        raise DocumentTooLarge(
            f"{pages} {what}, more than the limit of {settings.max_pages}", path=name
        )
    return fmt, pages


def _pages(fmt: Format, data: bytes, name: str) -> int | None:
    if fmt == "pptx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(1 for n in archive.namelist() if _SLIDE_PART.fullmatch(n))
    if fmt != "pdf":
        return None
    from analyzer.ingest.pdf import count_pages

    try:
        return count_pages(data, name)
    except AnalyzerError:
        raise
    except Exception as exc:  # pypdf raises many types on corrupt input
        raise IngestError(
            f"cannot read PDF: the file is damaged ({type(exc).__name__})", path=name
        ) from exc
