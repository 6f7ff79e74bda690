"""The shared corpus (skipped where absent): labeled evidence stays findable after ingestion,
and every real-world document ingests. Run with -s to see the per-file report."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from analyzer.chunking import chunk_document
from analyzer.ingest import ingest_path
from analyzer.models import Document

pytestmark = pytest.mark.corpus

#: Share of evidence strings that must sit inside one chunk (measured: 218/218 on dev).
MIN_SINGLE_CHUNK_RATE = 0.95


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _labeled(corpus: Path) -> list[tuple[Path, list[str]]]:
    out = []
    for labels in sorted(corpus.glob("*.labels.json")):
        checks = json.loads(labels.read_text(encoding="utf-8"))["checks"]
        evidence = [e for check in checks.values() for e in check.get("evidence", [])]
        out.append((labels.with_name(labels.name.removesuffix(".labels.json")), evidence))
    return out


def _scopes(document: Document) -> list[str]:
    """Where an evidence string must be found: one page or slide, or the whole document."""
    if document.format in ("pdf", "pptx"):
        return [_collapse(text) for text in document.page_texts().values()]
    return [_collapse("\n".join(block.text for block in document.blocks))]


def test_dev_evidence_is_verbatim_in_one_page_and_one_chunk(dev_corpus: Path) -> None:
    missing: list[str] = []
    total = in_chunk = 0
    for path, evidence in _labeled(dev_corpus):
        document = ingest_path(path)
        scopes = _scopes(document)
        chunks = [_collapse(chunk.text) for chunk in chunk_document(document)]
        for quote in map(_collapse, evidence):
            total += 1
            if not any(quote in scope for scope in scopes):
                missing.append(f"{path.name}: {quote[:80]}")
            in_chunk += any(quote in chunk for chunk in chunks)
    print(f"\nevidence found in one page/slide/document: {total - len(missing)}/{total}")
    print(f"evidence inside a single chunk: {in_chunk}/{total} ({in_chunk / total:.1%})")
    assert total > 100
    assert not missing, "\n".join(missing)
    assert in_chunk / total >= MIN_SINGLE_CHUNK_RATE


def test_every_real_document_ingests(real_corpus: Path) -> None:
    files = sorted(p for p in real_corpus.iterdir() if p.is_file() and p.name != "SOURCES.md")
    assert files
    print()
    for path in files:
        started = time.perf_counter()
        document = ingest_path(path)
        elapsed = time.perf_counter() - started
        chunks = chunk_document(document)
        rate = f"{document.pages / elapsed:6.1f} pages/s" if document.pages else ""
        print(
            f"{path.name[:55]:55} {document.format:8} pages={document.pages!s:4} "
            f"blocks={len(document.blocks):4} chunks={len(chunks):4} {elapsed:5.2f}s {rate}"
        )
        assert document.blocks and chunks
        if document.format == "pdf":
            assert document.pages is not None and document.pages >= 12
            assert {b.locator.page for b in document.blocks} <= set(range(1, document.pages + 1))
