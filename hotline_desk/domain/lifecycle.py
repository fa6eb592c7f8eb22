"""The state machine of a ticket's life (DOMAIN.md, "A ticket's life").

Every function checks that its action is possible, changes the ticket in
place and returns the Event that records the change. An impossible action
raises ActionRefused naming the ticket, its state and the action.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.domain.ticket import (
    Event,
    FeedbackResult,
    Satisfaction,
    Ticket,
    TicketState,
)


class Action(StrEnum):
    DISPATCH = "dispatch"
    TRANSFER = "transfer"
    RETURN = "return"
    COMMIT = "commit"
    DECIDE = "decide"
    FEEDBACK = "feedback"
    REJECT_FEEDBACK = "reject_feedback"
    CALLBACK = "callback"
    SUBMIT = "submit"
    REVIEW_RETURN = "review_return"
    REASSIGN = "reassign"
    ARCHIVE = "archive"
    ESCALATE = "escalate"
    LEADER_DECISION = "leader_decision"
    CALL = "call"
    CREATE = "create"
    REVEAL = "reveal"
    SEND_BACK = "send_back"  # the callback found the citizen was not told: back to the unit
    RECOMPUTE_DUE = "recompute_due"  # the calendar became known: the due date counted again
    # Keeping in step with the city platform's exports (platform_sync).
    PLATFORM_UPDATE = "platform_update"  # fields the platform changed, taken over
    PLATFORM_DUE = "platform_due"  # the platform moved the due date
    PLATFORM_CONFLICT = "platform_conflict"  # both sides changed a field differently
    SETTLE_CONFLICT = "settle_conflict"  # the operator chose a side
    PLATFORM_SEEN = "platform_seen"  # the platform's view at an import (its snapshot)
    MARK_TYPICAL = "mark_typical"  # 典型工单: marked for the month's analysis, with a summary

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


# Who acted, where no person did: the city platform (a ticket arriving, an
# archive) and the handling unit (its feedback, a return) – named as such.
CITY_ACTOR = "city"
UNIT_ACTOR = "unit"
ACTOR_NAMES = {CITY_ACTOR: "市平台", UNIT_ACTOR: "承办单位"}


def action_label(action: str) -> str:
    """The label of an action stored in an event (its key, if a newer version wrote it)."""
    try:
        return ACTION_LABELS[Action(action)]
    except ValueError:
        return action


ACTION_LABELS: dict[Action, str] = {
    Action.CREATE: "登记",
    Action.DISPATCH: "派单",
    Action.TRANSFER: "转办",
    Action.RETURN: "退单",
    Action.COMMIT: "申请承诺件/延期",
    Action.DECIDE: "审批承诺件",
    Action.FEEDBACK: "单位反馈",
    Action.REJECT_FEEDBACK: "虚假反馈退回",
    Action.CALLBACK: "回访",
    Action.SUBMIT: "提交市审核组",
    Action.REVIEW_RETURN: "审核退回",
    Action.REASSIGN: "重新交办",
    Action.ARCHIVE: "办结归档",
    Action.ESCALATE: "抄报疑难",
    Action.LEADER_DECISION: "领导批示",
    Action.CALL: "电话记录",
    Action.REVEAL: "查看来电人信息",
    Action.SEND_BACK: "退回承办单位",
    Action.RECOMPUTE_DUE: "按新日历重算办理时限",
    Action.PLATFORM_UPDATE: "市平台更新",
    Action.PLATFORM_DUE: "市平台调整办理时限",
    Action.PLATFORM_CONFLICT: "与市平台不一致",
    Action.SETTLE_CONFLICT: "处理不一致",
    Action.PLATFORM_SEEN: "市平台导入核对",
    Action.MARK_TYPICAL: "标记典型工单",
}

_REQUIRED_STATES: dict[Action, frozenset[TicketState]] = {
    Action.DISPATCH: frozenset({TicketState.RECEIVED}),
    Action.TRANSFER: frozenset({TicketState.HANDLING}),
    Action.RETURN: frozenset({TicketState.HANDLING}),
    Action.COMMIT: frozenset({TicketState.HANDLING}),
    Action.DECIDE: frozenset({TicketState.HANDLING, TicketState.FEEDBACK}),
    Action.FEEDBACK: frozenset({TicketState.HANDLING}),
    Action.REJECT_FEEDBACK: frozenset({TicketState.FEEDBACK}),
    Action.CALLBACK: frozenset({TicketState.FEEDBACK}),
    Action.SUBMIT: frozenset({TicketState.FEEDBACK, TicketState.CALLED_BACK}),
    Action.REVIEW_RETURN: frozenset({TicketState.SUBMITTED}),
    Action.REASSIGN: frozenset({TicketState.SUBMITTED, TicketState.ARCHIVED}),
    Action.ARCHIVE: frozenset({TicketState.SUBMITTED}),
    Action.ESCALATE: frozenset(set(TicketState) - {TicketState.ARCHIVED}),
    Action.LEADER_DECISION: frozenset(set(TicketState) - {TicketState.ARCHIVED}),
    # A call about the ticket can be logged at any point of its unfinished life.
    Action.CALL: frozenset(set(TicketState) - {TicketState.ARCHIVED}),
    # A typical case is often chosen when the month is analysed, after archiving.
    Action.MARK_TYPICAL: frozenset(TicketState),
}


class ActionRefused(Exception):
    """An action the ticket's state or the office's rules do not allow.

    ``reason`` is a pattern in the office's language (Chinese) with named
    parameters, listed in REFUSAL_REASONS so that the window can show it in
    the user's language; ``str()`` gives the Chinese sentence the CLI prints.
    """

    def __init__(self, ticket: Ticket, action: Action, reason: str, **params: object) -> None:
        self.number = ticket.number
        self.state = ticket.state
        self.action = action
        self.pattern = reason
        self.params = params
        self.reason = reason.format(**{k: _shown(v) for k, v in params.items()})
        super().__init__(
            f"工单 {ticket.number} 当前为「{ticket.state.label}」，不能{action.label}：{self.reason}"
        )


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, tuple | list):
        return "、".join(map(str, value))
    return str(value)


# Every refusal reason, as the pattern the domain raises (for translations).
WRONG_STATE = "只有在工单为「{states}」时才能办理"
EMPTY_TEXT = "「{what}」不能为空"
MAIN_IS_CO_UNIT = "主办单位不能同时是协办单位"
SAME_UNIT = "工单已在该单位办理"
UNJUSTIFIED_KEEPS_UNIT = "退单理由不成立时工单仍由原单位办理，不要选择改派单位"
REDISPATCH_SAME_UNIT = "改派须选择另一个单位"
REQUEST_PENDING = "已有申请在等待审批"
DEADLINE_PASSED = "办理时限 {due} 已过"
REQUEST_NOT_LATER = "申请办结日期须晚于办理时限 {due}"
EXTENSIONS_USED = "该类工单只能延期 {count} 次，已申请过"
EXTENSION_TOO_LONG = "按「{rule}」，延期后的办理时限不得晚于 {latest}"
NO_REQUEST = "没有待审批的承诺件申请"
APPROVAL_NEEDS_DUE = "同意申请须给出新的办理时限"
CONFIDENTIAL_NO_CALLBACK = "保密件不回访"
CALLBACK_BY_OWNER = "回访由派单人 {owner} 负责；代为回访须登记"
CALLBACK_ANSWERS_MISSING = "接通的回访须回答全部四个问题，尚缺：{missing}"
CALLBACK_FIRST = "请先回访群众；只有保密件可不经回访提交"
UNREACHABLE_TOO_SOON = "记为无法联系前须先拨打 {required} 次未接通（已记录 {attempts} 次）"
UNREACHABLE_NEEDS_NOTE = "记为无法联系须写明拨打情况"
NOT_ESCALATED = "工单未抄报疑难"
LEADER_ONLY = "只有分管领导可以办理（{actor} 的角色为「{role}」）"
APPROVED_DUE_NOT_LATER = "批准的办理时限须晚于现行时限 {due} 和现在"
ROLE_SEES_NO_CALLERS = "该角色（{role}）无需查看来电人信息（保密制度）"
CONFIDENTIAL_CALLER_HIDDEN = "保密件的来电人信息一律不显示"
REFUSAL_REASONS = (
    WRONG_STATE,
    EMPTY_TEXT,
    MAIN_IS_CO_UNIT,
    SAME_UNIT,
    UNJUSTIFIED_KEEPS_UNIT,
    REDISPATCH_SAME_UNIT,
    REQUEST_PENDING,
    DEADLINE_PASSED,
    REQUEST_NOT_LATER,
    EXTENSIONS_USED,
    EXTENSION_TOO_LONG,
    NO_REQUEST,
    APPROVAL_NEEDS_DUE,
    CONFIDENTIAL_NO_CALLBACK,
    CALLBACK_BY_OWNER,
    CALLBACK_ANSWERS_MISSING,
    CALLBACK_FIRST,
    UNREACHABLE_TOO_SOON,
    UNREACHABLE_NEEDS_NOTE,
    NOT_ESCALATED,
    LEADER_ONLY,
    APPROVED_DUE_NOT_LATER,
    ROLE_SEES_NO_CALLERS,
    CONFIDENTIAL_CALLER_HIDDEN,
)

# The four callback questions as they are named in refusals.
CALLBACK_QUESTIONS = (
    "1. 是否告知办理结果及依据",
    "2. 反馈是否属实",
    "3. 有无违规违纪",
    "4. 满意度",
)


def allowed_actions(ticket: Ticket) -> list[Action]:
    """The actions whose state precondition holds (the GUI enables these)."""
    actions = [a for a, states in _REQUIRED_STATES.items() if ticket.state in states]
    if not ticket.commitment_pending:
        actions = [a for a in actions if a is not Action.DECIDE]
    if ticket.commitment_pending:
        actions = [a for a in actions if a is not Action.COMMIT]
    if ticket.confidential:
        actions = [a for a in actions if a is not Action.CALLBACK]
    elif ticket.state is TicketState.FEEDBACK:
        actions = [a for a in actions if a is not Action.SUBMIT]
    if not ticket.difficult:
        actions = [a for a in actions if a is not Action.LEADER_DECISION]
    return actions


def _require_state(ticket: Ticket, action: Action) -> None:
    allowed = _REQUIRED_STATES[action]
    if ticket.state not in allowed:
        wanted = tuple(s.label for s in TicketState if s in allowed)
        raise ActionRefused(ticket, action, WRONG_STATE, states=wanted)


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


# The office's roles (operators.role) and who may do what beyond the state rules.
ROLE_LABELS = {
    "operator": "经办人员",
    "leader": "分管领导",
    "general": "综合科",
    "duty": "值班人员",
    "admin": "管理员",  # the staff list, roles, passwords, settings; acts like an operator
}
LEADER_ACTIONS = frozenset({Action.DECIDE, Action.LEADER_DECISION})


def require_role(ticket: Ticket, action: Action, actor: str, role: str) -> None:
    """Approving a commitment/extension and deciding a difficult ticket belong to
    the supervising leader (分管领导); anyone else is refused with the reason."""
    if action in LEADER_ACTIONS and role != "leader":
        raise ActionRefused(
            ticket, action, LEADER_ONLY, actor=actor, role=ROLE_LABELS.get(role, role)
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


@dataclass(frozen=True, slots=True)
class CallbackAnswers:
    """回访: the four questions of DOMAIN.md, asked by phone."""

    reached: bool
    result_and_basis_told: bool | None = None  # 1. told the result and its basis
    account_true: bool | None = None  # 2. the unit's account is true
    misconduct: bool | None = None  # 3. staff broke a rule while handling
    satisfaction: Satisfaction | None = None  # 4.
    callee: str = ""
    notes: str = ""
    stand_in_for: str | None = None  # the owner this operator stands in for
    unreachable: bool = False  # 无法联系, after the office's number of attempts


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


def changing_events(events: Sequence[Event]) -> list[Event]:
    """The events that changed the ticket or its record – all but looking at the
    caller (which a callback form itself logs while the operator dials)."""
    return [e for e in events if e.action != Action.REVEAL.value]


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


# Who needs the caller's details: the operators who dispatch and call back, the
# supervising leader and on-duty staff; the general desk (statistics) does not.
ROLES_SEEING_CALLERS = frozenset({"operator", "leader", "duty", "admin"})


def reveal_caller(
    ticket: Ticket, actor: str, at: datetime, reason: str = "", role: str = "operator"
) -> Event:
    """Showing the caller's details is itself recorded (保密制度)."""
    if role not in ROLES_SEEING_CALLERS:
        raise ActionRefused(ticket, Action.REVEAL, ROLE_SEES_NO_CALLERS, role=role)
    if ticket.confidential:
        raise ActionRefused(ticket, Action.REVEAL, CONFIDENTIAL_CALLER_HIDDEN)
    return _event(ticket, Action.REVEAL, actor, at, ticket.state, reason)


NEXT_STEPS = {
    "dispatch": "下一步：12小时内派单并电话通知承办单位",
    "redispatch": "下一步：改派到正确的单位",
    "decision": "下一步：等待分管领导审批承诺件申请",
    "feedback": "下一步：等待单位反馈；到期前一个工作日电话催办",
    "callback": "下一步：回访群众",
    "submit": "下一步：提交市审核组",
    "review": "下一步：等待市审核组审核，通过后办结归档",
    "done": "已办结归档",
}


def next_step(ticket: Ticket) -> str:
    """What the ticket's life asks for next, in the office's words."""
    state = ticket.state
    if state is TicketState.RECEIVED:
        return NEXT_STEPS["redispatch" if ticket.returned else "dispatch"]
    if state is TicketState.HANDLING:
        return NEXT_STEPS["decision" if ticket.commitment_pending else "feedback"]
    if state is TicketState.FEEDBACK:
        return NEXT_STEPS["submit" if ticket.confidential else "callback"]
    if state is TicketState.CALLED_BACK:
        return NEXT_STEPS["submit"]
    if state is TicketState.SUBMITTED:
        return NEXT_STEPS["review"]
    return NEXT_STEPS["done"]
