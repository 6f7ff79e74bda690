"""Server-side web sessions (only the id's hash stored) and the stage of a running analysis.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(32), sa.ForeignKey("api_keys.id"), nullable=False),
        sa.Column("tenant_id", sa.String(32), sa.ForeignKey("tenants.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    for column in ("key_id", "tenant_id", "expires_at"):
        op.create_index(f"ix_web_sessions_{column}", "web_sessions", [column])
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("stage", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("stage")
    op.drop_table("web_sessions")
