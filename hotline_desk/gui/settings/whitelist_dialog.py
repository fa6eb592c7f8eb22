"""设置 → 白名单: the matters confirmed normal – in force, ended, removed – each
with its place, category, reason, answer and end date; an entry in force can
be removed before its date (leader, general desk, admin). A matter is put
on the list from its ticket (列入白名单 in the detail)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.whitelist import WhitelistEntry
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.form_dialog import Field, FormDialog, FormSpec
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import close_buttons, error_label, fill_table, read_only_table
from hotline_desk.services import whitelist
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.ticket_actions import Kind

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


class WhitelistDialog(QDialog):
    def __init__(self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.tasks = context, tasks
        self.setWindowTitle(tr("白名单"))
        self.resize(900, 440)
        note = QLabel(
            tr(
                "经核实属于正常情况的重复事项，冻结期内同一地点的同类新工单到达时标记为白名单事项，"
                "并附确认答复供单位参考。在工单详情中用「列入白名单」添加；到期自动失效。"
            )
        )
        note.setWordWrap(True)
        self.show_ended = QCheckBox(tr("显示已到期和已移出的(&E)"))
        self.show_ended.toggled.connect(lambda _on: self.read())
        self.table = read_only_table(
            [
                tr("编号"), tr("状态"), tr("冻结至"), tr("工单编号"), tr("地址"), tr("分类"),
                tr("理由"), tr("确认答复"),
            ]
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._enable)
        self.remove_button = QPushButton(tr("移出白名单(&R)…"))
        self.remove_button.setObjectName("whitelistRemove")
        self.remove_button.clicked.connect(self.ask_remove)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.show_ended)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(close_buttons(self))
        self.entries: list[WhitelistEntry] = []
        self.form: FormDialog | None = None
        self._enable()
        self.read()

    def read(self) -> None:
        context, ended = self.context, self.show_ended.isChecked()
        self.tasks.run(
            "whitelist",
            lambda: whitelist.entries(context, include_ended=ended),
            self._show,
            lambda error: self.error.setText(failure_text(error)),
        )

    def _show(self, entries: list[WhitelistEntry]) -> None:
        today = self.context.clock.now().date()
        self.entries = entries
        fill_table(
            self.table,
            [
                (
                    str(e.id), tr_domain(e.status(today)), f"{e.until}", e.source_number,
                    e.address, e.category or "—", e.reason, e.answer or "—",
                )
                for e in entries
            ],
        )  # fmt: skip
        self.error.setText("" if entries else tr("白名单为空"))
        self._enable()

    def selected(self) -> WhitelistEntry | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.entries[row] if row < len(self.entries) else None

    def _enable(self) -> None:
        entry = self.selected()
        today = self.context.clock.now().date()
        self.remove_button.setEnabled(entry is not None and entry.active(today))

    def ask_remove(self) -> FormDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        context, entry_id = self.context, entry.id

        def save(values: dict[str, object]) -> None:
            whitelist.remove(context, entry_id, str(values.get("reason") or ""))

        spec = FormSpec(
            tr("移出白名单"),
            [Field("reason", tr("理由"), Kind.TEXT)],
            note=tr("第 {id} 条（{address}）移出白名单：此后同类新工单不再标记。").format(
                id=entry_id, address=entry.address
            ),
        )
        form = FormDialog(spec, save, self, Changes.of_tickets(entry.source_number))
        form.setObjectName("form_unwhitelist")
        form.accepted.connect(self.read)
        self.form = form
        form.open()
        return form


def open_from(window: MainWindow) -> WhitelistDialog:
    dialog = WhitelistDialog(window.context, window.tasks, window)
    dialog.open()
    return dialog
