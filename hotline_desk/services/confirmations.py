"""The five confirmations: live counts, rounds and the platform-check log."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from hotline_desk.domain.confirmations import (
    FEEDBACK_STATES,
    NOT_DONE_STATES,
    Confirmation,
    ConfirmationRound,
)
from hotline_desk.domain.ticket import UNFINISHED_STATES, TicketState
from hotline_desk.domain.time_limits import end_of_next_workday
from hotline_desk.services.context import AppContext
from hotline_desk.store.models import (
    ConfirmationRoundRow,
    ConfirmationTickRow,
    PlatformCheckRow,
    TicketRow,
)
from hotline_desk.store.tickets import QueueQuery, TicketStore

PLATFORM_CHECK_EVERY = timedelta(minutes=15)


def confirmation_query(
    confirmation: Confirmation, now: datetime, context: AppContext
) -> QueueQuery:
    """The queue filter that shows exactly the tickets a confirmation counts."""
    unfinished = sorted(UNFINISHED_STATES)
    if confirmation is Confirmation.NEW_TICKETS:
        return QueueQuery(states=[TicketState.RECEIVED])
    if confirmation is Confirmation.REQUESTS_AND_RETURNS:
        return QueueQuery(
            states=unfinished,
            any_flags=["commitment_pending", "awaiting_redispatch", "unjustified_return"],
        )
    if confirmation is Confirmation.DUE_SOON:
        return QueueQuery(states=unfinished, due_before=end_of_next_workday(now, context.calendar))
    if confirmation is Confirmation.FEEDBACK:
        return QueueQuery(states=sorted(FEEDBACK_STATES))
    return QueueQuery(states=sorted(NOT_DONE_STATES))


@dataclass
class ConfirmationCount:
    confirmation: Confirmation
    count: int
    detail: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.confirmation.label


def confirmation_counts(context: AppContext) -> list[ConfirmationCount]:
    now = context.clock.now()
    result = []
    with context.db.session() as session:
        store = TicketStore(session)
        for confirmation in Confirmation:
            query = confirmation_query(confirmation, now, context)
            count = store.count(query)
            detail: dict[str, int] = {}
            if confirmation is Confirmation.DUE_SOON:
                detail = {"overdue": store.count(replace(query, due_before=now))}
            elif confirmation is Confirmation.FEEDBACK:
                rows = session.execute(
                    select(TicketRow.satisfaction, func.count(TicketRow.id))
                    .where(TicketRow.state.in_([s.value for s in FEEDBACK_STATES]))
                    .group_by(TicketRow.satisfaction)
                )
                detail = {(s or "awaiting_callback"): int(n) for s, n in rows}
            elif confirmation is Confirmation.NOT_SUBMITTED_OR_ARCHIVED:
                rows = session.execute(
                    select(TicketRow.state, func.count(TicketRow.id))
                    .where(TicketRow.state.in_([s.value for s in NOT_DONE_STATES]))
                    .group_by(TicketRow.state)
                )
                detail = {s: int(n) for s, n in rows}
            result.append(ConfirmationCount(confirmation, count, detail))
    return result


# -- rounds ---------------------------------------------------------------------
def _round(row: ConfirmationRoundRow) -> ConfirmationRound:
    found = ConfirmationRound(row.operator, row.started_at, id=row.id)
    for tick in row.ticks:
        found.tick(Confirmation(tick.item), tick.ticked_at, tick.count_seen)
    return found


def start_round(context: AppContext, record_check: bool = True) -> ConfirmationRound:
    """A new round ("登录市平台"): also a check of the city platform."""
    now = context.clock.now()
    with context.db.session() as session:
        row = ConfirmationRoundRow(operator=context.operator, started_at=now)
        session.add(row)
        if record_check:
            session.add(
                PlatformCheckRow(operator=context.operator, at=now, note="登录市平台（五个确认）")
            )
        session.flush()
        return ConfirmationRound(context.operator, now, id=row.id)


def current_round(context: AppContext) -> ConfirmationRound | None:
    """The operator's newest round, finished or not."""
    with context.db.session() as session:
        row = session.scalars(
            select(ConfirmationRoundRow)
            .where(ConfirmationRoundRow.operator == context.operator)
            .order_by(ConfirmationRoundRow.started_at.desc(), ConfirmationRoundRow.id.desc())
            .limit(1)
        ).first()
        return _round(row) if row is not None else None


def tick(
    context: AppContext, round_id: int, confirmation: Confirmation, count_seen: int
) -> ConfirmationRound:
    now = context.clock.now()
    with context.db.session() as session:
        row = session.get(ConfirmationRoundRow, round_id)
        if row is None:
            raise LookupError(f"no confirmation round {round_id}")
        for existing in list(row.ticks):
            if existing.item == confirmation.value:
                row.ticks.remove(existing)
        row.ticks.append(
            ConfirmationTickRow(item=confirmation.value, ticked_at=now, count_seen=count_seen)
        )
        session.flush()
        found = _round(row)
        if found.finished and row.finished_at is None:
            row.finished_at = now
        return found


# -- checking the city platform ----------------------------------------------------
def record_platform_check(context: AppContext, note: str = "") -> datetime:
    now = context.clock.now()
    with context.db.session() as session:
        session.add(PlatformCheckRow(operator=context.operator, at=now, note=note))
    return now


def last_platform_check(context: AppContext) -> datetime | None:
    with context.db.session() as session:
        return session.scalar(select(func.max(PlatformCheckRow.at)))


def platform_checks_on(context: AppContext, day: date) -> list[tuple[datetime, str, str]]:
    start = datetime.combine(day, time(0, 0))
    with context.db.session() as session:
        rows = session.scalars(
            select(PlatformCheckRow)
            .where(PlatformCheckRow.at >= start, PlatformCheckRow.at < start + timedelta(days=1))
            .order_by(PlatformCheckRow.at)
        )
        return [(r.at, r.operator, r.note) for r in rows]


def platform_check_overdue(context: AppContext) -> timedelta | None:
    """How long past the 15-minute rule the office is, during office hours; else None."""
    now = context.clock.now()
    if not context.office_hours().is_open(now, context.calendar):
        return None
    last = last_platform_check(context)
    opened = datetime.combine(now.date(), context.office_hours().opens)
    since = max(last, opened) if last is not None else opened
    late = now - since - PLATFORM_CHECK_EVERY
    return late if late > timedelta(0) else None
