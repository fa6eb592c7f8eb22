"""The work order (工单) as the office sees it, and the event that records each change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class TicketState(StrEnum):
    RECEIVED = "received"  # 待派单
    HANDLING = "handling"  # 办理中
    FEEDBACK = "feedback"  # 已反馈
    CALLED_BACK = "called_back"  # 已回访
    SUBMITTED = "submitted"  # 已提交市审核组
    ARCHIVED = "archived"  # 办结归档

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[TicketState, str] = {
    TicketState.RECEIVED: "待派单",
    TicketState.HANDLING: "办理中",
    TicketState.FEEDBACK: "已反馈",
    TicketState.CALLED_BACK: "已回访",
    TicketState.SUBMITTED: "已提交审核",
    TicketState.ARCHIVED: "办结归档",
}

# States in which the office still owes work before the due date.
UNFINISHED_STATES: frozenset[TicketState] = frozenset(
    {TicketState.RECEIVED, TicketState.HANDLING, TicketState.FEEDBACK, TicketState.CALLED_BACK}
)


class TicketKind(StrEnum):
    CONSULT = "consult"
    HELP = "help"
    COMPLAINT = "complaint"
    REPORT = "report"
    SUGGESTION = "suggestion"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> TicketKind:
        """Accepts the English value or the Chinese word (咨询, 投诉, ...)."""
        cleaned = text.strip()
        for kind, label in KIND_LABELS.items():
            if cleaned in (kind.value, label):
                return kind
        allowed = ", ".join(f"{k.value}/{v}" for k, v in KIND_LABELS.items())
        raise ValueError(f"诉求类型 {text!r} is not one of {allowed}")


KIND_LABELS: dict[TicketKind, str] = {
    TicketKind.CONSULT: "咨询",
    TicketKind.HELP: "求助",
    TicketKind.COMPLAINT: "投诉",
    TicketKind.REPORT: "举报",
    TicketKind.SUGGESTION: "建议",
}


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASIC = "basic"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意
    # 无法联系: the caller could not be reached after the office's number of
    # attempts – recorded as such, never as satisfied, counted apart.
    UNREACHABLE = "unreachable"

    @property
    def label(self) -> str:
        return _SATISFACTION_LABELS[self]


_SATISFACTION_LABELS = {
    Satisfaction.SATISFIED: "满意",
    Satisfaction.BASIC: "基本满意",
    Satisfaction.UNSATISFIED: "不满意",
    Satisfaction.UNREACHABLE: "无法联系",
}
# What a citizen who was reached can answer to question 4.
SATISFACTION_ANSWERS = (Satisfaction.SATISFIED, Satisfaction.BASIC, Satisfaction.UNSATISFIED)


class FeedbackResult(StrEnum):
    HANDLED = "handled"  # 已处理
    NO_ACTION_NEEDED = "no_action_needed"  # 无需处理

    @property
    def label(self) -> str:
        return {"handled": "已处理", "no_action_needed": "无需处理"}[self.value]


@dataclass(slots=True)
class Caller:
    """The citizen who called: confidential, never shown without need."""

    name: str = ""
    phone: str = ""
    address: str = ""


@dataclass(slots=True)
class Ticket:
    number: str  # 工单编号, the city's number, unique
    received_at: datetime
    kind: TicketKind
    content: str
    dispatch_due_at: datetime
    title: str = ""
    category: str = ""
    address: str = ""
    caller: Caller = field(default_factory=Caller)
    confidential: bool = False
    city_due_at: datetime | None = None
    due_at: datetime | None = None  # the deadline in force (extensions, re-assignment)
    state: TicketState = TicketState.RECEIVED
    main_unit_id: int | None = None
    co_unit_ids: tuple[int, ...] = ()
    owner: str | None = None  # operator login: 谁派单，谁负责
    first_dispatcher: str | None = None
    dispatched_at: datetime | None = None
    feedback_at: datetime | None = None
    submitted_at: datetime | None = None
    archived_at: datetime | None = None
    satisfaction: Satisfaction | None = None
    commitment_pending: bool = False
    requested_due_at: datetime | None = None
    commitment_count: int = 0
    returned: bool = False  # justified return awaiting re-dispatch
    unjustified_return: bool = False
    reassigned: bool = False
    difficult: bool = False
    false_feedback: bool = False
    rehandling: bool = False
    review_returned: bool = False
    transfer_count: int = 0
    return_count: int = 0
    leader_decision: str = ""
    feedback_incomplete: bool = False  # feedback lacks a part its reply template requires
    limit_rule: str | None = None  # the code of the time-limit rule that governs it
    # 并单: the number of the main ticket this repeat was merged into; it then
    # follows the main ticket's handling (domain.lifecycle.merging).
    merged_into: str | None = None
    whitelist_id: int | None = None  # the whitelisted matter it matched on arrival
    id: int | None = None

    @property
    def unfinished(self) -> bool:
        return self.state in UNFINISHED_STATES

    def is_overdue(self, now: datetime) -> bool:
        return self.unfinished and self.due_at is not None and self.due_at < now

    def is_dispatch_overdue(self, now: datetime) -> bool:
        return self.state is TicketState.RECEIVED and self.dispatch_due_at < now

    def flag_names(self) -> list[str]:
        """The flags an operator sees on the queue, in Chinese."""
        names = []
        if self.commitment_pending:
            names.append("承诺件待批")
        if self.returned or self.return_count:
            names.append("退单")
        if self.unjustified_return:
            names.append("无故退单")
        if self.reassigned:
            names.append("重新交办")
        if self.difficult:
            names.append("疑难")
        if self.false_feedback:
            names.append("虚假反馈")
        if self.rehandling:
            names.append("重办")
        if self.review_returned:
            names.append("审核退回")
        if self.feedback_incomplete:
            names.append("反馈不规范")
        if self.confidential:
            names.append("保密")
        if self.merged_into:
            names.append("已并单")
        if self.whitelist_id is not None:
            names.append("白名单")
        return names


@dataclass(frozen=True, slots=True)
class Event:
    """One change to a ticket: the audit trail and the evidence of the six ensures."""

    action: str
    actor: str
    at: datetime
    from_state: TicketState
    to_state: TicketState
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)
