"""Schema migrations with Alembic (`gapcard db upgrade`; also run at the start of `gapcard serve`
and `gapcard worker`). The scripts live in api/db/migrations/versions/.

Several processes may start at once against one PostgreSQL database: the upgrade holds an
advisory lock, so one migrates and the others then find the schema current. A database made
before migrations existed (tables, no `alembic_version`) is adopted: given the columns the old
start-up code used to add, and stamped at the first revision.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)
# Alembic announces every plugin it sets up at INFO; the revisions it runs are what matter.
logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"
ADVISORY_LOCK = 0x6761706361726431  # "gapcard1": any constant shared by all gapcard processes


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, attempts: int = 5) -> None:
    """Migrate the database to the newest revision (a no-op when it is current)."""
    for attempt in range(1, attempts + 1):
        try:
            with engine.begin() as connection:
                if connection.dialect.name == "postgresql":
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK})")
                _adopt_legacy(connection)
                command.upgrade(alembic_config(connection), "head")
            return
        except OperationalError:  # SQLite: another process on the same file was migrating
            if attempt == attempts or engine.dialect.name != "sqlite":
                raise
            time.sleep(0.2 * attempt)


def _adopt_legacy(connection: Connection) -> None:
    """Stamp a database made by `create_all` before migrations at the first revision."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" in tables or "analyses" not in tables:
        return
    columns = {column["name"] for column in inspect(connection).get_columns("analyses")}
    if "rubric" not in columns:  # added by the start-up code of the release before
        connection.exec_driver_sql('ALTER TABLE analyses ADD COLUMN "rubric" VARCHAR(100)')
    log.warning("adopting a database made before migrations: stamped at %s", FIRST_REVISION)
    command.stamp(alembic_config(connection), FIRST_REVISION)
