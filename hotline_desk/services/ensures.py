"""The six ensures of a ticket, from its stored event trail."""

from __future__ import annotations

from sqlalchemy import select

from hotline_desk.domain.ensures import EnsureResult, UnitPhones, evaluate
from hotline_desk.services.context import AppContext
from hotline_desk.store.models import UnitRow
from hotline_desk.store.tickets import TicketStore


def ticket_ensures(context: AppContext, number: str) -> list[EnsureResult]:
    with context.db.session() as session:
        store = TicketStore(session)
        ticket = store.get(number)
        assert ticket.id is not None
        events = store.events(ticket.id)
        unit_ids = [u for u in (ticket.main_unit_id, *ticket.co_unit_ids) if u is not None]
        units = {
            row.id: UnitPhones(row.handler_phone, row.leader_phone)
            for row in session.scalars(select(UnitRow).where(UnitRow.id.in_(unit_ids)))
        }
    return evaluate(ticket, events, units, context.clock.now(), context.calendar)
