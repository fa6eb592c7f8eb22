"""Injected time. Nothing in hotline-desk asks the system clock directly.

All instants are naive datetimes in the office's local time (China Standard
Time): a county office lives in one zone and the city platform speaks it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock, truncated to whole seconds."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


@dataclass
class FixedClock:
    """A clock that stands still until told to move (tests, demos, --now)."""

    current: datetime

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current = self.current + delta
