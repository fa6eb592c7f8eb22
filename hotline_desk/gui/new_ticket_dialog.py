"""Registering a ticket typed in from the city platform (新建工单)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from hotline_desk.domain.errors import DuplicateTicket
from hotline_desk.domain.ticket import TicketKind
from hotline_desk.gui.error_text import error_text
from hotline_desk.gui.forms.ui_new_ticket_dialog import Ui_NewTicketDialog
from hotline_desk.gui.i18n import tr, tr_domain
from hotline_desk.gui.qt_datetime import from_qt, to_qt
from hotline_desk.gui.widgets import ask_to_discard
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import NewTicket, TicketService


class NewTicketDialog(QDialog):
    created = Signal(str)
    open_ticket = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The layout is the Designer form ui/new_ticket_dialog.ui (compiled by
        # scripts/build_forms.py); behaviour lives here.
        self.ui = Ui_NewTicketDialog()
        self.ui.setupUi(self)
        self.service = TicketService(context)
        now = context.clock.now()
        ui = self.ui
        self.number, self.kind, self.title, self.content = ui.number, ui.kind, ui.title, ui.content
        self.address, self.category = ui.address, ui.category
        self.caller_name, self.caller_phone = ui.caller_name, ui.caller_phone
        self.caller_address, self.confidential = ui.caller_address, ui.confidential
        self.received, self.due, self.rule = ui.received, ui.due, ui.rule
        self.duplicates, self.error = ui.duplicates, ui.error
        for kind in TicketKind:
            self.kind.addItem(tr_domain(kind.label), kind.value)
        self.received.setDateTime(to_qt(now))
        # Every rule of the office can govern a ticket; the office's rule for
        # typed-in tickets is chosen first. The due date follows the rule until
        # the operator types the city's own date, which then stands.
        default = self.service.limit_rule()
        for rule in sorted(context.rules().values(), key=lambda r: r.code):
            self.rule.addItem(rule.name, rule.code)  # the code is the store's, not the screen's
        self.rule.setCurrentIndex(self.rule.findData(default.code))
        self.due.setDateTime(to_qt(self.service.default_due(now, default.code).due))
        self.due.dateTimeChanged.connect(lambda _d: self.check_due())
        self.rule.currentIndexChanged.connect(lambda _i: self.follow_rule())
        self.received.dateTimeChanged.connect(lambda _d: self.follow_rule())
        self.duplicates.setObjectName("duplicateHint")
        self.error.setObjectName("formError")
        self.duplicates.linkActivated.connect(self.open_ticket.emit)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(400)
        self._hint_timer.timeout.connect(self.check_duplicates)
        self.caller_phone.textChanged.connect(lambda _t: self._hint_timer.start())
        self.content.textChanged.connect(self._hint_timer.start)

    def _focus_field(self, error: Exception) -> None:
        fields = {
            "工单编号": self.number,
            "诉求类型": self.kind,
            "诉求内容": self.content,
            "受理时间": self.received,
            "办理时限": self.due,
            "来电号码": self.caller_phone,
        }
        widget = self.number if isinstance(error, DuplicateTicket) else None
        if isinstance(error, InputError):
            widget = fields.get(error.field)
        if widget is not None:
            widget.setFocus()

    def data(self) -> NewTicket:
        return NewTicket(
            number=self.number.text(),
            kind=str(self.kind.currentData()),
            content=self.content.toPlainText(),
            received_at=from_qt(self.received.dateTime()),
            title=self.title.text(),
            category=self.category.text(),
            address=self.address.text(),
            caller_name=self.caller_name.text(),
            caller_phone=self.caller_phone.text(),
            caller_address=self.caller_address.text(),
            confidential=self.confidential.isChecked(),
            city_due_at=from_qt(self.due.dateTime()),
            rule=str(self.rule.currentData() or ""),
        )

    def rule_due(self) -> datetime:
        """The due date the chosen rule gives for the time received."""
        received = from_qt(self.received.dateTime())
        return self.service.default_due(received, str(self.rule.currentData() or "")).due

    def follow_rule(self) -> None:
        """A new rule or time received moves the due date with it."""
        self.due.setDateTime(to_qt(self.rule_due()))

    def check_duplicates(self) -> int:
        matches = self.service.possible_duplicates(
            self.caller_phone.text(), self.content.toPlainText()
        )
        if not matches:
            self.duplicates.clear()
            return 0
        links = "；".join(
            f'<a href="{t.number}">{t.number}</a>（{tr(why)}，{t.received_at:%m-%d}，'
            f"{tr_domain(t.state.label)}）"
            for t, why in matches[:5]
        )
        self.duplicates.setText(tr("可能重复：{links}").format(links=links))
        return len(matches)

    def check_due(self) -> list[str]:
        """A due date in the past or on a day off is pointed out, not refused."""
        due = from_qt(self.due.dateTime())
        warnings = self.service.due_warnings(due)
        by_rule = self.rule_due()
        if due != by_rule:  # the city's own date stands; the rule's is shown beside it
            warnings.append(
                tr("按「{rule}」应为 {due}").format(
                    rule=self.rule.currentText(), due=f"{by_rule:%Y-%m-%d %H:%M}"
                )
            )
        self.due.setToolTip("；".join(warnings))
        self.error.setText(
            tr("请核对：{warnings}（市平台给定的时限照样登记）").format(
                warnings="；".join(warnings)
            )
            if warnings
            else ""
        )
        return warnings

    def _typed(self) -> tuple[str, ...]:
        """What the operator typed (the fields a rule or the clock does not fill)."""
        texts = (self.number, self.title, self.address, self.category, self.caller_name)
        more = (self.caller_phone, self.caller_address)
        return (*(w.text() for w in (*texts, *more)), self.content.toPlainText())

    def reject(self) -> None:
        """Esc on a half-typed ticket asks before throwing it away."""
        if any(t.strip() for t in self._typed()) and self.isVisible():
            self.discard_question = ask_to_discard(self, super().reject)
            return
        super().reject()

    def accept(self) -> None:
        try:
            ticket = self.service.create(self.data())
        except (InputError, DuplicateTicket) as error:
            self.error.setText(error_text(error) or str(error))
            self._focus_field(error)
            return
        self.created.emit(ticket.number)
        super().accept()
