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

from sqlalchemy import select

from hotline_desk.domain.lifecycle import CallPurpose
from hotline_desk.domain.ticket import Event, TicketState
from hotline_desk.services.context import AppContext
from hotline_desk.services.tickets import TicketService
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.models import TicketRow, UnitRow
from hotline_desk.store.tickets import TicketStore


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


def _called(events: list[Event], purpose: str, since: datetime | None = None) -> bool:
    return any(
        e.action == "call"
        and e.data.get("purpose") == purpose
        and e.data.get("reached")
        and (since is None or e.at >= since)
        for e in events
    )


def phone_today(context: AppContext) -> list[PhoneTask]:
    now = context.clock.now()
    calendar = context.calendar
    next_day = calendar.next_workday(now.date())
    chase_from = datetime.combine(calendar.previous_workday(next_day), time(0, 0))
    groups: dict[tuple[int, Reason], list[str]] = defaultdict(list)
    with context.db.session() as session:
        store = TicketStore(session)
        handling = [
            ticket_from_row(row)
            for row in session.scalars(
                select(TicketRow)
                .where(
                    TicketRow.state == TicketState.HANDLING.value,
                    TicketRow.main_unit_id.is_not(None),
                )
                .order_by(TicketRow.due_at, TicketRow.id)
            )
        ]
        events_of = store.events_by_ticket([t.id for t in handling if t.id is not None])
        for ticket in handling:
            assert ticket.id is not None and ticket.main_unit_id is not None
            events = events_of[ticket.id]
            if not _called(events, "dispatch_notice"):
                groups[(ticket.main_unit_id, Reason.DISPATCH_NOTICE)].append(ticket.number)
            due = ticket.due_at
            if (
                due is not None
                and now.date() <= due.date() <= next_day
                and not _called(events, "chase", chase_from)
            ):
                groups[(ticket.main_unit_id, Reason.CHASE)].append(ticket.number)
        units = {u.id: u for u in session.scalars(select(UnitRow))}
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
