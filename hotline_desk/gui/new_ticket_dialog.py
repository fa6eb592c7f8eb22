"""Registering a ticket typed in from the city platform (新建工单)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.ticket import TicketKind
from hotline_desk.gui.i18n import tr, tr_domain
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.store.tickets import DuplicateTicket

FORMAT = "yyyy-MM-dd HH:mm"


def _qt(value: datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime("%Y-%m-%d %H:%M"), FORMAT)


def _py(value: QDateTime) -> datetime:
    return datetime.strptime(value.toString(FORMAT), "%Y-%m-%d %H:%M")


class NewTicketDialog(QDialog):
    created = Signal(str)
    open_ticket = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("新建工单"))
        self.setMinimumWidth(560)
        self.service = TicketService(context)
        now = context.clock.now()
        self.number = QLineEdit()
        self.kind = QComboBox()
        for kind in TicketKind:
            self.kind.addItem(tr_domain(kind.label), kind.value)
        self.title = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(90)
        self.address = QLineEdit()
        self.category = QLineEdit()
        self.caller_name = QLineEdit()
        self.caller_phone = QLineEdit()
        self.caller_address = QLineEdit()
        self.confidential = QCheckBox(tr("保密件（来电人要求保密）"))
        self.received = QDateTimeEdit(_qt(now))
        self.due = QDateTimeEdit(_qt(now + timedelta(days=7)))
        for edit in (self.received, self.due):
            edit.setDisplayFormat(FORMAT)
            edit.setCalendarPopup(True)
        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicateHint")
        self.duplicates.setWordWrap(True)
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.linkActivated.connect(self.open_ticket.emit)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        form = QFormLayout()
        for label, widget in (
            (tr("工单编号 *"), self.number),
            (tr("诉求类型 *"), self.kind),
            (tr("标题"), self.title),
            (tr("诉求内容 *"), self.content),
            (tr("地址"), self.address),
            (tr("分类"), self.category),
            (tr("来电人"), self.caller_name),
            (tr("来电号码"), self.caller_phone),
            (tr("来电人地址"), self.caller_address),
            ("", self.confidential),
            (tr("受理时间 *"), self.received),
            (tr("办理时限 *"), self.due),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(400)
        self._hint_timer.timeout.connect(self.check_duplicates)
        self.caller_phone.textChanged.connect(lambda _t: self._hint_timer.start())
        self.content.textChanged.connect(self._hint_timer.start)

    def data(self) -> NewTicket:
        return NewTicket(
            number=self.number.text(),
            kind=str(self.kind.currentData()),
            content=self.content.toPlainText(),
            received_at=_py(self.received.dateTime()),
            title=self.title.text(),
            category=self.category.text(),
            address=self.address.text(),
            caller_name=self.caller_name.text(),
            caller_phone=self.caller_phone.text(),
            caller_address=self.caller_address.text(),
            confidential=self.confidential.isChecked(),
            city_due_at=_py(self.due.dateTime()),
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

    def accept(self) -> None:
        try:
            ticket = self.service.create(self.data())
        except (InputError, DuplicateTicket) as error:
            self.error.setText(str(error))
            return
        self.created.emit(ticket.number)
        super().accept()
