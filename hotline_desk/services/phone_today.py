"""今日催办: the units to phone today, and a one-click log of each call.

Two reasons to phone a unit's handler: a ticket due on the next working day
that has not been chased yet (six ensures #2), and a dispatched ticket whose
dispatch notice call was never logged as reached (six ensures #1).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time
from enum import StrEnum

from hotline_desk.domain.lifecycle import CallPurpose
from hotline_desk.services.context import AppContext
from hotline_desk.services.tickets import TicketService
from hotline_desk.store.phone_today import CallLogged, calls_on_handling_tickets, handling_tickets
from hotline_desk.store.units import list_units


class Reason(StrEnum):
    CHASE = "chase"  # 到期前一个工作日催办
    DISPATCH_NOTICE = "dispatch_notice"  # 派单后电话通知

    @property
    def label(self) -> str:
        return {"chase": "即将到期，电话催办", "dispatch_notice": "派单后未电话通知"}[self.value]


@dataclass
class PhoneTask:
    unit_id: int
    unit: str
    handler: str
    phone: str
    reason: Reason
    numbers: list[str] = field(default_factory=list)


def _called(calls: list[CallLogged], purpose: str, since: datetime | None = None) -> bool:
    return any(
        c.data.get("purpose") == purpose
        and c.data.get("reached")
        and (since is None or c.at >= since)
        for c in calls
    )


def phone_today(context: AppContext) -> list[PhoneTask]:
    now = context.clock.now()
    calendar = context.calendar
    next_day = calendar.next_workday(now.date())
    chase_from = datetime.combine(calendar.previous_workday(next_day), time(0, 0))
    groups: dict[tuple[int, Reason], list[str]] = defaultdict(list)
    with context.db.session() as session:
        handling = handling_tickets(session)
        calls_of: dict[int, list[CallLogged]] = defaultdict(list)
        for call in calls_on_handling_tickets(session):
            calls_of[call.ticket_id].append(call)
        units = {u.id: u for u in list_units(session)}
    for ticket in handling:
        calls = calls_of[ticket.id]
        if not _called(calls, "dispatch_notice"):
            groups[(ticket.main_unit_id, Reason.DISPATCH_NOTICE)].append(ticket.number)
        due = ticket.due_at
        if (
            due is not None
            and now.date() <= due.date() <= next_day
            and not _called(calls, "chase", chase_from)
        ):
            groups[(ticket.main_unit_id, Reason.CHASE)].append(ticket.number)
    tasks = []
    for (unit_id, reason), numbers in sorted(
        groups.items(), key=lambda item: (item[0][1] != Reason.CHASE, units[item[0][0]].name)
    ):
        unit = units[unit_id]
        tasks.append(
            PhoneTask(unit_id, unit.name, unit.handler_name, unit.handler_phone, reason, numbers)
        )
    return tasks


def log_task_call(context: AppContext, task: PhoneTask, reached: bool, note: str = "") -> int:
    """Logs one phone call for every ticket the task covers; returns how many."""
    service = TicketService(context)
    purpose = CallPurpose.CHASE if task.reason is Reason.CHASE else CallPurpose.DISPATCH_NOTICE
    for number in task.numbers:
        service.log_call(number, purpose, reached, note, task.unit_id)
    return len(task.numbers)
