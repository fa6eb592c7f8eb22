"""The tray icon: unseen-alert count, a menu, and notifications that open tickets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hotline_desk.domain.alerts import Notification

TITLE = "热线工单桌面助手"


class Tray(QObject):
    show_window = Signal()
    poll_now = Signal()
    quit_requested = Signal()
    ticket_requested = Signal(str)

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        for text, signal in (
            ("打开主窗口", self.show_window),
            ("立即检查", self.poll_now),
            ("退出", self.quit_requested),
        ):
            action = QAction(text, self.menu)
            action.triggered.connect(signal.emit)
            self.menu.addAction(action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda _reason: self.show_window.emit())
        self.icon.messageClicked.connect(self._message_clicked)
        self.last_numbers: tuple[str, ...] = ()
        self.set_unseen(0)
        if self.available:
            self.icon.show()

    def set_unseen(self, count: int) -> None:
        self.icon.setToolTip(f"{TITLE}：{count} 条未读提醒" if count else TITLE)

    def show_notification(self, notification: Notification) -> None:
        """Runs on the GUI thread (the poll bridge queues it here)."""
        self.last_numbers = notification.numbers
        self.icon.showMessage(
            notification.title, notification.body, QSystemTrayIcon.MessageIcon.Information, 30_000
        )

    def _message_clicked(self) -> None:
        self.show_window.emit()
        if len(self.last_numbers) == 1:
            self.ticket_requested.emit(self.last_numbers[0])
