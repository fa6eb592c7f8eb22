"""Why an action is refused: ActionRefused and every reason, in the office's words."""

from __future__ import annotations

from datetime import datetime

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.ticket import (
    Ticket,
)


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


SAME_TICKET = "不能与工单自身关联或并单"


NOT_LINKED = "与工单 {other} 没有关联"


MAIN_IS_REPEAT = "该工单已并入主工单 {main}，请并入主工单"


ALREADY_MERGED = "该工单已并入主工单 {main}；先取消并单"


HAS_REPEATS = "已有其他工单并入该工单，它只能作主工单"


MAIN_NOT_DISPATCHED = "该工单已在办理，主工单 {main} 尚未派单：请以已派单的工单为主工单"


MERGE_OTHER_UNIT = "该工单与主工单 {main} 由不同单位办理，不能并单；可改为关联"


NOT_MERGED = "该工单没有并入工单 {main}"


MERGED_FOLLOWS = "已并入主工单 {main}，随主工单办理；如需单独办理，先取消并单"


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
    SAME_TICKET,
    NOT_LINKED,
    MAIN_IS_REPEAT,
    ALREADY_MERGED,
    HAS_REPEATS,
    MAIN_NOT_DISPATCHED,
    MERGE_OTHER_UNIT,
    NOT_MERGED,
    MERGED_FOLLOWS,
)
