"""Documents and analyses of one tenant: what the routes (JSON and web page) call.

Every read and write filters on the tenant id, so another tenant's ids simply do not exist here
(404). Uploaded files are stored, sniffed and counted when they arrive (so format, pages and size
limits answer at once); reading the text (in a child process under time and memory limits),
embedding and indexing the chunks (vectors scoped to the tenant) run in the analysis job
(api.jobs), once per tenant and content.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from analyzer.errors import AnalyzerError, LLMNotConfigured, RubricError
from analyzer.ingest.files import read_regular
from analyzer.ingest.probe import probe
from analyzer.models import Scorecard
from analyzer.pipeline import Analyzer
from analyzer.portfolio import PortfolioEntry
from api.db import AnalysisRow, Database, DocumentRow
from api.errors import ApiError, from_analyzer_error, not_found
from api.uploads import ReceivedFile, UploadStore

log = logging.getLogger(__name__)


class Catalog:
    def __init__(
        self,
        db: Database,
        uploads: UploadStore,
        analyzer: Analyzer,
        on_enqueue: Callable[[], None] = lambda: None,
    ) -> None:
        self.db = db
        self.uploads = uploads
        self.analyzer = analyzer
        self.on_enqueue = on_enqueue
        #: Called with a document id being deleted: cancels its running analyses.
        self.on_delete: Callable[[str], object] = lambda document_id: 0

    # documents

    def add_documents(self, tenant_id: str, files: Sequence[ReceivedFile]) -> list[DocumentRow]:
        """Store and parse each file; all or nothing (new documents are removed again
        if a later file fails). The same content twice is one document."""
        rows: list[DocumentRow] = []
        created: list[DocumentRow] = []
        try:
            for received in files:
                row, new = self._add_document(tenant_id, received)
                rows.append(row)
                if new:
                    created.append(row)
        except BaseException:
            for received in files[len(rows) :]:
                self.uploads.discard(received)
            for row in created:
                with contextlib.suppress(ApiError):
                    self.delete_document(tenant_id, row.id)
            raise
        return rows

    def _find_by_sha(self, tenant_id: str, sha256: str) -> DocumentRow | None:
        with self.db.session() as session:
            return session.scalars(
                select(DocumentRow).where(
                    DocumentRow.tenant_id == tenant_id, DocumentRow.sha256 == sha256
                )
            ).first()

    def _add_document(self, tenant_id: str, received: ReceivedFile) -> tuple[DocumentRow, bool]:
        existing = self._find_by_sha(tenant_id, received.sha256)
        if existing is not None:
            self.uploads.discard(received)
            return self._rename(existing, received.name), False
        path = self.uploads.commit(tenant_id, received)
        settings = self.analyzer.settings.ingest
        try:  # only sniffed and counted here: the text is read by the analysis, under limits
            data = read_regular(path, settings.max_bytes, received.name)
            fmt, pages = probe(data, received.name, settings)
        except AnalyzerError as exc:
            self._remove_orphan_file(tenant_id, received.sha256)
            raise from_analyzer_error(exc, received.name) from exc
        row = DocumentRow(
            tenant_id=tenant_id,
            sha256=received.sha256,
            name=received.name,
            format=fmt,
            pages=pages,
            size_bytes=received.size,
        )
        try:
            with self.db.session() as session:
                session.add(row)
        except IntegrityError:  # the same content arrived concurrently and won
            winner = self._find_by_sha(tenant_id, received.sha256)
            if winner is None:
                raise
            return winner, False
        return row, True

    def _rename(self, row: DocumentRow, name: str) -> DocumentRow:
        """The same content uploaded under a new name: the document keeps its id, analyses and
        index, and takes the name it was last uploaded under."""
        if row.name != name:
            with self.db.session() as session:
                session.execute(
                    update(DocumentRow).where(DocumentRow.id == row.id).values(name=name)
                )
            row.name = name
        return row

    def _remove_orphan_file(self, tenant_id: str, sha256: str) -> None:
        if self._find_by_sha(tenant_id, sha256) is None:
            self.uploads.remove(tenant_id, sha256)

    def list_documents(self, tenant_id: str) -> list[DocumentRow]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(DocumentRow)
                    .where(DocumentRow.tenant_id == tenant_id)
                    .order_by(DocumentRow.created_at.desc(), DocumentRow.id)
                )
            )

    def find_document(self, tenant_id: str, document_id: str) -> DocumentRow | None:
        """The tenant's document, or None if it does not exist (or was deleted)."""
        with self.db.session() as session:
            row = session.get(DocumentRow, document_id)
        return row if row is not None and row.tenant_id == tenant_id else None

    def get_document(self, tenant_id: str, document_id: str) -> DocumentRow:
        """The tenant's document; 404 for a missing one or another tenant's."""
        if (row := self.find_document(tenant_id, document_id)) is None:
            raise not_found("document")
        return row

    def document_path(self, row: DocumentRow) -> Path:
        return self.uploads.path_for(row.tenant_id, row.sha256)

    def delete_document(self, tenant_id: str, document_id: str) -> None:
        """Remove the document's row and analyses (queued ones never run, running ones are
        cancelled), then its vectors, then its file."""
        row = self.get_document(tenant_id, document_id)
        with self.db.session() as session:
            session.execute(delete(AnalysisRow).where(AnalysisRow.document_id == row.id))
            session.execute(delete(DocumentRow).where(DocumentRow.id == row.id))
        self.on_delete(row.id)
        self.forget_vectors(tenant_id, row.sha256)
        self.uploads.remove(tenant_id, row.sha256)

    def forget_vectors(self, tenant_id: str, sha256: str) -> None:
        try:
            removed = self.analyzer.forget(sha256, tenant=tenant_id)
            log.info("removed %d vectors of %s for tenant %s", removed, sha256[:12], tenant_id)
        except AnalyzerError:
            log.exception("could not remove the vectors of %s", sha256[:12])

    # analyses

    def create_analysis(
        self,
        tenant_id: str,
        document_id: str,
        *,
        checks: str | None,
        engine: str | None,
        rubric: str | None = None,
        coverage: str | None = None,
    ) -> AnalysisRow:
        document = self.get_document(tenant_id, document_id)
        self._check_request(checks, engine, rubric)
        row = AnalysisRow(
            tenant_id=tenant_id,
            document_id=document.id,
            checks=checks,
            engine=engine or self.analyzer.settings.analysis.engine,  # as the job will run it
            rubric=rubric,
            coverage=coverage,
        )
        with self.db.session() as session:
            session.add(row)
        self.on_enqueue()
        return row

    def _check_request(self, checks: str | None, engine: str | None, rubric: str | None) -> None:
        """Unknown packs or checks, checks the engine cannot judge, or the LLM engine on a
        server with no model endpoint are the client's error (422); an engine that cannot start
        is ours (503). A pack is chosen by name only: a tenant never names a folder on the
        server."""
        settings = self.analyzer.settings.analysis
        try:
            pack = self.analyzer.rubric if rubric is None else self.analyzer.packs.get(rubric)
            self.analyzer.plan(pack.name, checks, engine)
        except (RubricError, LLMNotConfigured) as exc:
            raise ApiError(422, exc.kind, exc.message) from exc
        except AnalyzerError as exc:
            log.error("engine %s cannot start: %s", engine or settings.engine, exc)
            raise ApiError(
                503, "engine_unavailable", f"the {engine or settings.engine} engine is unavailable"
            ) from exc

    def set_stage(self, analysis_id: str, stage: str) -> None:
        """Record how far a running analysis got (shown as its progress)."""
        with self.db.session() as session:
            session.execute(
                update(AnalysisRow)
                .where(AnalysisRow.id == analysis_id, AnalysisRow.status == "running")
                .values(stage=stage)
            )

    def portfolio_entries(self, tenant_id: str) -> list[PortfolioEntry]:
        """Each document (newest first) with its latest scorecard and latest job status."""
        latest: dict[str, AnalysisRow] = {}
        done: dict[str, AnalysisRow] = {}
        for row in self.list_analyses(tenant_id):
            latest.setdefault(row.document_id, row)
            if row.status == "done" and row.scorecard_json:
                done.setdefault(row.document_id, row)
        entries = []
        for document in self.list_documents(tenant_id):
            job, card_row = latest.get(document.id), done.get(document.id)
            card = (
                Scorecard.model_validate_json(card_row.scorecard_json or "") if card_row else None
            )
            entries.append(
                PortfolioEntry(
                    document_id=document.id,
                    name=document.name,
                    job_status=job.status if job else "",
                    scorecard=card,
                    analysis_id=card_row.id if card_row else "",
                    href=f"/analyses/{card_row.id}" if card_row else "",
                    error=(job.error_message or "") if job and job.status == "failed" else "",
                )
            )
        return entries

    def get_analysis(self, tenant_id: str, analysis_id: str) -> AnalysisRow:
        with self.db.session() as session:
            row = session.get(AnalysisRow, analysis_id)
        if row is None or row.tenant_id != tenant_id:
            raise not_found("analysis")
        return row

    def list_analyses(self, tenant_id: str, document_id: str | None = None) -> list[AnalysisRow]:
        query = select(AnalysisRow).where(AnalysisRow.tenant_id == tenant_id)
        if document_id is not None:
            query = query.where(AnalysisRow.document_id == document_id)
        with self.db.session() as session:
            return list(
                session.scalars(query.order_by(AnalysisRow.created_at.desc(), AnalysisRow.id))
            )
