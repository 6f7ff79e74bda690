"""Request and response bodies of the API (documented in the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from analyzer.config import Coverage
from analyzer.models import EngineName, Format, Scorecard
from analyzer.rubric import Levels
from api.db import AnalysisRow, DocumentRow
from api.errors import ErrorBody
from api.reads import AnalysisRecord

JobStatus = Literal["queued", "running", "done", "failed"]


class DocumentOut(BaseModel):
    id: str = Field(description="Unguessable document id")
    name: str = Field(description="File name as uploaded")
    sha256: str = Field(description="SHA-256 of the file's bytes")
    format: Format = Field(description="Format sniffed from the content")
    pages: int | None = Field(description="Pages (PDF) or slides (PPTX); null for other formats")
    size_bytes: int
    created_at: datetime

    @classmethod
    def of(cls, row: DocumentRow) -> DocumentOut:
        return cls(
            id=row.id,
            name=row.name,
            sha256=row.sha256,
            format=row.format,
            pages=row.pages,
            size_bytes=row.size_bytes,
            created_at=row.created_at,
        )


class AnalysisRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    checks: str | None = Field(
        default=None,
        max_length=500,
        description="core, all, or comma-separated check ids (default: the server's setting)",
        examples=["core", "outcomes,metrics"],
    )
    engine: EngineName | None = Field(
        default=None, description="Judge engine (default: the server's setting)"
    )
    rubric: str | None = Field(
        default=None,
        max_length=100,
        description="Rubric pack by name, from GET /v1/rubrics (default: the server's default)",
        examples=["ai-adoption"],
    )
    coverage: Coverage | None = Field(
        default=None,
        description="LLM engine only: full (every chunk reaches the model) or retrieval (only "
        "passages retrieved per check); default: the server's setting",
    )


def stage_of(row: AnalysisRow | AnalysisRecord) -> str:
    """queued, reading, indexing, judging, done or failed: a running job's recorded stage."""
    if row.status == "running":
        return row.stage or "reading"
    return row.status


class AnalysisOut(BaseModel):
    id: str = Field(description="Unguessable analysis id")
    document_id: str
    status: JobStatus
    checks: str | None
    engine: str | None
    rubric: str | None
    coverage: str | None = Field(default=None, description="As requested (None: the default)")
    attempts: int = Field(description="Times a worker started this job (a crash can add one)")
    stage: str = Field(
        default="queued",
        description="Progress: queued, reading, indexing, judging, done or failed",
    )
    error: ErrorBody | None = Field(description="Why the analysis failed (status failed)")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    scorecard: Scorecard | None = Field(description="The scorecard, once status is done")

    @classmethod
    def of(cls, row: AnalysisRow | AnalysisRecord, *, with_scorecard: bool = True) -> AnalysisOut:
        error = None
        if row.status == "failed":
            error = ErrorBody(type=row.error_type or "failed", message=row.error_message or "")
        scorecard = None
        if with_scorecard and row.status == "done" and row.scorecard_json:
            scorecard = Scorecard.model_validate_json(row.scorecard_json)
        return cls(
            id=row.id,
            document_id=row.document_id,
            status=row.status,
            checks=row.checks,
            engine=row.engine or (scorecard.engine if scorecard else None),
            rubric=row.rubric,
            coverage=row.coverage,
            attempts=row.attempts,
            stage=stage_of(row),
            error=error,
            created_at=row.created_at,
            started_at=row.started_at,
            finished_at=row.finished_at,
            scorecard=scorecard,
        )


class CheckOut(BaseModel):
    id: str
    title: str
    version: str
    weight: float
    core: bool
    definition: str
    levels: Levels


class RubricOut(BaseModel):
    name: str
    version: str
    title: str = ""
    description: str = ""
    default: bool = Field(default=False, description="Used when a request names no rubric")
    engines: list[EngineName] = Field(
        default_factory=list, description="Engines that can judge every check of this pack"
    )
    checks: list[CheckOut]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    database: Literal["ok"] = "ok"
    store: Literal["ok"] = "ok"
