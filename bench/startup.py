"""Start-up to the first painted queue page, against a bare PySide6 window.

    python bench/startup.py --db sqlite:///bench/out/queries-1000000.sqlite3

Both run as fresh processes with the same Python and the same Qt platform
plugin (offscreen unless QT_QPA_PLATFORM says otherwise); the figure is the
whole process time, median of --runs, and its ratio to the bare window (an
empty QTableView in a QMainWindow, shown, one event-loop turn, quit).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QTableView()); window.resize(1400, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--now", default="2026-11-23T10:00")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = [sys.executable, "-m", "hotline_desk", "--db", args.db, "--now", args.now]
    subprocess.run([*app, "db", "upgrade"], env=env, check=True, capture_output=True)
    bare = [sys.executable, "-c", BARE]
    timed(bare, env)  # warm the file cache for both
    timed([*app, "--smoke"], env)
    bare_times = [timed(bare, env) for _ in range(args.runs)]
    app_times = [timed([*app, "--smoke"], env) for _ in range(args.runs)]
    last = subprocess.run(
        [*app, "--smoke"], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    bare_median, app_median = statistics.median(bare_times), statistics.median(app_times)
    print(f"platform plugin: {env['QT_QPA_PLATFORM']}, median of {args.runs}")
    print(f"  bare QMainWindow + empty QTableView: {bare_median:.3f} s")
    print(f"  hotline-desk to first painted page:  {app_median:.3f} s  ({last})")
    print(f"  ratio: {app_median / bare_median:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
