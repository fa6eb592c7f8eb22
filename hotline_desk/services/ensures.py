"""The six ensures of a ticket, from its stored event trail, and the stored
"ensures missing" flag the queue filters on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from hotline_desk.domain.ensures import EnsureResult, evaluate
from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.services.context import AppContext
from hotline_desk.store.tickets import TicketStore
from hotline_desk.store.units import unit_phones

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hotline_desk.store.models import TicketRow


def ticket_ensures(context: AppContext, number: str) -> list[EnsureResult]:
    with context.db.session() as session:
        store = TicketStore(session)
        ticket = store.get(number)
        assert ticket.id is not None
        events = store.events(ticket.id)
        units = unit_phones(session)
    return evaluate(ticket, events, units, context.clock.now(), context.calendar)


def _missing(context: AppContext, session: Session) -> Callable[[Ticket, list[Event]], bool]:
    """Whether a ticket misses one of the six ensures now (the domain's verdict)."""
    units, now, calendar = unit_phones(session), context.clock.now(), context.calendar
    return lambda ticket, events: any(
        r.missing for r in evaluate(ticket, events, units, now, calendar)
    )


def update_flags(context: AppContext, session: Session, rows: Iterable[TicketRow]) -> int:
    """Recomputes ``ensures_missing`` for these rows; returns how many changed."""
    return TicketStore(session).update_ensures_flags(rows, _missing(context, session))


def refresh_unfinished(context: AppContext) -> int:
    """Time moves ensures from "not yet" to "missing": the poll calls this."""
    with context.db.session() as session:
        store = TicketStore(session)
        return store.update_ensures_flags(store.unfinished_rows(), _missing(context, session))
