"""设置 → 工作日历: the year at a glance, the office's own entries, and the
State Council's notice pasted in, read and reviewed before it is saved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.holiday_notice import NoticeReading, read_notice
from hotline_desk.domain.work_calendar import OfficeDay, WorkCalendar
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label, fill_table
from hotline_desk.services.calendar_import import (
    ImportResult,
    apply_days,
    office_days,
    remove_office_day,
)
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow

HOLIDAY = QColor("#ffcdd2")  # a rest day on a weekday
MAKE_UP = QColor("#bbdefb")  # 调休上班: a working weekend day


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _day_texts(entry: OfficeDay) -> list[str]:
    return [entry.day.isoformat(), tr("上班") if entry.workday else tr("放假"), entry.note]


# A calendar change moves deadlines counted on it: every ticket may read again.
CALENDAR_CHANGED = Changes.of_many_tickets() | Changes.of_reference()


class NoticeDialog(QDialog):
    """Paste the notice, read it, look at every entry, then save (or not)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("粘贴国务院放假通知"))
        self.resize(620, 560)
        self.context = context
        self.reading: NoticeReading | None = None
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            tr("把《国务院办公厅关于××年部分节假日安排的通知》全文粘贴在这里")
        )
        self.read_button = QPushButton(tr("读取(&R)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("日期"), tr("安排"), tr("说明")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.read_button, self.summary, self.table, self.problems):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.read_button.clicked.connect(self.read)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def read(self) -> NoticeReading:
        reading = self.reading = read_notice(self.text.toPlainText())
        fill_table(self.table, [_day_texts(entry) for entry in reading.days])
        self.summary.setText(
            tr("{year} 年：读出 {n} 天。请逐条核对后保存。").format(
                year=reading.year or "?", n=len(reading.days)
            )
        )
        self.problems.setText(
            tr("读不出（请改正通知文字后重新读取）：{problems}").format(
                problems="；".join(reading.problems)
            )
            if reading.problems
            else ""
        )
        ok = bool(reading.days) and not reading.problems  # nothing applied without review
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return reading

    def accept(self) -> None:
        if self.reading is None or self.reading.problems or not self.reading.days:
            return
        context, days = self.context, self.reading.days

        def applied(result: ImportResult) -> None:
            self.result = result
            super(NoticeDialog, self).accept()

        write(self, lambda: apply_days(context, days), self.problems, applied, CALENDAR_CHANGED)


class CalendarDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("工作日历"))
        self.tasks = runner_for(parent)
        self.resize(760, 560)
        self.context = context
        self.work_calendar: WorkCalendar | None = None
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.mark_month())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.legend = QLabel(
            tr("红色：放假（含补休）　蓝色：调休上班　本年未录入国务院通知时为估算")
        )
        self.legend.setWordWrap(True)  # a longer language must not widen the window
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("日期"), tr("安排"), tr("说明")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(_qdate(context.clock.now().date()))
        self.workday = QCheckBox(tr("上班（不勾选为放假）"))
        self.note = QLineEdit()
        self.add_button = QPushButton(tr("添加或修改(&A)"))
        self.remove_button = QPushButton(tr("删除所选(&D)"))
        self.notice_button = QPushButton(tr("粘贴国务院通知(&P)…"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("日期"), self.day)
        form.addRow("", self.workday)
        form.addRow(tr("说明"), self.note)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.notice_button, 1, 0, 1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        left = QVBoxLayout()
        for widget in (self.calendar, self.legend, self.status):
            left.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("本单位录入的日期")))
        right.addWidget(self.table)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.error)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.notice_button.clicked.connect(self.paste_notice)
        self.refresh()

    # -- showing -----------------------------------------------------------
    def refresh(self) -> None:
        """The office's days and the calendar they make, read on a worker."""
        context = self.context

        def read() -> tuple[list[OfficeDay], WorkCalendar]:
            return office_days(context), context.calendar

        self.tasks.run("calendar", read, lambda answer: self._show(*answer))

    def _show(self, days: list[OfficeDay], calendar: WorkCalendar) -> None:
        fill_table(self.table, [_day_texts(entry) for entry in days])
        self.work_calendar = calendar
        self.mark_month()

    def mark_month(self) -> None:
        """Colours the shown month's rest weekdays and working weekend days."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        calendar = self.work_calendar
        if calendar is None:
            return  # still being read
        plain = QTextCharFormat()
        first = date(year, month, 1)
        estimate = False
        current = first
        while current.month == month:
            info = calendar.day(current)
            estimate = estimate or info.estimate
            marked = QTextCharFormat(plain)
            weekend = current.weekday() >= 5
            if not info.workday and not weekend:
                marked.setBackground(QBrush(HOLIDAY))
            elif info.workday and weekend:
                marked.setBackground(QBrush(MAKE_UP))
            if info.note:
                marked.setToolTip(info.note)
            self.calendar.setDateTextFormat(_qdate(current), marked)
            current = date.fromordinal(current.toordinal() + 1)
        self.status.setText(
            tr("{year} 年为估算：国务院通知尚未录入").format(year=year)
            if estimate
            else tr("{year} 年按国务院通知和本单位录入").format(year=year)
        )

    def _tell_moved(self, dialog: NoticeDialog) -> None:
        moved = dialog.result.moved
        self.status.setText(
            tr("已保存。{n} 件工单的办理时限按新日历重算：{tickets}").format(
                n=len(moved),
                tickets=tr("、").join(f"{n}（{new:%m-%d %H:%M}）" for n, _old, new in moved),
            )
            if moved
            else tr("已保存，没有工单的办理时限因此改变。")
        )

    # -- editing -------------------------------------------------------------
    def add(self) -> None:
        note = self.note.text().strip()
        if not note:
            self.error.setText(tr("请写明说明（如：国庆节 调休上班）"))
            self.note.setFocus()
            return
        context = self.context
        day = OfficeDay(_day(self.day.date()), self.workday.isChecked(), note)

        def added(_result: ImportResult) -> None:
            self.note.clear()
            self.refresh()

        write(self, lambda: apply_days(context, [day]), self.error, added, CALENDAR_CHANGED)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(tr("请先选择一个日期"))
            return
        context = self.context
        days = [date.fromisoformat(self.table.item(i.row(), 0).text()) for i in rows]

        def remove() -> None:
            for day in days:
                remove_office_day(context, day)

        write(self, remove, self.error, lambda _r: self.refresh(), CALENDAR_CHANGED)

    def paste_notice(self) -> NoticeDialog:
        dialog = NoticeDialog(self.context, self)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self._tell_moved(dialog))
        dialog.open()
        self.notice_dialog = dialog
        return dialog


def open_from(window: MainWindow) -> CalendarDialog:
    dialog = CalendarDialog(window.context, window)
    dialog.open()
    return dialog
