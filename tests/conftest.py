"""Shared fixtures: an injected clock, real SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The trail keys of the tests' stores: a folder of the test run, not the user's keyring.
os.environ.setdefault("HOTLINE_DESK_TRAIL_KEYS", tempfile.mkdtemp(prefix="hotline-trail-keys-"))

from PySide6.QtCore import QStandardPaths  # noqa: E402

QStandardPaths.setTestModeEnabled(True)  # QSettings of tests stay out of the user's own

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.domain.work_calendar import WorkCalendar  # noqa: E402
from hotline_desk.services.context import AppContext  # noqa: E402

PG_ENV = "HOTLINE_TEST_PG_URL"


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return WorkCalendar()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 9, 30, 20, 0))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'office.sqlite3'}"


def _postgres_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{PG_ENV} is not set: CI must test the office mode on PostgreSQL")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty database on the real server, dropped afterwards."""
    admin_url = _postgres_admin_url()
    if not admin_url:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql+psycopg://user:pw@host/db")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"hotline_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(
                # client connections only: an autovacuum worker on the fresh database
                # belongs to the superuser, and DROP DATABASE stops it by itself
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :n AND backend_type = 'client backend'"
                ),
                {"n": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


def _opened(url: str, clock: FixedClock) -> Iterator[AppContext]:
    ctx = AppContext.open(url, clock, operator="liqing")
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def context(db_url: str, clock: FixedClock) -> Iterator[AppContext]:
    """The store on SQLite and on PostgreSQL."""
    yield from _opened(db_url, clock)


@pytest.fixture
def sqlite_context(sqlite_url: str, clock: FixedClock) -> Iterator[AppContext]:
    yield from _opened(sqlite_url, clock)


@pytest.fixture
def open_window(qtbot):
    """The one way GUI tests open the main window: the queue's first page
    loaded, the window shown, every background read answered."""
    from hotline_desk.gui.mainwindow.window import MainWindow

    def opened(context: AppContext, show: bool = True) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.model.first_page_loaded, timeout=5000):
            window.load_first_page()
        if show:
            window.show()
        assert window.tasks.wait_idle(10_000), "background reads did not finish"
        return window

    return opened


@pytest.fixture
def settle():
    """Waits until the window's background reads are answered (after an action)."""

    def settled(widget):
        """``widget``: the window, or a dialog (its window's runner, or its own)."""
        from hotline_desk.gui.qt.tasks import runner_for

        assert runner_for(widget).wait_idle(10_000), "background work did not finish"
        return widget

    return settled


@pytest.fixture
def act(qtbot):
    """Clicks the detail's button for an action, answers its form, saves it
    and waits for the window to show the result; returns the form."""
    from PySide6.QtCore import Qt

    def acted(window, action, **values):
        button = window.detail.buttons[action]
        assert button.isEnabled(), f"{action} should be enabled"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.tasks.wait_idle(10_000)  # the callback's number is revealed meanwhile
        dialog = window.detail.dialog
        for key, value in values.items():
            dialog.set_value(key, value)
        dialog.accept()
        assert window.tasks.wait_idle(10_000), "background reads did not finish"
        return dialog

    return acted


@pytest.fixture(autouse=True)
def no_database_on_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Window tests fail when window code sends a statement from the GUI thread."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from tests.gui.gui_thread_guard import database_off_gui_thread

    with database_off_gui_thread() as caught:
        yield
    if caught:
        places = sorted({" <- ".join(frames[:4]) for frames in caught})
        pytest.fail("database work on the GUI thread:\n" + "\n".join(places), pytrace=False)
