"""工单 → 与市平台不一致…: fields the office and the platform both changed,
settled one by one – the platform's value taken or the office's kept, each
an event on the ticket (as ``hotline-desk conflicts settle``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.platform_sync import shown
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label, fill_table
from hotline_desk.services import platform_conflicts
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext

CONFLICT_KEY = Qt.ItemDataRole.UserRole  # (number, field) on a row's first cell


class ConflictsDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("与市平台不一致"))
        self.resize(820, 420)
        self.context = context
        note = QLabel(
            tr("导入时发现本地和市平台都改过、且改得不同的内容。逐条选择采用哪一方；")
            + tr("工单状态不能直接采用，请按工单流程办理后选「保留本地」。")
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("工单编号"), tr("字段"), tr("本地"), tr("市平台"), tr("来自")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.take_button = QPushButton(tr("采用市平台的值(&P)"))
        self.keep_button = QPushButton(tr("保留本地的值(&K)"))
        self.take_button.clicked.connect(lambda: self.settle_selected(take_platform=True))
        self.keep_button.clicked.connect(lambda: self.settle_selected(take_platform=False))
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        context = self.context
        self.tasks.run("conflicts", lambda: platform_conflicts.open_conflicts(context), self._show)

    def _show(self, found: list[platform_conflicts.OpenConflict]) -> None:
        rows = [
            [
                c.number,
                tr_domain(c.field_label),
                tr_domain(shown(c.field, c.local)),
                tr_domain(shown(c.field, c.platform)),
                f"{c.at:%Y-%m-%d %H:%M} {c.source}",
            ]
            for c in found
        ]
        for first, conflict in zip(fill_table(self.table, rows), found, strict=True):
            first.setData(CONFLICT_KEY, (conflict.number, conflict.field))
        for button in (self.take_button, self.keep_button):
            button.setEnabled(bool(found))

    def settle_selected(self, take_platform: bool) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(tr("请先选择一条不一致"))
            return False
        number, name = self.table.item(rows[0].row(), 0).data(CONFLICT_KEY)
        context = self.context

        def settled(_result: object) -> None:
            self.refresh()
            self.changed.emit()

        write(
            self,
            lambda: platform_conflicts.settle(context, number, name, take_platform),
            self.error,
            settled,
            Changes.of_tickets(number),
        )
        return True
