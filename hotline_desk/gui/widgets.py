"""Small widgets every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

ERROR_COLOUR = "#c62828"


def error_label() -> QLabel:
    """Where a dialog shows a refusal or a bad field: red, wrapped, findable by tests."""
    label = QLabel()
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
