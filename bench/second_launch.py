"""A second launch while the window runs: time and memory until it has handed over.

    python bench/second_launch.py [--runs 7]

A listener stands in for the running window (the same QLocalServer the
window uses, in a process of its own); each run starts ``python -m
hotline_desk --db FILE`` as a fresh process and measures, median of --runs:
the wall time from starting it to its exit, and its peak memory (maximum
resident set size). The request must arrive, or the run fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LISTENER = """
import sys
from PySide6.QtCore import QCoreApplication
from hotline_desk.gui.single_instance import SingleInstance, instance_name
from hotline_desk.store.database import normalise_url
app = QCoreApplication([])
instance = SingleInstance(instance_name(normalise_url(sys.argv[1])))
assert instance.listen()
instance.message.connect(lambda line: print(line, flush=True))
print("listening", flush=True)
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "office.sqlite3")
        env["HOTLINE_DESK_LOG"] = str(Path(folder) / "log")
        listener = subprocess.Popen([sys.executable, "-c", LISTENER, db], env=env,
                                    stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert listener.stdout is not None and listener.stdout.readline().strip() == "listening"
        times, peaks = [], []
        try:
            for run in range(args.runs):
                started = time.perf_counter()
                code = subprocess.run([sys.executable, "-m", "hotline_desk", "--db", db,
                                       "--open", f"SZ{run}"], env=env).returncode  # fmt: skip
                times.append(time.perf_counter() - started)
                assert code == 0 and listener.stdout.readline().strip() == f"open SZ{run}"
                peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        finally:
            listener.terminate()
    print(f"second launch handed over in {statistics.median(times):.3f} s (median of "
          f"{args.runs}; slowest {max(times):.3f} s), peak memory {max(peaks):.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
