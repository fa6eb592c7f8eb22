"""A partial index on the due date of unfinished tickets.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_STATES = "state IN ('called_back', 'feedback', 'handling', 'received')"


def upgrade() -> None:
    op.create_index(
        "ix_tickets_open_due",
        "tickets",
        ["due_at", "id"],
        sqlite_where=sa.text(OPEN_STATES),
        postgresql_where=sa.text(OPEN_STATES),
    )


def downgrade() -> None:
    op.drop_index("ix_tickets_open_due", table_name="tickets")
