"""The directory of handling units (承办单位通讯录), editable, phones checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import Unit, list_units
from hotline_desk.services.units import UnitInput, save_unit

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow

HEADERS = [
    QT_TRANSLATE_NOOP("", "单位名称"),
    QT_TRANSLATE_NOOP("", "承办人"),
    QT_TRANSLATE_NOOP("", "承办人手机"),
    QT_TRANSLATE_NOOP("", "分管领导"),
    QT_TRANSLATE_NOOP("", "领导手机"),
]


class DirectoryDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("承办单位通讯录"))
        self.resize(760, 520)
        self.context = context
        self.units: list[Unit] = []
        self.editing: int | None = None
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._edit_selected)
        self.inputs = {
            key: QLineEdit()
            for key in ("name", "handler_name", "handler_phone", "leader_name", "leader_phone")
        }
        form = QFormLayout()
        for edit, label in zip(self.inputs.values(), HEADERS, strict=True):
            form.addRow(tr(label), edit)
        self.save_button = QPushButton(tr("保存"))
        self.new_button = QPushButton(tr("新增单位"))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(tr("手机号须登记完整的11位号码，不能用短号。")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        context = self.context
        self.tasks.run("units", lambda: list_units(context), self._show)

    def _show(self, units: list[Unit]) -> None:
        self.units = units
        self.table.setRowCount(len(self.units))
        for row, unit in enumerate(self.units):
            for column, value in enumerate(
                [
                    unit.name,
                    unit.handler_name,
                    unit.handler_phone,
                    unit.leader_name,
                    unit.leader_phone,
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        unit = self.units[rows[0].row()]
        self.editing = unit.id
        for key, edit in self.inputs.items():
            edit.setText(str(getattr(unit, key)))
        self.error.clear()

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        for edit in self.inputs.values():
            edit.clear()
        self.inputs["name"].setFocus()

    def save(self) -> None:
        """Saved on a worker; a refusal keeps what was typed."""
        data = UnitInput(**{key: edit.text() for key, edit in self.inputs.items()})
        context, editing = self.context, self.editing

        def saved(unit: Unit) -> None:
            self.error.show_done(tr("已保存：{name}").format(name=unit.name))
            self.editing = unit.id
            self.refresh()
            self.changed.emit()

        write(self, lambda: save_unit(context, data, editing), self.error, saved)


def open_from(window: MainWindow) -> DirectoryDialog:
    dialog = DirectoryDialog(window.context, window)
    dialog.changed.connect(lambda: window.changes.announce(Changes.of_reference()))
    dialog.open()
    return dialog
