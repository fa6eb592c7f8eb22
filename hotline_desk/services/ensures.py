"""The six ensures of a ticket, from its stored event trail, and the stored
"ensures missing" flag the queue filters on."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.ensures import EnsureResult, UnitPhones, evaluate
from hotline_desk.domain.ticket import UNFINISHED_STATES
from hotline_desk.services.context import AppContext
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.models import TicketRow, UnitRow
from hotline_desk.store.tickets import TicketStore


def _unit_phones(session: Session) -> dict[int, UnitPhones]:
    return {
        row.id: UnitPhones(row.handler_phone, row.leader_phone)
        for row in session.scalars(select(UnitRow))
    }


def ticket_ensures(context: AppContext, number: str) -> list[EnsureResult]:
    with context.db.session() as session:
        store = TicketStore(session)
        ticket = store.get(number)
        assert ticket.id is not None
        events = store.events(ticket.id)
        units = _unit_phones(session)
    return evaluate(ticket, events, units, context.clock.now(), context.calendar)


def update_flags(context: AppContext, session: Session, rows: Iterable[TicketRow]) -> int:
    """Recomputes ``ensures_missing`` for these rows; returns how many changed."""
    rows = list(rows)
    if not rows:
        return 0
    store = TicketStore(session)
    events = store.events_by_ticket([row.id for row in rows])
    units = _unit_phones(session)
    now, calendar = context.clock.now(), context.calendar
    changed = 0
    for row in rows:
        missing = any(
            r.missing for r in evaluate(ticket_from_row(row), events[row.id], units, now, calendar)
        )
        if row.ensures_missing != missing:
            row.ensures_missing = missing
            changed += 1
    return changed


def refresh_unfinished(context: AppContext) -> int:
    """Time moves ensures from "not yet" to "missing": the poll calls this."""
    with context.db.session() as session:
        rows = session.scalars(
            select(TicketRow).where(TicketRow.state.in_([s.value for s in UNFINISHED_STATES]))
        )
        return update_flags(context, session, rows)
