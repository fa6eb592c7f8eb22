"""How long each panel holds the GUI thread, on a big database.

    python bench/gui_thread.py                       # bench/out/queries-1000000.sqlite3
    python bench/gui_thread.py --db sqlite:///other.sqlite3 --now 2026-11-23T10:00

Opens the real main window (offscreen unless QT_QPA_PLATFORM says otherwise)
and opens each panel in turn: the queue's first page, the ticket detail, the
alert list, the five confirmations, 今日催办, a filter change, the next page.
For each it prints, median of --runs:

  call     the time the GUI thread spent starting the read (should be ~0)
  answer   the time the GUI thread spent drawing the answer (TaskRunner.gui_seconds)
  wait     from the call until the answer was drawn (the read ran on a worker)

and the longest stall of the GUI thread while all of it ran, measured by a
1 ms heartbeat timer (includes painting and layout, not only reads). A frame
at 60 Hz is 16 ms: call + answer must stay below it.

Build the database first with bench/queries.py --tickets 1000000.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hotline_desk.gui.mainwindow.window import MainWindow  # noqa: E402
from hotline_desk.services.context import open_context  # noqa: E402


class Heartbeat:
    """A 1 ms timer; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()  # needs a QApplication before start()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


STALLS = Heartbeat()


def measure(
    window: MainWindow, channel: str, start: Callable[[], object], runs: int
) -> tuple[float, float, float, int]:
    calls, answers, waits = [], [], []
    STALLS.longest = 0
    for _ in range(runs):
        window.tasks.gui_seconds.pop(channel, None)
        began = time.perf_counter()
        start()
        called = time.perf_counter()
        deadline = began + 60
        while channel not in window.tasks.gui_seconds:  # this panel's answer, not the others'
            QApplication.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit(f"{channel}: no answer within 60 s")
        waits.append(time.perf_counter() - began)
        window.tasks.wait_idle(60_000)  # what the answer started, before the next run
        calls.append(called - began)
        answers.append(window.tasks.gui_seconds.get(channel, 0.0))
    return (
        statistics.median(calls) * 1000,
        statistics.median(answers) * 1000,
        statistics.median(waits) * 1000,
        STALLS.longest,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=f"sqlite:///{ROOT / 'bench/out/queries-1000000.sqlite3'}")
    parser.add_argument("--now", default="2026-11-23T10:00")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    context = open_context(args.db, datetime.fromisoformat(args.now), "liqing")
    window = MainWindow(context)
    window.resize(1366, 728)
    window.show()
    window.load_first_page()
    window.tasks.wait_idle(60_000)  # the start-up reads, before anything is timed
    heartbeat = STALLS
    heartbeat.start()
    first = window.model
    results = [
        ("queue: first page and count", measure(window, "queue", window.model.reload, args.runs))
    ]
    number = first.ticket_at(0).number if first.rowCount() else None
    if number:
        results.append(
            (
                "ticket detail",
                measure(window, "detail", lambda: window.show_ticket(number), args.runs),
            )
        )
    results += [
        ("alert list (提醒)", measure(window, "alerts", window.alerts.refresh, args.runs)),
        ("five confirmations", measure(window, "confirmations", window.confirmations.refresh, args.runs)),
        ("今日催办", measure(window, "phone_today", window.phone_today.refresh, args.runs)),
    ]  # fmt: skip

    def search() -> None:
        window.filters.search.setText("噪音")
        window.apply_filters()

    results.append(("search 噪音 in the queue", measure(window, "queue", search, args.runs)))

    window.filters.search.clear()
    window.filters.state.setCurrentIndex(1)  # 全部状态: a million tickets
    results.append(("all states (a million)", measure(window, "queue", window.apply_filters, 1)))
    results.append(("the next page", measure(window, "queue", window.model.fetchMore, args.runs)))
    app.processEvents()
    total = context.db.engine.url.database
    print(f"database {Path(str(total)).name}, now {args.now}, median of {args.runs}")
    print(
        f"  {'panel':<30} {'call':>8} {'answer':>8} {'GUI thread':>11} {'wait':>9}"
        f" {'longest stall':>14}"
    )
    worst = 0.0
    for label, (call, answer, wait, stall) in results:
        worst = max(worst, call + answer)
        print(
            f"  {label:<30} {call:6.1f} ms {answer:6.1f} ms {call + answer:8.1f} ms"
            f" {wait:7.1f} ms {stall:11d} ms"
        )
    print(f"  longest GUI-thread time per panel: {worst:.1f} ms (a frame is 16 ms)")
    print(f"  longest stall of the heartbeat (painting included): {heartbeat.longest} ms")
    window.close()
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
