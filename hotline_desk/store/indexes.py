"""The tickets' secondary indexes: checked at every start, rebuilt when missing.

A bulk load (the demo) drops them and builds them again at its end; a load
killed half-way would leave the queue without them, and every query would
walk a million rows. Start-up puts back whatever is missing.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Connection, Table
from sqlalchemy.schema import CreateIndex

from hotline_desk.store.models import OPEN_STATES_SQL, STAGE_DEADLINE_INDEX_SQL, TicketRow

TICKETS = cast(Table, TicketRow.__table__)
OPEN_DUE = "ix_tickets_open_due"
STAGE_DEADLINE = "ix_tickets_stage_deadline"


def create_index(bind: Connection, name: str) -> None:
    """One of the tickets' indexes by its name (the partial one by hand on
    PostgreSQL, whose dialect the models do not load)."""
    if name == OPEN_DUE and bind.dialect.name == "postgresql":
        bind.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {OPEN_DUE} ON tickets (due_at, id) WHERE {OPEN_STATES_SQL}"
        )
        return
    if name == STAGE_DEADLINE:
        bind.exec_driver_sql(STAGE_DEADLINE_INDEX_SQL)
        return
    index = next(i for i in TICKETS.indexes if i.name == name)
    bind.execute(CreateIndex(index, if_not_exists=True))  # no reflection: it is missing


def missing_ticket_indexes(bind: Connection) -> list[str]:
    """Asked of the database's own catalogue: right after a migration on the
    same connection, SQLAlchemy's reflection of SQLite answered "none"."""
    if bind.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE tablename = 'tickets'"
    present = {row[0] for row in bind.exec_driver_sql(query)}
    return sorted(str(i.name) for i in TICKETS.indexes if i.name not in present)


def ensure_ticket_indexes(bind: Connection) -> list[str]:
    """Builds the tickets' indexes that are missing; returns their names."""
    missing = missing_ticket_indexes(bind)
    for name in missing:
        create_index(bind, name)
    return missing
