"""Statistics facts and findings per ticket, derived from the event trail.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ticket_facts",
        sa.Column(
            "ticket_id",
            sa.Integer(),
            sa.ForeignKey("tickets.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("operator", sa.String(50), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("on_time_dispatch", sa.Boolean(), nullable=True),
        sa.Column("on_time_completion", sa.Boolean(), nullable=True),
        sa.Column("satisfaction", sa.String(20), nullable=True),
        sa.Column("callback", sa.String(20), nullable=False),
        sa.Column("delay_days", sa.Float(), nullable=False),
        sa.Column("typical", sa.Text(), nullable=True),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_ticket_facts_month_unit", "ticket_facts", ["month", "unit_id"])
    op.create_index("ix_ticket_facts_month_operator", "ticket_facts", ["month", "operator"])
    op.create_table(
        "ticket_findings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "ticket_id",
            sa.Integer(),
            sa.ForeignKey("tickets.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("operator", sa.String(50), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_ticket_findings_month_kind", "ticket_findings", ["month", "kind"])
    op.create_index("ix_ticket_findings_ticket", "ticket_findings", ["ticket_id"])


def downgrade() -> None:
    op.drop_table("ticket_findings")
    op.drop_table("ticket_facts")
