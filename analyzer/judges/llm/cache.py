"""The LLM engine's verdict cache and audit trail: one SQLite file in the data directory.

A verdict is cached under (document sha256, check id, check version, model, prompt hash), the
prompt hash covering the system prompt and the rendered user prompt, so any change to the
rubric, the passages or the model misses the cache. Errors are never cached. Every model
answer (or failure) also leaves an audit record: prompt hash, method, raw reply, parsed verdict.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, Field

from analyzer.errors import AnalyzerError
from analyzer.models import Verdict

_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    key TEXT PRIMARY KEY,
    document_sha256 TEXT NOT NULL,
    check_id TEXT NOT NULL,
    check_version TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    verdict_json TEXT NOT NULL,
    created REAL NOT NULL
);
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


class CacheError(AnalyzerError):
    """The verdict cache file cannot be opened or written."""

    kind = "cache_error"


class CacheKey(BaseModel):
    document_sha256: str
    check_id: str
    check_version: str
    model: str
    prompt_hash: str

    def digest(self) -> str:
        parts = (self.document_sha256, self.check_id, self.check_version, self.model)
        text = "\x00".join((*parts, self.prompt_hash))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


class VerdictStore:
    """Thread-safe access to `<data_dir>/cache/llm.sqlite3`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"cannot open the verdict cache: {exc}", path=str(path)) from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=30)
            try:
                with db:
                    yield db
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise CacheError(f"verdict cache failed: {exc}", path=str(self.path)) from exc

    def get(self, key: CacheKey) -> Verdict | None:
        with self._lock, self._connect() as db:
            row = db.execute(
                "SELECT verdict_json FROM verdicts WHERE key = ?", (key.digest(),)
            ).fetchone()
        return Verdict.model_validate_json(row[0]) if row else None

    def put(self, key: CacheKey, verdict: Verdict) -> None:
        if verdict.error is not None:
            return
        values = (
            key.digest(),
            key.document_sha256,
            key.check_id,
            key.check_version,
            key.model,
            key.prompt_hash,
            verdict.model_dump_json(),
            time.time(),
        )
        with self._lock, self._connect() as db:
            db.execute("INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)

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
        with self._lock, self._connect() as db:
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
        with self._lock, self._connect() as db:
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
