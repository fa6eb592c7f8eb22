"""The five confirmations' rounds, the platform-check log and the counts' breakdowns."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hotline_desk.domain.confirmations import Confirmation, ConfirmationRound
from hotline_desk.domain.ticket import TicketState
from hotline_desk.store.models import (
    ConfirmationRoundRow,
    ConfirmationTickRow,
    PlatformCheckRow,
    TicketRow,
)


# -- breakdowns of the counts ---------------------------------------------------
def satisfaction_counts(session: Session, states: set[TicketState]) -> dict[str | None, int]:
    """How many tickets in ``states`` have each satisfaction (None: not called back)."""
    rows = session.execute(
        select(TicketRow.satisfaction, func.count(TicketRow.id))
        .where(TicketRow.state.in_([s.value for s in states]))
        .group_by(TicketRow.satisfaction)
    )
    return {satisfaction: int(n) for satisfaction, n in rows}


def state_counts(session: Session, states: set[TicketState]) -> dict[str, int]:
    rows = session.execute(
        select(TicketRow.state, func.count(TicketRow.id))
        .where(TicketRow.state.in_([s.value for s in states]))
        .group_by(TicketRow.state)
    )
    return {state: int(n) for state, n in rows}


# -- rounds ---------------------------------------------------------------------
def _round(row: ConfirmationRoundRow) -> ConfirmationRound:
    found = ConfirmationRound(row.operator, row.started_at, id=row.id)
    for tick in row.ticks:
        found.tick(Confirmation(tick.item), tick.ticked_at, tick.count_seen)
    return found


def add_round(session: Session, operator: str, at: datetime) -> ConfirmationRound:
    row = ConfirmationRoundRow(operator=operator, started_at=at)
    session.add(row)
    session.flush()
    return ConfirmationRound(operator, at, id=row.id)


def newest_round(session: Session, operator: str) -> ConfirmationRound | None:
    row = session.scalars(
        select(ConfirmationRoundRow)
        .where(ConfirmationRoundRow.operator == operator)
        .order_by(ConfirmationRoundRow.started_at.desc(), ConfirmationRoundRow.id.desc())
        .limit(1)
    ).first()
    return _round(row) if row is not None else None


def add_tick(
    session: Session, round_id: int, confirmation: Confirmation, at: datetime, count_seen: int
) -> ConfirmationRound | None:
    """Ticks (again) one confirmation of a round; None when there is no such round."""
    row = session.get(ConfirmationRoundRow, round_id)
    if row is None:
        return None
    for existing in list(row.ticks):
        if existing.item == confirmation.value:
            row.ticks.remove(existing)
    row.ticks.append(
        ConfirmationTickRow(item=confirmation.value, ticked_at=at, count_seen=count_seen)
    )
    session.flush()
    found = _round(row)
    if found.finished and row.finished_at is None:
        row.finished_at = at
    return found


# -- checking the city platform ---------------------------------------------------
def add_platform_check(session: Session, operator: str, at: datetime, note: str) -> None:
    session.add(PlatformCheckRow(operator=operator, at=at, note=note))


def last_platform_check(session: Session) -> datetime | None:
    return session.scalar(select(func.max(PlatformCheckRow.at)))


def platform_checks_between(
    session: Session, start: datetime, end: datetime
) -> list[tuple[datetime, str, str]]:
    rows = session.scalars(
        select(PlatformCheckRow)
        .where(PlatformCheckRow.at >= start, PlatformCheckRow.at < end)
        .order_by(PlatformCheckRow.at)
    )
    return [(r.at, r.operator, r.note) for r in rows]
