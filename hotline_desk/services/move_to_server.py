"""``hotline-desk migrate-to URL``: a workstation's SQLite store moved into the
office's empty PostgreSQL database, checked row by row (store.copy_store)."""

from __future__ import annotations

from collections.abc import Callable

from hotline_desk.domain.auth import MOVE_TO_SERVER
from hotline_desk.services.auth import require_admin
from hotline_desk.services.context import AppContext, preset_rules
from hotline_desk.store.backup import sqlite_file
from hotline_desk.store.copy_store import CopyRefused, TableCopied, copy_store

__all__ = ["CopyRefused", "TableCopied", "migrate_to"]


def migrate_to(
    context: AppContext, url: str, progress: Callable[[str, int], None] | None = None
) -> list[TableCopied]:
    require_admin(context, MOVE_TO_SERVER)
    if sqlite_file(context.db.url) is None:
        raise CopyRefused("只能从工作站的 SQLite 数据库迁出（--db 指向 SQLite 文件）")
    if sqlite_file(url) is not None and sqlite_file(url) == sqlite_file(context.db.url):
        raise CopyRefused("目标就是当前的数据库")
    return copy_store(context.db, url, context.clock.now(), progress, preset_rules())
