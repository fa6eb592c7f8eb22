"""The ticket detail: every field, the next step, the event history, every valid action.

Buttons follow the domain's allowed_actions; each opens the FormDialog that
ticket_actions describes, which calls the TicketService, so the rules live
in one place. The fields scroll, the history has its own tab: the pane fits
a 1366×768 screen beside the queue.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.ensures import EnsureResult, Status
from hotline_desk.domain.history import event_facts
from hotline_desk.domain.lifecycle import (
    Action,
    action_label,
    allowed_actions,
    next_step,
)
from hotline_desk.domain.lifecycle.roles import WHITELIST_ACTIONS, role_may
from hotline_desk.domain.masking import shown_caller
from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.domain.ticket import Ticket
from hotline_desk.domain.whitelist import WhitelistEntry
from hotline_desk.gui.qt.error_text import failure_text, filled
from hotline_desk.gui.qt.form_dialog import FormDialog
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.ticket.action_forms import (
    ACTION_FORMS,
    FormContext,
    callback_dial_info,
    unit_contact_info,
)
from hotline_desk.gui.ticket.attachments_tab import AttachmentsTab
from hotline_desk.gui.ticket.dispatch_suggestion import offer_suggestion
from hotline_desk.gui.ticket.related_tab import RelatedTab
from hotline_desk.services.changes import Area, Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.form_reference import FormReference, ticket_detail
from hotline_desk.services.related import related_tickets
from hotline_desk.services.tickets import TicketService, TicketView

# The field a form's 知识库 button inserts an entry's basis into.
KNOWLEDGE_FIELDS = {
    Action.FEEDBACK: "basis",
    Action.CALLBACK: "notes",
    Action.REJECT_FEEDBACK: "reason",  # the unit's reply judged against the policy
}


class TicketDetail(QWidget):
    ticket_changed = Signal(str)
    shown = Signal(str)  # the ticket's fields are on screen
    actions_changed = Signal()  # the actions allowed now changed (menus follow)
    form_closed = Signal()  # an action's form was saved or closed
    not_found = Signal(str)
    ticket_requested = Signal(str)  # a related ticket chosen: show it

    def __init__(
        self, context: AppContext, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks or TaskRunner(self)
        self.service = TicketService(context)
        self.view: TicketView | None = None
        self.revealed = False
        self.dialog: FormDialog | None = None
        self.requested: str | None = None  # the ticket asked for last (shown, or being read)
        self.ensure_results: list[EnsureResult] = []
        self.dialed: set[str] = set()  # tickets whose number to dial was revealed here
        self.templates: list[ReplyTemplate] = []
        self.reference: FormReference | None = None  # read with the ticket, off the GUI thread
        self.heading = QLabel(tr("请选择一件工单"))
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold")
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setStyleSheet("color: #1565c0; font-weight: bold")
        self.next_step.setWordWrap(True)
        self.fields = QFormLayout()
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        for key, label in (
            ("state", tr("状态")),
            ("kind", tr("诉求类型")),
            ("received", tr("受理时间")),
            ("dispatch_due", tr("派单时限")),
            ("due", tr("办理时限")),
            ("rule", tr("时限规则")),
            ("units", tr("承办单位")),
            ("owner", tr("经办人")),
            ("address", tr("地址")),
            ("caller", tr("来电人")),
            ("flags", tr("标记")),
            ("content", tr("诉求内容")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = value
            self.fields.addRow(label, value)  # label already translated
        self.reveal_button = QPushButton(tr("查看来电人信息"))
        self.reveal_button.clicked.connect(self.reveal)
        self.buttons: dict[Action, QPushButton] = {}
        grid = QGridLayout()
        self.action_grid = grid
        for form in ACTION_FORMS.values():
            button = QPushButton(form.label)
            button.setObjectName(f"action_{form.action.value}")
            if form.shortcut:
                button.setToolTip(form.shortcut)
            button.clicked.connect(lambda _c=False, a=form.action: self.start(a))
            self.buttons[form.action] = button
            button.setMinimumWidth(button.sizeHint().width())  # its whole label, always
        # A repeat of a matter confirmed normal (白名单): said above the fields.
        self.whitelist_note = QLabel()
        self.whitelist_note.setObjectName("whitelistNote")
        self.whitelist_note.setWordWrap(True)
        self.whitelist_note.setStyleSheet("color: #2e7d32")
        self.whitelist_note.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)
        self.ensures = QLabel()
        self.ensures.setObjectName("ensures")
        self.ensures.setTextFormat(Qt.TextFormat.RichText)
        self.ensures.setWordWrap(True)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [tr("时间"), tr("操作人"), tr("操作"), tr("状态变化"), tr("说明")]
        )
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)

        page = QWidget()
        body = QVBoxLayout(page)
        # What to do next comes first: the step, then only the actions the
        # ticket allows now, above the fields (visible without scrolling).
        body.addWidget(self.heading)
        body.addWidget(self.next_step)
        body.addWidget(self.whitelist_note)
        body.addLayout(grid)
        body.addWidget(self.message)
        body.addLayout(self.fields)
        body.addWidget(self.reveal_button)
        body.addWidget(QLabel(tr("六个确保")))
        body.addWidget(self.ensures)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.scroll = scroll
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, tr("工单详情"))
        self.tabs.addTab(self.history, tr("办理记录"))
        self.related = RelatedTab(context)
        self.related.ticket_requested.connect(self.ticket_requested.emit)
        self.tabs.addTab(self.related, tr("相关工单"))
        self.attachments = AttachmentsTab(context, self.tasks)
        self.tabs.addTab(self.attachments, tr("附件"))
        # Alt+1…4 choose a tab (keys, not mnemonics: the labels stay short at 125 %).
        for index in range(self.tabs.count()):
            key = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(lambda i=index: self._choose_tab(i))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setMinimumWidth(300)
        self._enable([])

    def _choose_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.focusNextChild()  # into the page's first field or list

    # -- showing -------------------------------------------------------------
    def show_ticket(self, number: str, keep_message: bool = False) -> None:
        """Reads the ticket, its history and its six ensures off the GUI thread;
        the fields fill in when the read is done (``shown`` says so)."""
        self.requested = number
        service = self.service

        def read() -> tuple[TicketView, list[EnsureResult], FormReference]:
            return ticket_detail(service, number)

        def fill(answer: tuple[TicketView, list[EnsureResult], FormReference]) -> None:
            self.reference = answer[2]
            self._fill(answer[0], answer[1], keep_message)

        self.tasks.run("detail", read, fill, lambda error: self._failed(number, error))
        self.attachments.show_for(number)
        context = self.context
        self.tasks.run(
            "related",
            lambda: related_tickets(context, number),
            lambda found: self.related.show_related(number, found),
            lambda error: self.related.show_failure(failure_text(error)),
        )

    def on_changed(self, changes: Changes) -> None:
        """The ticket shown reads again when it (or the office's units and
        templates its forms offer) changed – not under an open form."""
        shown = self.view.ticket.number if self.view is not None else None
        form_open = self.dialog is not None and self.dialog.isVisible()
        if (
            shown
            and not form_open
            and (changes.touches_ticket(shown) or changes.touches(Area.REFERENCE))
        ):
            self.show_ticket(shown, keep_message=True)

    def _failed(self, number: str, error: BaseException) -> None:
        if isinstance(error, LookupError):
            self.not_found.emit(number)
            return
        self.message.setText(tr("读取失败：{message}").format(message=failure_text(error)))

    def _fill(self, view: TicketView, ensures: list[EnsureResult], keep_message: bool) -> None:
        if self.view is None or self.view.ticket.number != view.ticket.number:
            self.revealed = False
        self.view = view
        if not keep_message:
            self.message.clear()
        t = self.view.ticket
        self.heading.setText(tr("工单 {number}  {title}").format(number=t.number, title=t.title))
        self.next_step.setText(tr_domain(next_step(t)))
        units = self.view.unit_names
        co = "、".join(units.get(u, str(u)) for u in t.co_unit_ids)
        values = {
            "state": tr_domain(t.state.label),
            "kind": tr_domain(t.kind.label),
            "received": f"{t.received_at:%Y-%m-%d %H:%M}",
            "dispatch_due": f"{t.dispatch_due_at:%Y-%m-%d %H:%M}",
            "due": (f"{t.due_at:%Y-%m-%d %H:%M}" if t.due_at else "—")
            + (
                tr("（按估算的工作日历，当年节假日安排尚未录入）") if self.view.due_estimate else ""
            ),
            "rule": (self.view.rule_name or "—")
            + (
                tr("（按此规则应为 {due}，以市平台给定的时限为准）").format(
                    due=f"{self.view.rule_due:%Y-%m-%d %H:%M}"
                )
                if self.view.rule_due
                else ""
            ),
            "units": (self.view.main_unit or "—")
            + (tr("（协办：{units}）").format(units=co) if co else ""),
            "owner": self.view.name(t.owner) or "—",
            "address": t.address or "—",
            "caller": self._caller_text(),
            "flags": tr("、").join(map(tr_domain, t.flag_names())) or "—",
            "content": t.content,
        }
        for key, text in values.items():
            self.labels[key].setText(text)
        self.reveal_button.setEnabled(not t.confidential and not self.revealed)
        self._show_whitelist(self.view.whitelist)
        self._enable(self._allowed(t))
        self.show_ensures(ensures)
        self.history.setRowCount(len(self.view.events))
        facts = event_facts(self.view.events, callee_revealed=self.revealed, name=self.view.name)
        for row, (event, said) in enumerate(zip(self.view.events, facts, strict=True)):
            label = tr_domain(action_label(event.action))
            change = (
                f"{tr_domain(event.from_state.label)} → {tr_domain(event.to_state.label)}"
                if event.from_state != event.to_state
                else ""
            )
            what = tr("；").join(filled(f.pattern, f.params) for f in said)
            who = tr_domain(self.view.name(event.actor))
            for column, text in enumerate([f"{event.at:%Y-%m-%d %H:%M}", who, label, change, what]):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.shown.emit(t.number)

    def show_ensures(self, results: list[EnsureResult]) -> None:
        """The six ensures, computed from the history: what is met, what is missing."""
        self.ensure_results = results
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
        c = shown_caller(t, revealed=self.revealed)
        return (f"{c.name} {c.phone} {c.address}".strip() or "—") if c else "—"

    def _show_whitelist(self, entry: WhitelistEntry | None) -> None:
        today = self.context.clock.now().date()
        if entry is None:
            self.whitelist_note.clear()
            self.whitelist_note.setVisible(False)
            return
        text = tr(
            "白名单事项：与工单 {source} 同一事项，已确认属于正常情况（{reason}），冻结至 {until}。"
        ).format(source=entry.source_number, reason=entry.reason, until=entry.until)
        if not entry.active(today):
            text += tr("该白名单条目已{status}。").format(status=tr_domain(entry.status(today)))
        self.whitelist_note.setText(text)
        self.whitelist_note.setVisible(True)

    def _allowed(self, ticket: Ticket) -> list[Action]:
        """The actions the ticket allows now, less those of other roles (白名单)."""
        role = self.reference.role if self.reference is not None else ""
        return [
            a for a in allowed_actions(ticket) if a not in WHITELIST_ACTIONS or role_may(role, a)
        ]

    ACTION_COLUMNS = 2

    def _enable(self, actions: list[Action]) -> None:
        """Shows the buttons of the actions the ticket allows now, two a row."""
        shown = 0
        for action, button in self.buttons.items():
            self.action_grid.removeWidget(button)
            allowed = action in actions
            button.setEnabled(allowed)
            button.setVisible(allowed)
            if allowed:
                self.action_grid.addWidget(
                    button, shown // self.ACTION_COLUMNS, shown % self.ACTION_COLUMNS
                )
                shown += 1
        self.actions_changed.emit()

    def clear(self) -> None:
        """No ticket shown (the list holds none): nothing to act on."""
        self.tasks.forget("detail")
        self.view = None
        self.requested = None
        self.heading.setText(tr("未选择工单"))
        self.next_step.clear()
        for label in self.labels.values():
            label.clear()
        self.history.setRowCount(0)
        self.ensures.clear()
        self.reveal_button.setEnabled(False)
        self._enable([])

    def can(self, action: Action) -> bool:
        return self.view is not None and action in self._allowed(self.view.ticket)

    def reveal(self) -> None:
        """Shows the caller in clear; the reveal itself is an event (保密制度)."""
        if self.view is None:
            return
        number, service = self.view.ticket.number, self.service

        def revealed(_ticket: object) -> None:
            self.revealed = True
            self.show_ticket(number, keep_message=True)

        WriteOp(self, lambda: service.reveal_caller(number)).success(revealed).failure(
            lambda error: self.message.setText(failure_text(error))
        ).run()

    # -- acting ----------------------------------------------------------------
    def form_context(self) -> FormContext:
        """The form's choices, from what was read with the ticket (no read here:
        this runs on the GUI thread)."""
        assert self.view is not None and self.reference is not None
        units = self.reference.units
        self.templates = self.reference.templates
        return FormContext(
            service=self.service,
            view=self.view,
            operator=self.context.operator,
            now=self.context.clock.now(),
            units=[(u.name, u.id) for u in units],
            templates=[(t.name, t.code) for t in self.templates],
            contacts={
                u.id: (u.handler_name, u.handler_phone, u.leader_name, u.leader_phone)
                for u in units
            },
        )

    def start(self, action: Action) -> FormDialog | None:
        """Opens the action's form for the shown ticket (buttons, menu, shortcuts)."""
        if self.view is None or not self.can(action):
            return None
        number = self.view.ticket.number
        context = self.form_context()
        spec, submit = ACTION_FORMS[action].build(context)
        if action is Action.SUBMIT:
            spec.note = self._open_ensures_question(spec.note)
        dialog = FormDialog(spec, submit, self, Changes.of_tickets(number))
        dialog.setObjectName(f"form_{action.value}")  # F1 opens its section of the manual
        if action is Action.FEEDBACK:
            self._offer_templates(dialog)
            self._offer_confirmed_answer(dialog)
        if action in KNOWLEDGE_FIELDS:
            self._offer_knowledge(dialog, KNOWLEDGE_FIELDS[action])
        if action in (Action.DISPATCH, Action.CALL):
            self._show_unit_contact(dialog, context)
        if action is Action.DISPATCH:
            offer_suggestion(dialog, self.tasks, self.context, number)
        if action is Action.CALLBACK:
            self._show_number_to_dial(dialog, context)
        dialog.accepted.connect(lambda: self._done(number, action))
        dialog.finished.connect(lambda _r: self.form_closed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_number_to_dial(self, dialog: FormDialog, context: FormContext) -> None:
        """The number to dial, in clear for the call: its reveal is on record
        once per ticket and window, written on a worker while the form opens."""
        number, service = context.number, self.service
        if number in self.dialed:
            dialog.set_info(callback_dial_info(context))
            return
        dialog.set_info(tr("正在读取要拨打的号码…"))

        def revealed(_ticket: object) -> None:
            self.dialed.add(number)
            dialog.set_info(callback_dial_info(context))

        WriteOp(self, lambda: service.reveal_caller(number, tr("回访拨号"))).success(
            revealed
        ).failure(lambda error: dialog.set_info(failure_text(error))).run()

    def _open_ensures_question(self, note: str) -> str:
        """Submitting with ensures still open asks once, naming them."""
        still = [r for r in self.ensure_results if r.status is Status.MISSING]
        if not still:
            return note
        items = tr("；").join(
            f"✗{r.ensure.value} {tr_domain(r.ensure.label)}"
            + (f"（{r.detail}）" if r.detail else "")
            for r in still
        )
        return (
            note
            + "\n\n"
            + tr("六个确保中还有 {n} 项未满足：{items}。仍要提交市审核组吗？").format(
                n=len(still), items=items
            )
        )

    def _show_unit_contact(self, dialog: FormDialog, context: FormContext) -> None:
        """The handler and number of the unit chosen (the main unit until one is),
        where the form asks for the call."""
        combo = dialog.widgets["unit"]
        main = context.view.ticket.main_unit_id

        def show(_index: int = -1) -> None:
            chosen = dialog.values()["unit"]
            dialog.set_info(unit_contact_info(context, chosen if chosen else main))

        combo.currentIndexChanged.connect(show)  # type: ignore[attr-defined]
        show()

    def _offer_templates(self, dialog: FormDialog) -> None:
        """Choosing a template fills the empty parts with its starting text."""
        templates = {t.code: t for t in self.templates}
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

    def _offer_knowledge(self, dialog: FormDialog, key: str) -> None:
        """知识库 from the form: the chosen entry's basis goes into ``key`` –
        added to what is there, for the operator to see and edit."""
        from hotline_desk.gui.knowledge.dialog import open_knowledge

        assert self.view is not None
        ticket = self.view.ticket
        query = ticket.category or ticket.title

        def insert(text: str) -> None:
            current = str(dialog.values().get(key) or "").strip()
            dialog.set_value(key, f"{current}\n{text}" if current else text)

        button = QPushButton(tr("知识库(&K)…"))
        button.setObjectName("openKnowledge")
        button.setToolTip(tr("查知识库，把条目的政策法规依据插入本表单"))
        button.clicked.connect(
            lambda: open_knowledge(dialog, self.context, self.tasks, query, insert)
        )
        dialog.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def _offer_confirmed_answer(self, dialog: FormDialog) -> None:
        """A repeat of a whitelisted matter: the confirmed answer is shown and
        offered – a button puts it into 处理措施 – never filled in unasked."""
        entry = self.view.whitelist if self.view is not None else None
        if entry is None or not entry.answer:
            return
        dialog.set_info(
            tr("白名单事项（工单 {source}）的确认答复：{answer}").format(
                source=entry.source_number, answer=html.escape(entry.answer)
            )
        )
        use = QPushButton(tr("采用确认答复(&Y)"))
        use.setObjectName("useConfirmedAnswer")
        use.clicked.connect(lambda: dialog.set_value("actions", entry.answer))
        dialog.buttons.addButton(use, QDialogButtonBox.ButtonRole.ActionRole)

    def _done(self, number: str, action: Action) -> None:
        """Saved: the window's change signal rereads the ticket (``on_changed``)."""
        self.message.setText(tr("已{action}").format(action=ACTION_FORMS[action].label))
        self.ticket_changed.emit(number)
