"""The five confirmations: live counts, rounds and the platform-check log."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from hotline_desk.domain.confirmations import (
    FEEDBACK_STATES,
    NOT_DONE_STATES,
    Confirmation,
    ConfirmationRound,
)
from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.ticket import UNFINISHED_STATES, TicketState
from hotline_desk.domain.time_limits import end_of_next_workday
from hotline_desk.services.context import AppContext
from hotline_desk.store import confirmations as store
from hotline_desk.store.tickets import TicketStore

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
        tickets = TicketStore(session)
        for confirmation in Confirmation:
            query = confirmation_query(confirmation, now, context)
            count = tickets.count(query)
            detail: dict[str, int] = {}
            if confirmation is Confirmation.DUE_SOON:
                detail = {"overdue": tickets.count(replace(query, due_before=now))}
            elif confirmation is Confirmation.FEEDBACK:
                detail = {
                    (s or "awaiting_callback"): n
                    for s, n in store.satisfaction_counts(session, set(FEEDBACK_STATES)).items()
                }
            elif confirmation is Confirmation.NOT_SUBMITTED_OR_ARCHIVED:
                detail = store.state_counts(session, set(NOT_DONE_STATES))
            result.append(ConfirmationCount(confirmation, count, detail))
    return result


# -- rounds ---------------------------------------------------------------------
def start_round(context: AppContext, record_check: bool = True) -> ConfirmationRound:
    """A new round ("登录市平台"): also a check of the city platform."""
    now = context.clock.now()
    with context.db.session() as session:
        started = store.add_round(session, context.operator, now)
        if record_check:
            store.add_platform_check(session, context.operator, now, "登录市平台（五个确认）")
        return started


def current_round(context: AppContext) -> ConfirmationRound | None:
    """The operator's newest round, finished or not."""
    with context.db.session() as session:
        return store.newest_round(session, context.operator)


def round_at_start(context: AppContext) -> ConfirmationRound:
    """The round the window opens with: the operator's newest, unfinished or
    finished today (a restart keeps a day's work, 5/5 stays 5/5); a new one –
    not a check of the platform: nobody looked at it by starting the app – on
    the first start of a day."""
    found = current_round(context)
    today = context.clock.now().date()
    if found is not None and (not found.finished or found.started_at.date() == today):
        return found
    return start_round(context, record_check=False)


def tick(
    context: AppContext, round_id: int, confirmation: Confirmation, count_seen: int
) -> ConfirmationRound:
    with context.db.session() as session:
        found = store.add_tick(session, round_id, confirmation, context.clock.now(), count_seen)
    if found is None:
        raise LookupError(f"no confirmation round {round_id}")
    return found


# -- checking the city platform ----------------------------------------------------
def record_platform_check(context: AppContext, note: str = "") -> datetime:
    now = context.clock.now()
    with context.db.session() as session:
        store.add_platform_check(session, context.operator, now, note)
    return now


def last_platform_check(context: AppContext) -> datetime | None:
    with context.db.session() as session:
        return store.last_platform_check(session)


def platform_checks_on(context: AppContext, day: date) -> list[tuple[datetime, str, str]]:
    start = datetime.combine(day, time(0, 0))
    with context.db.session() as session:
        return store.platform_checks_between(session, start, start + timedelta(days=1))


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


def confirmation_panel(context: AppContext) -> tuple[list[ConfirmationCount], timedelta | None]:
    """The five counts and how late the platform check is, in one transaction."""
    with context.db.unit_of_work():
        return confirmation_counts(context), platform_check_overdue(context)
