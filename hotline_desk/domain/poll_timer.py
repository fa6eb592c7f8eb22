"""When the next poll is due, by the wall clock.

A timer that counts monotonic time stops while a laptop sleeps, and one that
replays every missed run floods the operator on waking. This one is asked
"is a poll due now?" by a frequent heartbeat: after any gap - a sleep, a busy
machine - the answer is a single yes, however many intervals were missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class PollTimer:
    interval: timedelta = timedelta(minutes=15)
    last_run: datetime | None = None

    def __post_init__(self) -> None:
        self.set_interval(self.interval)

    def set_interval(self, interval: timedelta) -> None:
        if interval < timedelta(minutes=1):
            raise ValueError(f"the poll interval must be at least one minute, got {interval}")
        self.interval = interval

    def due(self, now: datetime) -> bool:
        if self.last_run is None or now < self.last_run:  # first run, or the clock went back
            return True
        return now - self.last_run >= self.interval

    def mark_run(self, now: datetime) -> None:
        self.last_run = now

    def missed_runs(self, now: datetime) -> int:
        """How many scheduled runs fell in a gap (all coalesced into one)."""
        if self.last_run is None or now < self.last_run:
            return 0
        return max(0, int((now - self.last_run) / self.interval) - 1)
