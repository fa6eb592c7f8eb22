"""The window's size, place and column layout: remembered, but never off the
screen it opens on (a layout saved on a larger screen is fitted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QTableView

from hotline_desk.gui.mainwindow.queue_model import REMAINING_COLUMN, STATE_COLUMN, TITLE_COLUMN
from hotline_desk.gui.qt.app_settings import app_settings

if TYPE_CHECKING:
    from hotline_desk.gui.mainwindow.window import MainWindow

# Small enough for a 1024×768 screen with a task bar, in both languages.
MINIMUM_SIZE = (960, 640)
# What a narrow screen (1366×768 at 125 %: 1093 logical pixels) must show
# first: the whole number, the time left, what it is about, its state.
FIRST_COLUMNS = (0, REMAINING_COLUMN, TITLE_COLUMN, STATE_COLUMN)
KEYS = ("window/geometry", "window/state", "window/splitter", "window/columns")


def fit_to_screen(window: MainWindow) -> None:
    """Inside the screen's available area, at most 1600×900, centred."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # 0 before shown
    width = min(1600, screen.width() - frame.width())
    height = min(900, screen.height() - frame.height())
    window.setMinimumSize(min(MINIMUM_SIZE[0], width), min(MINIMUM_SIZE[1], height))
    window.resize(width, height)
    window.move(
        screen.x() + (screen.width() - width - frame.width()) // 2,
        screen.y() + (screen.height() - height - frame.height()) // 2,
    )


def default_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    number = table.fontMetrics().horizontalAdvance("SZ2026090100000001") + 16  # a whole number
    widths = [number, 110, 120, 50, 150, 150, 64, 90, 120, 70, 120]
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    for position, column in enumerate(FIRST_COLUMNS):
        header.moveSection(header.visualIndex(column), position)


def _parts(window: MainWindow) -> list[tuple[str, object, object]]:
    """(key, save, restore) of each remembered part."""
    header = window.table.horizontalHeader()
    return [
        (KEYS[0], window.saveGeometry, window.restoreGeometry),
        (KEYS[1], window.saveState, window.restoreState),
        (KEYS[2], window.splitter.saveState, window.splitter.restoreState),
        (KEYS[3], header.saveState, header.restoreState),
    ]


def restore_layout(window: MainWindow) -> QByteArray:
    """Restores what was remembered; returns the default dock layout (for
    视图 → 恢复默认布局)."""
    settings = app_settings()
    default_state = window.saveState()
    for key, _save, restore in _parts(window):
        value = settings.value(key)
        if value is not None:
            restore(value)  # type: ignore[operator]
    if not window.screen().availableGeometry().contains(window.frameGeometry()):
        fit_to_screen(window)
        window.restoreState(default_state)
    return default_state


def save_layout(window: MainWindow) -> None:
    settings = app_settings()
    for key, save, _restore in _parts(window):
        settings.setValue(key, save())  # type: ignore[operator]
