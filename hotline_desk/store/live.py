"""Telling every open window which tickets others changed.

PostgreSQL: each save sends ``NOTIFY hotline_tickets, '<number>'`` in its
transaction (delivered on commit); a listener holds its own connection with
``LISTEN`` and hands the numbers on as they come. SQLite (a second window on
one workstation): a cheap periodic look at the newest event id does the same.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from hotline_desk.store.database import Database, psycopg_conninfo
from hotline_desk.store.models import EventRow, TicketRow

CHANNEL = "hotline_tickets"


def announce(session: Session, numbers: list[str]) -> None:
    """Queues the change notice of these tickets (sent when the session commits)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for number in dict.fromkeys(numbers):
        session.execute(
            text("SELECT pg_notify(:channel, :number)"), {"channel": CHANNEL, "number": number}
        )


EVERYTHING = "*"  # no ticket's number: "anything may have changed" (after a lost connection)
# A listening connection that dies without a word (a cable pulled, a server
# powered off) is noticed within about a minute instead of never.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


class ChangeListener:
    """Calls ``changed(numbers)`` from its own thread when others change tickets;
    ``[EVERYTHING]`` when it was cut off for a while (a server restart) and has
    listened again, since what was announced meanwhile is lost."""

    def __init__(
        self,
        database: Database,
        changed: Callable[[list[str]], None],
        interval_s: float = 1.0,
        retry_s: float = 5.0,
    ) -> None:
        self.database = database
        self.changed = changed
        self.interval = interval_s
        self.retry = retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # listening (or watching) from now on

    def start(self) -> None:
        target = self._listen if self.database.dialect == "postgresql" else self._watch
        self._thread = threading.Thread(target=target, name="hotline-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- PostgreSQL ------------------------------------------------------------------
    def _listen(self) -> None:
        import psycopg
        from psycopg.conninfo import make_conninfo

        conninfo = make_conninfo(psycopg_conninfo(self.database.url), **KEEPALIVES)
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    if lost:  # notices sent meanwhile are gone: look at everything again
                        self.changed([EVERYTHING])
                        lost = False
                    while not self._stop.is_set():
                        # Each notice at once (the window gathers them); the
                        # timeout only lets stop() be noticed.
                        for notice in connection.notifies(timeout=self.interval):
                            self.changed([notice.payload])
            except (psycopg.OperationalError, psycopg.InterfaceError):  # the server went away
                lost = True
                self._stop.wait(self.retry)

    # -- SQLite ------------------------------------------------------------------------
    def _watch(self) -> None:
        last = self._newest_event()
        self.ready.set()
        while not self._stop.wait(self.interval):
            try:
                newest = self._newest_event()
                if newest > last:
                    self.changed(self._numbers_since(last))
                    last = newest
            except OperationalError:  # the file locked or gone for a moment: look again
                continue

    def _newest_event(self) -> int:
        with self.database.session() as session:
            return int(session.scalar(select(func.max(EventRow.id))) or 0)

    def _numbers_since(self, last: int) -> list[str]:
        with self.database.session() as session:
            rows: Any = session.execute(
                select(TicketRow.number)
                .join(EventRow, EventRow.ticket_id == TicketRow.id)
                .where(EventRow.id > last)
                .distinct()
            )
            return [number for (number,) in rows]
