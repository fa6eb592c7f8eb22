"""Registering a ticket typed in from the city platform (新建工单)."""

from __future__ import annotations

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
        self.received, self.due = ui.received, ui.due
        self.duplicates, self.error = ui.duplicates, ui.error
        for kind in TicketKind:
            self.kind.addItem(tr_domain(kind.label), kind.value)
        self.received.setDateTime(to_qt(now))
        # The office's rule for typed-in tickets, in working days; the city's
        # own date replaces it when the platform gives one.
        self.due.setDateTime(to_qt(self.service.default_due(now).due))
        self.due.dateTimeChanged.connect(lambda _d: self.check_due())
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
        )

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
        warnings = self.service.due_warnings(from_qt(self.due.dateTime()))
        self.due.setToolTip("；".join(warnings))
        self.error.setText(
            tr("请核对：{warnings}（市平台给定的时限照样登记）").format(
                warnings="；".join(warnings)
            )
            if warnings
            else ""
        )
        return warnings

    def accept(self) -> None:
        try:
            ticket = self.service.create(self.data())
        except (InputError, DuplicateTicket) as error:
            self.error.setText(error_text(error) or str(error))
            self._focus_field(error)
            return
        self.created.emit(ticket.number)
        super().accept()
