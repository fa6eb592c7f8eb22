"""Time from applying a filter or a search in the window to its first page shown.

python bench/gui_filters.py --db sqlite:///bench/out/queries-1000000.sqlite3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.gui.mainwindow.window import MainWindow  # noqa: E402
from hotline_desk.services.context import AppContext  # noqa: E402


def wait_first_page(window: MainWindow, apply) -> float:  # type: ignore[no-untyped-def]
    """Applies a filter and waits for its first page (or its empty count)."""
    loop = QEventLoop()

    def on_count(total: int) -> None:
        if total == 0:
            loop.quit()

    window.model.first_page_loaded.connect(loop.quit)
    window.model.count_changed.connect(on_count)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(30_000)
    started = time.perf_counter()
    apply()
    loop.exec()
    elapsed = (time.perf_counter() - started) * 1000
    timeout.stop()
    window.model.first_page_loaded.disconnect(loop.quit)
    window.model.count_changed.disconnect(on_count)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--now", default="2026-11-23T10:00")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    context = AppContext.open(args.db, FixedClock(datetime.fromisoformat(args.now)), "liqing")
    window = MainWindow(context)
    window.show()
    f = window.filters
    wait_first_page(window, window.load_first_page)

    def state(value: str):  # type: ignore[no-untyped-def]
        return lambda: f.state.setCurrentIndex(f.state.findData(value))

    def search(text: str):  # type: ignore[no-untyped-def]
        def apply() -> None:
            f.search.setText(text)
            f._debounce.stop()  # measure the query, not the typing pause
            window.apply_filters()

        return apply

    cases = [
        ("state: 办理中", state("handling"), state("open")),
        ("state: 全部 (1,000,000)", state("all"), state("open")),
        ("unit: first unit", lambda: f.unit.setCurrentIndex(1), lambda: f.unit.setCurrentIndex(0)),
        ("overdue", lambda: f.overdue.setChecked(True), lambda: f.overdue.setChecked(False)),
        ("search 噪音 in unfinished", search("噪音"), search("")),
        (
            "search 幸福小区 in all states",
            lambda: (f.state.setCurrentIndex(f.state.findData("all")), search("幸福小区")()),
            lambda: (search("")(), f.state.setCurrentIndex(f.state.findData("open"))),
        ),
    ]
    print(f"{context.db.dialect}, median of {args.repeat}: filter/search applied -> first page")
    for label, apply, undo in cases:
        times, matches = [], 0
        for _ in range(args.repeat):
            times.append(wait_first_page(window, apply))
            matches = window.model.total
            wait_first_page(window, undo)
        print(f"  {label:<32} {statistics.median(times):8.1f} ms  ({matches:,} match)")
    window.model.pool.waitForDone()
    window.close()
    window.deleteLater()
    app.processEvents()
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
