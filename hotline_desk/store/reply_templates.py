"""The office's reply templates (答复参考范本)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.store.models import ReplyTemplateRow


def _from_row(row: ReplyTemplateRow) -> ReplyTemplate:
    required = tuple(p for p in row.required.split(",") if p)
    return ReplyTemplate(row.code, row.name, required, dict(row.starters or {}))


def any_template(session: Session) -> bool:
    return session.scalars(select(ReplyTemplateRow.code).limit(1)).first() is not None


def all_templates(session: Session) -> list[ReplyTemplate]:
    rows = session.scalars(select(ReplyTemplateRow).order_by(ReplyTemplateRow.code))
    return [_from_row(row) for row in rows]


def template(session: Session, code: str) -> ReplyTemplate | None:
    row = session.get(ReplyTemplateRow, code)
    return _from_row(row) if row is not None else None


def save_template(session: Session, template: ReplyTemplate) -> None:
    row = session.get(ReplyTemplateRow, template.code) or ReplyTemplateRow(code=template.code)
    row.name = template.name.strip()
    row.required = ",".join(template.required)
    row.starters = dict(template.starters)
    session.add(row)


def remove_template(session: Session, code: str) -> bool:
    row = session.get(ReplyTemplateRow, code)
    if row is None:
        return False
    session.delete(row)
    return True
