"""Phone calls logged on a ticket, and revealing a caller (保密制度)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event
from hotline_desk.domain.lifecycle.refusals import (
    CONFIDENTIAL_CALLER_HIDDEN,
    ROLE_SEES_NO_CALLERS,
    ActionRefused,
)
from hotline_desk.domain.lifecycle.roles import may_see_callers
from hotline_desk.domain.ticket import (
    Event,
    Ticket,
)


class CallPurpose(StrEnum):
    DISPATCH_NOTICE = "dispatch_notice"  # 派单后立即电话通知承办单位
    CHASE = "chase"  # 到期前一个工作日催办
    CALLBACK = "callback"  # 回访群众
    OTHER = "other"


def log_call(
    ticket: Ticket,
    actor: str,
    at: datetime,
    purpose: CallPurpose,
    callee: str,
    phone: str,
    reached: bool,
    unit_id: int | None = None,
    note: str = "",
) -> Event:
    """A phone call made about the ticket; no state change, but evidence."""
    return _event(
        ticket,
        Action.CALL,
        actor,
        at,
        ticket.state,
        note,
        purpose=purpose.value,
        callee=callee,
        phone=phone,
        reached=reached,
        unit_id=unit_id,
    )


def reveal_caller(
    ticket: Ticket, actor: str, at: datetime, reason: str = "", role: str = "operator"
) -> Event:
    """Showing the caller's details is itself recorded (保密制度)."""
    if not may_see_callers(role):
        raise ActionRefused(ticket, Action.REVEAL, ROLE_SEES_NO_CALLERS, role=role)
    if ticket.confidential:
        raise ActionRefused(ticket, Action.REVEAL, CONFIDENTIAL_CALLER_HIDDEN)
    return _event(ticket, Action.REVEAL, actor, at, ticket.state, reason)
