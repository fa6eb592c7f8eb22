"""今日催办: the units to phone today, with a one-click log of each call."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.i18n import tr, tr_domain
from hotline_desk.gui.tasks import TaskRunner
from hotline_desk.services.context import AppContext
from hotline_desk.services.phone_today import PhoneTask, log_task_call, phone_today

HEADERS = ["单位", "承办人", "电话", "事由", "工单", ""]


class PhoneTodayPanel(QWidget):
    calls_logged = Signal(list)  # the ticket numbers whose call was logged

    def __init__(
        self, context: AppContext, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks or TaskRunner(self)
        self.calls: list[PhoneTask] = []
        self.heading = QLabel()
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        """Reads today's calls off the GUI thread; the table is redrawn when done."""
        context = self.context
        self.tasks.run("phone_today", lambda: phone_today(context), self._show)

    def _show(self, calls: list[PhoneTask]) -> None:
        self.calls = calls
        self.table.setRowCount(len(calls))
        for row, task in enumerate(calls):
            for column, text in enumerate(
                [
                    task.unit,
                    task.handler,
                    task.phone,
                    tr_domain(task.reason.label),
                    "、".join(task.numbers),
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            buttons = QWidget()
            box = QHBoxLayout(buttons)
            box.setContentsMargins(0, 0, 0, 0)
            for text, reached in ((tr("接通"), True), (tr("未接通"), False)):
                button = QPushButton(text)
                button.setObjectName(f"call_{row}_{'reached' if reached else 'missed'}")
                button.clicked.connect(lambda _c=False, t=task, r=reached: self.log(t, r))
                box.addWidget(button)
            self.table.setCellWidget(row, len(HEADERS) - 1, buttons)
        self.table.resizeColumnsToContents()
        self.heading.setText(
            tr("今天需电话联系 {n} 个单位").format(n=len(calls))
            if calls
            else tr("今天没有需要电话催办的单位")
        )

    def log(self, task: PhoneTask, reached: bool) -> None:
        log_task_call(self.context, task, reached)
        self.calls_logged.emit(list(task.numbers))
        self.refresh()
