"""What an analysis job does: read the stored document and run the analyzer on it."""

from __future__ import annotations

import logging
import threading
from typing import cast

from analyzer.config import Coverage
from analyzer.errors import AnalyzerError
from api.catalog import Catalog
from api.jobs import ClaimedJob, JobFailed

log = logging.getLogger(__name__)


class AnalysisRunner:
    """Callable for the worker pool: job -> scorecard JSON, or JobFailed with the reason."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._running: dict[str, tuple[str, threading.Event]] = {}
        self._lock = threading.Lock()

    def cancel_document(self, document_id: str) -> int:
        """Cancel the running analyses of a document (it is being deleted); how many."""
        with self._lock:
            events = [event for doc, event in self._running.values() if doc == document_id]
        for event in events:
            event.set()
        return len(events)

    def __call__(self, job: ClaimedJob) -> str:
        document = self.catalog.find_document(job.tenant_id, job.document_id)
        if document is None:
            raise JobFailed("not_found", "the document was deleted")
        cancel = threading.Event()
        with self._lock:
            self._running[job.id] = (job.document_id, cancel)
        try:
            scorecard = self.catalog.analyzer.analyze(
                self.catalog.document_path(document),
                name=document.name,
                tenant=job.tenant_id,
                checks=job.checks,
                engine=job.engine,
                rubric=job.rubric,
                cancel=cancel,
                coverage=cast("Coverage | None", job.coverage),  # validated by the request
                on_stage=lambda stage: self.catalog.set_stage(job.id, stage),
            )
        except AnalyzerError as exc:
            raise JobFailed(exc.kind, exc.message) from exc
        finally:
            with self._lock:
                self._running.pop(job.id, None)
            self._forget_if_deleted(job, document.sha256)
        return scorecard.model_dump_json()

    def _forget_if_deleted(self, job: ClaimedJob, sha256: str) -> None:
        """A document deleted while its analysis ran may have been indexed again: undo that."""
        if self.catalog.find_document(job.tenant_id, job.document_id) is None:
            self.catalog.forget_vectors(job.tenant_id, sha256)
