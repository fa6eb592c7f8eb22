"""An index on the stage's deadline, the window's default order (剩余时间).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Must stay the expression of hotline_desk.store.models.STAGE_DEADLINE.
STAGE_DEADLINE = "CASE WHEN (state = 'received') THEN dispatch_due_at ELSE due_at END"


def upgrade() -> None:
    op.execute(
        f"CREATE INDEX IF NOT EXISTS ix_tickets_stage_deadline ON tickets (({STAGE_DEADLINE}), id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_tickets_stage_deadline")
