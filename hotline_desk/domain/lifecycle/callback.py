"""The callback (回访): the four questions, attempts, and what the answers lead to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.events import _event, _require_state
from hotline_desk.domain.lifecycle.refusals import (
    CALLBACK_ANSWERS_MISSING,
    CALLBACK_BY_OWNER,
    CONFIDENTIAL_NO_CALLBACK,
    UNREACHABLE_NEEDS_NOTE,
    UNREACHABLE_TOO_SOON,
    ActionRefused,
)
from hotline_desk.domain.ticket import (
    Event,
    Satisfaction,
    Ticket,
    TicketState,
)

# The four callback questions as they are named in refusals.
CALLBACK_QUESTIONS = (
    "1. 是否告知办理结果及依据",
    "2. 反馈是否属实",
    "3. 有无违规违纪",
    "4. 满意度",
)


@dataclass(frozen=True, slots=True)
class CallbackAnswers:
    """回访: the office's four questions, asked by phone."""

    reached: bool
    result_and_basis_told: bool | None = None  # 1. told the result and its basis
    account_true: bool | None = None  # 2. the unit's account is true
    misconduct: bool | None = None  # 3. staff broke a rule while handling
    satisfaction: Satisfaction | None = None  # 4.
    callee: str = ""
    notes: str = ""
    stand_in_for: str | None = None  # the owner this operator stands in for
    unreachable: bool = False  # 无法联系, after the office's number of attempts


# Why the answers send a ticket back or up (the event's note names the answer).
NOT_TOLD_SENT_BACK = "回访：群众未被告知办理结果及政策法规依据，退回承办单位告知"


UNTRUE_FEEDBACK = "回访：群众反映承办单位反馈情况不属实（虚假反馈）"


MISCONDUCT_REPORTED = "回访：群众反映工作人员办理中有违规违纪，抄报分管领导"


def record_callback(
    ticket: Ticket,
    actor: str,
    at: datetime,
    answers: CallbackAnswers,
    failed_attempts: int = 0,
    attempts_required: int = 3,
) -> list[Event]:
    """回访, recorded as it happened. A reached call answers all four questions,
    and its answers act: not told → back to the unit; an untrue account → the
    虚假反馈 path; misconduct → reported to the leader; unsatisfied → 重办.
    Not reached is an attempt; after ``attempts_required`` failed attempts
    (``failed_attempts`` so far this round) the caller may be recorded as
    unreachable (无法联系), with a note, and the ticket goes on."""
    _require_state(ticket, Action.CALLBACK)
    if ticket.confidential:
        raise ActionRefused(ticket, Action.CALLBACK, CONFIDENTIAL_NO_CALLBACK)
    if ticket.owner and actor != ticket.owner and answers.stand_in_for != ticket.owner:
        raise ActionRefused(
            ticket,
            Action.CALLBACK,
            CALLBACK_BY_OWNER,
            owner=ticket.owner,
        )
    before = ticket.state
    if answers.unreachable and not answers.reached:
        notes = answers.notes.strip()
        if failed_attempts < attempts_required:
            raise ActionRefused(
                ticket,
                Action.CALLBACK,
                UNREACHABLE_TOO_SOON,
                required=attempts_required,
                attempts=failed_attempts,
            )
        if not notes:
            raise ActionRefused(ticket, Action.CALLBACK, UNREACHABLE_NEEDS_NOTE)
        ticket.satisfaction = Satisfaction.UNREACHABLE
        ticket.state = TicketState.CALLED_BACK
        return [
            _event(
                ticket,
                Action.CALLBACK,
                actor,
                at,
                before,
                notes,
                reached=False,
                unreachable=True,
                attempts=failed_attempts,
                stand_in_for=answers.stand_in_for,
            )
        ]
    consequences: list[tuple[Action, str]] = []
    if answers.reached:
        missing = [
            name
            for name, value in (
                (CALLBACK_QUESTIONS[0], answers.result_and_basis_told),
                (CALLBACK_QUESTIONS[1], answers.account_true),
                (CALLBACK_QUESTIONS[2], answers.misconduct),
                (CALLBACK_QUESTIONS[3], answers.satisfaction),
            )
            if value is None
        ]
        if missing:
            raise ActionRefused(
                ticket,
                Action.CALLBACK,
                CALLBACK_ANSWERS_MISSING,
                missing=tuple(missing),
            )
        ticket.satisfaction = answers.satisfaction
        if answers.result_and_basis_told is False:
            consequences.append((Action.SEND_BACK, NOT_TOLD_SENT_BACK))
        if answers.account_true is False:
            consequences.append((Action.REJECT_FEEDBACK, UNTRUE_FEEDBACK))
            ticket.false_feedback = True
            ticket.difficult = True
        if answers.misconduct:
            consequences.append((Action.ESCALATE, MISCONDUCT_REPORTED))
            ticket.difficult = True
        back = (
            answers.satisfaction is Satisfaction.UNSATISFIED
            or answers.result_and_basis_told is False
            or answers.account_true is False
        )
        if back:
            ticket.state = TicketState.HANDLING
            ticket.rehandling = True
        else:
            ticket.state = TicketState.CALLED_BACK
    called = _event(
        ticket,
        Action.CALLBACK,
        actor,
        at,
        before,
        answers.notes,
        reached=answers.reached,
        result_and_basis_told=answers.result_and_basis_told,
        account_true=answers.account_true,
        misconduct=answers.misconduct,
        satisfaction=answers.satisfaction.value if answers.satisfaction else None,
        callee=answers.callee or None,
        stand_in_for=answers.stand_in_for,
        rehandling=(ticket.state is TicketState.HANDLING and answers.reached) or None,
    )
    why = [
        _event(
            ticket,
            action,
            actor,
            at,
            ticket.state,
            f"{reason}：{answers.notes.strip()}" if answers.notes.strip() else reason,
            by_callback=True,
        )
        for action, reason in consequences
    ]
    return [called, *why]
