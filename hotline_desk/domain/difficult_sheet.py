"""The difficult-ticket sheet (疑难工单呈批单): what it says, from the ticket's trail.

The office's rules, 抄报: commitment requests, unjustified returns, overdue tickets,
false feedback, difficult or multi-unit tickets go to the supervising
leader, who decides within the time limit; the decision is recorded (the
leader_decision action) and a sheet printed again shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.masking import shown_caller
from hotline_desk.domain.ticket import Caller, Event, Ticket

REASON_COMMITMENT = "申请承诺件/延期"
REASON_UNJUSTIFIED_RETURN = "无故退单"
REASON_OVERDUE = "逾期办理"
REASON_FALSE_FEEDBACK = "虚假反馈"
REASON_SEVERAL_UNITS = "多单位办理"
REASON_MISCONDUCT = "回访发现工作人员违规违纪"
SHEET_REASONS = (
    REASON_COMMITMENT,
    REASON_UNJUSTIFIED_RETURN,
    REASON_OVERDUE,
    REASON_FALSE_FEEDBACK,
    REASON_SEVERAL_UNITS,
    REASON_MISCONDUCT,
)


@dataclass(frozen=True, slots=True)
class LeaderInstruction:
    text: str
    by: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SheetContent:
    ticket: Ticket
    reasons: tuple[str, ...]  # why it is difficult, in the office's words
    escalations: tuple[Event, ...]  # each 抄报 with its note
    history: tuple[Event, ...]  # the trail as the sheet lists it
    caller: Caller | None  # masked; None for a 保密件
    instruction: LeaderInstruction | None  # the leader's, once given


# Events a sheet leaves out of the history: the platform's bookkeeping and
# looking at the caller (that a caller was looked at is not the leader's business).
_NOT_HISTORY = {
    Action.PLATFORM_SEEN.value,
    Action.REVEAL.value,
    Action.OPEN_ATTACHMENT.value,
}


def difficulty_reasons(ticket: Ticket, events: Sequence[Event], now: datetime) -> list[str]:
    """Why the ticket is on the leader's desk, as far as its trail shows."""
    reasons = []
    if ticket.commitment_pending or any(e.action == Action.COMMIT.value for e in events):
        reasons.append(REASON_COMMITMENT)
    if ticket.unjustified_return:
        reasons.append(REASON_UNJUSTIFIED_RETURN)
    late_submit = any(
        e.action == Action.SUBMIT.value and e.data.get("on_time") is False for e in events
    )
    if ticket.is_overdue(now) or late_submit:
        reasons.append(REASON_OVERDUE)
    if ticket.false_feedback:
        reasons.append(REASON_FALSE_FEEDBACK)
    if ticket.co_unit_ids:
        reasons.append(REASON_SEVERAL_UNITS)
    if any(e.action == Action.CALLBACK.value and e.data.get("misconduct") for e in events):
        reasons.append(REASON_MISCONDUCT)
    return reasons


def sheet_content(ticket: Ticket, events: Sequence[Event], now: datetime) -> SheetContent:
    decisions = [e for e in events if e.action == Action.LEADER_DECISION.value]
    last = decisions[-1] if decisions else None
    return SheetContent(
        ticket=ticket,
        reasons=tuple(difficulty_reasons(ticket, events, now)),
        escalations=tuple(e for e in events if e.action == Action.ESCALATE.value),
        history=tuple(e for e in events if e.action not in _NOT_HISTORY),
        caller=shown_caller(ticket, revealed=False),
        instruction=LeaderInstruction(last.note, last.actor, last.at) if last else None,
    )
