"""The 15-minute poll under a fake clock, and the real APScheduler thread."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest

from hotline_desk.domain.clock import FixedClock
from hotline_desk.domain.poll_timer import PollTimer
from hotline_desk.services.scheduler import PollScheduler

START = datetime(2026, 9, 30, 9, 0)


def counting_scheduler(clock: FixedClock, **kwargs) -> tuple[PollScheduler, list[datetime]]:
    runs: list[datetime] = []
    return PollScheduler(lambda: runs.append(clock.now()), clock, **kwargs), runs


def test_polls_every_fifteen_minutes_by_the_heartbeat():
    clock = FixedClock(START)
    scheduler, runs = counting_scheduler(clock)
    for _ in range(2 * 60 * 2):  # two hours of 30-second heartbeats
        scheduler.heartbeat()
        clock.advance(timedelta(seconds=30))
    assert len(runs) == 8
    assert all(b - a == timedelta(minutes=15) for a, b in zip(runs, runs[1:], strict=False))


def test_one_catch_up_run_after_a_three_hour_sleep():
    clock = FixedClock(START)
    scheduler, runs = counting_scheduler(clock)
    scheduler.heartbeat()
    clock.advance(timedelta(hours=3, seconds=20))  # the laptop slept; no heartbeat ran
    assert scheduler.timer.missed_runs(clock.now()) == 11
    assert scheduler.heartbeat() is True  # the first heartbeat after waking
    assert scheduler.heartbeat() is False  # missed runs are coalesced, not replayed
    clock.advance(timedelta(minutes=14, seconds=59))
    assert scheduler.heartbeat() is False
    clock.advance(timedelta(seconds=1))
    assert scheduler.heartbeat() is True
    assert runs == [
        START,
        START + timedelta(hours=3, seconds=20),
        START + timedelta(hours=3, minutes=15, seconds=20),
    ]


def test_a_failing_poll_is_counted_and_the_next_one_runs(caplog):
    clock = FixedClock(START)
    calls = []

    def flaky() -> None:
        calls.append(clock.now())
        if len(calls) == 1:  # a message as a database error carries its parameters
            raise RuntimeError("INSERT … [parameters: {'caller_phone': '13800001234'}]")

    errors: list[BaseException] = []
    scheduler = PollScheduler(flaky, clock, on_error=errors.append)
    scheduler.heartbeat()
    clock.advance(timedelta(minutes=15))
    scheduler.heartbeat()
    assert len(calls) == 2 and scheduler.failures == 1 and scheduler.runs == 1
    assert isinstance(errors[0], RuntimeError)
    logged = caplog.text
    assert "RuntimeError" in logged and "13800001234" not in logged  # type and place only


def test_interval_is_configurable_and_validated():
    timer = PollTimer(timedelta(minutes=5))
    timer.mark_run(START)
    assert not timer.due(START + timedelta(minutes=4, seconds=59))
    assert timer.due(START + timedelta(minutes=5))
    with pytest.raises(ValueError, match="at least one minute"):
        timer.set_interval(timedelta(seconds=10))
    assert timer.due(START - timedelta(minutes=1))  # the clock was set back: poll


def test_the_real_scheduler_thread_polls_at_once_and_rescheduling_adds_no_jobs():
    clock = FixedClock(START)
    done = threading.Event()
    scheduler = PollScheduler(done.set, clock, heartbeat_seconds=0.2)
    scheduler.start()
    try:
        assert done.wait(5), "the first poll runs at start, on the scheduler's thread"
        threads_running = threading.active_count()
        for minutes in range(1, 101):
            scheduler.set_interval(timedelta(minutes=minutes))
        time.sleep(0.5)  # a few heartbeats
        assert scheduler.jobs() == 1
        assert threading.active_count() == threads_running
        runs = scheduler.runs
        clock.advance(timedelta(hours=3))  # "wake up": the next heartbeat catches up
        deadline = time.monotonic() + 5
        while scheduler.runs == runs and time.monotonic() < deadline:
            time.sleep(0.05)
        assert scheduler.runs == runs + 1
    finally:
        scheduler.shutdown()
    assert not scheduler.running


def test_check_now_polls_even_when_no_poll_is_due():
    clock = FixedClock(START)
    scheduler, runs = counting_scheduler(clock)
    scheduler.heartbeat()
    clock.advance(timedelta(minutes=1))
    assert scheduler.heartbeat() is False
    scheduler.request_poll()  # the scheduler thread is not running: polls inline
    assert runs == [START, START + timedelta(minutes=1)]
