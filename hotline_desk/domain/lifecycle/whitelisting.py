"""The whitelist's events (白名单, see domain.whitelist): confirmed normal on a
ticket, recognised on a new ticket's arrival, ended – each on record."""

from __future__ import annotations

from datetime import date, datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event
from hotline_desk.domain.ticket import Event, Ticket


def confirm_normal(
    ticket: Ticket, actor: str, at: datetime, entry_id: int, until: date, reason: str
) -> Event:
    """列入白名单: the matter this ticket reports is normal until ``until``."""
    return _event(
        ticket, Action.WHITELIST, actor, at, ticket.state, reason.strip(),
        whitelist=entry_id, until=until.isoformat(),
    )  # fmt: skip


def recognised(
    ticket: Ticket, actor: str, at: datetime, entry_id: int, source: str, until: date
) -> Event:
    """白名单比对: a new ticket repeats a frozen matter (flagged, nothing else changes)."""
    ticket.whitelist_id = entry_id
    return _event(
        ticket, Action.WHITELIST_MATCH, actor, at, ticket.state,
        whitelist=entry_id, source=source, until=until.isoformat(),
    )  # fmt: skip


def end_normal(ticket: Ticket, actor: str, at: datetime, entry_id: int, reason: str) -> Event:
    """移出白名单 before its date (the entry kept, marked removed)."""
    return _event(
        ticket, Action.UNWHITELIST, actor, at, ticket.state, reason.strip(), whitelist=entry_id
    )
