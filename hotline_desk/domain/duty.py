"""Who is on duty outside office hours, and what they are alerted for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain.alerts import AlertKind
from hotline_desk.domain.time_limits import OfficeHours
from hotline_desk.domain.work_calendar import WorkCalendar

# What on-duty staff hear about unless the office's settings say otherwise:
# the 24-hour response is about new tickets and anything already late.
DEFAULT_DUTY_KINDS: frozenset[AlertKind] = frozenset({
    AlertKind.NEW_TICKET, AlertKind.DISPATCH_DUE, AlertKind.DISPATCH_OVERDUE,
    AlertKind.OVERDUE, AlertKind.DUE_NEXT_WORKDAY,
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class DutyShift:
    who: str
    starts: datetime
    ends: datetime
    id: int | None = None

    def __post_init__(self) -> None:
        if self.ends <= self.starts:
            raise ValueError(
                f"a duty shift must end after it starts ({self.starts:%Y-%m-%d %H:%M} - "
                f"{self.ends:%Y-%m-%d %H:%M})"
            )

    def covers(self, at: datetime) -> bool:
        return self.starts <= at < self.ends


def on_duty(shifts: Iterable[DutyShift], at: datetime) -> list[str]:
    return sorted({s.who for s in shifts if s.covers(at)})


def in_office_hours(at: datetime, calendar: WorkCalendar, hours: OfficeHours) -> bool:
    return hours.is_open(at, calendar)
