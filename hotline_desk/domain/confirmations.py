"""The five confirmations (五个确认), made every time an operator logs in to the
city platform, and the round that records them.

Each confirmation is a question about the queue; ``matches`` answers it for
one ticket (the store counts the same thing in SQL, and a test keeps the two
in agreement).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum

from hotline_desk.domain.ticket import Ticket, TicketState
from hotline_desk.domain.time_limits import end_of_next_workday
from hotline_desk.domain.work_calendar import WorkCalendar


class Confirmation(IntEnum):
    NEW_TICKETS = 1
    REQUESTS_AND_RETURNS = 2
    DUE_SOON = 3
    FEEDBACK = 4
    NOT_SUBMITTED_OR_ARCHIVED = 5

    @property
    def label(self) -> str:
        return CONFIRMATION_LABELS[self]


CONFIRMATION_LABELS: dict[Confirmation, str] = {
    Confirmation.NEW_TICKETS: "有无新工单",
    Confirmation.REQUESTS_AND_RETURNS: "有无承诺件申请或退单",
    Confirmation.DUE_SOON: "有无即将到期未办结工单",
    Confirmation.FEEDBACK: "反馈结果及满意度",
    Confirmation.NOT_SUBMITTED_OR_ARCHIVED: "反馈是否已提交审核、是否已办结归档",
}

FEEDBACK_STATES = frozenset({TicketState.FEEDBACK, TicketState.CALLED_BACK})
NOT_DONE_STATES = frozenset({TicketState.FEEDBACK, TicketState.CALLED_BACK, TicketState.SUBMITTED})


def matches(
    confirmation: Confirmation, ticket: Ticket, now: datetime, calendar: WorkCalendar
) -> bool:
    if confirmation is Confirmation.NEW_TICKETS:
        return ticket.state is TicketState.RECEIVED
    if confirmation is Confirmation.REQUESTS_AND_RETURNS:
        return ticket.unfinished and (
            ticket.commitment_pending or ticket.returned or ticket.unjustified_return
        )
    if confirmation is Confirmation.DUE_SOON:
        return (
            ticket.unfinished
            and ticket.due_at is not None
            and ticket.due_at < end_of_next_workday(now, calendar)
        )
    if confirmation is Confirmation.FEEDBACK:
        return ticket.state in FEEDBACK_STATES
    return ticket.state in NOT_DONE_STATES


@dataclass
class Tick:
    confirmation: Confirmation
    at: datetime
    count_seen: int


@dataclass
class ConfirmationRound:
    """One pass through the five confirmations by one operator."""

    operator: str
    started_at: datetime
    ticks: dict[Confirmation, Tick] = field(default_factory=dict)
    id: int | None = None

    def tick(self, confirmation: Confirmation, at: datetime, count_seen: int) -> Tick:
        done = Tick(confirmation, at, count_seen)
        self.ticks[confirmation] = done
        return done

    @property
    def finished(self) -> bool:
        return all(c in self.ticks for c in Confirmation)

    @property
    def finished_at(self) -> datetime | None:
        return max(t.at for t in self.ticks.values()) if self.finished else None

    def missing(self) -> Sequence[Confirmation]:
        return [c for c in Confirmation if c not in self.ticks]
