"""Every access to a caller's data on record (个人信息访问记录).

Revealing a caller, exporting a workbook with callers in clear and printing
a difficult-ticket sheet each leave an entry: who, when, what, how many
callers. The admin and the leaders read the record (``hotline-desk audit``,
设置 → 访问记录).
"""

from __future__ import annotations

from datetime import datetime

from hotline_desk.domain.access import Access
from hotline_desk.domain.auth import READ_ACCESS_LOG
from hotline_desk.services.auth import require_admin
from hotline_desk.services.context import AppContext
from hotline_desk.store import access_log as store

READERS = ("leader",)  # besides the admin


def record_access(
    context: AppContext, what: str, subject: str, callers: int, detail: str = ""
) -> None:
    with context.db.session() as session:
        store.add_access(
            session,
            Access(context.clock.now(), context.operator, what, subject, callers, detail),
        )


def access_entries(context: AppContext, since: datetime | None = None) -> list[Access]:
    """The record, newest first (the admin's and the leaders')."""
    require_admin(context, READ_ACCESS_LOG, also=READERS)
    with context.db.session() as session:
        return store.accesses(session, since)
