"""The hottest read, `GET /v1/analyses/{id}` (the web page polls it every second): the key and
the analysis looked up in one connection, with prebuilt Core statements and no ORM session, so
the request makes one trip to the thread pool and spends no CPU on object tracking."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import bindparam, select

from api.auth import authenticate_on
from api.db import AnalysisRow, Database
from api.deps import INVALID_KEY, unauthorized
from api.errors import not_found


@dataclass(frozen=True, slots=True)
class AnalysisRecord:
    """An analysis row as read for a response (the fields `AnalysisOut` shows)."""

    id: str
    document_id: str
    status: str
    checks: str | None
    engine: str | None
    rubric: str | None
    coverage: str | None
    attempts: int
    stage: str | None
    error_type: str | None
    error_message: str | None
    scorecard_json: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


#: The record's fields, read by name from the analyses table (so the two cannot drift apart).
ANALYSIS_BY_ID = select(*(getattr(AnalysisRow, f.name) for f in fields(AnalysisRecord))).where(
    AnalysisRow.id == bindparam("id"), AnalysisRow.tenant_id == bindparam("tenant")
)


def read_analysis(db: Database, key: str, analysis_id: str) -> AnalysisRecord:
    """The caller's analysis: 401 for a key that is not valid, 404 for an id that is not this
    tenant's."""
    with db.engine.connect() as connection:
        principal = authenticate_on(connection, key)
        if principal is None:
            raise unauthorized(INVALID_KEY)
        row = connection.execute(
            ANALYSIS_BY_ID, {"id": analysis_id, "tenant": principal.tenant_id}
        ).first()
    if row is None:
        raise not_found("analysis")
    return AnalysisRecord(**row._mapping)
