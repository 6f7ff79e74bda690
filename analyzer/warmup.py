"""Ready an Analyzer for its first job: what it otherwise loads lazily, on the first analysis.

A worker that says it is ready should analyse its first document as fast as its hundredth. Left
lazy, the first job of every process pays for the embedding model, `import chromadb` and the
store's connection, the default judge (its lexicons and model file) and the fork server that
reads documents (a fresh interpreter importing the parsers): about a second of CPU, which on a
queue drained by several workers is paid by each of them at once.
"""

from __future__ import annotations

import logging
import time

from analyzer.errors import AnalyzerError
from analyzer.pipeline import Analyzer

log = logging.getLogger(__name__)


def warm_up(analyzer: Analyzer) -> None:
    """Load the model, open the store, build the default judge and start the document reader.

    A part that cannot be readied now (a Chroma server not up yet, an LLM engine without a key)
    is logged and left to the first job, which reports it as it always has."""
    started = time.monotonic()
    analyzer.embedder.embed(["warm up"])
    if analyzer.settings.ingest.isolate:
        from analyzer.ingest.isolated import start_reader

        start_reader()
    parts = (analyzer.judge_for, analyzer.instruction_detector, lambda: analyzer.store.count())
    for part in parts:
        try:
            part()
        except AnalyzerError as exc:
            log.warning("warm-up: %s (the first analysis will try again)", exc)
    log.info("warmed up in %.2f s", time.monotonic() - started)
