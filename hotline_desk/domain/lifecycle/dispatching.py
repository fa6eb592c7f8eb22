"""Registering, dispatching, transferring, returning and re-assigning a ticket."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event, _require_state, _require_text
from hotline_desk.domain.lifecycle.refusals import (
    MAIN_IS_CO_UNIT,
    REDISPATCH_SAME_UNIT,
    SAME_UNIT,
    UNJUSTIFIED_KEEPS_UNIT,
    ActionRefused,
)
from hotline_desk.domain.ticket import (
    Event,
    Ticket,
    TicketState,
)


def create(ticket: Ticket, actor: str, at: datetime) -> Event:
    return _event(ticket, Action.CREATE, actor, at, ticket.state)


def dispatch(
    ticket: Ticket,
    actor: str,
    at: datetime,
    main_unit_id: int,
    co_unit_ids: Sequence[int] = (),
    note: str = "",
) -> Event:
    """派单: hand the ticket to a main unit (and co-units); the dispatcher owns it."""
    _require_state(ticket, Action.DISPATCH)
    if main_unit_id in co_unit_ids:
        raise ActionRefused(ticket, Action.DISPATCH, MAIN_IS_CO_UNIT)
    before = ticket.state
    is_transfer = ticket.returned
    ticket.main_unit_id = main_unit_id
    ticket.co_unit_ids = tuple(dict.fromkeys(co_unit_ids))
    if ticket.owner is None:
        ticket.owner = actor
    if ticket.first_dispatcher is None:
        ticket.first_dispatcher = actor
    if ticket.dispatched_at is None:
        ticket.dispatched_at = at
    if ticket.due_at is None:
        ticket.due_at = ticket.city_due_at
    if is_transfer:
        ticket.transfer_count += 1
        ticket.returned = False
    ticket.state = TicketState.HANDLING
    return _event(
        ticket,
        Action.DISPATCH,
        actor,
        at,
        before,
        note,
        main_unit_id=main_unit_id,
        co_unit_ids=list(ticket.co_unit_ids),
        transfer=is_transfer or None,
    )


def transfer(
    ticket: Ticket,
    actor: str,
    at: datetime,
    main_unit_id: int,
    co_unit_ids: Sequence[int] = (),
    reason: str = "",
) -> Event:
    """转办: re-dispatch a ticket in handling to another unit."""
    _require_state(ticket, Action.TRANSFER)
    if main_unit_id == ticket.main_unit_id:
        raise ActionRefused(ticket, Action.TRANSFER, SAME_UNIT)
    before = ticket.state
    previous = ticket.main_unit_id
    ticket.main_unit_id = main_unit_id
    ticket.co_unit_ids = tuple(u for u in dict.fromkeys(co_unit_ids) if u != main_unit_id)
    ticket.transfer_count += 1
    ticket.returned = False
    return _event(
        ticket,
        Action.TRANSFER,
        actor,
        at,
        before,
        reason,
        from_unit_id=previous,
        main_unit_id=main_unit_id,
        co_unit_ids=list(ticket.co_unit_ids),
    )


def return_ticket(
    ticket: Ticket,
    actor: str,
    at: datetime,
    reason: str,
    justified: bool,
    new_unit_id: int | None = None,
) -> Event:
    """退单: the unit hands the ticket back.

    Justified: re-dispatch to the right unit (a transfer) now, or later when
    no unit is named (the ticket waits in 待派单). Unjustified (无故退单): the
    unit keeps the ticket, which is flagged and escalated to the leader.
    """
    _require_state(ticket, Action.RETURN)
    reason = _require_text(ticket, Action.RETURN, reason, "退单理由")
    if not justified and new_unit_id is not None:
        raise ActionRefused(
            ticket,
            Action.RETURN,
            UNJUSTIFIED_KEEPS_UNIT,
        )
    before = ticket.state
    from_unit = ticket.main_unit_id
    ticket.return_count += 1
    if justified and new_unit_id is not None:
        if new_unit_id == from_unit:
            raise ActionRefused(ticket, Action.RETURN, REDISPATCH_SAME_UNIT)
        ticket.main_unit_id = new_unit_id
        ticket.co_unit_ids = tuple(u for u in ticket.co_unit_ids if u != new_unit_id)
        ticket.transfer_count += 1
    elif justified:
        ticket.returned = True
        ticket.main_unit_id = None
        ticket.co_unit_ids = ()
        ticket.state = TicketState.RECEIVED
    else:
        ticket.unjustified_return = True
        ticket.difficult = True
    return _event(
        ticket,
        Action.RETURN,
        actor,
        at,
        before,
        reason,
        justified=justified,
        from_unit_id=from_unit,
        new_unit_id=new_unit_id,
        transfer=bool(justified and new_unit_id is not None) or None,
    )


def reassign(
    ticket: Ticket, actor: str, at: datetime, new_due_at: datetime, reason: str = ""
) -> Event:
    """重新交办: the city hands the ticket down again; its first dispatcher owns it."""
    _require_state(ticket, Action.REASSIGN)
    before = ticket.state
    ticket.state = TicketState.HANDLING
    ticket.reassigned = True
    ticket.rehandling = True
    ticket.owner = ticket.first_dispatcher or ticket.owner or actor
    ticket.due_at = new_due_at
    ticket.submitted_at = None
    ticket.archived_at = None
    ticket.satisfaction = None
    return _event(
        ticket,
        Action.REASSIGN,
        actor,
        at,
        before,
        reason,
        owner=ticket.owner,
        new_due_at=new_due_at.isoformat(),
    )
