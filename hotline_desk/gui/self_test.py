"""``hotline-desk --self-test``: proves an installation works where it was installed.

On a temporary database it runs the migrations, fills a small demo office,
opens the main window offscreen and loads the queue, runs one poll whose
alert goes through the notifier adapter to the desktop, loads the
translations (Qt's own Chinese, our English), and renders a PDF page. One
line per check; exit code 0 only if all passed. Frozen and unfrozen alike.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

CHECKS_TIMEOUT_S = 30


class CheckFailed(Exception):
    """A check that ran and found something wrong (no traceback needed)."""


def _wait(condition: Callable[[], bool], timeout_s: float = CHECKS_TIMEOUT_S) -> bool:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return True


class SelfTest:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.results: list[tuple[str, bool, str]] = []
        self.context = None
        self.window = None

    def check(self, name: str, run: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = run()
            ok = True
        except CheckFailed as error:
            detail, ok = str(error), False
        except Exception as error:  # noqa: BLE001 - each check reports, the next runs
            detail, ok = f"{type(error).__name__}: {error}", False
            traceback.print_exc(file=sys.stderr)
        took = time.perf_counter() - started
        self.results.append((name, ok, detail))
        print(f"{'ok  ' if ok else 'FAIL'}  {name:<14} {detail} ({took:.1f} s)", flush=True)
        return ok

    # -- the checks ------------------------------------------------------------------
    def migrations(self) -> str:
        from hotline_desk.domain.clock import FixedClock
        from hotline_desk.services.context import AppContext, database_status

        url = f"sqlite:///{self.folder / 'self-test.sqlite3'}"
        # A Tuesday morning: tickets are due the next working day, so the poll alerts.
        self.context = AppContext.open(url, FixedClock(datetime(2026, 9, 29, 10, 0)), "selftest")
        _url, revision = database_status(self.context)
        from hotline_desk.services.demo import generate

        generate(self.context, 20)
        return f"schema {revision}, 20 demo tickets"

    def calendar(self) -> str:
        from datetime import date

        assert self.context is not None, "no database"
        calendar = self.context.calendar
        if calendar.is_workday(date(2026, 10, 1)) or not calendar.is_workday(date(2026, 10, 10)):
            raise CheckFailed("the holiday data is missing (2026-10-01 / 2026-10-10)")
        return "National Day 2026 and its make-up Saturday known"

    def window_and_queue(self) -> str:
        from hotline_desk.gui.mainwindow.window import MainWindow

        assert self.context is not None, "no database"
        window = MainWindow(self.context)
        self.window = window
        loaded: list[bool] = []
        window.model.first_page_loaded.connect(lambda: loaded.append(True))
        window.load_first_page()
        window.show()
        if not _wait(lambda: bool(loaded)):
            raise CheckFailed("the queue's first page did not load")
        rows = window.model.rowCount()
        if rows == 0:
            raise CheckFailed("the queue is empty")
        return f"{rows} tickets in the queue"

    def poll_and_alert(self) -> str:
        from hotline_desk.services.notifier import Notifier, PlyerBackend
        from hotline_desk.services.poller import Poller

        assert self.context is not None, "no database"
        poller = Poller(self.context, Notifier([PlyerBackend()]))
        try:
            result = poller.run_once()
        finally:
            poller.close()
        if not result.alerts:
            raise CheckFailed("the poll found nothing to alert on")
        shown = [d for d in result.deliveries if d.channel]
        if not shown:
            raise CheckFailed(
                f"{len(result.alerts)} alerts, none shown on the desktop: no notification "
                "server answered (they are in the window's alert list only)"
            )
        return f"{len(result.alerts)} alerts, {len(shown)} shown via {shown[0].channel}"

    def translations(self) -> str:
        from PySide6.QtWidgets import QApplication, QDialogButtonBox

        from hotline_desk.gui.qt.i18n import install_language, tr

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        try:
            install_language(app, "zh_CN")
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
            if "取消" not in cancel:
                raise CheckFailed(f"Qt's Chinese translation missing (Cancel reads {cancel!r})")
            if not install_language(app, "en"):
                raise CheckFailed("the English translation did not load")
            english = tr("工单(&W)")
            if english == "工单(&W)":
                raise CheckFailed("the English translation is empty")
        finally:
            install_language(app, "zh_CN")
        return f"中文 ({cancel}), English ({english.replace('&', '')})"

    def pdf(self) -> str:
        from hotline_desk.printing.documents import report_document, write_pdf
        from hotline_desk.services.statistics import month_report, trend, weekly

        assert self.context is not None, "no database"
        month = f"{self.context.clock.now():%Y-%m}"
        report = month_report(self.context, month)
        path = self.folder / "self-test.pdf"
        document = report_document(
            report, trend(self.context, month, 12, refresh=False), weekly(self.context, month)
        )
        write_pdf(document, path)
        size = path.stat().st_size
        if not path.read_bytes().startswith(b"%PDF") or size < 10_000:
            raise CheckFailed(f"the PDF looks wrong ({size} bytes)")
        from hotline_desk.printing.thumbnails import thumbnail

        first_page = thumbnail("application/pdf", path.read_bytes())  # Qt's PDF reader is there
        if first_page is None:
            raise CheckFailed("a PDF's first page could not be drawn (no Qt PDF module?)")
        return f"{document.pageCount()} pages, {size // 1024} KB, thumbnail {first_page.width()}×{first_page.height()}"

    def close(self) -> None:
        if self.window is not None:
            self.window.model.pool.waitForDone(5000)
            self.window.close()
        if self.context is not None:
            self.context.close()


def run_self_test() -> int:
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from hotline_desk import __version__

    QStandardPaths.setTestModeEnabled(True)  # the window's settings stay out of the user's

    app = QApplication.instance() or QApplication(["hotline-desk"])
    frozen = "frozen" if getattr(sys, "frozen", False) else "from Python"
    print(f"hotline-desk {__version__} self-test ({frozen}, {sys.platform})", flush=True)
    with tempfile.TemporaryDirectory(prefix="hotline-desk-self-test-") as folder:
        test = SelfTest(Path(folder))
        try:
            test.check("migrations", test.migrations)
            test.check("calendar", test.calendar)
            test.check("window, queue", test.window_and_queue)
            test.check("poll, alert", test.poll_and_alert)
            test.check("translations", test.translations)
            test.check("PDF", test.pdf)
        finally:
            test.close()
    del app
    failed = [name for name, ok, _ in test.results if not ok]
    print("all checks passed" if not failed else f"failed: {', '.join(failed)}", flush=True)
    return 0 if not failed else 1
