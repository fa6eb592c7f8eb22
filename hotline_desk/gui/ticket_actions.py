"""Each ticket action described once: its form, its shortcut and how it is applied.

The detail pane's buttons, the queue's right-click menu and the window's
shortcuts are all built from ACTION_FORMS; adding an action to the window
touches this module only. The rules stay in the domain: a form only collects
what the operator says happened and hands it to the TicketService.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hotline_desk.domain.lifecycle import (
    ACTION_LABELS,
    Action,
    ActionRefused,
    CallbackAnswers,
    CallPurpose,
    UnitFeedback,
)
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction
from hotline_desk.gui.error_text import refusal_text
from hotline_desk.gui.form_dialog import Field, FormSpec
from hotline_desk.gui.i18n import tr, tr_domain
from hotline_desk.services.tickets import TicketService, TicketView

Apply = Callable[[dict[str, Any]], object]


@dataclass
class FormContext:
    """What a form needs to know about the ticket and the office."""

    service: TicketService
    view: TicketView
    operator: str
    now: datetime
    units: list[tuple[str, int]]
    templates: list[tuple[str, str]]  # (name, code)

    @property
    def number(self) -> str:
        return self.view.ticket.number


@dataclass(frozen=True)
class ActionForm:
    action: Action
    build: Callable[[FormContext], tuple[FormSpec, Apply]]
    shortcut: str = ""

    @property
    def label(self) -> str:
        return tr_domain(ACTION_LABELS[self.action])


def _yes_no(
    yes: str = QT_TRANSLATE_NOOP("", "是"), no: str = QT_TRANSLATE_NOOP("", "否")
) -> list[tuple[str, Any]]:
    return [(tr(yes), True), (tr(no), False)]


def _reached(values: dict[str, Any]) -> bool:
    return values.get("reached") is True


CALL_LATER = "later"


def dispatch_form(c: FormContext) -> tuple[FormSpec, Apply]:
    spec = FormSpec(
        tr("派单"),
        [
            Field("unit", tr("主办单位"), "choice", True, c.units),
            Field("co_units", tr("协办单位"), "units", choices=c.units),
            Field(
                "call",
                tr("电话通知承办人"),
                "choice",
                True,
                [(tr("已通知（接通）"), True), (tr("未接通"), False), (tr("稍后再打"), CALL_LATER)],
            ),
            Field("note", tr("备注")),
        ],
        tr("派单后请立即电话通知承办单位。"),
    )

    def apply(v: dict[str, Any]) -> object:
        call = None if v["call"] == CALL_LATER else v["call"]
        return c.service.dispatch(c.number, v["unit"], v["co_units"], v["note"], call)

    return spec, apply


def call_form(c: FormContext) -> tuple[FormSpec, Apply]:
    spec = FormSpec(
        tr("电话记录"),
        [
            Field(
                "purpose",
                tr("目的"),
                "choice",
                True,
                [
                    (tr("派单通知"), CallPurpose.DISPATCH_NOTICE.value),
                    (tr("到期前催办"), CallPurpose.CHASE.value),
                    (tr("其他"), CallPurpose.OTHER.value),
                ],
            ),
            Field(
                "unit",
                tr("打给哪个单位（默认主办单位）"),
                "choice",
                choices=c.units,
                placeholder=c.view.main_unit or tr("主办单位"),
            ),
            Field(
                "reached", tr("结果"), "choice", True, [(tr("接通"), True), (tr("未接通"), False)]
            ),
            Field("note", tr("说明"), "multiline"),
        ],
    )

    def apply(v: dict[str, Any]) -> object:
        return c.service.log_call(
            c.number, CallPurpose(v["purpose"]), v["reached"], v["note"], v["unit"]
        )

    return spec, apply


def transfer_form(c: FormContext) -> tuple[FormSpec, Apply]:
    return FormSpec(
        tr("转办"),
        [
            Field("unit", tr("转至单位"), "choice", True, c.units),
            Field("reason", tr("理由"), "multiline"),
        ],
    ), lambda v: c.service.transfer(c.number, v["unit"], v["reason"])


REDISPATCH_LATER = -1


def return_form(c: FormContext) -> tuple[FormSpec, Apply]:
    spec = FormSpec(
        tr("退单"),
        [
            Field("reason", tr("退单理由"), "multiline", True),
            Field(
                "justified",
                tr("理由是否成立"),
                "choice",
                True,
                [(tr("成立：改派（转办）"), True), (tr("不成立：无故退单"), False)],
            ),
            Field(
                "unit",
                tr("改派至"),
                "choice",
                choices=[(tr("稍后派单"), REDISPATCH_LATER), *c.units],
                required_when=lambda v: v.get("justified") is True,
            ),
        ],
    )

    def apply(v: dict[str, Any]) -> object:
        unit = v["unit"] if v["justified"] and v["unit"] != REDISPATCH_LATER else None
        return c.service.return_ticket(c.number, v["reason"], v["justified"], unit)

    return spec, apply


def commit_form(c: FormContext) -> tuple[FormSpec, Apply]:
    due = c.view.ticket.due_at or c.now
    return FormSpec(
        tr("申请承诺件/延期"),
        [
            Field("until", tr("申请办结日期"), "datetime", True, default=due + timedelta(days=7)),
            Field("reason", tr("理由"), "multiline", True),
        ],
    ), lambda v: c.service.request_commitment(c.number, v["until"], v["reason"])


def decide_form(c: FormContext) -> tuple[FormSpec, Apply]:
    requested = c.view.ticket.requested_due_at or c.view.ticket.due_at or c.now
    spec = FormSpec(
        tr("领导审批承诺件"),
        [
            Field(
                "approved",
                tr("决定"),
                "choice",
                True,
                _yes_no(QT_TRANSLATE_NOOP("", "同意"), QT_TRANSLATE_NOOP("", "不同意")),
            ),
            Field("due", tr("新的办理时限"), "datetime", default=requested),
            Field("note", tr("批示"), "multiline"),
        ],
    )
    return spec, lambda v: c.service.decide_commitment(
        c.number, v["approved"], v["due"] if v["approved"] else None, v["note"]
    )


def callback_dial_info(c: FormContext) -> str:
    """The number to dial, shown in clear for the call – a logged reveal."""
    try:
        c.service.reveal_caller(c.number, tr("回访拨号"))
    except ActionRefused as error:
        return refusal_text(error)
    caller = c.view.ticket.caller
    return tr("拨打：<b>{phone}</b>　{name}").format(
        phone=caller.phone or tr("（来电人未留电话）"), name=caller.name
    )


def callback_form(c: FormContext) -> tuple[FormSpec, Apply]:
    ticket = c.view.ticket
    fields = [
        Field(
            "reached",
            tr("电话结果"),
            "choice",
            True,
            [(tr("接通"), True), (tr("未接通（稍后再拨）"), False)],
        ),
        Field(
            "told",
            tr("1. 承办单位是否已告知办理结果及政策法规依据"),
            "choice",
            choices=_yes_no(),
            required_when=_reached,
        ),
        Field(
            "true",
            tr("2. 承办单位反馈情况是否属实"),
            "choice",
            choices=_yes_no(),
            required_when=_reached,
        ),
        Field(
            "misconduct",
            tr("3. 工作人员办理中有无违规违纪"),
            "choice",
            choices=[(tr("无"), False), (tr("有"), True)],
            required_when=_reached,
        ),
        Field(
            "satisfaction",
            tr("4. 满意度"),
            "choice",
            choices=[(tr_domain(x.label), x.value) for x in Satisfaction],
            required_when=_reached,
        ),
        Field("callee", tr("回访对象"), placeholder=tr("接电话的人")),
        Field("notes", tr("回访记录"), "multiline"),
    ]
    standing_in = bool(ticket.owner) and ticket.owner != c.operator
    if standing_in:
        fields.append(
            Field(
                "stand_in",
                tr("代 {owner} 回访").format(owner=ticket.owner),
                "choice",
                True,
                [(tr("是，代为回访"), True), (tr("否"), False)],
            )
        )
    note = tr("回访由派单人 {owner} 进行；他人须登记代为回访。").format(owner=ticket.owner or "—")
    spec = FormSpec(tr("回访"), fields, note, info=callback_dial_info(c))

    def apply(v: dict[str, Any]) -> object:
        reached = v["reached"] is True
        answers = CallbackAnswers(
            reached=reached,
            result_and_basis_told=v["told"] if reached else None,
            account_true=v["true"] if reached else None,
            misconduct=v["misconduct"] if reached else None,
            satisfaction=Satisfaction(v["satisfaction"]) if reached else None,
            callee=v["callee"],
            notes=v["notes"],
            stand_in_for=ticket.owner if v.get("stand_in") else None,
        )
        return c.service.callback(c.number, answers)

    return spec, apply


def feedback_form(c: FormContext) -> tuple[FormSpec, Apply]:
    spec = FormSpec(
        tr("单位反馈"),
        [
            Field(
                "template",
                tr("答复参考范本"),
                "choice",
                choices=[(tr("不用范本"), ""), *c.templates],
            ),
            Field("cause", tr("问题原因"), "multiline", True),
            Field("actions", tr("处理情况"), "multiline", True),
            Field(
                "result",
                tr("处理结果"),
                "choice",
                True,
                [(tr_domain(r.label), r.value) for r in FeedbackResult],
            ),
            Field("next_steps", tr("下一步措施"), "multiline"),
            Field("basis", tr("告知群众的政策法规依据"), "multiline"),
        ],
    )

    def apply(v: dict[str, Any]) -> object:
        feedback = UnitFeedback(
            v["cause"],
            v["actions"],
            FeedbackResult(v["result"]),
            v["next_steps"],
            v["basis"],
            v["template"] or "",
        )
        return c.service.feedback(c.number, feedback)

    return spec, apply


def _reason_form(
    title: str, label: str, call: Callable[[TicketService], Callable[[str, str], object]]
) -> Callable[[FormContext], tuple[FormSpec, Apply]]:
    def build(c: FormContext) -> tuple[FormSpec, Apply]:
        spec = FormSpec(tr(title), [Field("text", tr(label), "multiline", True)])
        return spec, lambda v: call(c.service)(c.number, v["text"])

    return build


def _confirm_form(
    title: str, call: Callable[[TicketService], Callable[[str], object]]
) -> Callable[[FormContext], tuple[FormSpec, Apply]]:
    def build(c: FormContext) -> tuple[FormSpec, Apply]:
        text = tr("确认{action}工单 {number}？").format(action=tr(title), number=c.number)
        return FormSpec(tr(title), [], text), lambda _v: call(c.service)(c.number)

    return build


# In the order an operator meets them; the detail shows one button each.
ACTION_FORMS: dict[Action, ActionForm] = {
    form.action: form
    for form in (
        ActionForm(Action.DISPATCH, dispatch_form, "Ctrl+D"),
        ActionForm(Action.CALL, call_form, "Ctrl+L"),
        ActionForm(Action.TRANSFER, transfer_form),
        ActionForm(Action.RETURN, return_form),
        ActionForm(Action.COMMIT, commit_form),
        ActionForm(Action.DECIDE, decide_form),
        ActionForm(Action.FEEDBACK, feedback_form, "Ctrl+E"),
        ActionForm(
            Action.REJECT_FEEDBACK,
            _reason_form(
                QT_TRANSLATE_NOOP("", "虚假反馈退回"),
                QT_TRANSLATE_NOOP("", "不实之处"),
                lambda s: s.reject_feedback,
            ),
        ),
        ActionForm(Action.CALLBACK, callback_form, "Ctrl+H"),
        ActionForm(
            Action.SUBMIT,
            _confirm_form(QT_TRANSLATE_NOOP("", "提交市审核组"), lambda s: s.submit),
            "Ctrl+U",
        ),
        ActionForm(
            Action.REVIEW_RETURN,
            _reason_form(
                QT_TRANSLATE_NOOP("", "审核退回"),
                QT_TRANSLATE_NOOP("", "市审核组退回理由"),
                lambda s: s.review_return,
            ),
        ),
        ActionForm(
            Action.REASSIGN,
            _reason_form(
                QT_TRANSLATE_NOOP("", "重新交办"),
                QT_TRANSLATE_NOOP("", "交办说明"),
                lambda s: s.reassign,
            ),
        ),
        ActionForm(
            Action.ARCHIVE, _confirm_form(QT_TRANSLATE_NOOP("", "办结归档"), lambda s: s.archive)
        ),
        ActionForm(
            Action.ESCALATE,
            _reason_form(
                QT_TRANSLATE_NOOP("", "抄报疑难"),
                QT_TRANSLATE_NOOP("", "抄报理由"),
                lambda s: s.escalate,
            ),
        ),
        ActionForm(
            Action.LEADER_DECISION,
            _reason_form(
                QT_TRANSLATE_NOOP("", "领导批示"),
                QT_TRANSLATE_NOOP("", "批示内容"),
                lambda s: s.leader_decision,
            ),
        ),
    )
}
