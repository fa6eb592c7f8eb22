"""The six ensures of a ticket, from its stored event trail, and the verdict
behind the stored "ensures missing" flag (kept by services.derived)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hotline_desk.domain.ensures import EnsureResult, evaluate
from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.services.context import AppContext
from hotline_desk.store.tickets import TicketStore
from hotline_desk.store.units import unit_phones

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def ticket_ensures(
    context: AppContext, number: str, known: tuple[Ticket, list[Event]] | None = None
) -> list[EnsureResult]:
    """The six ensures of a ticket; ``known``: its ticket and events, when the
    caller has just read them (the detail: not read twice)."""
    with context.db.session() as session:
        if known is None:
            store = TicketStore(session)
            ticket = store.get(number)
            assert ticket.id is not None
            known = ticket, store.events(ticket.id)
        units = context.cached("unit_phones", lambda: unit_phones(session))
    return evaluate(*known, units, context.clock.now(), context.calendar)


def missing_now(context: AppContext, session: Session) -> Callable[[Ticket, list[Event]], bool]:
    """Whether a ticket misses one of the six ensures now (the domain's verdict)."""
    units = context.cached("unit_phones", lambda: unit_phones(session))
    now, calendar = context.clock.now(), context.calendar
    return lambda ticket, events: any(
        r.missing for r in evaluate(ticket, events, units, now, calendar)
    )
