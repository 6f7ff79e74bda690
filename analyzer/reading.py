"""Reading a document at the pipeline's edge: its bytes from a path (regular files only) or
given bytes, then its text, in a child process under limits when configured."""

from __future__ import annotations

import threading
from pathlib import Path

from analyzer.config import IngestSettings
from analyzer.ingest import ingest_bytes
from analyzer.ingest.files import read_regular
from analyzer.models import Document


def read_source(source: Path | bytes, name: str | None, max_bytes: int) -> tuple[bytes, str]:
    """The bytes and display name of a document given as a path or as bytes."""
    if isinstance(source, bytes):
        return source, name or "document"
    return read_regular(source, max_bytes, str(source)), name or source.name


def read_document(
    data: bytes, name: str, settings: IngestSettings, cancel: threading.Event | None = None
) -> Document:
    """Parse a document's bytes: in a child process under the time and memory limits when
    `settings.isolate`, else here (the text budget still applies)."""
    if not settings.isolate:
        return ingest_bytes(data, name, settings)
    from analyzer.ingest.isolated import ingest_isolated

    return ingest_isolated(data, name, settings, cancel)
