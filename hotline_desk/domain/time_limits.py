"""Time-limit rules (限时办结) as data, and the one function computing a due instant.

Rules differ between offices and change over time, so they are records the
office can edit, seeded from presets shipped in resources/time_limits.json.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from hotline_desk.domain.ticket import Ticket
from hotline_desk.domain.work_calendar import WorkCalendar


class LimitUnit(StrEnum):
    HOURS = "hours"  # clock hours: the hotline runs around the clock
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    LimitUnit.HOURS: "小时",
    LimitUnit.CALENDAR_DAYS: "个自然日",
    LimitUnit.WORKING_DAYS: "个工作日",
}


@dataclass(frozen=True, slots=True)
class TimeLimitRule:
    code: str
    name: str
    amount: int
    unit: LimitUnit
    note: str = ""

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"time limit {self.code!r}: amount must be >= 0, got {self.amount}")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> TimeLimitRule:
        missing = [k for k in ("code", "name", "amount", "unit") if k not in data]
        if missing:
            raise ValueError(f"time limit rule {data!r} lacks {', '.join(missing)}")
        try:
            unit = LimitUnit(data["unit"])
        except ValueError:
            allowed = ", ".join(u.value for u in LimitUnit)
            raise ValueError(
                f"time limit {data['code']!r}: unit {data['unit']!r} is not one of {allowed}"
            ) from None
        return cls(
            str(data["code"]),
            str(data["name"]),
            int(data["amount"]),
            unit,
            str(data.get("note", "")),
        )

    def to_mapping(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "amount": self.amount,
            "unit": self.unit.value,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class OfficeHours:
    """Day-based limits fall due when the office closes on their last day."""

    opens: time = time(8, 30)
    closes: time = time(17, 30)

    def is_open(self, at: datetime, calendar: WorkCalendar) -> bool:
        return calendar.is_workday(at.date()) and self.opens <= at.time() < self.closes


@dataclass(frozen=True, slots=True)
class DueAnswer:
    due: datetime
    estimate: bool  # some day the count crossed is not yet published


def compute_due(
    start: datetime,
    rule: TimeLimitRule,
    calendar: WorkCalendar,
    hours: OfficeHours = OfficeHours(),
) -> DueAnswer:
    """When a limit that starts at ``start`` falls due.

    - hours: exactly ``amount`` clock hours later;
    - calendar days: the office's closing time ``amount`` days later; a last
      day that is a rest day moves to the next working day (the general rule
      for periods in Chinese law);
    - working days: counted from the next working day (the office's rules), due at
      closing time of the last one. Zero working days is "the same day"
      (即办件) – or the next working day's close when started on a day off or
      after closing time: never due before it was received.
    """
    if rule.unit is LimitUnit.HOURS:
        return DueAnswer(start + timedelta(hours=rule.amount), estimate=False)
    if rule.unit is LimitUnit.CALENDAR_DAYS:
        day = start.date() + timedelta(days=rule.amount)
        if not calendar.is_workday(day):
            day = calendar.next_workday(day)
        return DueAnswer(
            datetime.combine(day, hours.closes),
            estimate=calendar.any_estimate(start.date(), day),
        )
    if rule.amount == 0:
        same_day = calendar.is_workday(start.date()) and start.time() < hours.closes
        day = start.date() if same_day else calendar.next_workday(start.date())
    else:
        day = calendar.add_workdays(start.date(), rule.amount)
    return DueAnswer(
        datetime.combine(day, hours.closes), estimate=calendar.any_estimate(start.date(), day)
    )


def end_of_next_workday(now: datetime, calendar: WorkCalendar) -> datetime:
    """The instant that bounds "due by the end of the next working day".

    On 2026-09-30 the next working day is 2026-10-08, so anything due up to
    the last moment of 2026-10-08 - including every holiday before it - is
    inside. Returned as midnight starting the following day (exclusive bound).
    """
    next_day: date = calendar.next_workday(now.date())
    return datetime.combine(next_day + timedelta(days=1), time(0, 0))


@dataclass(frozen=True, slots=True)
class ExtensionPolicy:
    """How far a ticket governed by a rule may be extended (延期)."""

    rule_code: str  # the rule measuring the longest extension, from the current due date
    max_count: int  # how many extensions the governing rule allows


# The office's time limits: 12369 allows one extension of at most 30 days;
# 信访 may be extended by at most 60 working days. Other tickets: as approved.
EXTENSION_POLICIES: dict[str, ExtensionPolicy] = {
    "12369.finish": ExtensionPolicy("12369.extension", 1),
    "office.petition": ExtensionPolicy("office.petition_extension", 1),
}


# Codes the lifecycle relies on; their amounts come from the office's rules.
DISPATCH_RULE = "12345.dispatch"
REASSIGNED_RULE = "12345.reassigned"


def due_is_estimate(ticket: Ticket, calendar: WorkCalendar) -> bool:
    """Whether the ticket's due date was counted over days whose status is only
    estimated (a year the State Council has not published, or the office has
    not entered): the window and the JSON say so. The city's own date is not."""
    if ticket.due_at is None or ticket.due_at == ticket.city_due_at:
        return False
    return calendar.any_estimate(ticket.received_at.date(), ticket.due_at.date())
