"""The in-app alert list (提醒): every alert with its time, unseen ones in bold."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.services.alert_list import AlertList, alert_list, mark_alerts_seen
from hotline_desk.services.changes import Area, Changes
from hotline_desk.services.context import AppContext

NUMBER_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AlertsPanel(QWidget):
    ticket_requested = Signal(str)
    knowledge_requested = Signal()  # an entry past its review date was chosen
    unseen_changed = Signal(int)

    def __init__(
        self, context: AppContext, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks or TaskRunner(self)
        self.unseen = 0
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("alertsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.setMinimumWidth(300)
        self.mark_all = QPushButton(tr("全部标为已读"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.mark_all.clicked.connect(self.mark_all_seen)

    def refresh(self) -> None:
        """Reads the list off the GUI thread; it is redrawn when the read is done."""
        context = self.context
        self.tasks.run("alerts", lambda: alert_list(context, limit=200), self._show)

    def _show(self, alerts: AlertList) -> None:
        self.list.clear()
        for alert in alerts.entries:
            kind = tr_domain(alert.kind.label)
            item = QListWidgetItem(f"{alert.created_at:%m-%d %H:%M}  {kind}\n{alert.body}")
            shown_by = {"plyer": tr("桌面通知"), "tray": tr("托盘通知")}.get(
                alert.channel, tr("仅在本窗口")
            )
            recipient = tr("，值班：{who}").format(who=alert.recipient) if alert.recipient else ""
            item.setToolTip(f"{shown_by}{recipient}")
            item.setData(NUMBER_ROLE, alert.number)
            item.setData(ID_ROLE, alert.id)
            if not alert.seen:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.heading.setText(
            tr("提醒：{unseen} 条未读 / 共 {total} 条").format(
                unseen=alerts.unseen, total=len(alerts.entries)
            )
        )
        self.unseen = alerts.unseen
        self.unseen_changed.emit(alerts.unseen)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.ALERTS):
            self.refresh()

    def _open(self, item: QListWidgetItem) -> None:
        context, seen = self.context, [int(item.data(ID_ROLE))]
        number = str(item.data(NUMBER_ROLE) or "")
        if number:
            self.ticket_requested.emit(number)
        else:  # not a ticket's: a knowledge-base entry to review
            self.knowledge_requested.emit()
        WriteOp(self, lambda: mark_alerts_seen(context, seen), ALERTS_READ).run()

    def mark_all_seen(self) -> None:
        context = self.context
        WriteOp(self, lambda: mark_alerts_seen(context), ALERTS_READ).run()


ALERTS_READ = Changes(areas=frozenset({Area.ALERTS}))
