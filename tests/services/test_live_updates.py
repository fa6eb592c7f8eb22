"""Others' changes reach an open window: LISTEN/NOTIFY on PostgreSQL, a
periodic look on SQLite; the latency is measured."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest

from hotline_desk.domain.clock import FixedClock
from hotline_desk.services.context import AppContext
from hotline_desk.services.live_updates import listen_for_changes
from hotline_desk.services.staff import save_staff

NOW = datetime(2026, 11, 23, 10, 0)


@pytest.mark.parametrize(
    "dialect", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_change_on_one_connection_reaches_a_listener_on_another(request, dialect, register):
    url = request.getfixturevalue("sqlite_url" if dialect == "sqlite" else "postgres_url")
    here = AppContext.open(url, FixedClock(NOW), operator="liqing")
    there = AppContext.open(url, FixedClock(NOW), operator="wangfang")
    heard: list[tuple[float, list[str]]] = []
    arrived = threading.Event()

    def changed(numbers: list[str]) -> None:
        heard.append((time.perf_counter(), numbers))
        arrived.set()

    listener = listen_for_changes(here, changed, interval_s=0.2)
    try:
        assert listener.ready.wait(10)
        save_staff(there, "wangfang", "王芳", "operator")
        started = time.perf_counter()
        register(there, "LIVE1", "求助", "另一台工作站登记的工单")
        assert arrived.wait(5), "no notice within 5 s"
        latency = heard[0][0] - started
        assert "LIVE1" in heard[0][1]
        assert latency < 2.0  # the 2 seconds
        print(f"\n{dialect}: notice after {latency * 1000:.0f} ms")
    finally:
        listener.stop()
        here.close()
        there.close()


@pytest.mark.postgres
def test_after_the_server_cut_the_listener_off_it_says_look_at_everything(postgres_url, register):
    """A server restart drops the listening connection, and what was announced
    meanwhile is lost: once listening again the window is told to reload all."""
    from sqlalchemy import create_engine, text

    from hotline_desk.services.live_updates import EVERYTHING, ChangeListener

    here = AppContext.open(postgres_url, FixedClock(NOW), operator="liqing")
    there = AppContext.open(postgres_url, FixedClock(NOW), operator="wangfang")
    heard: list[list[str]] = []
    everything = threading.Event()

    def changed(numbers: list[str]) -> None:
        heard.append(numbers)
        if EVERYTHING in numbers:
            everything.set()

    listener = ChangeListener(here.db, changed, interval_s=0.2, retry_s=0.5)
    listener.start()
    engine = create_engine(postgres_url)
    try:
        assert listener.ready.wait(10)
        listener.ready.clear()
        with engine.begin() as connection:  # what a server restart does to it
            cut = connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                )
            ).all()
        assert cut and all(ok for (ok,) in cut)
        save_staff(there, "wangfang", "王芳", "operator")
        register(there, "MISSED1", "求助", "断线期间登记的工单")
        assert everything.wait(10), f"heard only {heard}"
        assert listener.ready.is_set()
    finally:
        listener.stop()
        engine.dispose()
        here.close()
        there.close()
