"""A database made before a column existed gains it at start (create_all leaves tables alone)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from api.db.session import Database


def columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [row[1] for row in con.execute("PRAGMA table_info(analyses)")]


def test_an_older_database_gains_the_coverage_column(tmp_path: Path) -> None:
    path = tmp_path / "gapcard.db"
    Database(f"sqlite:///{path}").create_all()
    with sqlite3.connect(path) as con:
        con.execute("ALTER TABLE analyses DROP COLUMN coverage")
    assert "coverage" not in columns(path)
    database = Database(f"sqlite:///{path}")
    database.create_all()
    database.create_all()  # idempotent
    database.dispose()
    assert "coverage" in columns(path)
