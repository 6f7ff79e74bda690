"""Reading in a child process: the wall-time and memory limits end a document with
document_too_complex, errors keep their type, and a real 74-page PDF passes with a margin."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from analyzer.config import IngestSettings
from analyzer.errors import AnalysisCancelled, DocumentTooComplex, UnsupportedFormat
from analyzer.ingest.isolated import ingest_isolated

UNBUDGETED = {"max_blocks": 10**8, "max_text_chars": 10**9}


def test_a_reader_past_the_time_limit_is_killed() -> None:
    page = b"<html><body>" + b"<p>x</p>" * 600_000  # BeautifulSoup needs seconds for this
    settings = IngestSettings(max_seconds=0.5, **UNBUDGETED)
    started = time.monotonic()
    with pytest.raises(DocumentTooComplex, match=r"took more than 0\.5 s to read"):
        ingest_isolated(page, "slow.html", settings)
    assert time.monotonic() - started < 3


def test_a_reader_past_the_memory_limit_fails_named() -> None:
    settings = IngestSettings(max_memory_mb=256, **UNBUDGETED)
    with pytest.raises(DocumentTooComplex, match="more than 256 MB of memory"):
        ingest_isolated(b"x\n" * 6_000_000, "lines.txt", settings)


def test_errors_keep_their_type_and_file_name() -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        ingest_isolated(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "x.pdf", IngestSettings())
    assert caught.value.path == "x.pdf"


def test_a_cancelled_read_stops() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(AnalysisCancelled):
        ingest_isolated(
            b"<html><body>" + b"<p>x</p>" * 600_000, "slow.html", IngestSettings(), cancel
        )


def test_the_denmark_strategy_reads_well_within_the_default_limits(real_corpus: Path) -> None:
    data = (real_corpus / "denmark-government_national-strategy-for-ai-2019.pdf").read_bytes()
    settings = IngestSettings()
    started = time.monotonic()
    document = ingest_isolated(data, "denmark.pdf", settings)
    elapsed = time.monotonic() - started
    assert document.pages == 74 and not document.warnings
    assert elapsed < settings.max_seconds / 10
    assert sum(len(b.text) for b in document.blocks) < settings.max_text_chars / 10
