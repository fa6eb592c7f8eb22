"""The duty roster (值班表) editor: who is on duty from when to when."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.duty import DutyShift
from hotline_desk.gui.qt.datetime_edit import QT_FORMAT, from_qt, to_qt
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.context import AppContext
from hotline_desk.services.duty_roster import add_duty_shift, remove_duty_shift, shifts_around

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


class DutyRosterDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("值班表"))
        self.resize(640, 420)
        self.context = context
        now = context.clock.now()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("编号"), tr("值班人员"), tr("开始"), tr("结束")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.who = QLineEdit()
        self.who.setPlaceholderText(tr("登录名或姓名"))
        self.starts = QDateTimeEdit(to_qt(now.replace(minute=0, second=0)))
        self.ends = QDateTimeEdit(to_qt(now.replace(minute=0, second=0) + timedelta(hours=15)))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(QT_FORMAT)
            edit.setCalendarPopup(True)
        self.note = QLineEdit()
        self.add_button = QPushButton(tr("添加"))
        self.remove_button = QPushButton(tr("删除所选"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("值班人员"), self.who)
        form.addRow(tr("开始"), self.starts)
        form.addRow(tr("结束"), self.ends)
        form.addRow(tr("备注"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        context = self.context
        self.tasks.run(
            "duty", lambda: shifts_around(context, days_back=7, days_ahead=60), self._show
        )

    def _show(self, shifts: list[DutyShift]) -> None:
        now = self.context.clock.now()
        self.table.setRowCount(len(shifts))
        for row, shift in enumerate(shifts):
            marker = tr("（当前值班）") if shift.covers(now) else ""
            for column, value in enumerate(
                [
                    str(shift.id),
                    shift.who + marker,
                    f"{shift.starts:%Y-%m-%d %H:%M}",
                    f"{shift.ends:%Y-%m-%d %H:%M}",
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        who = self.who.text().strip()
        if not who:
            self.error.setText(tr("请填写值班人员"))
            return
        starts, ends = from_qt(self.starts.dateTime()), from_qt(self.ends.dateTime())
        if ends <= starts:
            self.error.setText(tr("结束时间必须晚于开始时间"))
            return
        context, note = self.context, self.note.text()

        def added(_shift: object) -> None:
            self.who.clear()
            self.refresh()

        write(self, lambda: add_duty_shift(context, who, starts, ends, note), self.error, added)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(tr("请先选择一条值班记录"))
            return
        context = self.context
        ids = [int(self.table.item(index.row(), 0).text()) for index in rows]

        def remove() -> None:
            for shift_id in ids:
                remove_duty_shift(context, shift_id)

        write(self, remove, self.error, lambda _r: self.refresh())


def open_from(window: MainWindow) -> DutyRosterDialog:
    dialog = DutyRosterDialog(window.context, window)
    dialog.open()
    return dialog
