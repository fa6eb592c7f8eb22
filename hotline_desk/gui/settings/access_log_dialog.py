"""设置 → 访问记录: who saw callers' data – reveals, exports with callers in
clear, printed sheets – for the admin and the leaders (read on a worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.access import Access
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import close_buttons, error_label, fill_table, read_only_table
from hotline_desk.services.access_log import access_entries
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import list_staff

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


def _read(context: AppContext) -> tuple[list[Access], dict[str, str]]:
    entries = access_entries(context)
    return entries, {m.login: m.name for m in list_staff(context)}


class AccessLogDialog(QDialog):
    def __init__(self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("访问记录"))
        self.resize(820, 440)
        note = QLabel(
            tr(
                "查看来电人信息、导出含来电人的工作簿和打印呈批单都记录在这里"
                "（谁、何时、做了什么、涉及几位来电人）。"
            )
        )
        note.setWordWrap(True)
        self.table = read_only_table(
            [tr("时间"), tr("人员"), tr("事项"), tr("对象"), tr("来电人数"), tr("说明")]
        )
        self.error = error_label()
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        tasks.run("access_log", lambda: _read(context), self._show, self._failed)

    def _show(self, answer: tuple[list[Access], dict[str, str]]) -> None:
        entries, names = answer
        fill_table(
            self.table,
            [
                (
                    f"{e.at:%Y-%m-%d %H:%M}",
                    names.get(e.actor, e.actor),
                    tr_domain(e.label),
                    e.subject,
                    str(e.callers),
                    tr_domain(e.detail),
                )
                for e in entries
            ],
        )
        if not entries:
            self.error.show_done(tr("还没有访问记录"))

    def _failed(self, error: BaseException) -> None:
        self.error.setText(failure_text(error))


def open_from(window: MainWindow) -> AccessLogDialog:
    dialog = AccessLogDialog(window.context, window.tasks, window)
    dialog.open()
    return dialog
