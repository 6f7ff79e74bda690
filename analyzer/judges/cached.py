"""A verdict cache around any judge: asks the inner judge only for what it has not decided.

A verdict is keyed by what decided it: the document's sha256, the check (id, version and the
hash of its whole definition), the inner judge's name and `fingerprint()` (model, settings,
prompts) and the hash of the passages the check was given (chunk ids and texts, in order). Only
decided verdicts are stored: a verdict with `error` is never cached, so a rerun asks again
exactly for the checks left undecided. `read=False` (the `--no-cache` path) asks the inner
judge for everything and still stores what it decides.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from pathlib import Path

from analyzer.judges.base import CheckRequest, Judge
from analyzer.models import DocumentInfo, Usage, Verdict
from analyzer.rubric import Check
from analyzer.sqlite_file import CacheError, SQLiteFile

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    key TEXT PRIMARY KEY,
    document_sha256 TEXT NOT NULL,
    check_id TEXT NOT NULL,
    judge TEXT NOT NULL,
    verdict_json TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS verdicts_document ON verdicts (document_sha256);
"""


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def passages_hash(request: CheckRequest) -> str:
    """What the check was given to read: its passages' chunk ids and texts, in order."""
    return _digest(*(f"{p.chunk.id}\x01{p.chunk.text}" for p in request.passages))


def verdict_key(document: DocumentInfo, request: CheckRequest, judge: str, fingerprint: str) -> str:
    """The cache key of one check's verdict; see the module docstring."""
    check = request.check
    definition = _digest(check.model_dump_json())
    parts = (document.sha256, check.id, check.version, definition, judge, fingerprint)
    return _digest(*parts, passages_hash(request))


class VerdictCache:
    """Decided verdicts in one SQLite file, thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = SQLiteFile(path, _SCHEMA, "verdict cache")

    def get(self, key: str) -> Verdict | None:
        with self._file.connect() as db:
            row = db.execute("SELECT verdict_json FROM verdicts WHERE key = ?", (key,)).fetchone()
        return Verdict.model_validate_json(row[0]) if row else None

    def put(self, key: str, document_sha256: str, judge: str, verdict: Verdict) -> None:
        """Store a decided verdict; one with `error` set is ignored."""
        if verdict.error is not None:
            return
        values = (key, document_sha256, verdict.check_id, judge, verdict.model_dump_json())
        with self._file.connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?)", (*values, time.time())
            )


class CachedJudge:
    """`inner` behind a VerdictCache; the same Judge to the pipeline."""

    def __init__(self, inner: Judge, cache: VerdictCache, *, read: bool = True) -> None:
        self.inner = inner
        self.cache = cache
        self.read = read
        self.name = inner.name
        self.model = inner.model
        self.retrieves = inner.retrieves
        self.passage_share = getattr(inner, "passage_share", 0.0)
        self.coverage = getattr(inner, "coverage", None)

    def can_judge(self, check: Check) -> bool:
        return self.inner.can_judge(check)

    def fingerprint(self) -> str:
        return self.inner.fingerprint()

    def without_cache(self) -> CachedJudge:
        """The same inner judge, asked for everything; what it decides is still stored."""
        return CachedJudge(self.inner, self.cache, read=False)

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        fingerprint = self.inner.fingerprint()
        keys = [verdict_key(document, r, self.name, fingerprint) for r in requests]
        found: dict[int, Verdict] = {}
        if self.read:
            found = {i: v for i, key in enumerate(keys) if (v := self._get(key)) is not None}
        todo = [i for i in range(len(requests)) if i not in found]
        if todo:
            asked = self.inner.judge_document(document, [requests[i] for i in todo])
            for i, verdict in zip(todo, asked, strict=True):
                self._put(keys[i], document.sha256, verdict)
                found[i] = verdict
        if len(todo) < len(requests):
            log.info("verdict cache: %d of %d checks cached", len(requests) - len(todo), len(keys))
        return [found[i] for i in range(len(requests))]

    def _get(self, key: str) -> Verdict | None:
        try:
            cached = self.cache.get(key)
        except CacheError as exc:
            log.warning("verdict cache unreadable, asking the judge: %s", exc)
            return None
        fresh = {"usage": Usage(cached=True), "calls": []}  # no call was made for it now
        return cached.model_copy(update=fresh) if cached else None

    def _put(self, key: str, document_sha256: str, verdict: Verdict) -> None:
        try:
            self.cache.put(key, document_sha256, self.name, verdict)
        except CacheError as exc:
            log.warning("verdict of check %s not cached: %s", verdict.check_id, exc)
