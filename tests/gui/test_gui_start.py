"""The GUI entry point opens a real window on the store (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtCore import Qt

from hotline_desk.gui.mainwindow.queue_model import STATE_COLUMN
from hotline_desk.gui.mainwindow.window import MainWindow
from hotline_desk.services.demo import generate


def test_window_shows_the_first_page_of_unfinished_tickets(qtbot, sqlite_context):
    generate(sqlite_context, 30, seed=1)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.model.first_page_loaded, timeout=5000):
        window.load_first_page()
    window.show()
    qtbot.waitExposed(window)
    shown = window.model.rowCount()
    assert 0 < shown < 30  # unfinished tickets only
    states = {window.model.index(row, STATE_COLUMN).data() for row in range(shown)}
    assert "办结归档" not in states and "已提交审核" not in states
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "工单编号"
    assert f"共 {shown} 件工单" in window.count_label.text()


def test_smoke_prints_the_time_to_the_first_painted_page(sqlite_url, tmp_path):
    env_run = [
        sys.executable,
        "-m",
        "hotline_desk",
        "--db",
        sqlite_url,
        "--now",
        "2026-09-30T10:00",
    ]
    subprocess.run([*env_run, "demo", "--tickets", "40"], check=True, capture_output=True)
    done = subprocess.run(
        [*env_run, "--smoke"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert "first page painted in" in done.stdout and "rows of" in done.stdout


def test_the_first_start_offers_demo_data(qtbot, sqlite_context, open_window, settle):
    window = open_window(sqlite_context)
    assert window.demo_banner.isVisible()
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert not window.demo_button.isEnabled()  # loading off the GUI thread
    settle(window)
    assert not window.demo_banner.isVisible()
    assert window.model.total > 0
    again = open_window(sqlite_context)
    assert again.demo_banner.isHidden()


def test_the_window_starts_the_background_poll_after_the_first_page(sqlite_url, tmp_path):
    """The real entry point: no sub-command opens the window and polls at once."""
    from sqlalchemy import create_engine, text

    base = [sys.executable, "-m", "hotline_desk", "--db", sqlite_url, "--now", "2026-09-30T10:00"]
    subprocess.run([*base, "demo", "--tickets", "30"], check=True, capture_output=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    window = subprocess.Popen(base, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    engine = create_engine(sqlite_url)
    try:
        deadline = time.monotonic() + 30
        alerts = 0
        while time.monotonic() < deadline and not alerts:
            time.sleep(0.5)
            with engine.connect() as connection:
                alerts = connection.execute(text("SELECT COUNT(*) FROM alerts")).scalar()
        assert alerts > 0, "the background poll wrote no alert"
        assert window.poll() is None, "the window is still open"
    finally:
        window.terminate()
        window.wait(10)
        engine.dispose()
