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
# The dispatch suggestion keeps its models in a cache folder: the tests' own.
os.environ.setdefault("HOTLINE_DESK_CACHE", tempfile.mkdtemp(prefix="hotline-cache-"))

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
    from tests.support.gui_thread_guard import database_off_gui_thread

    with database_off_gui_thread() as caught:
        yield
    if caught:
        places = sorted({" <- ".join(frames[:4]) for frames in caught})
        pytest.fail("database work on the GUI thread:\n" + "\n".join(places), pytrace=False)


# -- test data: one way to make it ---------------------------------------------------
@pytest.fixture
def register():
    """``register(where, number, kind="求助", content="路灯不亮", **fields)``: a
    ticket typed in through the real service (``where``: a context or a
    TicketService); returns the Ticket."""
    from hotline_desk.services.tickets import NewTicket, TicketService

    def registered(where, number: str, kind: str = "求助", content: str = "路灯不亮", **fields):
        service = where if isinstance(where, TicketService) else TicketService(where)
        return service.create(NewTicket(number, kind, content, **fields))

    return registered


@pytest.fixture
def ticket_in(register):
    """``ticket_in(context, state, number)``: a ticket driven through the real
    service to ``state`` (received, handling, feedback, called_back, submitted,
    archived), dispatched to the office's first unit."""
    from hotline_desk.domain.lifecycle import CallbackAnswers, UnitFeedback
    from hotline_desk.domain.ticket import FeedbackResult, Satisfaction, TicketState
    from hotline_desk.services.directory import list_units
    from hotline_desk.services.tickets import TicketService

    steps = [
        (TicketState.HANDLING, lambda s, n, unit: s.dispatch(n, unit)),
        (TicketState.FEEDBACK, lambda s, n, unit: s.feedback(
            n, UnitFeedback("线路老化", "已更换", FeedbackResult.HANDLED, "", "《规定》"))),
        (TicketState.CALLED_BACK, lambda s, n, unit: s.callback(
            n, CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED, callee="来电人"))),
        (TicketState.SUBMITTED, lambda s, n, unit: s.submit(n)),
        (TicketState.ARCHIVED, lambda s, n, unit: s.archive(n)),
    ]  # fmt: skip

    def driven(context, state: str, number: str = "T-1"):
        service = TicketService(context)
        ticket = register(service, number, caller_phone="13800001234")
        unit = list_units(context)[0].id
        for reached, step in steps:
            if ticket.state.value == state:
                break
            ticket = step(service, number, unit)
            assert ticket.state is reached, (number, ticket.state)
        assert ticket.state.value == state, (number, ticket.state)
        return ticket

    return driven


@pytest.fixture
def november():
    """``november(context, clock)``: the county office's November 2026, which
    the statistics tests count by hand (tests/support/statistics_office.py)."""
    from tests.support.statistics_office import november as office

    return office


@pytest.fixture
def reached_callback():
    """``reached_callback(satisfaction)``: a callback that reached the citizen."""
    from tests.support.statistics_office import reached

    return reached


@pytest.fixture
def gui_thread_guard():
    """The context manager that lists database work sent from window code on
    the GUI thread (tests/support/gui_thread_guard.py)."""
    from tests.support.gui_thread_guard import database_off_gui_thread

    return database_off_gui_thread


@pytest.fixture
def recorder():
    """``recorder()``: a notification channel that keeps what it was asked to show."""
    from tests.support.notifications import Recorder

    return Recorder


@pytest.fixture
def ui_audit():
    """``ui_audit(widget)``: what is wrong with a screen by the house rules
    (clipped labels, English words, keys, Tab, the default button...):
    tests/support/ui_audit.py, which also runs every screen in its own process."""
    from tests.support.ui_audit import audit

    return audit
