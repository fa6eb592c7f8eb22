"""Commitment and extension requests (承诺件/延期), the leader's decision, due dates recomputed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event, _require_state, _require_text
from hotline_desk.domain.lifecycle.refusals import (
    APPROVAL_NEEDS_DUE,
    APPROVED_DUE_NOT_LATER,
    DEADLINE_PASSED,
    EXTENSION_TOO_LONG,
    EXTENSIONS_USED,
    NO_REQUEST,
    REQUEST_NOT_LATER,
    REQUEST_PENDING,
    ActionRefused,
)
from hotline_desk.domain.lifecycle.roles import require_role
from hotline_desk.domain.ticket import (
    Event,
    Ticket,
)


@dataclass(frozen=True, slots=True)
class ExtensionLimit:
    """What the ticket's rule allows: how many extensions, and until when."""

    max_count: int
    latest: datetime
    rule_name: str


def request_commitment(
    ticket: Ticket,
    actor: str,
    at: datetime,
    requested_due_at: datetime,
    reason: str,
    limit: ExtensionLimit | None = None,
) -> Event:
    """申请承诺件/延期: only before the deadline, for a later date, and within
    what the ticket's rule allows (``limit``: 12369 once, 30 days; 信访 60
    working days)."""
    _require_state(ticket, Action.COMMIT)
    reason = _require_text(ticket, Action.COMMIT, reason, "理由")
    if ticket.commitment_pending:
        raise ActionRefused(ticket, Action.COMMIT, REQUEST_PENDING)
    if limit is not None and ticket.commitment_count >= limit.max_count:
        raise ActionRefused(ticket, Action.COMMIT, EXTENSIONS_USED, count=limit.max_count)
    if limit is not None and requested_due_at > limit.latest:
        raise ActionRefused(
            ticket, Action.COMMIT, EXTENSION_TOO_LONG, rule=limit.rule_name, latest=limit.latest
        )
    if ticket.due_at is not None and at > ticket.due_at:
        raise ActionRefused(ticket, Action.COMMIT, DEADLINE_PASSED, due=ticket.due_at)
    if ticket.due_at is not None and requested_due_at <= ticket.due_at:
        raise ActionRefused(
            ticket,
            Action.COMMIT,
            REQUEST_NOT_LATER,
            due=ticket.due_at,
        )
    before = ticket.state
    ticket.commitment_pending = True
    ticket.requested_due_at = requested_due_at
    ticket.commitment_count += 1
    return _event(
        ticket,
        Action.COMMIT,
        actor,
        at,
        before,
        reason,
        requested_due_at=requested_due_at.isoformat(),
    )


def decide_commitment(
    ticket: Ticket,
    actor: str,
    at: datetime,
    approved: bool,
    new_due_at: datetime | None = None,
    note: str = "",
    *,
    role: str = "operator",
) -> Event:
    """The supervising leader approves (new due date) or refuses a request."""
    _require_state(ticket, Action.DECIDE)
    require_role(ticket, Action.DECIDE, actor, role)
    if not ticket.commitment_pending:
        raise ActionRefused(ticket, Action.DECIDE, NO_REQUEST)
    before = ticket.state
    old_due = ticket.due_at
    if approved:
        due = new_due_at or ticket.requested_due_at
        if due is None:
            raise ActionRefused(ticket, Action.DECIDE, APPROVAL_NEEDS_DUE)
        if (old_due is not None and due <= old_due) or due <= at:
            raise ActionRefused(ticket, Action.DECIDE, APPROVED_DUE_NOT_LATER, due=old_due or at)
        ticket.due_at = due
    ticket.commitment_pending = False
    ticket.requested_due_at = None
    return _event(
        ticket,
        Action.DECIDE,
        actor,
        at,
        before,
        note,
        approved=approved,
        old_due_at=old_due.isoformat() if old_due else None,
        new_due_at=ticket.due_at.isoformat() if approved and ticket.due_at else None,
    )


def recompute_due(ticket: Ticket, actor: str, at: datetime, new_due_at: datetime) -> Event:
    """A due date counted on an estimated calendar, counted again once the
    year's holidays are entered (the event says from what to what)."""
    old = ticket.due_at
    ticket.due_at = new_due_at
    return _event(
        ticket,
        Action.RECOMPUTE_DUE,
        actor,
        at,
        ticket.state,
        "录入节假日安排后重算",
        old_due_at=old.isoformat() if old else None,
        new_due_at=new_due_at.isoformat(),
    )
