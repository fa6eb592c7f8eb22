"""今日催办: the units to phone today, each with its handler and number, and the
call's result logged for all of that unit's tickets at once.

The side column is narrow: each unit is a small block (name, who, number,
why, which tickets) with its two buttons on their own line, never off the
panel's edge. A result is logged only after the operator confirms it (a
stray click must not put a call that never happened on record), on a worker,
and the panel says what was logged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.changes import Area, Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.phone_today import PhoneTask, log_task_call, phone_today


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
        self.heading.setWordWrap(True)
        self.message = error_label()
        self.rows = QVBoxLayout()
        self.buttons: dict[tuple[int, bool], QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Reads today's calls off the GUI thread; the list is redrawn when done."""
        context = self.context
        self.tasks.run("phone_today", lambda: phone_today(context), self._show)

    def _show(self, calls: list[PhoneTask]) -> None:
        self.calls = calls
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        for row, task in enumerate(calls):
            self.rows.addWidget(self._block(row, task))
        self.heading.setText(
            tr("今天需电话联系 {n} 个单位").format(n=len(calls))
            if calls
            else tr("今天没有需要电话催办的单位")
        )

    def _block(self, row: int, task: PhoneTask) -> QFrame:
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            f"<b>{task.unit}</b><br>"
            + tr("{handler}　<b>{phone}</b>").format(handler=task.handler, phone=task.phone)
            + "<br>"
            + tr("{reason}：{numbers}").format(
                reason=tr_domain(task.reason.label), numbers=tr("、").join(task.numbers)
            )
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout()
        for label, reached in ((tr("接通"), True), (tr("未接通"), False)):
            button = QPushButton(label)
            button.setObjectName(f"call_{row}_{'reached' if reached else 'missed'}")
            button.clicked.connect(lambda _c=False, t=task, r=reached: self.ask(t, r))
            self.buttons[(row, reached)] = button
            line.addWidget(button)
        line.addStretch(1)
        layout = QVBoxLayout(block)
        layout.addWidget(text)
        layout.addLayout(line)
        return block

    def ask(self, task: PhoneTask, reached: bool) -> QMessageBox:
        """Confirms what will be put on record before it is."""
        result = tr("接通") if reached else tr("未接通")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("记录这次电话？"),
            tr("记录：{time} 给 {unit}（{handler} {phone}）打了电话，{result}；记在 {n} 件工单上。").format(
                time=f"{self.context.clock.now():%H:%M}", unit=task.unit, handler=task.handler,
                phone=task.phone, result=result, n=len(task.numbers),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )  # fmt: skip
        record = box.addButton(tr("记录"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(record)
        box.buttonClicked.connect(
            lambda button: self.log(task, reached) if button is record else None
        )
        self.question = box
        box.open()
        return box

    def log(self, task: PhoneTask, reached: bool) -> None:
        """Logs the call on a worker; says what was logged."""
        context = self.context

        def logged(count: int) -> None:
            self.message.show_done(
                tr("已记录：{unit} {result}，{n} 件工单").format(
                    unit=task.unit, result=tr("接通") if reached else tr("未接通"), n=count
                )
            )
            self.calls_logged.emit(list(task.numbers))

        WriteOp(
            self, lambda: log_task_call(context, task, reached), Changes.of_tickets(*task.numbers)
        ).success(logged).failure(lambda error: self.message.setText(failure_text(error))).run()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.PHONE_TODAY):
            self.refresh()
