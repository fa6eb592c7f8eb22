"""A small form dialog built from field specs: one class for every ticket action.

The dialog saves through the service as an operation on a worker (never on
the GUI thread); a refusal or a bad field keeps the dialog open with what
was typed and shows the problem in the user's language – never a traceback.

Nothing that is recorded as what happened is pre-filled: a choice starts
empty ("请选择") unless its field names a default that is not an answer
(the purpose of a call, a date to start from). Saving an untouched form
saves nothing and lists every missing field at once, with the cursor on the
first.
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

from hotline_desk.gui.qt.datetime_edit import QT_FORMAT, from_qt, to_qt
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.widgets import ask_to_discard, error_label
from hotline_desk.services.changes import NOTHING, Changes
from hotline_desk.services.ticket_actions import Kind

SEARCHABLE_FROM = 8  # a list longer than this (the units) is searched by typing


def searchable(combo: QComboBox, hint: str) -> None:
    """Typing any part of a name finds it (县城市管理… from 城市管理): the
    office's unit list is long, and every name starts with 县."""
    from PySide6.QtWidgets import QCompleter

    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText(hint)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)

    combo.lineEdit().editingFinished.connect(lambda: combo.setCurrentIndex(found_index(combo)))


def found_index(combo: QComboBox) -> int:
    """The item a searchable list's typed text means: the name itself, else the
    first name holding it (the popup's first line); -1 for text in no name."""
    typed = combo.currentText().strip()
    if not typed:
        return -1
    index = combo.findText(typed)
    return index if index >= 0 else combo.findText(typed, Qt.MatchFlag.MatchContains)


@dataclass
class Field:
    """A field as the form shows it; what it asks and when it is required are
    the action's own (services.ticket_actions: ``Kind``, ``missing_fields``)."""

    key: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False  # always required: marked with *
    choices: Sequence[tuple[str, Any]] = ()
    default: Any = None
    placeholder: str = ""


@dataclass
class FormSpec:
    title: str
    fields: list[Field] = field(default_factory=list)
    note: str = ""
    # Rich text shown above the fields (e.g. the number to dial).
    info: str = ""
    # The keys of the required fields left empty, given the answers (the
    # action's own rule: the callback's four questions once the citizen was reached).
    missing: Callable[[dict[str, Any]], list[str]] = lambda _values: []


def with_accelerator(label: str, used: set[str]) -> str:
    """The label with a keyboard accelerator (Alt+letter) not yet used in the form.

    An English label underlines one of its own letters ("&Main unit"); a
    Chinese one gets the letter after it, as Chinese software does ("主办单位(&A)").
    """
    for index, char in enumerate(label):
        if char.isascii() and char.isalpha() and char.upper() not in used:
            used.add(char.upper())
            return f"{label[:index]}&{label[index:]}"
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter not in used:
            used.add(letter)
            return f"{label}(&{letter})"
    return label


class FormDialog(QDialog):
    def __init__(
        self,
        spec: FormSpec,
        submit: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
        changes: Changes = NOTHING,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(spec.title)
        self.setMinimumWidth(460)
        self.spec = spec
        self.submit = submit  # runs on a worker: it gets the values, never a widget
        self.changes = changes
        self.saving: WriteOp[object] | None = None
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        # A long label (the callback's questions, read out to the citizen) gets
        # its own line above its field rather than being wrapped and cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        used: set[str] = set()
        for spec_field in spec.fields:
            widget = self._widget(spec_field)
            self.widgets[spec_field.key] = widget
            marker = " *" if spec_field.required else ""
            label = QLabel(with_accelerator(spec_field.label, used) + marker)
            label.setBuddy(widget)
            self.labels[spec_field.key] = label
            form.addRow(label, widget)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        # Enter presses 确定, also on a bare confirmation (提交市审核组, 办结归档):
        # the question above it names what will happen; 取消 as the default made
        # operators believe a ticket was submitted when Enter had cancelled it.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        if spec.note:
            note = QLabel(spec.note)
            note.setObjectName("formNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        info = QLabel(spec.info)
        info.setObjectName("formInfo")
        info.setTextFormat(Qt.TextFormat.RichText)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.setWordWrap(True)
        info.setVisible(bool(spec.info))
        layout.addWidget(info)
        self.info = info
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.untouched = self.values()  # what Esc may throw away without asking

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind is Kind.MULTILINE:
            edit = QPlainTextEdit()
            edit.setFixedHeight(70)
            edit.setTabChangesFocus(True)  # Tab leaves the field, as in every other one
            if spec.placeholder:
                edit.setPlaceholderText(spec.placeholder)
            if spec.default:
                edit.setPlainText(str(spec.default))
            return edit
        if spec.kind in (Kind.CHOICE, Kind.UNIT, Kind.TEMPLATE):
            combo = QComboBox()
            combo.setPlaceholderText(spec.placeholder or tr("请选择"))
            for label, value in spec.choices:
                combo.addItem(label, value)
            if len(spec.choices) > SEARCHABLE_FROM:
                searchable(combo, spec.placeholder or tr("输入名称中的字查找"))
            # No answer is chosen for the user: -1 shows the placeholder.
            index = combo.findData(spec.default) if spec.default is not None else -1
            combo.setCurrentIndex(index)
            return combo
        if spec.kind is Kind.UNITS:
            listing = QListWidget()
            listing.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
            listing.setFixedHeight(110)
            for label, value in spec.choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                listing.addItem(item)
            return listing
        if spec.kind is Kind.DATETIME:
            edit = QDateTimeEdit()
            edit.setDisplayFormat(QT_FORMAT)
            edit.setCalendarPopup(True)
            default = spec.default if isinstance(spec.default, datetime) else datetime.now()
            edit.setDateTime(to_qt(default))
            return edit
        line = QLineEdit()
        if spec.placeholder:
            line.setPlaceholderText(spec.placeholder)
        if spec.default:
            line.setText(str(spec.default))
        return line

    def set_info(self, text: str) -> None:
        """What the form shows above its fields (the number to dial)."""
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec_field in self.spec.fields:
            widget = self.widgets[spec_field.key]
            if isinstance(widget, QPlainTextEdit):
                result[spec_field.key] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                index = found_index(widget) if widget.isEditable() else widget.currentIndex()
                result[spec_field.key] = widget.itemData(index) if index >= 0 else None
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

    def missing(self, values: dict[str, Any]) -> list[Field]:
        keys = set(self.spec.missing(values))
        return [f for f in self.spec.fields if f.key in keys]

    def reject(self) -> None:
        """Esc on a form with something typed asks before throwing it away;
        while it is being saved, Esc waits for the answer (the save goes on)."""
        if self.saving is not None:
            return
        if self.values() != self.untouched and self.isVisible():
            self.discard_question = ask_to_discard(self, super().reject)
            return
        super().reject()

    def accept(self) -> None:
        values = self.values()
        missing = self.missing(values)
        if missing:
            self.error.setText(
                tr("还不能保存，请填写：{fields}").format(
                    fields=tr("、").join(tr("「{field}」").format(field=f.label) for f in missing)
                )
            )
            self.widgets[missing[0].key].setFocus()
            return
        if self.saving is not None:
            return  # Enter pressed twice: one save
        self.buttons.setEnabled(False)
        self.error.setText("")
        self.saving = (
            WriteOp(self, lambda: self.submit(values), self.changes)
            .success(lambda _result: self._saved())
            .failure(self._not_saved)
            .run()
        )

    def _saved(self) -> None:
        self.saving = None
        self.buttons.setEnabled(True)
        super().accept()

    def _not_saved(self, error: BaseException) -> None:
        """Every problem shown in one sentence, what was typed kept; none crashes."""
        self.saving = None
        self.buttons.setEnabled(True)
        self.error.setText(failure_text(error))
