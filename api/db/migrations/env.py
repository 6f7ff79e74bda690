"""Alembic environment: runs on the connection api.db.migrate hands over (online only)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from api.db.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("run migrations with `gapcard db upgrade` (api.db.migrate)")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
)
with context.begin_transaction():
    context.run_migrations()
