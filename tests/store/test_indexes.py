"""Start-up rebuilds the tickets' indexes a killed bulk load left missing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from hotline_desk.store.database import open_database
from hotline_desk.store.indexes import TICKETS, missing_ticket_indexes


def test_missing_indexes_are_rebuilt_at_start_up(db_url: str, clock, tmp_path: Path):
    db = open_database(db_url, stamp=clock.now())
    with db.engine.begin() as connection:
        for index in TICKETS.indexes:  # what a demo killed mid-load leaves
            connection.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
        assert len(missing_ticket_indexes(connection)) == len(TICKETS.indexes)
    db.dispose()
    again = open_database(db_url, stamp=clock.now())
    with again.engine.connect() as connection:
        assert missing_ticket_indexes(connection) == []
        if connection.dialect.name == "postgresql":  # the queue's index is partial again
            where = connection.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_tickets_open_due'")
            ).scalar()
            assert "WHERE" in where
    again.dispose()


def test_a_fresh_or_intact_database_rebuilds_nothing(db_url: str, clock, caplog):
    for _ in range(2):  # the first start migrates, the second finds all in place
        open_database(db_url, stamp=clock.now()).dispose()
    assert "rebuilt missing indexes" not in caplog.text
