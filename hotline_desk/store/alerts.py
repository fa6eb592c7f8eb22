"""The in-app alert list and the duty roster."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hotline_desk.domain.duty import DutyShift
from hotline_desk.store.models import AlertRow, DutyShiftRow


def known_keys(session: Session, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        found.update(session.scalars(select(AlertRow.key).where(AlertRow.key.in_(chunk))))
    return found


@dataclass(frozen=True, slots=True)
class AlertRecord:
    """An alert as the in-app list keeps it."""

    key: str  # one alert per ticket, kind and due time: the poll never repeats itself
    kind: str
    ticket_id: int | None
    number: str
    title: str
    body: str
    channel: str  # where it was shown besides the list
    recipient: str  # who was on duty, outside office hours


def add_alerts(session: Session, created_at: datetime, alerts: Iterable[AlertRecord]) -> None:
    session.add_all(
        AlertRow(
            key=a.key,
            kind=a.kind,
            ticket_id=a.ticket_id,
            number=a.number,
            created_at=created_at,
            title=a.title,
            body=a.body,
            channel=a.channel,
            recipient=a.recipient,
        )
        for a in alerts
    )
    session.flush()


def recent_alerts(session: Session, limit: int = 200, unseen_only: bool = False) -> list[AlertRow]:
    statement = select(AlertRow).order_by(AlertRow.created_at.desc(), AlertRow.id.desc())
    if unseen_only:
        statement = statement.where(AlertRow.seen_at.is_(None))
    return list(session.scalars(statement.limit(limit)))


def unseen_count(session: Session) -> int:
    statement = select(func.count(AlertRow.id)).where(AlertRow.seen_at.is_(None))
    return int(session.scalar(statement) or 0)


def mark_seen(session: Session, at: datetime, alert_ids: Sequence[int] | None = None) -> int:
    statement = update(AlertRow).where(AlertRow.seen_at.is_(None)).values(seen_at=at)
    if alert_ids is not None:
        statement = statement.where(AlertRow.id.in_(list(alert_ids)))
    return int(session.execute(statement).rowcount or 0)  # type: ignore[attr-defined]


def shifts_between(session: Session, start: datetime, end: datetime) -> list[DutyShift]:
    statement = (
        select(DutyShiftRow)
        .where(DutyShiftRow.starts_at < end, DutyShiftRow.ends_at > start)
        .order_by(DutyShiftRow.starts_at)
    )
    return [DutyShift(r.who, r.starts_at, r.ends_at, r.id) for r in session.scalars(statement)]


def add_shift(session: Session, shift: DutyShift, note: str = "") -> int:
    row = DutyShiftRow(who=shift.who, starts_at=shift.starts, ends_at=shift.ends, note=note)
    session.add(row)
    session.flush()
    return row.id


def remove_shift(session: Session, shift_id: int) -> bool:
    row = session.get(DutyShiftRow, shift_id)
    if row is None:
        return False
    session.delete(row)
    return True
