"""Small widgets every dialog uses the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#c62828"


def error_label() -> QLabel:
    """Where a dialog shows a refusal or a bad field: red, wrapped, findable by tests."""
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    return label
