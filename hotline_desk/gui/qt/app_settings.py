"""The workstation's own settings (QSettings: the window's layout, the
language, keeping to the tray, the office server) and the app's icon."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from hotline_desk.paths import resources_dir

SETTINGS_CLOSE_TO_TRAY = "closeToTray"


def app_settings() -> QSettings:
    return QSettings("hotline-desk", "hotline-desk")


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "hotline-desk.svg"))
