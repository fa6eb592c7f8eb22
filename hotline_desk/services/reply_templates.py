"""The office's managed list of reply templates, seeded from resources/."""

from __future__ import annotations

import json

from sqlalchemy import select

from hotline_desk.domain.reply_templates import FEEDBACK_PARTS, ReplyTemplate
from hotline_desk.paths import resources_dir
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store.models import ReplyTemplateRow


def preset_templates() -> list[ReplyTemplate]:
    data = json.loads((resources_dir() / "reply_templates.json").read_text(encoding="utf-8"))
    return [ReplyTemplate.from_mapping(item) for item in data["templates"]]


def _from_row(row: ReplyTemplateRow) -> ReplyTemplate:
    required = tuple(p for p in row.required.split(",") if p)
    return ReplyTemplate(row.code, row.name, required, dict(row.starters or {}))


def seed_templates(context: AppContext) -> None:
    """Copies the shipped templates once, when the office has none yet."""
    with context.db.session() as session:
        if session.scalars(select(ReplyTemplateRow.code).limit(1)).first() is not None:
            return
        for template in preset_templates():
            session.add(
                ReplyTemplateRow(
                    code=template.code,
                    name=template.name,
                    required=",".join(template.required),
                    starters=dict(template.starters),
                )
            )


def list_templates(context: AppContext) -> list[ReplyTemplate]:
    seed_templates(context)
    with context.db.session() as session:
        rows = session.scalars(select(ReplyTemplateRow).order_by(ReplyTemplateRow.code))
        return [_from_row(row) for row in rows]


def get_template(context: AppContext, code: str) -> ReplyTemplate:
    seed_templates(context)
    with context.db.session() as session:
        row = session.get(ReplyTemplateRow, code)
        if row is None:
            known = tuple(t.code for t in list_templates(context))
            raise InputError("答复参考范本", "以下之一：{allowed}", code, params={"allowed": known})
        return _from_row(row)


def save_template(context: AppContext, template: ReplyTemplate) -> ReplyTemplate:
    if not template.code.strip() or not template.name.strip():
        raise InputError("范本代码/名称", "范本的代码和名称")
    if not template.required:
        parts = tuple(FEEDBACK_PARTS.values())
        raise InputError("必备内容", "至少一项：{parts}", params={"parts": parts})
    with context.db.session() as session:
        row = session.get(ReplyTemplateRow, template.code) or ReplyTemplateRow(code=template.code)
        row.name = template.name.strip()
        row.required = ",".join(template.required)
        row.starters = dict(template.starters)
        session.add(row)
    return template


def remove_template(context: AppContext, code: str) -> bool:
    with context.db.session() as session:
        row = session.get(ReplyTemplateRow, code)
        if row is None:
            return False
        session.delete(row)
        return True
