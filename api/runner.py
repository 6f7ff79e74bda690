"""What an analysis job does: read the stored document and run the analyzer on it."""

from __future__ import annotations

import logging
from typing import cast

from analyzer.config import Coverage
from analyzer.errors import AnalyzerError
from api.catalog import Catalog
from api.errors import ApiError
from api.jobs import ClaimedJob, JobFailed

log = logging.getLogger(__name__)


class AnalysisRunner:
    """Callable for the worker pool: job -> scorecard JSON, or JobFailed with the reason."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def __call__(self, job: ClaimedJob) -> str:
        try:
            document = self.catalog.get_document(job.tenant_id, job.document_id)
        except ApiError as exc:
            raise JobFailed("not_found", "the document was deleted") from exc
        try:
            scorecard = self.catalog.analyzer.analyze(
                self.catalog.document_path(document),
                name=document.name,
                tenant=job.tenant_id,
                checks=job.checks,
                engine=job.engine,
                coverage=cast("Coverage | None", job.coverage),  # validated by the request
            )
        except AnalyzerError as exc:
            raise JobFailed(exc.kind, exc.message) from exc
        finally:
            self._forget_if_deleted(job, document.sha256)
        return scorecard.model_dump_json()

    def _forget_if_deleted(self, job: ClaimedJob, sha256: str) -> None:
        """A document deleted while its analysis ran may have been indexed again: undo that."""
        try:
            self.catalog.get_document(job.tenant_id, job.document_id)
        except ApiError:
            self.catalog.forget_vectors(job.tenant_id, sha256)
