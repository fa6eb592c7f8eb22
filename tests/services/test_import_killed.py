"""An import killed outright mid-file: whole batches only, every ticket with
its first event, and the same file again completes it without duplicates."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROWS = 20_000


def _cli(path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "hotline_desk", "--db", str(path), "--operator", "liqing",
            "--now", "2026-11-23T10:00", *args]  # fmt: skip


def _count(path: Path, table: str) -> int:
    try:
        with sqlite3.connect(path, timeout=0.2) as connection:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet, or busy
        return 0


@pytest.mark.slow
def test_a_killed_import_leaves_whole_batches_and_completes_on_the_next_run(tmp_path: Path):
    export = tmp_path / "history.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求内容", "承办单位", "工单状态"])
        writer.writerows(
            [f"K{n:06d}", "2025-03-04 09:00:00", f"诉求 {n}", "县住建局", "已办结"]
            for n in range(ROWS)
        )
    db = tmp_path / "office.sqlite3"
    env = {**os.environ, "HOTLINE_DESK_LOG": str(tmp_path / "log.txt")}
    subprocess.run(_cli(db, "staff", "add", "liqing", "--name", "李青"), env=env, check=True,
                   capture_output=True)  # fmt: skip
    process = subprocess.Popen(
        _cli(db, "import", str(export)), env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _count(db, "tickets") < 1000:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _count(db, "tickets")
    assert 0 < stored < ROWS, "the kill came before the first batch or after the last"
    assert stored % 500 == 0  # whole batches, each its own transaction
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        without_event = connection.execute(
            "SELECT count(*) FROM tickets t WHERE NOT EXISTS "
            "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id)"
        ).fetchone()[0]
    assert without_event == 0
    again = subprocess.run(
        _cli(db, "--format", "json", "import", str(export)), env=env, capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    report = json.loads(again.stdout)
    assert (report["imported"], report["unchanged"]) == (ROWS - stored, stored)
    assert _count(db, "tickets") == ROWS
