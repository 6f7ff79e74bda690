"""Schema migrations (Alembic) on real SQLite files: a new database, a database made before
migrations existed, and `gapcard db upgrade`. PostgreSQL is migrated in test_topology.py."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from api.db import Base, Database
from api.db.migrate import current_revision, head_revision
from cli.main import app


def schema_differences(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_a_new_database_is_migrated_to_exactly_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    db.upgrade()
    db.upgrade()  # a second start finds it current
    assert current_revision(db.engine) == head_revision()
    assert schema_differences(db) == [], "the migrations and api/db/models.py disagree"


def test_a_database_from_before_migrations_is_adopted_and_keeps_its_rows(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    Base.metadata.create_all(db.engine)  # as the release before did, then without new columns
    with db.engine.begin() as connection:
        for column in ("rubric", "claimed_by", "lease_expires_at", "coverage", "stage"):
            connection.execute(text(f"ALTER TABLE analyses DROP COLUMN {column}"))
        connection.execute(text("DROP TABLE web_sessions"))  # new since that release
        connection.execute(
            text("INSERT INTO tenants (id, name, created_at) VALUES ('t1', 'acme', '2026-01-01')")
        )
    db.upgrade()
    assert current_revision(db.engine) == head_revision()
    columns = {c["name"] for c in inspect(db.engine).get_columns("analyses")}
    assert {"rubric", "claimed_by", "lease_expires_at"} <= columns
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM tenants")).scalars().all() == ["acme"]
    assert schema_differences(db) == []


def test_gapcard_db_upgrade_reports_the_revision(tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["db", "upgrade", "--data-dir", str(tmp_path)])
    assert first.exit_code == 0, first.output
    assert f"database at revision {head_revision()} (was empty)" in first.output
    again = runner.invoke(app, ["db", "upgrade", "--data-dir", str(tmp_path)])
    assert f"(was {head_revision()})" in again.output
    assert (tmp_path / "gapcard.db").exists()
