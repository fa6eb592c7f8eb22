"""Starting the Qt application: the window, the tray and the background poll."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hotline_desk.domain.errors import DatabaseUnusable
from hotline_desk.gui.mainwindow.poll_bridge import PollBridge
from hotline_desk.gui.mainwindow.tray import Tray
from hotline_desk.gui.mainwindow.window import MainWindow
from hotline_desk.gui.qt.app_settings import app_icon, app_settings
from hotline_desk.gui.qt.conventions import install_conventions
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import chosen_language, install_language, tr
from hotline_desk.gui.single_instance import OPEN, SHOW, SingleInstance, instance_name
from hotline_desk.handover import note_default_instance
from hotline_desk.services.context import AppContext, database_url, open_context
from hotline_desk.services.notifier import CallbackBackend, Notifier, PlyerBackend
from hotline_desk.services.poller import Poller, poll_interval

if TYPE_CHECKING:
    from hotline_desk.services.scheduler import PollScheduler

__all__ = ["MainWindow", "app_icon", "app_settings", "run_gui", "wire_polling"]


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
    from hotline_desk.services.scheduler import PollScheduler  # APScheduler: after the window

    bridge = PollBridge()
    poller = Poller(context, build_notifier(bridge, tray))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(poller.close)  # the office lock goes to another workstation
    scheduler = PollScheduler(
        poller.run_once,
        context.clock,
        interval or poll_interval(context),
        on_result=bridge.publish_result,
        on_error=bridge.publish_error,
        between=poller.check_new_tickets,
    )
    window.scheduler = scheduler
    window.ticket_typed.connect(poller.typed_here.add)
    bridge.polled.connect(window.poll_finished)
    bridge.failed.connect(
        lambda error: window.tell(
            tr("检查失败：{message}").format(message=failure_text(error, logged=True)), True
        )
    )
    if tray is not None:
        bridge.notify_requested.connect(tray.show_notification)
        window.alerts.unseen_changed.connect(tray.set_unseen)
        tray.poll_now.connect(window.poll_now)
    return scheduler, bridge


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log like ours (a platform plugin's warning
    on every start is not the operator's business)."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _report_unexpected_errors(window: MainWindow) -> None:
    """A bug in a slot: one sentence in the window, its type and place in the
    log – never a traceback on the console, never the caller's details."""
    from hotline_desk.log_setup import log_unexpected

    def hook(kind: type[BaseException], error: BaseException, _tb: object) -> None:
        log_unexpected(error)
        window.tell(
            tr("意外错误（{type}），操作未完成，已记入日志").format(type=kind.__name__),
            warning=True,
        )
        show_unexpected_error(kind.__name__, window)

    sys.excepthook = hook


SETTINGS_AUTOSTART_DECIDED = "autostartDecided"


def _autostart_after_installing() -> None:
    """开机自动启动 is on by default once installed: the first start of an
    installed build writes the entry (the user turns it off in 提醒设置)."""
    from hotline_desk.services.autostart import first_start_of_installed_app

    settings = app_settings()
    try:
        if first_start_of_installed_app(bool(settings.value(SETTINGS_AUTOSTART_DECIDED, False))):
            logging.getLogger(__name__).info("start at login turned on (first start)")
    except Exception:  # noqa: BLE001 - never stop the window from opening
        logging.getLogger(__name__).exception("could not turn start at login on")
    settings.setValue(SETTINGS_AUTOSTART_DECIDED, True)


def _office_server_url() -> str | None:
    """The office's PostgreSQL server chosen in 设置 → 办公室数据库…, its password
    from the keyring or asked for now; None: the embedded store."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from hotline_desk.gui.settings.connection_dialog import office_url

    def ask(server: object) -> str | None:
        text, ok = QInputDialog.getText(
            None,
            tr("办公室数据库"),
            tr("{server} 的密码：").format(server=getattr(server, "key", "")),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    return office_url(app_settings(), ask)


def _signed_in(context: AppContext) -> bool:
    """On a store that requires it, the person at the workstation signs in first."""
    from hotline_desk.gui.settings.sign_in_dialog import SignInDialog
    from hotline_desk.services.auth import sign_in_required

    if not sign_in_required(context):
        return True
    return SignInDialog(context).exec() == SignInDialog.DialogCode.Accepted


def take_request(window: MainWindow, request: str) -> None:
    """What a second launch asked the running window for."""
    if request.startswith(OPEN):
        window.show_ticket(request[len(OPEN) :].strip())
    else:
        window.showNormal()
        window.raise_()
        window.activateWindow()


def show_unexpected_error(kind: str, parent: QWidget | None = None) -> QMessageBox:
    """What happened and where the log is, in a dialog that does not vanish."""
    from hotline_desk.log_setup import current_log_file

    log = current_log_file()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("意外错误"))
    box.setText(
        tr("发生意外错误（{type}），刚才的操作没有完成，已保存的数据不受影响。").format(type=kind)
    )
    box.setInformativeText(
        tr("详细情况已记入日志：{file}\n请把这个文件交给技术人员。").format(file=log)
        if log
        else tr("详细情况已输出到控制台。")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    _open_boxes.append(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.remove(b))
    return box


_open_boxes: list[QMessageBox] = []  # kept alive while shown


def _windows_app_id() -> None:
    """Windows shows this process's toasts and groups its taskbar button under
    the id the Start-menu shortcut carries (the installer sets it there too)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        from hotline_desk import APP_ID

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def run_gui(args: argparse.Namespace, smoke: bool = False) -> int:
    """Opens the window; with ``smoke``, quits once the first page is painted."""
    started = time.perf_counter()
    _windows_app_id()
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    install_conventions(app)  # before the first dialog (sign-in, the office server)
    install_language(app, chosen_language(app_settings()))
    plain_launch = args.db is None and not os.environ.get("HOTLINE_DESK_DB")
    if plain_launch:
        args.db = _office_server_url()
    instance: SingleInstance | None = None
    if not smoke:
        instance = SingleInstance(instance_name(database_url(args.db)))
        request = OPEN + args.open if args.open else SHOW
        if instance.hand_over(request):
            logging.getLogger(__name__).info("handed over to the running instance: %s", request)
            return 0
        if instance.listen() and plain_launch:
            note_default_instance(instance.name)  # where a plain second launch looks
    try:
        context = open_context(args.db, args.now, args.operator)
    except DatabaseUnusable as error:
        # One sentence in the window and on the console - never a traceback.
        print(f"hotline-desk: {error}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(None, tr("无法打开数据库"), str(error))
        return 2
    if not smoke and not _signed_in(context):
        context.close()
        return 0
    window = MainWindow(context)
    _report_unexpected_errors(window)
    _autostart_after_installing()
    tray = Tray(app_icon())
    window.tray = tray
    tray.show_window.connect(lambda: (window.showNormal(), window.raise_()))
    tray.ticket_requested.connect(window.show_ticket)
    tray.quit_requested.connect(app.quit)
    app.setQuitOnLastWindowClosed(not tray.available)
    app.aboutToQuit.connect(window.save_layout)
    polling: list[PollScheduler] = []

    def start_polling() -> None:
        """The poll is wired and started once the queue's first page is on screen."""
        window.start_live_updates()
        if not polling:
            scheduler, _bridge = wire_polling(window, context, tray)
            polling.append(scheduler)
            scheduler.start()

    if smoke:

        def painted() -> None:
            window.table.viewport().repaint()
            rows = window.model.rowCount()
            print(
                f"first page painted in {time.perf_counter() - started:.3f} s "
                f"({rows} rows of {window.model.total:,}); painted_at={time.time():.6f}"
            )
            app.quit()

        window.model.first_page_loaded.connect(painted)  # repaints at once, then quits
    else:
        window.model.first_page_loaded.connect(lambda: QTimer.singleShot(0, start_polling))
    if instance is not None:
        instance.message.connect(lambda request: take_request(window, request))
    if args.open:
        window.model.first_page_loaded.connect(lambda: window.show_ticket(args.open))
    window.load_first_page()

    # Started at login (--tray): the tray icon and the poll; the window when asked.
    if not (getattr(args, "tray", False) and tray.available):
        window.show()
    code = app.exec()
    window.model.pool.waitForDone(5000)  # no page load outlives the window
    for scheduler in polling:
        scheduler.shutdown(wait=False)
    if instance is not None:
        instance.close()
    window.stop_live_updates()
    context.close()
    return int(code)
