"""How much working time a ticket has left, as the queue shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hotline_desk.domain.time_limits import end_of_next_workday
from hotline_desk.domain.work_calendar import WorkCalendar


class Urgency(StrEnum):
    NONE = "none"  # finished, or no deadline
    OVERDUE = "overdue"
    NEXT_WORKDAY = "next_workday"  # due by the end of the next working day
    THREE_WORKDAYS = "three_workdays"  # due within three working days
    LATER = "later"


@dataclass(frozen=True, slots=True)
class Remaining:
    urgency: Urgency
    text: str
    workdays: int | None = None  # working days from today to the due date


def remaining(
    due: datetime | None, unfinished: bool, now: datetime, calendar: WorkCalendar
) -> Remaining:
    if not unfinished or due is None:
        return Remaining(Urgency.NONE, "")
    if due < now:
        late = now - due
        if late.days >= 1:
            return Remaining(Urgency.OVERDUE, f"逾期 {late.days} 天")
        return Remaining(Urgency.OVERDUE, f"逾期 {int(late.total_seconds() // 3600)} 小时")
    days = calendar.workdays_between(now.date(), due.date())
    if due.date() == now.date():
        hours = int((due - now).total_seconds() // 3600)
        return Remaining(Urgency.NEXT_WORKDAY, f"今天到期（剩 {hours} 小时）", 0)
    if due < end_of_next_workday(now, calendar):
        return Remaining(Urgency.NEXT_WORKDAY, "下一工作日到期", days)
    if days <= 3:
        return Remaining(Urgency.THREE_WORKDAYS, f"剩 {days} 个工作日", days)
    return Remaining(Urgency.LATER, f"剩 {days} 个工作日", days)
