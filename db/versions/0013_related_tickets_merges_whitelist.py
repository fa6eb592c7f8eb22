"""One caller, one matter: merged repeats (并单; links live in the events), the whitelist
of matters confirmed normal, the repeat fact the statistics count, and the
archived-at index the dispatch suggestion learns along.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.String(40), nullable=True))
        batch_op.add_column(sa.Column("whitelist_id", sa.Integer(), nullable=True))
    op.create_index("ix_tickets_merged_into", "tickets", ["merged_into"])
    op.create_index("ix_tickets_archived", "tickets", ["archived_at", "id"])
    with op.batch_alter_table("ticket_facts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("repeat", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "whitelist",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_number", sa.String(40), nullable=False),
        sa.Column("place_key", sa.String(200), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("removed_by", sa.String(50), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_whitelist_place", "whitelist", ["place_key"])


def downgrade() -> None:
    op.drop_index("ix_whitelist_place", table_name="whitelist")
    op.drop_table("whitelist")
    with op.batch_alter_table("ticket_facts", schema=None) as batch_op:
        batch_op.drop_column("repeat")
    op.drop_index("ix_tickets_archived", table_name="tickets")
    op.drop_index("ix_tickets_merged_into", table_name="tickets")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("whitelist_id")
        batch_op.drop_column("merged_into")
