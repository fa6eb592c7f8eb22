"""Bulk writes for demo and benchmark databases (hundreds of thousands of tickets).

The ORM costs tens of microseconds a row; these paths use the driver's
executemany with values already in the store's own formats, and derive the
event trail of archived history tickets from their timestamps in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, text, update
from sqlalchemy.orm import Session

from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.store.indexes import ensure_ticket_indexes
from hotline_desk.store.mapping import _SAME_NAME_FIELDS
from hotline_desk.store.models import EventRow, TicketCoUnitRow, TicketRow
from hotline_desk.store.search_text import index_body, search_insert_sql
from hotline_desk.store.tickets import searchable_parts
from hotline_desk.store.trail import seal_fresh, seal_range, session_key

TICKETS = cast(Table, TicketRow.__table__)
EVENTS = cast(Table, EventRow.__table__)
CO_UNITS = cast(Table, TicketCoUnitRow.__table__)


def _ticket_row(ticket: Ticket) -> dict[str, Any]:
    row = {name: getattr(ticket, name) for name in _SAME_NAME_FIELDS}
    row.update(
        kind=ticket.kind.value,
        state=ticket.state.value,
        caller_name=ticket.caller.name,
        caller_phone=ticket.caller.phone,
        caller_address=ticket.caller.address,
        version=1,
        satisfaction=ticket.satisfaction.value if ticket.satisfaction else None,
    )
    return row


def write_tickets(
    session: Session, batch: Sequence[tuple[Ticket, list[Event]]], first_id: int | None = None
) -> None:
    """Tickets with their full event trails in a few statements.

    With ``first_id`` the tickets get ids first_id, first_id + 1, ... (demo and
    benchmark databases); without, the database gives them (RETURNING, in the
    order given) and each ticket's ``id`` is set.
    """
    if not batch:
        return
    ticket_rows = [_ticket_row(ticket) for ticket, _ in batch]
    if first_id is not None:
        ids = list(range(first_id, first_id + len(batch)))
        for row, ticket_id in zip(ticket_rows, ids, strict=True):
            row["id"] = ticket_id
        session.execute(insert(TICKETS), ticket_rows)
    else:
        statement = insert(TICKETS).returning(TICKETS.c.id, sort_by_parameter_order=True)
        ids = list(session.scalars(statement, ticket_rows))
    co_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    search_rows: list[dict[str, Any]] = []
    heads: list[dict[str, Any]] = []
    for ticket_id, (ticket, events) in zip(ids, batch, strict=True):
        ticket.id = ticket_id
        co_rows += [
            {"ticket_id": ticket_id, "unit_id": u, "position": p}
            for p, u in enumerate(ticket.co_unit_ids)
        ]
        trail = [
            {
                "ticket_id": ticket_id,
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "from_state": e.from_state.value,
                "to_state": e.to_state.value,
                "note": e.note,
                "data": e.data,
            }
            for e in events
        ]
        head = seal_fresh(session, ticket_id, ticket.number, ticket.state.value, trail)
        if head is not None:
            heads.append({"i": ticket_id, "n": head["trail_length"], "h": head["trail_head"]})
        event_rows += trail
        search_rows.append({"id": ticket_id, "body": index_body(searchable_parts(ticket))})
    if co_rows:
        session.execute(insert(CO_UNITS), co_rows)
    if event_rows:
        session.execute(insert(EVENTS), event_rows)
    if heads:
        session.connection().execute(
            update(TICKETS)
            .where(TICKETS.c.id == bindparam("i"))
            .values(trail_length=bindparam("n"), trail_head=bindparam("h")),
            heads,
        )
    session.execute(text(search_insert_sql(session.get_bind().dialect.name)), search_rows)


@dataclass(frozen=True, slots=True)
class HistoryTicket:
    """An archived ticket of past years: dispatched, answered, called back, closed."""

    id: int
    number: str
    received_at: datetime
    kind: str
    category: str
    title: str
    content: str
    address: str
    caller_name: str
    caller_phone: str
    caller_address: str
    confidential: bool
    due_at: datetime
    dispatch_due_at: datetime
    main_unit_id: int
    owner: str
    dispatched_at: datetime
    feedback_at: datetime
    submitted_at: datetime
    archived_at: datetime
    satisfaction: str | None
    search_body: str


_HISTORY_COLUMNS = (
    "id", "number", "received_at", "kind", "category", "title", "content", "address",
    "caller_name", "caller_phone", "caller_address", "confidential", "city_due_at", "due_at",
    "dispatch_due_at", "state", "main_unit_id", "owner", "first_dispatcher", "dispatched_at",
    "feedback_at", "submitted_at", "archived_at", "satisfaction", "commitment_pending",
    "commitment_count", "returned", "unjustified_return", "reassigned", "difficult",
    "false_feedback", "rehandling", "review_returned", "transfer_count", "return_count",
    "leader_decision", "feedback_incomplete", "version",
)  # fmt: skip


def _sqlite_time(value: datetime) -> str:
    # The exact text SQLAlchemy's SQLite DateTime stores, so comparisons agree.
    return value.isoformat(" ", "microseconds")


HistoryRows = tuple[list[tuple[Any, ...]], list[tuple[int, str]]]


def history_rows(tickets: Sequence[HistoryTicket], dialect: str) -> HistoryRows:
    """Driver-ready rows (tickets, search index) in the store's own formats.

    Plain tuples of strings and numbers: cheap to hand from a worker process.
    """
    as_time: Callable[[datetime], Any] = _sqlite_time if dialect == "sqlite" else _same
    rows = [
        (t.id, t.number, as_time(t.received_at), t.kind, t.category, t.title, t.content,
         t.address, t.caller_name, t.caller_phone, t.caller_address, t.confidential,
         as_time(t.due_at), as_time(t.due_at), as_time(t.dispatch_due_at), "archived",
         t.main_unit_id, t.owner, t.owner, as_time(t.dispatched_at), as_time(t.feedback_at),
         as_time(t.submitted_at), as_time(t.archived_at), t.satisfaction, False, 0, False,
         False, False, False, False, False, False, 0, 0, "", False, 1)
        for t in tickets
    ]  # fmt: skip
    return rows, [(t.id, t.search_body) for t in tickets]


def _same(value: datetime) -> datetime:
    return value


def write_history_rows(session: Session, prepared: HistoryRows) -> None:
    rows, search_rows = prepared
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    connection = session.connection()
    columns = ", ".join(_HISTORY_COLUMNS)
    if dialect == "sqlite":
        connection.exec_driver_sql(
            f"INSERT INTO tickets ({columns}) VALUES ({', '.join(['?'] * len(_HISTORY_COLUMNS))})",
            rows,
        )
        connection.exec_driver_sql(
            "INSERT INTO ticket_search(rowid, body) VALUES (?, ?)", search_rows
        )
    else:  # PostgreSQL: COPY is an order of magnitude faster than row inserts
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY tickets ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS search_load (id integer, body text)")
        with cursor.copy("COPY search_load (id, body) FROM STDIN") as copy:
            for search_row in search_rows:
                copy.write_row(search_row)
        cursor.execute(
            "INSERT INTO ticket_search(ticket_id, body) "
            "SELECT id, to_tsvector('simple', body) FROM search_load"
        )
        cursor.execute("TRUNCATE search_load")
    _derive_history_events(session, rows[0][0], rows[-1][0], dialect)
    key = session_key(session)
    if key is not None:
        seal_range(session, key, rows[0][0], rows[-1][0])


def _derive_history_events(session: Session, first: int, last: int, dialect: str) -> None:
    empty = "'{}'" if dialect == "sqlite" else "CAST('{}' AS JSON)"
    unit = (
        "json_object('main_unit_id', main_unit_id)"
        if dialect == "sqlite"
        else "json_build_object('main_unit_id', main_unit_id)"
    )
    satisfied = (
        "json_object('reached', json('true'), 'satisfaction', satisfaction)"
        if dialect == "sqlite"
        else "json_build_object('reached', true, 'satisfaction', satisfaction)"
    )
    steps = [
        ("received_at", "'city'", "create", "received", "received", empty, ""),
        ("dispatched_at", "owner", "dispatch", "received", "handling", unit, ""),
        ("feedback_at", "'unit'", "feedback", "handling", "feedback", empty, ""),
        (
            "feedback_at + INTERVAL_2H",
            "owner",
            "callback",
            "feedback",
            "called_back",
            satisfied,
            "AND NOT confidential",
        ),
        (
            "submitted_at",
            "owner",
            "submit",
            "called_back",
            "submitted",
            empty,
            "AND NOT confidential",
        ),
        ("submitted_at", "owner", "submit", "feedback", "submitted", empty, "AND confidential"),
        ("archived_at", "'city'", "archive", "submitted", "archived", empty, ""),
    ]
    two_hours = (
        "datetime(feedback_at, '+2 hours') || '.000000'"
        if dialect == "sqlite"
        else "feedback_at + INTERVAL '2 hours'"
    )
    for at, actor, action, before, after, data, condition in steps:
        at_sql = two_hours if at.endswith("INTERVAL_2H") else at
        session.execute(
            text(
                "INSERT INTO ticket_events (ticket_id, at, actor, action, from_state, to_state, "
                f"note, data) SELECT id, {at_sql}, {actor}, '{action}', '{before}', '{after}', '', "
                f"{data} FROM tickets WHERE id BETWEEN :first AND :last {condition}"
            ),
            {"first": first, "last": last},
        )


@contextmanager
def indexes_deferred(
    session_factory: Callable[[], AbstractContextManager[Session]],
) -> Iterator[None]:
    """Drops the secondary indexes of tickets and events for a bulk load and
    builds them again afterwards (also when the load fails): building an
    index over sorted data once is far cheaper than a million random updates."""
    # Event rows arrive in ticket order, so their indexes grow at a few points
    # only and stay; the ticket indexes would be updated at random places.
    with session_factory() as session:
        bind = session.connection()
        for index in TICKETS.indexes:  # by name: reflection cannot see an expression index
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index.name}")
    try:
        yield
    finally:
        with session_factory() as session:
            ensure_ticket_indexes(session.connection())


def next_ticket_id(session: Session) -> int:
    return int(session.scalar(text("SELECT COALESCE(MAX(id), 0) FROM tickets")) or 0) + 1


def sync_id_sequence(session: Session) -> None:
    """After explicit ids, PostgreSQL's sequence must move past them."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('tickets', 'id'), "
                "(SELECT MAX(id) FROM tickets))"
            )
        )


def count_events(session: Session) -> int:
    return int(session.scalar(text("SELECT COUNT(*) FROM ticket_events")) or 0)
