"""Attachments' rows and contents (domain.attachments)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hotline_desk.domain.attachments import Attachment
from hotline_desk.store.models import AttachmentBlobRow, AttachmentRow, OperatorRow, TicketRow


def _attachment(row: AttachmentRow, number: str, name: str | None = None) -> Attachment:
    return Attachment(
        id=row.id, ticket_number=number, name=row.name, kind=row.kind, size=row.size,
        digest=row.digest, added_by=row.added_by, added_at=row.added_at,
        event_action=row.event_action, removed_at=row.removed_at, event_seq=row.event_seq,
        added_by_name=name or "",
    )  # fmt: skip


def keep_content(session: Session, digest: str, kind: str, data: bytes) -> None:
    """The content, stored once: a file attached again adds no copy."""
    if session.get(AttachmentBlobRow, digest) is None:
        session.add(AttachmentBlobRow(digest=digest, kind=kind, size=len(data), data=data))
        session.flush()


def add(
    session: Session, ticket: TicketRow, name: str, digest: str, kind: str, size: int,
    by: str, at: datetime, event_action: str = "", event_seq: int | None = None,
) -> Attachment:  # fmt: skip
    row = AttachmentRow(
        ticket_id=ticket.id, name=name, digest=digest, kind=kind, size=size, added_by=by,
        added_at=at, event_action=event_action, event_seq=event_seq,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return _attachment(row, ticket.number, staff_name(session, by))


def of_ticket(session: Session, ticket: TicketRow, removed: bool = False) -> list[Attachment]:
    query = (
        select(AttachmentRow, OperatorRow.name)
        .outerjoin(OperatorRow, OperatorRow.login == AttachmentRow.added_by)
        .where(AttachmentRow.ticket_id == ticket.id)
    )
    if not removed:
        query = query.where(AttachmentRow.removed_at.is_(None))
    rows = session.execute(query.order_by(AttachmentRow.added_at, AttachmentRow.id))
    return [_attachment(r, ticket.number, name) for r, name in rows]


def total_size(session: Session, ticket: TicketRow) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(AttachmentRow.size), 0)).where(
                AttachmentRow.ticket_id == ticket.id, AttachmentRow.removed_at.is_(None)
            )
        )
        or 0
    )


def one(session: Session, attachment_id: int) -> tuple[Attachment, TicketRow] | None:
    row = session.get(AttachmentRow, attachment_id)
    if row is None:
        return None
    ticket = session.get(TicketRow, row.ticket_id)
    assert ticket is not None
    return _attachment(row, ticket.number, staff_name(session, row.added_by)), ticket


def staff_name(session: Session, login: str) -> str | None:
    """The staff list's name of ``login``; asked once per transaction (a batch
    of files, a ticket's events name the same people again and again)."""
    known: dict[str, str | None] = session.info.setdefault("staff_names", {})
    if login not in known:
        known[login] = session.scalar(select(OperatorRow.name).where(OperatorRow.login == login))
    return known[login]


def content(session: Session, digest: str) -> bytes:
    blob = session.get(AttachmentBlobRow, digest)
    assert blob is not None
    return bytes(blob.data)


def mark_removed(session: Session, attachment_id: int, by: str, at: datetime) -> None:
    row = session.get(AttachmentRow, attachment_id)
    assert row is not None
    row.removed_by, row.removed_at = by, at
    session.flush()


def purge(session: Session, removed_before: datetime) -> int:
    """Forgets attachments removed before ``removed_before`` and every content
    no attachment holds any more; returns how many contents went."""
    for row in session.scalars(
        select(AttachmentRow).where(AttachmentRow.removed_at < removed_before)
    ):
        session.delete(row)
    session.flush()
    held = select(AttachmentRow.digest)
    gone = list(
        session.scalars(select(AttachmentBlobRow).where(AttachmentBlobRow.digest.not_in(held)))
    )
    for blob in gone:
        session.delete(blob)
    session.flush()
    return len(gone)
