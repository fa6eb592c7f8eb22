"""The unit's feedback (单位反馈) and sending it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event, _require_state, _require_text
from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.domain.ticket import (
    Event,
    FeedbackResult,
    Ticket,
    TicketState,
)


@dataclass(frozen=True, slots=True)
class UnitFeedback:
    """The unit's structured report (办理结果反馈)."""

    cause: str
    actions: str
    result: FeedbackResult
    next_steps: str = ""
    basis: str = ""  # policy or legal basis told to the citizen
    template: str = ""


def record_feedback(
    ticket: Ticket,
    actor: str,
    at: datetime,
    feedback: UnitFeedback,
    template: ReplyTemplate | None = None,
) -> Event:
    """单位反馈; checked against its reply template, flagged when parts are missing."""
    _require_state(ticket, Action.FEEDBACK)
    _require_text(ticket, Action.FEEDBACK, feedback.cause, "the cause (问题原因)")
    _require_text(ticket, Action.FEEDBACK, feedback.actions, "what was done (处理情况)")
    before = ticket.state
    withdrawn = ticket.commitment_pending
    ticket.commitment_pending = False
    ticket.requested_due_at = None
    ticket.state = TicketState.FEEDBACK
    ticket.feedback_at = at
    ticket.rehandling = False
    ticket.review_returned = False
    parts = {
        "cause": feedback.cause,
        "actions": feedback.actions,
        "next_steps": feedback.next_steps,
        "basis": feedback.basis,
    }
    missing = template.missing(parts) if template else []
    ticket.feedback_incomplete = bool(missing)
    return _event(
        ticket,
        Action.FEEDBACK,
        actor,
        at,
        before,
        "",
        cause=feedback.cause,
        actions=feedback.actions,
        result=feedback.result.value,
        next_steps=feedback.next_steps,
        basis=feedback.basis,
        template=feedback.template or None,
        commitment_withdrawn=withdrawn or None,
        missing=missing or None,
    )


def reject_feedback(ticket: Ticket, actor: str, at: datetime, reason: str) -> Event:
    """虚假反馈: the operator found the feedback untrue; back to the unit, escalated."""
    _require_state(ticket, Action.REJECT_FEEDBACK)
    reason = _require_text(ticket, Action.REJECT_FEEDBACK, reason, "what is untrue")
    before = ticket.state
    ticket.state = TicketState.HANDLING
    ticket.false_feedback = True
    ticket.difficult = True
    ticket.rehandling = True
    return _event(ticket, Action.REJECT_FEEDBACK, actor, at, before, reason)
