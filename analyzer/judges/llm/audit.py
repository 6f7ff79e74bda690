"""The LLM engine's audit trail: one SQLite file in the data directory.

Every model answer (or failure) leaves a record of why a cell says what it says: what was asked
(the hash of the system and user prompts and the model), the method, the raw reply and the
parsed verdict. Verdicts themselves are cached around the judge (`analyzer.judges.cached`).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from pydantic import BaseModel, Field

from analyzer.models import Verdict
from analyzer.sqlite_file import SQLiteFile

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_sha256 TEXT NOT NULL,
    check_id TEXT NOT NULL,
    check_version TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    method TEXT,
    attempts INTEGER NOT NULL,
    raw_response TEXT,
    verdict_json TEXT,
    error TEXT,
    notes TEXT NOT NULL DEFAULT '[]',
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_document ON audit (document_sha256, check_id);
"""


class PromptKey(BaseModel):
    """What one check was asked: document, check, model and the hash of the prompt sent."""

    document_sha256: str
    check_id: str
    check_version: str
    model: str
    prompt_hash: str


class AuditRecord(BaseModel):
    """Why a cell says what it says: what was asked (hash), answered (raw) and concluded."""

    document_sha256: str
    check_id: str
    check_version: str
    model: str
    prompt_hash: str
    method: str | None = None
    attempts: int = 1
    raw_response: str | None = None
    verdict: Verdict | None = None
    error: str | None = None
    notes: list[str] = Field(default_factory=list, description="e.g. unknown chunk ids cited")
    created: float = 0.0


class AuditLog:
    """Thread-safe access to `<data_dir>/cache/llm.sqlite3`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = SQLiteFile(path, _SCHEMA, "audit log")

    def record(self, entry: AuditRecord) -> None:
        values = (
            entry.document_sha256,
            entry.check_id,
            entry.check_version,
            entry.model,
            entry.prompt_hash,
            entry.method,
            entry.attempts,
            entry.raw_response,
            entry.verdict.model_dump_json() if entry.verdict else None,
            entry.error,
            json.dumps(entry.notes),
            entry.created or time.time(),
        )
        with self._file.connect() as db:
            db.execute(
                "INSERT INTO audit (document_sha256, check_id, check_version, model, "
                "prompt_hash, method, attempts, raw_response, verdict_json, error, notes, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )

    def audit(self, document_sha256: str, check_id: str | None = None) -> list[AuditRecord]:
        """Audit records of a document (optionally one check), oldest first."""
        query = (
            "SELECT document_sha256, check_id, check_version, model, prompt_hash, method, "
            "attempts, raw_response, verdict_json, error, notes, created FROM audit "
            "WHERE document_sha256 = ?"
        )
        params: tuple[str, ...] = (document_sha256,)
        if check_id is not None:
            query += " AND check_id = ?"
            params += (check_id,)
        with self._file.connect() as db:
            rows = db.execute(query + " ORDER BY id", params).fetchall()
        return [_audit_from_row(row) for row in rows]


def _audit_from_row(row: tuple[object, ...]) -> AuditRecord:
    names = (
        "document_sha256",
        "check_id",
        "check_version",
        "model",
        "prompt_hash",
        "method",
        "attempts",
        "raw_response",
        "verdict",
        "error",
        "notes",
        "created",
    )
    data = dict(zip(names, row, strict=True))
    if data["verdict"] is not None:
        data["verdict"] = Verdict.model_validate_json(str(data["verdict"]))
    data["notes"] = json.loads(str(data["notes"]))
    return AuditRecord.model_validate(data)
