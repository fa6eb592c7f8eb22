"""Naive office-time datetimes to and from Qt's date-time editors, to the minute."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime

QT_FORMAT = "yyyy-MM-dd HH:mm"
PY_FORMAT = "%Y-%m-%d %H:%M"


def to_qt(value: datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime(PY_FORMAT), QT_FORMAT)


def from_qt(value: QDateTime) -> datetime:
    return datetime.strptime(value.toString(QT_FORMAT), PY_FORMAT)
