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

from hotline_desk.domain.alerts import AlertKind
from hotline_desk.gui.i18n import tr, tr_domain
from hotline_desk.services.context import AppContext
from hotline_desk.store.alerts import mark_seen, recent_alerts, unseen_count

NUMBER_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AlertsPanel(QWidget):
    ticket_requested = Signal(str)
    unseen_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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

    def refresh(self) -> int:
        with self.context.db.session() as session:
            rows = recent_alerts(session, limit=200)
            unseen = unseen_count(session)
        self.list.clear()
        for row in rows:
            kind = tr_domain(AlertKind(row.kind).label)
            item = QListWidgetItem(f"{row.created_at:%m-%d %H:%M}  {kind}\n{row.body}")
            shown_by = {"plyer": tr("桌面通知"), "tray": tr("托盘通知")}.get(
                row.channel, tr("仅在本窗口")
            )
            recipient = tr("，值班：{who}").format(who=row.recipient) if row.recipient else ""
            item.setToolTip(f"{shown_by}{recipient}")
            item.setData(NUMBER_ROLE, row.number)
            item.setData(ID_ROLE, row.id)
            if row.seen_at is None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.heading.setText(
            tr("提醒：{unseen} 条未读 / 共 {total} 条").format(unseen=unseen, total=len(rows))
        )
        self.unseen_changed.emit(unseen)
        return unseen

    def _open(self, item: QListWidgetItem) -> None:
        with self.context.db.session() as session:
            mark_seen(session, self.context.clock.now(), [int(item.data(ID_ROLE))])
        self.ticket_requested.emit(str(item.data(NUMBER_ROLE)))
        self.refresh()

    def mark_all_seen(self) -> None:
        with self.context.db.session() as session:
            mark_seen(session, self.context.clock.now())
        self.refresh()
