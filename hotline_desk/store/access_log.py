"""The record of access to callers' data (访问记录)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.access import Access
from hotline_desk.store.models import AccessRow


def add_access(session: Session, access: Access) -> None:
    session.add(
        AccessRow(
            at=access.at,
            actor=access.actor,
            what=access.what,
            subject=access.subject[:300],
            callers=access.callers,
            detail=access.detail,
        )
    )


def accesses(session: Session, since: datetime | None = None, limit: int = 5000) -> list[Access]:
    query = select(AccessRow).order_by(AccessRow.at.desc(), AccessRow.id.desc()).limit(limit)
    if since is not None:
        query = query.where(AccessRow.at >= since)
    return [
        Access(r.at, r.actor, r.what, r.subject, r.callers, r.detail)
        for r in session.scalars(query)
    ]
