"""reply templates

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 06:40:45.855930
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reply_templates",
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("required", sa.String(length=200), nullable=False),
        sa.Column("starters", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    # A plain ADD COLUMN with a default: SQLite's batch mode would copy the
    # whole tickets table (and a million rows) to add one flag.
    op.add_column(
        "tickets",
        sa.Column("feedback_incomplete", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("feedback_incomplete")
    op.drop_table("reply_templates")
