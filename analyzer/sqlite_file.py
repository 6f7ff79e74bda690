"""One SQLite file with its schema, for the caches and logs the judges keep beside the data.

Each use opens a connection, commits or rolls back, and closes it, under one lock per file, so
instances are thread-safe; every failure is a CacheError naming what the file is.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analyzer.errors import AnalyzerError


class CacheError(AnalyzerError):
    """A cache or log file cannot be opened or written."""

    kind = "cache_error"


class SQLiteFile:
    def __init__(self, path: Path, schema: str, what: str) -> None:
        self.path, self.what = path, what
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self.connect() as db:
                db.executescript(schema)
        except OSError as exc:
            raise CacheError(f"cannot open the {what}: {exc}", path=str(path)) from exc

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection under the file's lock, committed on success and always closed."""
        try:
            with self._lock:
                db = sqlite3.connect(self.path, timeout=30)
                try:
                    with db:
                        yield db
                finally:
                    db.close()
        except sqlite3.Error as exc:
            raise CacheError(f"{self.what} failed: {exc}", path=str(self.path)) from exc
