"""The knowledge base (知识库): entries, their versions, and the bigram search
index (SQLite FTS5; PostgreSQL tsvector with GIN), as for the tickets.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kb_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("category", sa.String(200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("source_unit", sa.String(100), nullable=False),
        sa.Column("keywords", sa.String(300), nullable=False),
        sa.Column("effective", sa.Date(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(50), nullable=False),
    )
    op.create_index("ix_kb_entries_category", "kb_entries", ["category"])
    op.create_index("ix_kb_entries_review", "kb_entries", ["status", "review_due"])
    op.create_table(
        "kb_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "entry_id",
            sa.Integer(),
            sa.ForeignKey("kb_entries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(50), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
    )
    op.create_index("ix_kb_changes_entry", "kb_changes", ["entry_id", "version"])
    if op.get_bind().dialect.name == "sqlite":
        # head: title and keywords; body: the rest (store.knowledge).
        op.execute(
            "CREATE VIRTUAL TABLE kb_search USING fts5("
            "head, body, tokenize='unicode61 remove_diacritics 0')"
        )
    else:
        op.create_table(
            "kb_search",
            sa.Column(
                "entry_id",
                sa.Integer(),
                sa.ForeignKey("kb_entries.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column("head", postgresql.TSVECTOR(), nullable=False),  # title, keywords
            sa.Column("doc", postgresql.TSVECTOR(), nullable=False),  # everything
        )
        op.create_index("ix_kb_search_head", "kb_search", ["head"], postgresql_using="gin")
        op.create_index("ix_kb_search_doc", "kb_search", ["doc"], postgresql_using="gin")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS kb_search")
    op.drop_index("ix_kb_changes_entry", table_name="kb_changes")
    op.drop_table("kb_changes")
    op.drop_index("ix_kb_entries_review", table_name="kb_entries")
    op.drop_index("ix_kb_entries_category", table_name="kb_entries")
    op.drop_table("kb_entries")
