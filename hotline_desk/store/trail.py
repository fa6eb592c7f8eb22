"""Sealing and verifying the event trail in the store (domain.trail decides).

The office's key reaches a session through ``session.info`` (the Database
puts it there); the store never keeps it. Every write of events – one action,
a new ticket, an import batch, a bulk load – seals them in the same
transaction. ``seal_all`` seals a history written before seals existed, and
``verify`` walks every trail (or some) in chunks of tickets, reading only raw
rows, so that a million tickets verify in well under a minute.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import Session

from hotline_desk.domain.trail import (
    EventTuple,
    SealedFields,
    TrailBreak,
    check_trail,
    extend_trail,
)
from hotline_desk.store.models import EventRow, TicketRow, TrailSealRow

# session.info key: (LAST_SEAL, ticket id) -> (events read, the last one's seal)
LAST_SEAL = "last_seal"

KEY_INFO = "trail_key"  # session.info: the office's key (bytes) or None
REQUIRED_INFO = "trail_required"  # session.info: the store is sealed, a key must be there
CHUNK = 2000


class TrailKeyMissing(Exception):
    """This workstation lacks the key the store's trail is sealed with."""

    def __init__(self) -> None:
        super().__init__(
            "本工作站没有本办公室的记录密钥，只能查看、不能办理：请管理员在已有密钥的工作站运行 "
            "hotline-desk db trail-key export 文件名，再在本机运行 hotline-desk db trail-key "
            "import 文件名"
        )


def session_key(session: Session) -> bytes | None:
    """The office's key for this session's writes; None on a store not sealed
    yet; TrailKeyMissing on a sealed store this workstation has no key for."""
    key = session.info.get(KEY_INFO)
    if key is None and session.info.get(REQUIRED_INFO):
        raise TrailKeyMissing()
    return key if isinstance(key, bytes) else None


def _fields(row: EventRow | Any) -> SealedFields:
    return SealedFields(
        row.at, row.actor, row.action, row.from_state, row.to_state, row.note, row.data
    )


def seal_new_events(session: Session, row: TicketRow, new: Sequence[EventRow]) -> None:
    """Seals ``new`` (not yet written) as the next events of ``row``'s trail and
    moves the ticket's head; ``row`` must carry its id and its new state."""
    key = session_key(session)
    if key is None:
        return
    length = row.trail_length or 0
    last = ""
    known = session.info.pop((LAST_SEAL, row.id), None)  # the history this unit of work read
    if known is not None and known[0] == length and known[1]:
        last = known[1]  # the same trail as the locked row's: nothing added since
    elif length:
        with session.no_autoflush:
            last = (
                session.scalar(
                    select(EventRow.seal)
                    .where(EventRow.ticket_id == row.id)
                    .order_by(EventRow.id.desc())
                    .limit(1)
                )
                or ""
            )
    seals, head = extend_trail(
        key, row.id, row.number, row.state, length, last, [_fields(e) for e in new]
    )
    for event, seal in zip(new, seals, strict=True):
        event.seal = seal
    row.trail_length = length + len(new)
    row.trail_head = head


def seal_fresh(
    session: Session, ticket_id: int, number: str, state: str, events: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """Seals the whole trail of a ticket written in bulk (``events`` as insert
    rows, sealed in place); the ticket's trail columns, or None without a key."""
    key = session_key(session)
    if key is None:
        return None
    fields = [
        SealedFields(
            e["at"], e["actor"], e["action"], e["from_state"], e["to_state"], e["note"], e["data"]
        )
        for e in events
    ]
    seals, head = extend_trail(key, ticket_id, number, state, 0, "", fields)
    for event, seal in zip(events, seals, strict=True):
        event["seal"] = seal
    return {"trail_length": len(events), "trail_head": head}


_EVENT_COLUMNS = (
    "SELECT id, ticket_id, at, actor, action, from_state, to_state, note, "
    "CAST(data AS TEXT), seal FROM ticket_events WHERE ticket_id BETWEEN {} AND {}"
)
_TICKET_COLUMNS = (
    "SELECT id, number, state, trail_length, trail_head FROM tickets WHERE id BETWEEN {} AND {}"
)


@dataclass(frozen=True)
class _Trail:
    ticket_id: int
    number: str
    state: str
    length: int | None
    head: str | None
    events: list[EventTuple]


def _trails(session: Session, low: int, high: int) -> Iterator[_Trail]:
    """The trails of tickets low..high, each in the order written: raw rows
    through the driver's own cursor (SQLAlchemy's row objects cost more than
    the check itself, a million tickets over)."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    marks = ("?", "?") if session.get_bind().dialect.name == "sqlite" else ("%s", "%s")
    try:
        cursor.execute(_EVENT_COLUMNS.format(*marks), (low, high))
        events: dict[int, list[EventTuple]] = {}
        for event_id, ticket_id, *rest in cursor.fetchall():
            events.setdefault(ticket_id, []).append((event_id, *rest))
        cursor.execute(_TICKET_COLUMNS.format(*marks), (low, high))
        tickets = cursor.fetchall()
    finally:
        cursor.close()
    for ticket_id, number, state, length, head in tickets:
        trail = events.get(ticket_id, [])
        trail.sort(key=lambda e: e[0])
        yield _Trail(ticket_id, number, state, length, head, trail)


def id_span(session: Session) -> tuple[int, int] | None:
    """The lowest and highest ticket id (None: no ticket)."""
    low, high = session.execute(select(func.min(TicketRow.id), func.max(TicketRow.id))).one()
    return None if low is None else (int(low), int(high))


def _id_ranges(
    session: Session, ids: Iterable[int] | None, span: tuple[int, int] | None
) -> Iterator[tuple[int, int]]:
    if ids is not None:
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            yield chunk[0], chunk[-1]
        return
    span = span or id_span(session)
    if span is not None:
        yield from _id_ranges_between(*span)


def verify(
    session: Session,
    key: bytes,
    ticket_ids: Iterable[int] | None = None,
    span: tuple[int, int] | None = None,
) -> Iterator[TrailBreak | int]:
    """Every break (a TrailBreak per ticket that does not verify) among
    ``ticket_ids``, the tickets of ``span`` (low, high) or all; after each
    chunk, the number of tickets checked so far (an int, for progress)."""
    wanted = set(ticket_ids) if ticket_ids is not None else None
    checked = 0
    for low, high in _id_ranges(session, wanted, span):
        for trail in _trails(session, low, high):
            if wanted is not None and trail.ticket_id not in wanted:
                continue
            checked += 1
            broken = check_trail(
                key, trail.ticket_id, trail.number, trail.state, trail.head, trail.length,
                trail.events,
            )  # fmt: skip
            if broken is not None:
                yield broken
        yield checked


def seal_range(session: Session, key: bytes, low: int, high: int) -> tuple[int, int]:
    """Seals, as they stand, the trails of tickets low..high (written before
    seals, or in bulk by SQL); returns (tickets, events) sealed."""
    tickets = events = 0
    for low_id, high_id in _id_ranges_between(low, high):
        event_updates: list[dict[str, Any]] = []
        ticket_updates: list[dict[str, Any]] = []
        for trail in _trails(session, low_id, high_id):
            seals, head = extend_trail(
                key, trail.ticket_id, trail.number, trail.state, 0, "",
                [SealedFields(e[1], e[2], e[3], e[4], e[5], e[6] or "", e[7]) for e in trail.events],
            )  # fmt: skip
            event_updates += [{"i": e[0], "s": s} for e, s in zip(trail.events, seals, strict=True)]
            ticket_updates.append({"i": trail.ticket_id, "n": len(trail.events), "h": head})
        connection = session.connection()
        if event_updates:
            connection.execute(
                update(EventRow.__table__)  # type: ignore[arg-type]
                .where(EventRow.__table__.c.id == bindparam("i"))
                .values(seal=bindparam("s")),
                event_updates,
            )
        if ticket_updates:
            connection.execute(
                update(TicketRow.__table__)  # type: ignore[arg-type]
                .where(TicketRow.__table__.c.id == bindparam("i"))
                .values(trail_length=bindparam("n"), trail_head=bindparam("h")),
                ticket_updates,
            )
        tickets += len(ticket_updates)
        events += len(event_updates)
    return tickets, events


def _id_ranges_between(low: int, high: int) -> Iterator[tuple[int, int]]:
    for start in range(low, high + 1, CHUNK):
        yield start, min(start + CHUNK - 1, high)


def seal_all(session: Session, key: bytes) -> tuple[int, int]:
    span = id_span(session)
    return seal_range(session, key, *span) if span is not None else (0, 0)


def record_sealing(
    session: Session, fingerprint: str, at: datetime, by: str, tickets: int, events: int
) -> None:
    session.add(TrailSealRow(
        key_fingerprint=fingerprint, sealed_at=at, sealed_by=by, tickets=tickets, events=events
    ))  # fmt: skip


def sealings(session: Session) -> list[TrailSealRow]:
    return list(session.scalars(select(TrailSealRow).order_by(TrailSealRow.id)))


def tickets_with_events_since(session: Session, since: datetime) -> list[int]:
    return list(session.scalars(select(EventRow.ticket_id).where(EventRow.at >= since).distinct()))


def lock_sealing(session: Session) -> None:
    """Serialises the first sealing of a shared store between workstations
    (PostgreSQL; a SQLite file has one writer at a time anyway)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7472001)"))
