"""Small widgets every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hotline_desk.gui.qt.i18n import tr

ERROR_COLOUR = "#c62828"
DONE_COLOUR = "#2e7d32"


class MessageLabel(QLabel):
    """A dialog's one line of feedback: a refusal or a bad field in red (any
    setText), what was just done in green (show_done) – never a success in red."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.setStyleSheet(f"color: {ERROR_COLOUR}")
        super().setText(text)

    def show_done(self, text: str) -> None:
        self.setStyleSheet(f"color: {DONE_COLOUR}")
        super().setText(text)


def error_label() -> MessageLabel:
    """Where a dialog shows a refusal or a bad field: red, wrapped, findable by tests."""
    label = MessageLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    return label


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> list[QTableWidgetItem]:
    """Replaces the table's rows with ``rows`` of texts; returns each row's first item."""
    table.setRowCount(len(rows))
    firsts = []
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            table.setItem(row, column, item)
            if column == 0:
                firsts.append(item)
    table.resizeColumnsToContents()
    return firsts


def ask_to_discard(parent: QWidget, discard: Callable[[], None]) -> QMessageBox:
    """Esc (or closing) a form with something typed in asks first; 继续填写 is
    the default, so a second Esc or an Enter never throws the typing away."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("放弃填写的内容？"),
        tr("已填写的内容还没有保存，放弃后不会保留。"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    keep = box.addButton(tr("继续填写"), QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton(tr("放弃"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.buttonClicked.connect(lambda button: discard() if button is drop else None)
    box.open()
    return box


LAST_FOLDER = "files/lastFolder"


def in_user_folder(name: str = "") -> str:
    """Where a file dialog opens: the folder last used, else the user's documents
    – never the program's own folder (a relative name would land there)."""
    from pathlib import Path

    from PySide6.QtCore import QSettings, QStandardPaths

    folder = str(QSettings("hotline-desk", "hotline-desk").value(LAST_FOLDER, "") or "")
    if not folder or not Path(folder).is_dir():
        location = QStandardPaths.StandardLocation.DocumentsLocation
        folder = QStandardPaths.writableLocation(location) or str(Path.home())
    return str(Path(folder) / name) if name else folder


def remember_folder(path: str) -> None:
    """The folder of a file just chosen is where the next dialog opens."""
    from pathlib import Path

    from PySide6.QtCore import QSettings

    if path:
        QSettings("hotline-desk", "hotline-desk").setValue(LAST_FOLDER, str(Path(path).parent))


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A dialog's one button, 关闭 (the default: Enter closes a dialog that only shows)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dialog.reject)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    close.setText(tr("关闭"))
    close.setDefault(True)
    return box


class ClickableLabel(QLabel):
    """A word-wrapped label that acts on a click (a check box's long text, which
    a QCheckBox would cut instead of wrapping)."""

    clicked = Signal()

    def mousePressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.clicked.emit()


def read_only_table(headers: Sequence[str]) -> QTableWidget:
    """A table that lists (whole rows selected, nothing edited in place)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table
