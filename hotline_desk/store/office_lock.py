"""The office poll runs once for the whole office: on PostgreSQL one poller –
whichever workstation's got there first – holds a session-level advisory lock
on its own connection for as long as it runs; the others follow. When the
holder stops or loses its connection, the lock goes with it and the next poll
elsewhere takes it over. SQLite: one workstation, always the holder."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.store.database import Database, psycopg_conninfo
from hotline_desk.store.models import AlertRow, TicketRow

OFFICE_POLL_LOCK = 12_345_000_015  # "12345", every 15 minutes


class OfficePollLock:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._connection: Any = None
        self._finalizer: Any = None

    def holds(self) -> bool:
        """Whether this poller is (or now becomes) the office's one."""
        if self.database.dialect != "postgresql":
            return True
        import psycopg

        if self._connection is not None:
            try:
                self._connection.execute("SELECT 1")
                return True
            except psycopg.Error:  # the connection died: so did the lock
                self.release()
        connection = psycopg.connect(psycopg_conninfo(self.database.url), autocommit=True)
        got = connection.execute("SELECT pg_try_advisory_lock(%s)", (OFFICE_POLL_LOCK,)).fetchone()
        if got and got[0]:
            self._connection = connection
            # A poller dropped without close() lets the lock go with it.
            self._finalizer = weakref.finalize(self, connection.close)
            return True
        connection.close()
        return False

    def release(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None
                self._finalizer.detach()


@dataclass(frozen=True)
class StoredAlert:
    id: int
    kind: str
    number: str
    title: str
    body: str


def alerts_for_owner(
    session: Session, owner: str, after_id: int, since: datetime
) -> Sequence[StoredAlert]:
    """Alerts the office poll stored (after ``after_id``, not before ``since``)
    about tickets this operator owns."""
    rows = session.execute(
        select(AlertRow.id, AlertRow.kind, AlertRow.number, AlertRow.title, AlertRow.body)
        .join(TicketRow, TicketRow.id == AlertRow.ticket_id)
        .where(AlertRow.id > after_id, AlertRow.created_at >= since, TicketRow.owner == owner)
        .order_by(AlertRow.id)
    )
    return [StoredAlert(*row) for row in rows]


def newest_alert_id(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.max(AlertRow.id))) or 0)
