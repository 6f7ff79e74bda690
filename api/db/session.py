"""The engine and sessions. SQLite (WAL, busy timeout) by default; any SQLAlchemy URL works."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from analyzer.config import Settings
from api.db.models import Base

log = logging.getLogger(__name__)
SQLITE_BUSY_TIMEOUT_MS = 30_000


def database_url(settings: Settings) -> str:
    """`settings.api.database_url`, or SQLite at `data_dir/gapcard.db`."""
    if settings.api.database_url:
        return settings.api.database_url
    path = Path(settings.data_dir).expanduser().resolve() / "gapcard.db"
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            # FastAPI runs sync routes on up to 40 threads, plus the workers: keep their
            # connections open instead of opening and closing SQLite files per request.
            pool_size=48,
            max_overflow=16,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One engine and session factory per app; `create_all` makes missing tables."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        return cls(database_url(settings))

    def create_all(self) -> None:
        Base.metadata.create_all(self.engine)
        self._add_columns()

    def _add_columns(self) -> None:
        """Nullable columns added since a database was made (create_all leaves tables as they
        are): `analyses.coverage`."""
        present = {c["name"] for c in inspect(self.engine).get_columns("analyses")}
        if "coverage" not in present:
            with self.engine.begin() as connection:
                connection.execute(text("ALTER TABLE analyses ADD COLUMN coverage VARCHAR(16)"))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success and rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    def ping(self) -> None:
        """Raises if the database cannot answer a trivial query."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()
