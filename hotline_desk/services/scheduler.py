"""The background poll: APScheduler 3 in a thread, safe across sleep.

APScheduler's BackgroundScheduler runs a cheap heartbeat every 30 seconds; the
heartbeat asks a wall-clock PollTimer whether a poll is due (every 15 minutes
by default). After a laptop sleeps, monotonic timers have not advanced but the
wall clock has: the first heartbeat after waking - within 30 s - runs one
catch-up poll; the missed ones are coalesced, never replayed. Changing the
interval changes the timer only, so no job or timer is ever added twice.
The heartbeat job itself has a fixed id, replace_existing, coalesce and no
misfire grace limit (a known trap of APScheduler).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from hotline_desk.domain.clock import Clock
from hotline_desk.domain.poll_timer import PollTimer

log = logging.getLogger(__name__)


def _log_failure(error: BaseException) -> None:
    """The database out of reach is a warning (the next poll tries again); any
    other failure is a bug, logged by type and place – never its message,
    which may carry SQL parameters and so a caller's details."""
    from hotline_desk.log_setup import log_unexpected
    from hotline_desk.services.errors import connection_problem

    if connection_problem(error):
        log.warning("poll skipped: the database is out of reach")
    else:
        log_unexpected(error)


HEARTBEAT_JOB = "hotline-desk-heartbeat"


class PollScheduler:
    def __init__(
        self,
        poll: Callable[[], Any],
        clock: Clock,
        interval: timedelta = timedelta(minutes=15),
        heartbeat_seconds: float = 30.0,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        between: Callable[[], Any] | None = None,
    ) -> None:
        self.poll = poll
        self.between = between  # a cheap check on the heartbeats that do not poll
        self.clock = clock
        self.timer = PollTimer(interval)
        self.heartbeat_seconds = heartbeat_seconds
        self.on_result = on_result
        self.on_error = on_error
        self.runs = 0
        self.failures = 0
        self._lock = threading.Lock()
        self._scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore()},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            daemon=True,
        )

    # -- the decision, callable directly (tests drive it with a fixed clock) ----
    def heartbeat(self) -> bool:
        """Runs a poll if one is due by the wall clock (returns whether it did);
        otherwise the cheap in-between check, if any."""
        with self._lock:
            now = self.clock.now()
            due = self.timer.due(now)
            if due:
                missed = self.timer.missed_runs(now)
                if missed:
                    log.info("catching up after a gap: %d missed poll(s) coalesced", missed)
                self.timer.mark_run(now)
        if due:
            self._run_poll()
        elif self.between is not None:
            self._run(self.between)
        return due

    def request_poll(self) -> None:
        """A poll as soon as possible, on the scheduler's thread when it runs."""
        with self._lock:
            self.timer.last_run = None
        if self._scheduler.running:
            self._scheduler.modify_job(HEARTBEAT_JOB, next_run_time=_wall_now())
        else:
            self.heartbeat()

    def _run_poll(self) -> None:
        if self._run(self.poll):
            self.runs += 1

    def _run(self, job: Callable[[], Any]) -> bool:
        try:
            result = job()
        except Exception as error:  # a failing run is logged; the next one goes on
            self.failures += 1
            _log_failure(error)
            if self.on_error:
                self.on_error(error)
            return False
        if self.on_result and result is not None:
            self.on_result(result)
        return True

    # -- the thread ----------------------------------------------------------------
    def start(self) -> None:
        self._scheduler.add_job(
            self.heartbeat,
            "interval",
            seconds=self.heartbeat_seconds,
            id=HEARTBEAT_JOB,
            replace_existing=True,
            next_run_time=None,
        )
        self._scheduler.start()
        # the first poll at once, on the scheduler's thread, not the caller's
        self._scheduler.modify_job(HEARTBEAT_JOB, next_run_time=_wall_now())

    def set_interval(self, interval: timedelta) -> None:
        with self._lock:
            self.timer.set_interval(interval)

    def jobs(self) -> int:
        return len(self._scheduler.get_jobs())

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def shutdown(self, wait: bool = True) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)


def _wall_now() -> Any:
    """APScheduler's own time base (real, time-zone aware) for its next run."""
    from datetime import datetime

    return datetime.now().astimezone()
