"""Submitting to the city's review, review returns, archiving, escalation and the leader's decision."""

from __future__ import annotations

from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event, _require_state, _require_text
from hotline_desk.domain.lifecycle.refusals import CALLBACK_FIRST, NOT_ESCALATED, ActionRefused
from hotline_desk.domain.lifecycle.roles import require_role
from hotline_desk.domain.ticket import (
    Event,
    Ticket,
    TicketState,
)


def submit(ticket: Ticket, actor: str, at: datetime) -> Event:
    """提交市审核组: after a callback, or straight after feedback for 保密件."""
    _require_state(ticket, Action.SUBMIT)
    if ticket.state is TicketState.FEEDBACK and not ticket.confidential:
        raise ActionRefused(
            ticket,
            Action.SUBMIT,
            CALLBACK_FIRST,
        )
    before = ticket.state
    ticket.state = TicketState.SUBMITTED
    ticket.submitted_at = at
    return _event(
        ticket,
        Action.SUBMIT,
        actor,
        at,
        before,
        on_time=(ticket.due_at is None or at <= ticket.due_at),
    )


def review_return(ticket: Ticket, actor: str, at: datetime, reason: str) -> Event:
    """审核退回: the city's review group sends the ticket back for more work."""
    _require_state(ticket, Action.REVIEW_RETURN)
    reason = _require_text(ticket, Action.REVIEW_RETURN, reason, "市审核组退回理由")
    before = ticket.state
    ticket.state = TicketState.HANDLING
    ticket.review_returned = True
    ticket.rehandling = True
    ticket.submitted_at = None
    return _event(ticket, Action.REVIEW_RETURN, actor, at, before, reason)


def archive(ticket: Ticket, actor: str, at: datetime) -> Event:
    _require_state(ticket, Action.ARCHIVE)
    before = ticket.state
    ticket.state = TicketState.ARCHIVED
    ticket.archived_at = at
    return _event(ticket, Action.ARCHIVE, actor, at, before)


def escalate(ticket: Ticket, actor: str, at: datetime, reason: str) -> Event:
    """抄报: print the ticket on the difficult-ticket sheet for the leader."""
    _require_state(ticket, Action.ESCALATE)
    reason = _require_text(ticket, Action.ESCALATE, reason, "抄报理由")
    before = ticket.state
    ticket.difficult = True
    return _event(ticket, Action.ESCALATE, actor, at, before, reason)


def mark_typical(
    ticket: Ticket, actor: str, at: datetime, summary: str, typical: bool = True
) -> Event:
    """典型工单: the month's typical cases, each with a short summary; unmarking
    is an event too (the latest mark decides)."""
    _require_state(ticket, Action.MARK_TYPICAL)
    if typical:
        summary = _require_text(ticket, Action.MARK_TYPICAL, summary, "典型案例摘要")
    return _event(
        ticket, Action.MARK_TYPICAL, actor, at, ticket.state, summary.strip(), typical=typical
    )


def record_leader_decision(
    ticket: Ticket, actor: str, at: datetime, decision: str, *, role: str = "operator"
) -> Event:
    _require_state(ticket, Action.LEADER_DECISION)
    require_role(ticket, Action.LEADER_DECISION, actor, role)
    if not ticket.difficult:
        raise ActionRefused(ticket, Action.LEADER_DECISION, NOT_ESCALATED)
    decision = _require_text(ticket, Action.LEADER_DECISION, decision, "批示内容")
    before = ticket.state
    ticket.leader_decision = decision
    return _event(ticket, Action.LEADER_DECISION, actor, at, before, decision)
