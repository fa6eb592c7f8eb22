"""The actions of a ticket's life, their labels, which state allows which, and the next step."""

from __future__ import annotations

from enum import StrEnum

from hotline_desk.domain.ticket import (
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
    # One matter, several tickets: linked (both keep their life) or merged (并单:
    # the repeat follows the main ticket), each undone by its own event.
    LINK = "link"
    UNLINK = "unlink"
    MERGE = "merge"
    UNMERGE = "unmerge"
    # 白名单 (domain.whitelist): a matter confirmed normal for a period.
    WHITELIST = "whitelist"
    WHITELIST_MATCH = "whitelist_match"
    UNWHITELIST = "unwhitelist"
    # 附件 (domain.attachments): added, opened, removed – each on record.
    ATTACH = "attach"
    OPEN_ATTACHMENT = "open_attachment"
    DETACH = "detach"

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
    Action.LINK: "关联工单",
    Action.UNLINK: "取消关联",
    Action.MERGE: "并单",
    Action.UNMERGE: "取消并单",
    Action.WHITELIST: "列入白名单",
    Action.WHITELIST_MATCH: "白名单比对",
    Action.UNWHITELIST: "移出白名单",
    Action.ATTACH: "添加附件",
    Action.OPEN_ATTACHMENT: "查看附件",
    Action.DETACH: "删除附件",
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
    # Linking records a relation; it may be found after archiving too.
    Action.LINK: frozenset(TicketState),
    Action.UNLINK: frozenset(TicketState),
    # A repeat is merged while both are still at the unit (see merging.py).
    Action.MERGE: frozenset({TicketState.RECEIVED, TicketState.HANDLING}),
    Action.UNMERGE: frozenset(set(TicketState) - {TicketState.ARCHIVED}),
    # A matter is confirmed normal from any ticket about it, often an archived one.
    Action.WHITELIST: frozenset(TicketState),
}

# What a merged repeat no longer does on its own: its handling at the unit
# follows the main ticket (merging.py); calls, its own callback when its
# caller is another citizen, submission and archiving remain its own.
FOLLOWED_AT_THE_UNIT = frozenset(
    {
        Action.DISPATCH,
        Action.TRANSFER,
        Action.RETURN,
        Action.COMMIT,
        Action.DECIDE,
        Action.FEEDBACK,
        Action.REJECT_FEEDBACK,
        Action.REASSIGN,
        Action.MERGE,
    }
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
    if ticket.merged_into:
        actions = [a for a in actions if a not in FOLLOWED_AT_THE_UNIT]
    else:
        actions = [a for a in actions if a is not Action.UNMERGE]
    return actions


NEXT_STEPS = {
    "dispatch": "下一步：12小时内派单并电话通知承办单位",
    "redispatch": "下一步：改派到正确的单位",
    "decision": "下一步：等待分管领导审批承诺件申请",
    "feedback": "下一步：等待单位反馈；到期前一个工作日电话催办",
    "callback": "下一步：回访群众",
    "submit": "下一步：提交市审核组",
    "review": "下一步：等待市审核组审核，通过后办结归档",
    "done": "已办结归档",
    "follows": "下一步：随主工单办理（已并单）",
}


def next_step(ticket: Ticket) -> str:
    """What the ticket's life asks for next, in the office's words."""
    state = ticket.state
    if ticket.merged_into and state in (TicketState.RECEIVED, TicketState.HANDLING):
        return NEXT_STEPS["follows"]
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
