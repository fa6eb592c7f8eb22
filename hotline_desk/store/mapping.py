"""Conversion between the domain's Ticket/Event and their rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from hotline_desk.domain.ticket import (
    Caller,
    Event,
    Satisfaction,
    Ticket,
    TicketKind,
    TicketState,
)
from hotline_desk.store.models import EventRow, TicketCoUnitRow, TicketRow

# Plain columns that carry the same name and value on both sides.
_SAME_NAME_FIELDS = (
    "number", "received_at", "category", "title", "content", "address", "confidential",
    "city_due_at", "due_at", "dispatch_due_at", "main_unit_id", "owner", "first_dispatcher",
    "dispatched_at", "feedback_at", "submitted_at", "archived_at", "commitment_pending",
    "requested_due_at", "commitment_count", "returned", "unjustified_return", "reassigned",
    "difficult", "false_feedback", "rehandling", "review_returned", "transfer_count",
    "return_count", "leader_decision", "feedback_incomplete", "limit_rule", "merged_into",
    "whitelist_id",
)  # fmt: skip


def ticket_from_row(row: TicketRow) -> Ticket:
    values = {name: getattr(row, name) for name in _SAME_NAME_FIELDS}
    return Ticket(
        **values,
        id=row.id,
        kind=TicketKind(row.kind),
        state=TicketState(row.state),
        caller=Caller(row.caller_name, row.caller_phone, row.caller_address),
        satisfaction=Satisfaction(row.satisfaction) if row.satisfaction else None,
        co_unit_ids=tuple(link.unit_id for link in row.co_units),
    )


def copy_ticket_to_row(ticket: Ticket, row: TicketRow) -> None:
    for name in _SAME_NAME_FIELDS:
        value = getattr(ticket, name)
        if getattr(row, name, None) != value:
            setattr(row, name, value)
    row.kind = ticket.kind.value
    row.state = ticket.state.value
    row.caller_name = ticket.caller.name
    row.caller_phone = ticket.caller.phone
    row.caller_address = ticket.caller.address
    row.satisfaction = ticket.satisfaction.value if ticket.satisfaction else None
    current = [link.unit_id for link in row.co_units]
    if current != list(ticket.co_unit_ids):
        row.co_units = [
            TicketCoUnitRow(unit_id=unit_id, position=i)
            for i, unit_id in enumerate(ticket.co_unit_ids)
        ]


def event_row(ticket_id: int, event: Event) -> EventRow:
    return EventRow(
        ticket_id=ticket_id,
        at=event.at,
        actor=event.actor,
        action=event.action,
        from_state=event.from_state.value,
        to_state=event.to_state.value,
        note=event.note,
        data=event.data,
    )


def event_from_row(row: EventRow | Row[Any]) -> Event:
    """An event from its ORM row or a plain row of the same columns."""
    return Event(
        row.action,
        row.actor,
        row.at,
        TicketState(row.from_state),
        TicketState(row.to_state),
        row.note,
        dict(row.data or {}),
    )
