"""The ticket detail: every field, the event history, and every valid action.

Buttons follow the domain's allowed_actions; each opens a FormDialog that
calls the TicketService, so the rules live in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.ensures import Status
from hotline_desk.domain.lifecycle import (
    ACTION_LABELS,
    Action,
    ActionRefused,
    CallbackAnswers,
    CallPurpose,
    UnitFeedback,
    allowed_actions,
)
from hotline_desk.domain.masking import mask_address, mask_name, mask_phone
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction
from hotline_desk.gui.form_dialog import Field, FormDialog, FormSpec
from hotline_desk.gui.i18n import tr, tr_domain
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import list_units
from hotline_desk.services.ensures import ticket_ensures
from hotline_desk.services.reply_templates import list_templates
from hotline_desk.services.tickets import TicketService, TicketView

# The actions with a button here, in the order an operator meets them.
BUTTON_ACTIONS = [
    Action.DISPATCH, Action.CALL, Action.TRANSFER, Action.RETURN, Action.COMMIT, Action.DECIDE,
    Action.FEEDBACK, Action.REJECT_FEEDBACK, Action.CALLBACK, Action.SUBMIT, Action.REVIEW_RETURN,
    Action.REASSIGN, Action.ARCHIVE, Action.ESCALATE, Action.LEADER_DECISION,
]  # fmt: skip


def action_label(action: str) -> str:
    try:
        return Action(action).label
    except ValueError:  # an event written by a newer version
        return action


class TicketDetail(QWidget):
    ticket_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = TicketService(context)
        self.view: TicketView | None = None
        self.revealed = False
        self.dialog: FormDialog | None = None
        self.heading = QLabel(tr("请选择一件工单"))
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold")
        self.fields = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, label in (
            ("state", tr("状态")),
            ("kind", tr("诉求类型")),
            ("received", tr("受理时间")),
            ("dispatch_due", tr("派单时限")),
            ("due", tr("办理时限")),
            ("units", tr("承办单位")),
            ("owner", tr("经办人")),
            ("address", tr("地址")),
            ("caller", tr("来电人")),
            ("flags", tr("标记")),
            ("content", tr("诉求内容")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            self.labels[key] = value
            self.fields.addRow(label, value)  # label already translated
        self.reveal_button = QPushButton(tr("查看来电人信息"))
        self.reveal_button.clicked.connect(self.reveal)
        self.buttons: dict[Action, QPushButton] = {}
        grid = QGridLayout()
        for i, action in enumerate(BUTTON_ACTIONS):
            button = QPushButton(tr_domain(ACTION_LABELS[action]))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _c=False, a=action: self.start(a))
            self.buttons[action] = button
            grid.addWidget(button, i // 4, i % 4)
        self.message = QLabel()
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [tr("时间"), tr("操作人"), tr("操作"), tr("状态变化"), tr("说明")]
        )
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.fields)
        layout.addWidget(self.reveal_button)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(tr("六个确保")))
        self.ensures = QLabel()
        self.ensures.setObjectName("ensures")
        self.ensures.setTextFormat(Qt.TextFormat.RichText)
        self.ensures.setWordWrap(True)
        layout.addWidget(self.ensures)
        layout.addWidget(QLabel(tr("办理记录")))
        layout.addWidget(self.history, 1)
        self._enable([])

    # -- showing -------------------------------------------------------------
    def show_ticket(self, number: str, keep_message: bool = False) -> None:
        if self.view is None or self.view.ticket.number != number:
            self.revealed = False
        self.view = self.service.show(number)
        if not keep_message:
            self.message.clear()
        t = self.view.ticket
        self.heading.setText(tr("工单 {number}  {title}").format(number=t.number, title=t.title))
        units = self.view.unit_names
        co = "、".join(units.get(u, str(u)) for u in t.co_unit_ids)
        values = {
            "state": tr_domain(t.state.label),
            "kind": tr_domain(t.kind.label),
            "received": f"{t.received_at:%Y-%m-%d %H:%M}",
            "dispatch_due": f"{t.dispatch_due_at:%Y-%m-%d %H:%M}",
            "due": f"{t.due_at:%Y-%m-%d %H:%M}" if t.due_at else "—",
            "units": (self.view.main_unit or "—")
            + (tr("（协办：{units}）").format(units=co) if co else ""),
            "owner": t.owner or "—",
            "address": t.address or "—",
            "caller": self._caller_text(),
            "flags": "、".join(map(tr_domain, t.flag_names())) or "—",
            "content": t.content,
        }
        for key, text in values.items():
            self.labels[key].setText(text)
        self.reveal_button.setEnabled(not t.confidential and not self.revealed)
        self._enable(allowed_actions(t))
        self.show_ensures()
        self.history.setRowCount(len(self.view.events))
        for row, event in enumerate(self.view.events):
            label = tr_domain(action_label(event.action))
            change = (
                f"{tr_domain(event.from_state.label)} → {tr_domain(event.to_state.label)}"
                if event.from_state != event.to_state
                else ""
            )
            for column, text in enumerate(
                [f"{event.at:%Y-%m-%d %H:%M}", event.actor, label, change, event.note]
            ):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def show_ensures(self) -> None:
        """The six ensures, computed from the history: what is met, what is missing."""
        assert self.view is not None
        self.ensure_results = ticket_ensures(self.context, self.view.ticket.number)
        marks = {
            Status.MET: ("✓", "#2e7d32"),
            Status.MISSING: ("✗", "#c62828"),
            Status.NOT_YET: ("…", "#757575"),
        }
        lines = []
        for result in self.ensure_results:
            mark, colour = marks[result.status]
            detail = f"：{result.detail}" if result.detail else ""
            lines.append(
                f'<span style="color:{colour}">{mark} {result.ensure.value}. '
                f"{tr_domain(result.ensure.label)}{detail}</span>"
            )
        self.ensures.setText("<br>".join(lines))

    def _caller_text(self) -> str:
        assert self.view is not None
        t = self.view.ticket
        if t.confidential:
            return tr("保密件：来电人信息不显示")
        c = t.caller
        if self.revealed:
            return f"{c.name} {c.phone} {c.address}".strip() or "—"
        return f"{mask_name(c.name)} {mask_phone(c.phone)} {mask_address(c.address)}".strip() or "—"

    def _enable(self, actions: list[Action]) -> None:
        for action, button in self.buttons.items():
            button.setEnabled(action in actions)

    def reveal(self) -> None:
        """Shows the caller in clear; the reveal itself is an event (保密制度)."""
        if self.view is None:
            return
        try:
            self.service.reveal_caller(self.view.ticket.number)
        except ActionRefused as error:
            self.message.setText(str(error))
            return
        self.revealed = True
        self.show_ticket(self.view.ticket.number, keep_message=True)

    # -- acting ----------------------------------------------------------------
    def start(self, action: Action) -> FormDialog | None:
        if self.view is None:
            return None
        number = self.view.ticket.number
        spec, submit = self._form(action, number)
        dialog = FormDialog(spec, submit, self)
        if action is Action.FEEDBACK:
            self._offer_templates(dialog)
        dialog.accepted.connect(lambda: self._done(number, action))
        self.dialog = dialog
        dialog.open()
        return dialog

    @staticmethod
    def _answers(values: dict[str, Any], owner: str | None) -> CallbackAnswers:
        reached = bool(values["reached"])
        return CallbackAnswers(
            reached=reached,
            result_and_basis_told=values["told"] if reached else None,
            account_true=values["true"] if reached else None,
            misconduct=values["misconduct"] if reached else None,
            satisfaction=Satisfaction(values["satisfaction"]) if reached else None,
            callee=values.get("callee", ""),
            notes=values.get("notes", ""),
            stand_in_for=owner if values.get("stand_in") else None,
        )

    def _offer_templates(self, dialog: FormDialog) -> None:
        """Choosing a template fills the empty parts with its starting text."""
        templates = {t.code: t for t in list_templates(self.context)}
        combo = dialog.widgets["template"]

        def fill(_index: int) -> None:
            template = templates.get(dialog.values()["template"] or "")
            if template is None:
                return
            current = dialog.values()
            for part, starter in template.starters.items():
                if not current.get(part):
                    dialog.set_value(part, starter)

        combo.currentIndexChanged.connect(fill)  # type: ignore[attr-defined]

    def _done(self, number: str, action: Action) -> None:
        self.show_ticket(number)
        self.message.setText(tr("已{action}").format(action=tr_domain(ACTION_LABELS[action])))
        self.ticket_changed.emit(number)

    def _unit_choices(self) -> list[tuple[str, Any]]:
        with self.context.db.session() as session:
            return [(u.name, u.id) for u in list_units(session)]

    def _form(
        self, action: Action, number: str
    ) -> tuple[FormSpec, Callable[[dict[str, Any]], object]]:
        s = self.service
        assert self.view is not None
        due = self.view.ticket.due_at or self.context.clock.now()
        units = self._unit_choices()
        if action is Action.DISPATCH:
            return FormSpec(
                tr("派单"),
                [
                    Field("unit", tr("主办单位"), "choice", True, units),
                    Field("co_units", tr("协办单位"), "units", choices=units),
                    Field(
                        "call",
                        tr("电话通知承办人"),
                        "choice",
                        choices=[
                            (tr("已通知（接通）"), True),
                            (tr("未接通"), False),
                            (tr("稍后再打"), None),
                        ],
                    ),
                    Field("note", tr("备注")),
                ],
                tr("派单后请立即电话通知承办单位。"),
            ), lambda v: s.dispatch(number, v["unit"], v["co_units"], v["note"], v["call"])
        if action is Action.CALL:
            return FormSpec(
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
                        CallPurpose.CHASE.value,
                    ),
                    Field(
                        "reached",
                        tr("结果"),
                        "choice",
                        True,
                        [(tr("接通"), True), (tr("未接通"), False)],
                    ),
                    Field("note", tr("说明"), "multiline"),
                ],
            ), lambda v: s.log_call(number, CallPurpose(v["purpose"]), v["reached"], v["note"])
        if action is Action.TRANSFER:
            return FormSpec(
                tr("转办"),
                [
                    Field("unit", tr("转至单位"), "choice", True, units),
                    Field("reason", tr("理由"), "multiline"),
                ],
            ), lambda v: s.transfer(number, v["unit"], v["reason"])
        if action is Action.RETURN:
            return FormSpec(
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
                        tr("改派至（可稍后派单）"),
                        "choice",
                        choices=[(tr("稍后派单"), None), *units],
                    ),
                ],
            ), lambda v: s.return_ticket(
                number, v["reason"], v["justified"], v["unit"] if v["justified"] else None
            )
        if action is Action.COMMIT:
            return FormSpec(
                tr("申请承诺件/延期"),
                [
                    Field(
                        "until",
                        tr("申请办结日期"),
                        "datetime",
                        True,
                        default=due + timedelta(days=7),
                    ),
                    Field("reason", tr("理由"), "multiline", True),
                ],
            ), lambda v: s.request_commitment(number, v["until"], v["reason"])
        if action is Action.DECIDE:
            requested = self.view.ticket.requested_due_at or due
            return FormSpec(
                tr("领导审批承诺件"),
                [
                    Field(
                        "approved",
                        tr("决定"),
                        "choice",
                        True,
                        [(tr("同意"), True), (tr("不同意"), False)],
                    ),
                    Field("due", tr("新的办理时限"), "datetime", default=requested),
                    Field("note", tr("批示"), "multiline"),
                ],
            ), lambda v: s.decide_commitment(
                number, v["approved"], v["due"] if v["approved"] else None, v["note"]
            )
        if action is Action.CALLBACK:
            ticket = self.view.ticket
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
                    choices=[(tr("是"), True), (tr("否"), False)],
                ),
                Field(
                    "true",
                    tr("2. 承办单位反馈情况是否属实"),
                    "choice",
                    choices=[(tr("是"), True), (tr("否"), False)],
                ),
                Field(
                    "misconduct",
                    tr("3. 工作人员办理中有无违规违纪"),
                    "choice",
                    choices=[(tr("无"), False), (tr("有"), True)],
                ),
                Field(
                    "satisfaction",
                    tr("4. 满意度"),
                    "choice",
                    choices=[(tr_domain(x.label), x.value) for x in Satisfaction],
                ),
                Field("callee", tr("回访对象"), default=ticket.caller.name),
                Field("notes", tr("回访记录"), "multiline"),
            ]
            if ticket.owner and ticket.owner != self.context.operator:
                fields.append(
                    Field(
                        "stand_in",
                        tr("代 {owner} 回访").format(owner=ticket.owner),
                        "choice",
                        True,
                        [(tr("是，代为回访"), True), (tr("否"), False)],
                    )
                )
            note = tr("回访由派单人 {owner} 进行；他人须登记代为回访。").format(
                owner=ticket.owner or "—"
            )
            return FormSpec(tr("回访"), fields, note), lambda v: self.service.callback(
                number, self._answers(v, ticket.owner)
            )
        if action is Action.FEEDBACK:
            templates = [(tr("不用范本"), "")] + [
                (t.name, t.code) for t in list_templates(self.context)
            ]
            return FormSpec(
                tr("单位反馈"),
                [
                    Field("template", tr("答复参考范本"), "choice", choices=templates),
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
            ), lambda v: s.feedback(
                number,
                UnitFeedback(
                    v["cause"],
                    v["actions"],
                    FeedbackResult(v["result"]),
                    v["next_steps"],
                    v["basis"],
                    v["template"] or "",
                ),
            )
        reason_forms = {
            Action.REJECT_FEEDBACK: (tr("虚假反馈退回"), tr("不实之处"), s.reject_feedback),
            Action.REVIEW_RETURN: (tr("审核退回"), tr("市审核组退回理由"), s.review_return),
            Action.ESCALATE: (tr("抄报疑难"), tr("抄报理由"), s.escalate),
            Action.LEADER_DECISION: (tr("领导批示"), tr("批示内容"), s.leader_decision),
            Action.REASSIGN: (tr("重新交办"), tr("交办说明"), s.reassign),
        }
        if action in reason_forms:
            title, label, call = reason_forms[action]
            required = action is not Action.REASSIGN
            return FormSpec(title, [Field("text", label, "multiline", required)]), lambda v: call(
                number, v["text"]
            )
        confirm = {
            Action.SUBMIT: (tr("提交市审核组"), s.submit),
            Action.ARCHIVE: (tr("办结归档"), s.archive),
        }
        title, call_number = confirm[action]
        return FormSpec(
            title, [], tr("确认{action}工单 {number}？").format(action=title, number=number)
        ), lambda _v: call_number(number)
