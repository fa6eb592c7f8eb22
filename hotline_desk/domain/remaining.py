"""How much working time a ticket has left, as the queue shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hotline_desk.domain.ticket import Ticket, TicketState
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
    pattern: str = ""  # the text with {n} for its number, for translation
    amount: int = 0


def remaining(
    due: datetime | None, unfinished: bool, now: datetime, calendar: WorkCalendar
) -> Remaining:
    if not unfinished or due is None:
        return Remaining(Urgency.NONE, "")
    if due < now:
        late = now - due
        if late.days >= 1:
            return _r(Urgency.OVERDUE, "逾期 {n} 天", late.days)
        return _r(Urgency.OVERDUE, "逾期 {n} 小时", int(late.total_seconds() // 3600))
    days = calendar.workdays_between(now.date(), due.date())
    if due.date() == now.date():
        hours = int((due - now).total_seconds() // 3600)
        return _r(Urgency.NEXT_WORKDAY, "今天到期（剩 {n} 小时）", hours, 0)
    if due < end_of_next_workday(now, calendar):
        return _r(Urgency.NEXT_WORKDAY, "下一工作日到期", days, days)
    if days <= 3:
        return _r(Urgency.THREE_WORKDAYS, "剩 {n} 个工作日", days, days)
    return _r(Urgency.LATER, "剩 {n} 个工作日", days, days)


def _r(urgency: Urgency, pattern: str, amount: int, workdays: int | None = None) -> Remaining:
    return Remaining(urgency, pattern.format(n=amount), workdays, pattern, amount)


def dispatch_remaining(dispatch_due: datetime, now: datetime) -> Remaining:
    """A ticket waiting for dispatch: its 12-hour limit, counted in clock time."""
    left = dispatch_due - now
    minutes = int(left.total_seconds() // 60)
    if minutes < 0:
        late = -minutes
        if late < 60:
            return _r(Urgency.OVERDUE, "派单逾期 {n} 分钟", late)
        return _r(Urgency.OVERDUE, "派单逾期 {n} 小时", late // 60)
    if minutes < 60:
        return _r(Urgency.NEXT_WORKDAY, "派单剩 {n} 分钟", minutes, 0)
    return _r(Urgency.NEXT_WORKDAY, "派单剩 {n} 小时", minutes // 60, 0)


def ticket_remaining(ticket: Ticket, now: datetime, calendar: WorkCalendar) -> Remaining:
    """The nearer deadline of the ticket's stage: dispatch while it waits for a
    unit, the handling deadline after."""
    if ticket.state is TicketState.RECEIVED:
        return dispatch_remaining(ticket.dispatch_due_at, now)
    return remaining(ticket.due_at, ticket.unfinished, now, calendar)
