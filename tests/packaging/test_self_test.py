"""``hotline-desk --self-test`` in a real desktop session (D-Bus, Xvfb, dunst)
passes every check; without a notification server it says so and fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SESSION = ROOT / "packaging" / "with-desktop-session.sh"
TOOLS = ("dbus-run-session", "Xvfb", "dunst", "dunstctl")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    env.update(HOME=str(tmp_path), HOTLINE_DESK_LOG=str(tmp_path / "log.txt"))
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_every_check_passes_on_a_desktop(tmp_path):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"needs {', '.join(missing)}")
    result = subprocess.run(
        [str(SESSION), sys.executable, "-m", "hotline_desk", "--self-test"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:7]] == ["ok"] * 6
    assert "shown via plyer" in result.stdout and lines[-1] == "all checks passed"


def test_without_a_notification_server_it_says_so_and_fails(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "hotline_desk", "--self-test"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 1
    assert "FAIL  poll, alert" in result.stdout and "no notification server" in result.stdout
    assert result.stdout.splitlines()[-1] == "failed: poll, alert"
    assert "Traceback" not in result.stderr  # a finding, not a crash
