"""The tamper-evident trail (a keyed seal on every event, a keyed head on every
ticket, when the history was sealed) and the record of access to callers' data.

The seals themselves are written when a store is first opened with this
version: the key lives outside the database (services.trail_keys), so a
migration cannot compute them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seal", sa.String(22), nullable=True))
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trail_length", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("trail_head", sa.String(22), nullable=True))
    op.create_table(
        "trail_seals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key_fingerprint", sa.String(12), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("sealed_by", sa.String(50), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
    )
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(50), nullable=False),
        sa.Column("what", sa.String(30), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("callers", sa.Integer(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_access_log_at", "access_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_access_log_at", table_name="access_log")
    op.drop_table("access_log")
    op.drop_table("trail_seals")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("trail_head")
        batch_op.drop_column("trail_length")
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_column("seal")
