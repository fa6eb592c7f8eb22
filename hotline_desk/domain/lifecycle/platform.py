"""Events that record what the city platform changed, and conflicts with it."""

from __future__ import annotations

from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event
from hotline_desk.domain.ticket import (
    Event,
    Ticket,
)


def platform_update(
    ticket: Ticket, actor: str, at: datetime, note: str, changes: dict[str, list[str]]
) -> Event:
    """Fields the platform changed and the office had left alone (old, new)."""
    return _event(ticket, Action.PLATFORM_UPDATE, actor, at, ticket.state, note, changes=changes)


def platform_due(
    ticket: Ticket, actor: str, at: datetime, note: str, old: datetime | None, new: datetime
) -> Event:
    return _event(
        ticket,
        Action.PLATFORM_DUE,
        actor,
        at,
        ticket.state,
        note,
        old_due_at=old.isoformat() if old else None,
        new_due_at=new.isoformat(),
    )


def platform_conflict(
    ticket: Ticket, actor: str, at: datetime, name: str, local: str, platform: str, note: str
) -> Event:
    return _event(
        ticket,
        Action.PLATFORM_CONFLICT,
        actor,
        at,
        ticket.state,
        note,
        field=name,
        local=local,
        platform_value=platform,
    )


def settle_conflict(
    ticket: Ticket, actor: str, at: datetime, name: str, chosen: str, taken: bool
) -> Event:
    """The operator settled a conflict: ``taken`` when the platform's value won."""
    return _event(
        ticket,
        Action.SETTLE_CONFLICT,
        actor,
        at,
        ticket.state,
        "采用市平台的值" if taken else "保留本地的值",
        field=name,
        chosen=chosen,
    )


def platform_seen(
    ticket: Ticket, actor: str, at: datetime, note: str, platform: dict[str, str]
) -> Event:
    return _event(ticket, Action.PLATFORM_SEEN, actor, at, ticket.state, note, platform=platform)
