"""A big demo killed outright: its worker processes end with it, none of its
tickets stays, and the next start rebuilds the indexes the bulk load dropped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from hotline_desk.store.indexes import missing_ticket_indexes


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_demo_leaves_no_process_and_no_missing_index(tmp_path: Path):
    path = tmp_path / "killed.sqlite3"
    env = {**os.environ, "HOTLINE_DESK_LOG": str(tmp_path / "log.txt")}
    command = [
        sys.executable,
        "-m",
        "hotline_desk",
        "--db",
        str(path),
        "demo",
        "--tickets",
        "300000",
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:  # the history worker and its tracker
        workers = _children(process.pid)
        time.sleep(0.1)
    assert workers, "the demo started no worker"
    time.sleep(1.0)  # into the bulk load, its indexes dropped
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(3)
    assert not [pid for pid in workers if _alive(pid)]
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        dropped = missing_ticket_indexes(connection)
    engine.dispose()
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "hotline_desk",
            "--db",
            str(path),
            "--format",
            "json",
            "ticket",
            "list",
            "--limit",
            "1",
        ],  # fmt: skip
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert '"total": 0' in listed.stdout  # the store as it was: no half demo
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert missing_ticket_indexes(connection) == []
    engine.dispose()
    assert dropped, "the kill did not land during the bulk load"
