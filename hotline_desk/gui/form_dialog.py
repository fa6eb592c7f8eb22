"""A small form dialog built from field specs: one class for every ticket action.

The dialog calls the service itself; a refusal or a bad field keeps the
dialog open and shows the domain's message – never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.lifecycle import ActionRefused
from hotline_desk.gui.i18n import tr
from hotline_desk.gui.qt_datetime import QT_FORMAT, from_qt, to_qt
from hotline_desk.gui.widgets import error_label
from hotline_desk.services.errors import InputError


@dataclass
class Field:
    key: str
    label: str
    kind: str = "text"  # text, multiline, choice, units, datetime
    required: bool = False
    choices: Sequence[tuple[str, Any]] = ()
    default: Any = None
    optional_datetime: bool = False


@dataclass
class FormSpec:
    title: str
    fields: list[Field] = field(default_factory=list)
    note: str = ""


class FormDialog(QDialog):
    def __init__(
        self,
        spec: FormSpec,
        submit: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(spec.title)
        self.setMinimumWidth(460)
        self.spec = spec
        self.submit = submit
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec_field in spec.fields:
            widget = self._widget(spec_field)
            self.widgets[spec_field.key] = widget
            form.addRow(spec_field.label + (" *" if spec_field.required else ""), widget)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if spec.note:
            note = QLabel(spec.note)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setFixedHeight(70)
            if spec.default:
                edit.setPlainText(str(spec.default))
            return edit
        if spec.kind == "choice":
            combo = QComboBox()
            for label, value in spec.choices:
                combo.addItem(label, value)
            if spec.default is not None:
                combo.setCurrentIndex(max(combo.findData(spec.default), 0))
            return combo
        if spec.kind == "units":
            listing = QListWidget()
            listing.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
            listing.setFixedHeight(110)
            for label, value in spec.choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                listing.addItem(item)
            return listing
        if spec.kind == "datetime":
            edit = QDateTimeEdit()
            edit.setDisplayFormat(QT_FORMAT)
            edit.setCalendarPopup(True)
            default = spec.default if isinstance(spec.default, datetime) else datetime.now()
            edit.setDateTime(to_qt(default))
            return edit
        line = QLineEdit()
        if spec.default:
            line.setText(str(spec.default))
        return line

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec_field in self.spec.fields:
            widget = self.widgets[spec_field.key]
            if isinstance(widget, QPlainTextEdit):
                result[spec_field.key] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                result[spec_field.key] = widget.currentData()
            elif isinstance(widget, QListWidget):
                result[spec_field.key] = [
                    i.data(Qt.ItemDataRole.UserRole) for i in widget.selectedItems()
                ]
            elif isinstance(widget, QDateTimeEdit):
                result[spec_field.key] = from_qt(widget.dateTime())
            elif isinstance(widget, QLineEdit):
                result[spec_field.key] = widget.text().strip()
        return result

    def set_value(self, key: str, value: Any) -> None:
        """Fills a field (tests, templates); CJK text goes in with setText, never key clicks."""
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) in value)
        elif isinstance(widget, QDateTimeEdit):
            widget.setDateTime(to_qt(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def accept(self) -> None:
        values = self.values()
        missing = [
            f.label for f in self.spec.fields if f.required and values.get(f.key) in (None, "", [])
        ]
        if missing:
            self.error.setText(tr("请填写：") + "、".join(missing))
            return
        try:
            self.submit(values)
        except (ActionRefused, InputError, ValueError, LookupError) as error:
            self.error.setText(str(error))
            return
        super().accept()
