"""The office's managed list of reply templates, seeded from resources/."""

from __future__ import annotations

import json
import threading

from hotline_desk.domain.reply_templates import FEEDBACK_PARTS, ReplyTemplate
from hotline_desk.paths import resources_dir
from hotline_desk.services.auth import require_settings_role
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store import reply_templates as store


def preset_templates() -> list[ReplyTemplate]:
    data = json.loads((resources_dir() / "reply_templates.json").read_text(encoding="utf-8"))
    return [ReplyTemplate.from_mapping(item) for item in data["templates"]]


_SEEDING = threading.Lock()


def seed_templates(context: AppContext) -> None:
    """Copies the shipped templates once, when the office has none yet – one
    thread at a time and committed before the next looks (its own
    transaction, never an enclosing unit of work's): the window reads on
    several workers, and two first reads of a new store would both copy them."""
    with _SEEDING, context.db.own_session() as session:
        if store.any_template(session):
            return
        for template in preset_templates():
            store.save_template(session, template)


def list_templates(context: AppContext) -> list[ReplyTemplate]:
    """The office's templates (read once per session: a feedback checks them)."""

    def read() -> list[ReplyTemplate]:
        seed_templates(context)
        with context.db.session() as session:
            return store.all_templates(session)

    return list(context.cached("templates", read))


def get_template(context: AppContext, code: str) -> ReplyTemplate:
    seed_templates(context)
    with context.db.session() as session:
        found = store.template(session, code)
    if found is None:
        known = tuple(t.code for t in list_templates(context))
        raise InputError("答复参考范本", "以下之一：{allowed}", code, params={"allowed": known})
    return found


def save_template(context: AppContext, template: ReplyTemplate) -> ReplyTemplate:
    require_settings_role(context)
    if not template.code.strip() or not template.name.strip():
        raise InputError("范本代码/名称", "范本的代码和名称")
    if not template.required:
        parts = tuple(FEEDBACK_PARTS.values())
        raise InputError("必备内容", "至少一项：{parts}", params={"parts": parts})
    with context.db.session() as session:
        store.save_template(session, template)
    context.forget_cached()
    return template


def remove_template(context: AppContext, code: str) -> bool:
    require_settings_role(context)
    with context.db.session() as session:
        removed = store.remove_template(session, code)
    context.forget_cached()
    return removed
