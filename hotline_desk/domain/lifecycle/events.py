"""Recording an action as an Event, the shared checks, and reading a history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from hotline_desk.domain.lifecycle.actions import _REQUIRED_STATES, FOLLOWED_AT_THE_UNIT, Action
from hotline_desk.domain.lifecycle.refusals import (
    EMPTY_TEXT,
    MERGED_FOLLOWS,
    WRONG_STATE,
    ActionRefused,
)
from hotline_desk.domain.ticket import (
    Event,
    Ticket,
    TicketState,
)


def _require_state(ticket: Ticket, action: Action) -> None:
    allowed = _REQUIRED_STATES[action]
    if ticket.state not in allowed:
        wanted = tuple(s.label for s in TicketState if s in allowed)
        raise ActionRefused(ticket, action, WRONG_STATE, states=wanted)
    if ticket.merged_into and action in FOLLOWED_AT_THE_UNIT:
        raise ActionRefused(ticket, action, MERGED_FOLLOWS, main=ticket.merged_into)


def _require_text(ticket: Ticket, action: Action, value: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ActionRefused(ticket, action, EMPTY_TEXT, what=what)
    return cleaned


def _event(
    ticket: Ticket,
    action: Action,
    actor: str,
    at: datetime,
    before: TicketState,
    note: str = "",
    **data: Any,
) -> Event:
    return Event(
        action.value,
        actor,
        at,
        before,
        ticket.state,
        note,
        {k: v for k, v in data.items() if v is not None},
    )


def changing_events(events: Sequence[Event]) -> list[Event]:
    """The events that changed the ticket or its record – all but looking at the
    caller (which a callback form itself logs while the operator dials) or at
    an attachment."""
    looks = (Action.REVEAL.value, Action.OPEN_ATTACHMENT.value)
    return [e for e in events if e.action not in looks]


def failed_callbacks(events: Sequence[Event]) -> int:
    """Callback attempts that did not reach the citizen since the latest feedback
    (a new feedback starts a new round of callbacks)."""
    count = 0
    for event in events:
        if event.action == Action.FEEDBACK.value:
            count = 0
        elif event.action == Action.CALLBACK.value and not event.data.get("reached"):
            count = 0 if event.data.get("unreachable") else count + 1
    return count
