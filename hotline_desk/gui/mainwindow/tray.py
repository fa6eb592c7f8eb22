"""The tray icon: unseen-alert count, a menu, and notifications that open tickets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hotline_desk.domain.alerts import Notification
from hotline_desk.gui.qt.i18n import tr

TITLE = QT_TRANSLATE_NOOP("", "热线工单桌面助手")


class Tray(QObject):
    show_window = Signal()
    poll_now = Signal()
    quit_requested = Signal()
    ticket_requested = Signal(str)

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.base_icon = icon
        self.unseen = 0
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        for text, signal in (
            (tr("打开主窗口"), self.show_window),
            (tr("立即检查"), self.poll_now),
            (tr("退出"), self.quit_requested),
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
        self.unseen = count
        title = tr(TITLE)
        self.icon.setToolTip(
            tr("{title}：{count} 条未读提醒").format(title=title, count=count) if count else title
        )
        self.icon.setIcon(self._badged(count))

    def _badged(self, count: int) -> QIcon:
        """The icon with the unread count painted in its corner."""
        if count <= 0:
            return self.base_icon
        pixmap = self.base_icon.pixmap(64, 64)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#1565c0"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRect(26, 26, 38, 38))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(22 if count < 100 else 16)
        painter.setFont(font)
        painter.drawText(
            QRect(26, 26, 38, 38),
            Qt.AlignmentFlag.AlignCenter,
            str(count) if count < 1000 else "999+",
        )
        painter.end()
        return QIcon(pixmap)

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
