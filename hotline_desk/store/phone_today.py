"""What 今日催办 needs to know, read in two light queries (no full tickets)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.ticket import TicketState
from hotline_desk.store.models import EventRow, TicketRow


@dataclass(frozen=True, slots=True)
class HandlingTicket:
    id: int
    number: str
    main_unit_id: int
    due_at: datetime | None


@dataclass(frozen=True, slots=True)
class CallLogged:
    ticket_id: int
    at: datetime
    data: dict[str, Any]  # purpose, reached, unit_id ...


def handling_tickets(session: Session) -> list[HandlingTicket]:
    """Tickets a unit is handling, nearest due first."""
    statement = (
        select(TicketRow.id, TicketRow.number, TicketRow.main_unit_id, TicketRow.due_at)
        .where(
            TicketRow.state == TicketState.HANDLING.value,
            TicketRow.main_unit_id.is_not(None),
        )
        .order_by(TicketRow.due_at, TicketRow.id)
    )
    return [
        HandlingTicket(ticket_id, number, unit_id, due_at)
        for ticket_id, number, unit_id, due_at in session.execute(statement)
        if unit_id is not None  # the query asks for a unit; this tells the type checker
    ]


def calls_on_handling_tickets(session: Session) -> list[CallLogged]:
    """Every logged phone call on a ticket a unit is handling."""
    statement = (
        select(EventRow.ticket_id, EventRow.at, EventRow.data)
        .join(TicketRow, TicketRow.id == EventRow.ticket_id)
        .where(TicketRow.state == TicketState.HANDLING.value, EventRow.action == "call")
    )
    return [
        CallLogged(ticket_id, at, data or {}) for ticket_id, at, data in session.execute(statement)
    ]
