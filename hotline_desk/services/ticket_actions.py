"""Each ticket action described once: what it asks, how it is applied.

The window's forms (gui/ticket/action_forms.py), its buttons, right-click menu and
shortcuts, and the command line's ``ticket <command> NUMBER`` options are all
built from ACTIONS; adding an action touches this module, the lifecycle
(which says when it is allowed) and the TicketService (which stores it).

Labels are Chinese, the form's words; the window translates them through its
"Domain" catalogue. A field's answer is never pre-filled with what happened
(a call's result, a satisfaction): a field without a default starts empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from hotline_desk.domain.lifecycle import Action, CallbackAnswers, CallPurpose, UnitFeedback
from hotline_desk.domain.ticket import SATISFACTION_ANSWERS, FeedbackResult, Satisfaction, Ticket
from hotline_desk.services.auth import check_action_role
from hotline_desk.services.errors import bounded_text
from hotline_desk.services.tickets import TicketService

Values = Mapping[str, Any]


class Kind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"  # one of ``choices``
    UNIT = "unit"  # a unit of the directory (id or name)
    UNITS = "units"  # several units
    TEMPLATE = "template"  # a reply template's code
    DATETIME = "datetime"


@dataclass(frozen=True)
class ActionField:
    key: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: tuple[tuple[str, object], ...] = ()  # (label, value) of a CHOICE
    required_when: Callable[[Values], bool] | None = None  # required only then
    none_choice: str = ""  # UNIT/TEMPLATE: the label of an explicit "none" answer
    default: Callable[[Ticket, datetime], object] | None = None  # a suggestion, not a fact
    shown_when: Callable[[Ticket, str], bool] | None = None  # (ticket, operator)
    # A CHOICE as flags on the CLI, one per answer: (("--reached", True), ...)
    flags: tuple[tuple[str, object], ...] = ()
    option: str = ""  # the CLI option, when not --key
    cli_default: object = None  # what the CLI records when the option is left out
    help: str = ""  # the CLI's help line
    hint: str = ""  # the form's placeholder text

    @property
    def cli_option(self) -> str:
        return self.option or "--" + self.key.replace("_", "-")

    def is_required(self, values: Values) -> bool:
        if self.required_when is not None:
            return self.required_when(values)
        return self.required


@dataclass(frozen=True)
class ActionSpec:
    action: Action
    command: str  # the CLI: ticket <command> NUMBER
    title: str
    apply: Callable[[TicketService, str, Values], Ticket]
    fields: tuple[ActionField, ...] = ()
    note: str = ""  # shown on the form; {owner} and {number} are filled in
    shortcut: str = ""

    def shown_fields(self, ticket: Ticket, operator: str) -> list[ActionField]:
        return [f for f in self.fields if f.shown_when is None or f.shown_when(ticket, operator)]


def missing_fields(fields: list[ActionField], values: Values) -> list[ActionField]:
    """The required fields left without an answer, in the form's order."""
    return [f for f in fields if f.is_required(values) and values.get(f.key) in (None, "", [])]


def _reached(values: Values) -> bool:
    return values.get("reached") is True


def _justified(values: Values) -> bool:
    return values.get("justified") is True


YES_NO = (("是", True), ("否", False))
CALL_LATER = "later"
UNREACHABLE = "unreachable"  # the callback's third result: 无法联系
NONE = "none"  # the explicit "none" answer of a UNIT or TEMPLATE field

# -- how each action is applied -------------------------------------------------


def _dispatch(s: TicketService, number: str, v: Values) -> Ticket:
    call = None if v.get("call") in (CALL_LATER, None) else v["call"]
    return s.dispatch(number, v["unit"], v.get("co_units") or [], v.get("note") or "", call)


def _call(s: TicketService, number: str, v: Values) -> Ticket:
    unit = v.get("unit")
    return s.log_call(
        number, CallPurpose(v["purpose"]), v["reached"], v.get("note") or "", unit or None
    )


def _return(s: TicketService, number: str, v: Values) -> Ticket:
    unit = v.get("unit") if v["justified"] and v.get("unit") not in (None, NONE) else None
    return s.return_ticket(number, v["reason"], v["justified"], unit)


def _decide(s: TicketService, number: str, v: Values) -> Ticket:
    approved = v["approved"]
    return s.decide_commitment(
        number, approved, v.get("due") if approved else None, v.get("note") or ""
    )


def _feedback(s: TicketService, number: str, v: Values) -> Ticket:
    template = v.get("template")
    feedback = UnitFeedback(
        v["cause"],
        v["actions"],
        FeedbackResult(v["result"]),
        v.get("next_steps") or "",
        v.get("basis") or "",
        "" if template in (None, NONE) else str(template),
    )
    return s.feedback(number, feedback)


def _callback(s: TicketService, number: str, v: Values) -> Ticket:
    reached = v["reached"] is True
    unreachable = v["reached"] == UNREACHABLE
    owner = s.ticket(number).owner if v.get("stand_in") else None
    answers = CallbackAnswers(
        reached=reached,
        result_and_basis_told=v.get("told") if reached else None,
        account_true=v.get("true") if reached else None,
        misconduct=v.get("misconduct") if reached else None,
        satisfaction=Satisfaction(v["satisfaction"]) if reached else None,
        callee=v.get("callee") or "",
        notes=v.get("notes") or "",
        stand_in_for=owner,
        unreachable=unreachable,
    )
    return s.callback(number, answers)


def _with_text(
    call: Callable[[TicketService], Callable[[str, str], Ticket]], key: str
) -> Callable[[TicketService, str, Values], Ticket]:
    return lambda s, number, v: call(s)(number, v.get(key) or "")


def _reason(label: str, required: bool = True, help_text: str = "") -> ActionField:
    return ActionField("reason", label, Kind.MULTILINE, required, help=help_text)


def _whitelist(s: TicketService, number: str, v: Values) -> Ticket:
    from hotline_desk.services import whitelist

    until = v["until"]
    whitelist.add(s.context, number, until.date(), v.get("reason") or "", v.get("answer") or "")
    return s.ticket(number)


def _standing_in(ticket: Ticket, operator: str) -> bool:
    return bool(ticket.owner) and ticket.owner != operator


# -- the actions, in the order an operator meets them -----------------------------
ACTIONS: dict[Action, ActionSpec] = {
    spec.action: spec
    for spec in (
        ActionSpec(
            Action.DISPATCH,
            "dispatch",
            "派单",
            _dispatch,
            (
                ActionField("unit", "主办单位", Kind.UNIT, True, help="主办单位：编号或名称"),
                ActionField(
                    "co_units",
                    "协办单位",
                    Kind.UNITS,
                    option="--co-unit",
                    help="协办单位（可重复）",
                ),
                ActionField(
                    "call",
                    "电话通知承办人",
                    Kind.CHOICE,
                    True,
                    (("已通知（接通）", True), ("未接通", False), ("稍后再打", CALL_LATER)),
                    flags=(("--called", True), ("--call-not-reached", False)),
                    cli_default=CALL_LATER,
                    help="记录派单后电话通知承办人：接通 / 未接通（不给出则稍后再打）",
                ),
                ActionField("note", "备注"),
            ),
            note="派单后请立即电话通知承办单位。",
            shortcut="Ctrl+D",
        ),
        ActionSpec(
            Action.CALL,
            "call",
            "电话记录",
            _call,
            (
                ActionField(
                    "purpose",
                    "目的",
                    Kind.CHOICE,
                    True,
                    (
                        ("派单通知", CallPurpose.DISPATCH_NOTICE.value),
                        ("到期前催办", CallPurpose.CHASE.value),
                        ("其他", CallPurpose.OTHER.value),
                    ),
                ),
                ActionField("unit", "打给哪个单位（默认主办单位）", Kind.UNIT),
                ActionField(
                    "reached",
                    "结果",
                    Kind.CHOICE,
                    True,
                    (("接通", True), ("未接通", False)),
                    flags=(("--reached", True), ("--not-reached", False)),
                ),
                ActionField("note", "说明", Kind.MULTILINE),
            ),
            shortcut="Ctrl+L",
        ),
        ActionSpec(
            Action.TRANSFER,
            "transfer",
            "转办",
            lambda s, number, v: s.transfer(number, v["unit"], v.get("reason") or ""),
            (ActionField("unit", "转至单位", Kind.UNIT, True), _reason("理由", required=False)),
        ),
        ActionSpec(
            Action.RETURN,
            "return",
            "退单",
            _return,
            (
                _reason("退单理由"),
                ActionField(
                    "justified",
                    "理由是否成立",
                    Kind.CHOICE,
                    True,
                    (("成立：改派（转办）", True), ("不成立：无故退单", False)),
                    flags=(("--justified", True), ("--unjustified", False)),
                ),
                ActionField(
                    "unit",
                    "改派至",
                    Kind.UNIT,
                    required_when=_justified,
                    none_choice="稍后派单",
                    cli_default=NONE,
                    help="理由成立时立即改派到此单位（不给出则稍后派单）",
                ),
            ),
        ),
        ActionSpec(
            Action.COMMIT,
            "commit",
            "申请承诺件/延期",
            lambda s, number, v: s.request_commitment(number, v["until"], v["reason"]),
            (
                ActionField(
                    "until",
                    "申请办结日期",
                    Kind.DATETIME,
                    True,
                    default=lambda t, now: (t.due_at or now) + timedelta(days=7),
                ),
                _reason("理由"),
            ),
        ),
        ActionSpec(
            Action.DECIDE,
            "decide",
            "领导审批承诺件",
            _decide,
            (
                ActionField(
                    "approved",
                    "决定",
                    Kind.CHOICE,
                    True,
                    (("同意", True), ("不同意", False)),
                    flags=(("--approve", True), ("--refuse", False)),
                ),
                ActionField(
                    "due",
                    "新的办理时限",
                    Kind.DATETIME,
                    default=lambda t, now: t.requested_due_at or t.due_at or now,
                    help="新的办理时限（默认按申请）",
                ),
                ActionField("note", "批示", Kind.MULTILINE),
            ),
        ),
        ActionSpec(
            Action.FEEDBACK,
            "feedback",
            "单位反馈",
            _feedback,
            (
                ActionField("template", "答复参考范本", Kind.TEMPLATE, none_choice="不用范本"),
                ActionField("cause", "问题原因", Kind.MULTILINE, True),
                ActionField("actions", "处理情况", Kind.MULTILINE, True),
                ActionField(
                    "result",
                    "处理结果",
                    Kind.CHOICE,
                    True,
                    tuple((r.label, r.value) for r in FeedbackResult),
                ),
                ActionField("next_steps", "下一步措施", Kind.MULTILINE),
                ActionField("basis", "告知群众的政策法规依据", Kind.MULTILINE),
            ),
            shortcut="Ctrl+E",
        ),
        ActionSpec(
            Action.REJECT_FEEDBACK,
            "false-feedback",
            "虚假反馈退回",
            _with_text(lambda s: s.reject_feedback, "reason"),
            (_reason("不实之处"),),
        ),
        ActionSpec(
            Action.CALLBACK,
            "callback",
            "回访",
            _callback,
            (
                ActionField(
                    "reached",
                    "电话结果",
                    Kind.CHOICE,
                    True,
                    (
                        ("接通", True),
                        ("未接通（稍后再拨）", False),
                        ("多次未接通，记为无法联系", UNREACHABLE),
                    ),
                    flags=(
                        ("--reached", True),
                        ("--not-reached", False),
                        ("--unreachable", UNREACHABLE),
                    ),
                    help="回访电话：接通 / 未接通 / 多次未接通后记为无法联系（须 --notes 写明拨打情况）",
                ),
                ActionField(
                    "told",
                    "1. 承办单位是否已告知办理结果及政策法规依据",
                    Kind.CHOICE,
                    choices=YES_NO,
                    required_when=_reached,
                ),
                ActionField(
                    "true",
                    "2. 承办单位反馈情况是否属实",
                    Kind.CHOICE,
                    choices=YES_NO,
                    required_when=_reached,
                ),
                ActionField(
                    "misconduct",
                    "3. 工作人员办理中有无违规违纪",
                    Kind.CHOICE,
                    choices=(("无", False), ("有", True)),
                    required_when=_reached,
                ),
                ActionField(
                    "satisfaction",
                    "4. 满意度",
                    Kind.CHOICE,
                    choices=tuple((x.label, x.value) for x in SATISFACTION_ANSWERS),
                    required_when=_reached,
                ),
                ActionField("callee", "回访对象", hint="接电话的人"),
                ActionField(
                    "notes",
                    "回访记录",
                    Kind.MULTILINE,
                    required_when=lambda v: v.get("reached") == UNREACHABLE,  # how it was tried
                ),
                ActionField(
                    "stand_in",
                    "代 {owner} 回访",
                    Kind.CHOICE,
                    True,
                    (("是，代为回访", True), ("否", False)),
                    shown_when=_standing_in,
                    flags=(("--stand-in", True),),
                    cli_default=False,
                    help="代派单人回访（须登记）",
                ),
            ),
            note="回访由派单人 {owner} 进行；他人须登记代为回访。",
            shortcut="Ctrl+H",
        ),
        ActionSpec(
            Action.SUBMIT,
            "submit",
            "提交市审核组",
            lambda s, number, _v: s.submit(number),
            shortcut="Ctrl+U",
        ),
        ActionSpec(
            Action.REVIEW_RETURN,
            "review-return",
            "审核退回",
            _with_text(lambda s: s.review_return, "reason"),
            (_reason("市审核组退回理由"),),
        ),
        ActionSpec(
            Action.REASSIGN,
            "reassign",
            "重新交办",
            _with_text(lambda s: s.reassign, "reason"),
            (_reason("交办说明"),),
        ),
        ActionSpec(
            Action.ARCHIVE,
            "archive",
            "办结归档",
            lambda s, number, _v: s.archive(number),
            shortcut="Ctrl+G",  # 归档; it took sixteen Downs in the menu
        ),
        ActionSpec(
            Action.ESCALATE,
            "escalate",
            "抄报疑难",
            _with_text(lambda s: s.escalate, "reason"),
            (_reason("抄报理由"),),
        ),
        ActionSpec(
            Action.LEADER_DECISION,
            "decision",
            "领导批示",
            _with_text(lambda s: s.leader_decision, "text"),
            (ActionField("text", "批示内容", Kind.MULTILINE, True),),
        ),
        ActionSpec(
            Action.WHITELIST,
            "whitelist",
            "列入白名单",
            _whitelist,
            (
                ActionField(
                    "until",
                    "冻结至",
                    Kind.DATETIME,
                    True,
                    default=lambda _t, now: now.replace(hour=0, minute=0) + timedelta(days=90),
                    help="冻结期的最后一天（一年以内）",
                ),
                _reason("确认正常的理由", help_text="为什么这一事项属于正常情况"),
                ActionField(
                    "answer",
                    "确认答复",
                    Kind.MULTILINE,
                    help="再有同类诉求时供单位参考的答复（默认：单位最近一次反馈）",
                    hint="留空：采用单位最近一次反馈",
                ),
            ),
            note="同一地点、同类诉求的新工单到达时将标记为白名单事项，并附上确认答复供单位参考。",
        ),
        ActionSpec(
            Action.MARK_TYPICAL,
            "typical",
            "标记典型工单",
            lambda s, number, v: s.mark_typical(
                number, v.get("summary") or "", v.get("typical", True)
            ),
            (
                ActionField(
                    "summary",
                    "典型案例摘要",
                    Kind.MULTILINE,
                    required_when=lambda v: v.get("typical", True) is not False,
                    help="月度分析中的典型工单摘要",
                    hint="一两句话：问题、处理、启示",
                ),
                ActionField(
                    "typical",
                    "典型工单",
                    Kind.CHOICE,
                    choices=(("是", True), ("取消标记", False)),
                    default=lambda _t, _now: True,
                    flags=(("--unmark", False),),
                    cli_default=True,
                    help="取消典型工单标记",
                ),
            ),
        ),
    )
}


TEXT_LIMIT = 5000  # a reason, a note, a feedback part: long enough, and bounded


def checked_values(spec: ActionSpec, values: Values) -> dict[str, Any]:
    """The answers with every text bounded and free of control characters."""
    checked = dict(values)
    for field in spec.fields:
        value = checked.get(field.key)
        if field.kind in (Kind.TEXT, Kind.MULTILINE) and isinstance(value, str):
            checked[field.key] = bounded_text(field.label, value, TEXT_LIMIT)
    return checked


def run_action(
    service: TicketService,
    action: Action,
    number: str,
    values: Values,
    seen_events: int | None = None,
) -> Ticket:
    """Applies ``action`` with the answers given (the rules are checked by the
    domain). ``seen_events``: how many events the ticket had when the form was
    opened – a ticket someone changed since is refused, not acted on."""
    spec = ACTIONS[action]
    with service.context.db.unit_of_work(), service.expecting(number, seen_events):
        check_action_role(service.context, action)
        return spec.apply(service, number, checked_values(spec, values))
