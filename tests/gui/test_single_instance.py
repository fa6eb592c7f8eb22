"""One instance per user and database: a second launch hands over to the first
(a real local socket, a real second process) and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from hotline_desk.gui.app import take_request
from hotline_desk.gui.single_instance import SingleInstance, instance_name
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService


def test_a_second_launch_hands_over_and_exits(qtbot, sqlite_url, tmp_path):
    first = SingleInstance(instance_name(sqlite_url))
    assert first.listen()
    try:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOTLINE_DESK_LOG": str(tmp_path / "log"),
        }
        with qtbot.waitSignal(first.message, timeout=30_000) as heard:
            second = subprocess.Popen(
                [sys.executable, "-m", "hotline_desk", "--db", sqlite_url, "--open", "SZ1"],
                env=env,
            )
        assert heard.args == ["open SZ1"]
        started = time.monotonic()
        assert second.wait(timeout=30) == 0  # it handed over; no second window, no poller
        assert time.monotonic() - started < 30
    finally:
        first.close()


def test_another_database_or_user_is_another_instance(qtbot, sqlite_url):
    assert instance_name(sqlite_url) != instance_name(sqlite_url + "x")
    assert instance_name(sqlite_url, "liqing") != instance_name(sqlite_url, "wangfang")
    first = SingleInstance(instance_name(sqlite_url, "liqing"))
    assert first.listen()
    try:
        assert not SingleInstance(instance_name(sqlite_url, "wangfang")).hand_over("show", 300)
        with qtbot.waitSignal(first.message, timeout=5000) as heard:
            assert SingleInstance(instance_name(sqlite_url, "liqing")).hand_over("show")
        assert heard.args == ["show"]
    finally:
        first.close()
    assert not SingleInstance(instance_name(sqlite_url, "liqing")).hand_over("show", 300)


def test_the_running_window_shows_the_ticket_asked_for(sqlite_context, open_window, settle):
    generate(sqlite_context, 5)
    number = TicketService(sqlite_context).due_by_next_workday(True)[1]
    wanted = number[0].number if number else None
    window = open_window(sqlite_context)
    if wanted is None:
        wanted = window.model.ticket_at(0).number
    window.hide()
    take_request(window, "show")
    assert window.isVisible()
    take_request(window, f"open {wanted}")
    settle(window)
    assert window.detail.view.ticket.number == wanted


def test_another_windows_change_shows_without_a_refresh(
    qtbot, sqlite_context, open_window, clock, register
):
    """Two windows on one store: a ticket registered in one appears in the
    other's queue within 2 seconds, nobody pressing refresh."""
    from hotline_desk.services.context import AppContext

    generate(sqlite_context, 0)
    window = open_window(sqlite_context)
    window.start_live_updates(interval_s=0.2)
    try:
        assert window.live is not None and window.live.ready.wait(5)
        other = AppContext.open(sqlite_context.db.url, clock, operator="wangfang")
        try:
            register(other, "SZ-OTHER-1", "求助", "另一窗口登记")
        finally:
            other.close()
        qtbot.waitUntil(lambda: window.model.row_of("SZ-OTHER-1") >= 0, timeout=2000)
    finally:
        window.stop_live_updates()


def test_after_a_lost_connection_the_ticket_shown_is_read_again(
    qtbot, sqlite_context, open_window, settle, register
):
    """The listener says "everything" after it was cut off: the ticket on show
    is read again too, since its own notice may have been lost."""
    from hotline_desk.domain.lifecycle import Action
    from hotline_desk.services.live_updates import EVERYTHING
    from hotline_desk.services.ticket_actions import run_action

    generate(sqlite_context, 0)
    service = TicketService(sqlite_context)
    register(service, "SZ-LOST-1", "求助", "断线期间改动的工单")
    window = open_window(sqlite_context)
    window.detail.show_ticket("SZ-LOST-1")
    settle(window)
    window.start_live_updates(interval_s=0.2)
    assert window.live is not None
    window.live.stop()  # cut off: the change below is never announced
    try:
        run_action(service, Action.CALL, "SZ-LOST-1", {"purpose": "other", "reached": True})
        before = len(window.detail.view.events)
        window._changed_elsewhere([EVERYTHING])  # as the listener does after reconnecting
        qtbot.waitUntil(lambda: len(window.detail.view.events) > before, timeout=2000)
    finally:
        window.stop_live_updates()


@pytest.mark.postgres
def test_the_server_out_of_reach_is_said_plainly_and_the_notice_goes_when_it_is_back(
    postgres_url, clock, open_window, register
):
    """The office's database refuses connections (a restart, maintenance): the
    queue says so in a sentence – no SQL, no library's web address – and once
    the server is back the next read takes the notice away."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from hotline_desk.services.context import AppContext

    context = AppContext.open(postgres_url, clock, operator="liqing")
    generate(context, 10)
    name = make_url(postgres_url).database
    # From the server's own database: a database cannot shut itself out.
    admin = create_engine(
        make_url(postgres_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    window = open_window(context)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
        window.model.reload()
        window.tasks.wait_idle()
        said = window.notice_text.text()
        assert window.notice.isVisible() and "连不上数据库" in said
        assert "SELECT" not in said and "sqlalche" not in said and "psycopg" not in said
        # A save meanwhile: refused in the same words, saying nothing was saved.
        from hotline_desk.gui.qt.error_text import attempt
        from hotline_desk.gui.qt.widgets import error_label

        shown = error_label()
        save = lambda: register(context, "SZ-DOWN-1", "求助", "路灯")  # noqa: E731
        assert not attempt(save, shown)
        assert "什么也没有保存" in shown.text() and "INSERT" not in shown.text()
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        window.model.reload()
        window.tasks.wait_idle()
        assert not window.notice.isVisible() and window.model.rowCount() > 0
        assert TicketService(context).state_of("SZ-DOWN-1") is None  # nothing half-saved
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
        context.close()


HANDED_OVER = """
import sys
from hotline_desk.launch import entry
sys.argv = ["hotline-desk", *sys.argv[1:]]
code = entry()
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "sqlalchemy", "alembic"})
print(code, ",".join(heavy) or "none")
"""


def _second_launch(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", HANDED_OVER, *args], env=env, capture_output=True, text=True,
        timeout=30,
    )  # fmt: skip
    return done.stdout.strip()


def test_a_second_launch_hands_over_before_importing_qt_or_the_store(qtbot, sqlite_url, tmp_path):
    first = SingleInstance(instance_name(sqlite_url))
    assert first.listen()
    env = {**os.environ, "HOTLINE_DESK_LOG": str(tmp_path / "log")}
    try:
        with qtbot.waitSignal(first.message, timeout=30_000) as heard:
            answer = _second_launch(["--db", sqlite_url, "--open", "SZ2"], env)
        assert heard.args == ["open SZ2"]
        assert answer == "0 none"  # exited at once: no Qt, no SQLAlchemy imported
    finally:
        first.close()


def test_a_plain_second_launch_finds_the_instance_on_the_default_database(
    qtbot, tmp_path, monkeypatch
):
    from hotline_desk.handover import note_default_instance

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"),
           "HOTLINE_DESK_LOG": str(tmp_path / "log")}  # fmt: skip
    env.pop("HOTLINE_DESK_DB", None)
    first = SingleInstance(instance_name("sqlite:///the-default", "someone"))
    assert first.listen()
    try:
        monkeypatch.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
        note_default_instance(first.name)  # as the window does when started plainly
        with qtbot.waitSignal(first.message, timeout=30_000) as heard:
            answer = _second_launch([], env)
        assert heard.args == ["show"] and answer == "0 none"
    finally:
        first.close()


def test_the_servers_password_is_not_part_of_the_name():
    one = instance_name("postgresql+psycopg://liqing:secret@server/office", "liqing")
    other = instance_name("postgresql+psycopg://liqing:changed@server/office", "liqing")
    assert one == other
    assert one != instance_name("postgresql+psycopg://liqing:secret@server/other", "liqing")


def test_another_workstations_dispatch_reaches_the_phone_list(
    qtbot, sqlite_context, open_window, clock, register
):
    """今日催办 follows the other workstations too: a ticket dispatched there
    without telling the unit appears in this window's list of calls, and goes
    once they log the call – on the same change signal as one's own actions."""
    from hotline_desk.domain.lifecycle import CallPurpose
    from hotline_desk.services.context import AppContext

    generate(sqlite_context, 0)
    window = open_window(sqlite_context)
    window.start_live_updates(interval_s=0.2)
    other = AppContext.open(sqlite_context.db.url, clock, operator="wangfang")
    try:
        assert window.live is not None and window.live.ready.wait(5)
        numbers = lambda: {n for task in window.phone_today.calls for n in task.numbers}  # noqa: E731
        assert "SZ-PHONE-1" not in numbers()
        service = TicketService(other)
        register(service, "SZ-PHONE-1", "求助", "另一工作站派单，未通知承办单位")
        service.dispatch("SZ-PHONE-1", "县教育局")  # nobody rang the unit yet
        qtbot.waitUntil(lambda: "SZ-PHONE-1" in numbers(), timeout=3000)
        service.log_call("SZ-PHONE-1", CallPurpose.DISPATCH_NOTICE, reached=True)
        qtbot.waitUntil(lambda: "SZ-PHONE-1" not in numbers(), timeout=3000)
    finally:
        other.close()
        window.stop_live_updates()
