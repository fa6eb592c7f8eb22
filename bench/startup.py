"""Start-up to the first painted queue page, against a bare PySide6 window.

    python bench/startup.py --db sqlite:///bench/out/queries-1000000.sqlite3

Both run as fresh processes with the same Python and the same Qt platform
plugin (offscreen unless QT_QPA_PLATFORM says otherwise). Two figures, median
of --runs, each with its ratio to the bare window (an empty QTableView in a
QMainWindow, shown, one event-loop turn): from launching the process to the
first painted page (what the operator waits for), and the whole process
including shutting down.
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
def painted():
    window.centralWidget().viewport().repaint()
    print(f"painted_at={time.time():.6f}")
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(launch to first paint, launch to exit) in seconds."""
    started_wall, started = time.time(), time.perf_counter()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    total = time.perf_counter() - started
    painted = float(done.stdout.rsplit("painted_at=", 1)[1].split()[0])
    return painted - started_wall, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--now", default="2026-11-23T10:00")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Compiled bytecode, as an installed wheel or a frozen build has it: a
    # machine that forbids writing .pyc would time the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "hotline_desk", "--db", args.db, "--now", args.now]
    subprocess.run([*app, "db", "upgrade"], env=env, check=True, capture_output=True)
    bare = [sys.executable, "-c", BARE]
    timed(bare, env)  # warm the file cache for both
    timed([*app, "--smoke"], env)
    bare_runs = [timed(bare, env) for _ in range(args.runs)]
    app_runs = [timed([*app, "--smoke"], env) for _ in range(args.runs)]
    last = (
        subprocess.run([*app, "--smoke"], env=env, check=True, capture_output=True, text=True)
        .stdout.strip()
        .split("; painted_at")[0]
    )
    print(f"platform plugin: {env['QT_QPA_PLATFORM']}, median of {args.runs}  ({last})")
    for label, index in (("launch to first painted page", 0), ("whole process", 1)):
        bare_median = statistics.median(run[index] for run in bare_runs)
        app_median = statistics.median(run[index] for run in app_runs)
        print(
            f"  {label:<30} bare {bare_median:.3f} s   hotline-desk {app_median:.3f} s"
            f"   ratio {app_median / bare_median:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
