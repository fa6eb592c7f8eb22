"""Starting the Qt application: the window, the tray and the background poll.

The full operator window arrives with its own issue; this window already
shows the real queue from the store, the in-app alert list, and opens a
ticket when an alert is clicked.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import timedelta

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.ticket import UNFINISHED_STATES, Ticket
from hotline_desk.gui.alert_settings_dialog import AlertSettingsDialog
from hotline_desk.gui.alerts_panel import AlertsPanel
from hotline_desk.gui.duty_dialog import DutyRosterDialog
from hotline_desk.gui.poll_bridge import PollBridge
from hotline_desk.gui.tray import Tray
from hotline_desk.paths import resources_dir
from hotline_desk.services.context import AppContext
from hotline_desk.services.notifier import CallbackBackend, Notifier, PlyerBackend
from hotline_desk.services.poller import Poller, poll_interval
from hotline_desk.services.scheduler import PollScheduler
from hotline_desk.store.tickets import QueueQuery, TicketStore

COLUMNS = ["工单编号", "受理时间", "诉求类型", "摘要", "状态", "办理时限", "标记"]
SETTINGS_CLOSE_TO_TRAY = "closeToTray"


def app_settings() -> QSettings:
    return QSettings("hotline-desk", "hotline-desk")


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "hotline-desk.svg"))


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setWindowTitle("热线工单桌面助手")
        self.setWindowIcon(app_icon())
        self.resize(1200, 680)
        self.context = context
        self.tray: Tray | None = None
        self.scheduler: PollScheduler | None = None
        self._build_menu()
        central = QWidget()
        layout = QVBoxLayout(central)
        self.summary = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.alerts = AlertsPanel(context)
        self.alerts.ticket_requested.connect(self.show_ticket)
        dock = QDockWidget("提醒", self)
        dock.setObjectName("alertsDock")
        dock.setWidget(self.alerts)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def _build_menu(self) -> None:
        tools = self.menuBar().addMenu("工具(&T)")
        poll = QAction("立即检查(&C)", self)
        poll.setShortcut(QKeySequence(Qt.Key.Key_F5))
        poll.triggered.connect(self.poll_now)
        tools.addAction(poll)
        settings = self.menuBar().addMenu("设置(&S)")
        duty = QAction("值班表(&D)…", self)
        duty.triggered.connect(self.open_duty_roster)
        settings.addAction(duty)
        alerts = QAction("提醒设置(&A)…", self)
        alerts.triggered.connect(self.open_alert_settings)
        settings.addAction(alerts)

    def poll_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.request_poll()
            self.statusBar().showMessage("正在检查…", 5000)

    def open_duty_roster(self) -> DutyRosterDialog:
        dialog = DutyRosterDialog(self.context, self)
        dialog.open()
        return dialog

    def open_alert_settings(self) -> AlertSettingsDialog:
        settings = app_settings()

        def saved(interval: timedelta, close_to_tray: bool) -> None:
            settings.setValue(SETTINGS_CLOSE_TO_TRAY, close_to_tray)
            if self.scheduler is not None:
                self.scheduler.set_interval(interval)

        dialog = AlertSettingsDialog(
            self.context, settings.value(SETTINGS_CLOSE_TO_TRAY, True, type=bool), saved, self
        )
        dialog.open()
        return dialog

    def load_first_page(self) -> int:
        with self.context.db.session() as session:
            store = TicketStore(session)
            tickets = store.page(QueueQuery(states=sorted(UNFINISHED_STATES), limit=100))
        self._fill(tickets)
        self.summary.setText(
            f"当前时间 {self.context.clock.now():%Y-%m-%d %H:%M}  "
            f"未办结工单 {len(tickets)} 件（按办理时限排序）"
        )
        return len(tickets)

    def _fill(self, tickets: list[Ticket]) -> None:
        self.table.setRowCount(len(tickets))
        for row, t in enumerate(tickets):
            values = [
                t.number,
                f"{t.received_at:%Y-%m-%d %H:%M}",
                t.kind.label,
                t.title,
                t.state.label,
                f"{t.due_at:%Y-%m-%d %H:%M}" if t.due_at else "",
                "、".join(t.flag_names()),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def show_ticket(self, number: str) -> bool:
        """Brings the window up with that ticket selected."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == number:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return True
        with self.context.db.session() as session:
            found = TicketStore(session).find_row(number)
            ticket = TicketStore(session).get(number) if found is not None else None
        if ticket is None:
            self.statusBar().showMessage(f"找不到工单 {number}", 10_000)
            return False
        self._fill([ticket])
        self.summary.setText(f"工单 {number}")
        self.table.selectRow(0)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        keep = app_settings().value(SETTINGS_CLOSE_TO_TRAY, True, type=bool)
        if keep and self.tray is not None and self.tray.available:
            self.hide()  # the poller keeps running in the tray
            event.ignore()
            return
        super().closeEvent(event)


def build_notifier(bridge: PollBridge, tray: Tray | None) -> Notifier:
    """The tray message first where a tray exists - clicking it opens the ticket -
    then plyer; the in-app list always (written by the poller)."""
    backends: list = []
    if tray is not None and tray.available:
        backends.append(CallbackBackend("tray", bridge.request_tray_message))
    backends.append(PlyerBackend())
    return Notifier(backends)


def wire_polling(
    window: MainWindow, context: AppContext, tray: Tray | None, interval: timedelta | None = None
) -> tuple[PollScheduler, PollBridge]:
    bridge = PollBridge()
    poller = Poller(context, build_notifier(bridge, tray))
    scheduler = PollScheduler(
        poller.run_once,
        context.clock,
        interval or poll_interval(context),
        on_result=bridge.publish_result,
        on_error=bridge.publish_error,
        between=poller.check_new_tickets,
    )
    window.scheduler = scheduler
    bridge.polled.connect(lambda _result: window.alerts.refresh())
    bridge.failed.connect(
        lambda message: window.statusBar().showMessage(f"检查失败：{message}", 30_000)
    )
    if tray is not None:
        bridge.notify_requested.connect(tray.show_notification)
        window.alerts.unseen_changed.connect(tray.set_unseen)
        tray.poll_now.connect(window.poll_now)
    return scheduler, bridge


def run_gui(args: argparse.Namespace, smoke: bool = False) -> int:
    from hotline_desk.cli import open_context

    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    context = open_context(args)
    window = MainWindow(context)
    tray = Tray(app_icon())
    window.tray = tray
    tray.show_window.connect(lambda: (window.showNormal(), window.raise_()))
    tray.ticket_requested.connect(window.show_ticket)
    tray.quit_requested.connect(app.quit)
    app.setQuitOnLastWindowClosed(not tray.available)
    window.load_first_page()
    window.alerts.refresh()
    window.show()
    scheduler, _bridge = wire_polling(window, context, tray)
    if smoke:

        def done() -> None:
            print(f"first page painted in {time.perf_counter() - started:.3f} s")
            app.quit()

        QTimer.singleShot(0, done)
    else:
        scheduler.start()
    code = app.exec()
    scheduler.shutdown(wait=False)
    context.close()
    return int(code)
