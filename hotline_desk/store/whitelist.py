"""The whitelist's rows (白名单): stored, listed, ended."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.whitelist import WhitelistEntry
from hotline_desk.store.models import WhitelistRow


def _entry(row: WhitelistRow) -> WhitelistEntry:
    return WhitelistEntry(
        id=row.id,
        source_number=row.source_number,
        place_key=row.place_key,
        address=row.address,
        kind=row.kind,
        category=row.category,
        request=row.request,
        answer=row.answer,
        reason=row.reason,
        until=row.until,
        created_by=row.created_by,
        created_at=row.created_at,
        removed_by=row.removed_by,
        removed_at=row.removed_at,
    )


def add_entry(session: Session, entry: WhitelistEntry) -> WhitelistEntry:
    row = WhitelistRow(
        source_number=entry.source_number,
        place_key=entry.place_key,
        address=entry.address,
        kind=entry.kind,
        category=entry.category,
        request=entry.request,
        answer=entry.answer,
        reason=entry.reason,
        until=entry.until,
        created_by=entry.created_by,
        created_at=entry.created_at,
    )
    session.add(row)
    session.flush()
    return _entry(row)


def entries(session: Session, active_on: date | None = None) -> list[WhitelistEntry]:
    """Every entry, newest first; with ``active_on``, those in force that day."""
    query = select(WhitelistRow).order_by(WhitelistRow.created_at.desc(), WhitelistRow.id.desc())
    if active_on is not None:
        query = query.where(WhitelistRow.removed_at.is_(None), WhitelistRow.until >= active_on)
    return [_entry(row) for row in session.scalars(query)]


def entry(session: Session, entry_id: int) -> WhitelistEntry | None:
    row = session.get(WhitelistRow, entry_id)
    return _entry(row) if row is not None else None


def end_entry(session: Session, entry_id: int, by: str, at: datetime) -> WhitelistEntry | None:
    """Marks the entry removed (kept for the record); None if there is none in force."""
    row = session.get(WhitelistRow, entry_id, with_for_update=session.bind.dialect.name != "sqlite")  # type: ignore[union-attr]
    if row is None or row.removed_at is not None:
        return None
    row.removed_by, row.removed_at = by, at
    session.flush()
    return _entry(row)
