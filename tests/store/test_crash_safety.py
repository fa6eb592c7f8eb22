"""A kill at any moment of the first start leaves a file the next start opens.

The first start creates the whole schema (every migration at once); it is
killed here at many points, then started again: the upgrade must complete,
the file must pass SQLite's integrity check and carry every index.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hotline_desk.store.database import head_revision
from hotline_desk.store.models import Base

# Seconds after the file appears (the migrations start right after): 0 .. 0.15.
KILL_AFTER = [0.01 * i for i in range(16)]


@pytest.mark.slow
def test_a_first_start_killed_at_any_point_opens_next_time(tmp_path: Path):
    env = {**os.environ, "HOTLINE_DESK_LOG": str(tmp_path / "log.txt")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    expected_indexes = {i.name for i in Base.metadata.tables["tickets"].indexes}
    killed_mid_way = 0
    for n, delay in enumerate(KILL_AFTER):
        path = tmp_path / f"kill{n}.sqlite3"
        command = [sys.executable, "-m", "hotline_desk", "--db", str(path), "db", "upgrade"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not path.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed_mid_way += path.exists()
        process.wait()
        again = subprocess.run(command, env=env, capture_output=True, text=True)
        assert again.returncode == 0, (delay, again.stderr)
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (head_revision(),)
            ]
            indexes = {
                row[0]
                for row in db.execute(
                    "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='tickets'"
                )
            }
        assert expected_indexes <= indexes, (delay, expected_indexes - indexes)
    assert killed_mid_way >= 3  # the kills did land while the file was being made
