"""Exporting tickets to .xlsx, in the columns the import's 12345 preset reads.

Dates are real Excel dates; states, kinds and satisfaction are the Chinese
words the platform uses, so exporting and importing into an empty database
gives back the same tickets. The caller is written in clear only for a person
on the staff list whose role may see callers (with sign-in off, a login not
on the list gets them masked), masked otherwise, never for a 保密件; an
export with callers in clear is recorded (services.access_log).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from hotline_desk.domain.access import EXPORT
from hotline_desk.domain.lifecycle import ROLES_SEEING_CALLERS
from hotline_desk.domain.masking import shown_caller
from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.ticket import Ticket
from hotline_desk.services.access_log import record_access
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import staff_role
from hotline_desk.services.private_files import private_output
from hotline_desk.services.safe_sheets import xlsx_row
from hotline_desk.store.tickets import TicketStore
from hotline_desk.store.units import unit_names

HEADERS = [
    "工单编号", "受理时间", "诉求类型", "工单标题", "诉求内容", "诉求分类", "地址", "反映人",
    "联系电话", "反映人地址", "是否保密", "办理时限", "承办单位", "工单状态", "办结时间", "满意度",
]  # fmt: skip
PAGE = 1000


def _tickets(context: AppContext, query: QueueQuery) -> Iterator[Ticket]:
    offset = 0
    while True:
        with context.db.session() as session:
            page = TicketStore(session).page(replace(query, limit=PAGE, offset=offset))
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _same(text: str) -> str:
    return text


def _write_attachments(context: AppContext, workbook: Path, number: str) -> None:
    from hotline_desk.services.attachments import attachments_of, save_attachment

    files = attachments_of(context, number)
    if not files:
        return
    folder = workbook.with_name(f"{workbook.stem}-附件") / number
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for attachment in files:
        save_attachment(context, attachment.id, folder / f"{attachment.id}-{attachment.name}")


def export_tickets(
    context: AppContext,
    path: Path,
    query: QueueQuery | None = None,
    translate: Callable[[str], str] = _same,
    with_attachments: bool = False,
) -> int:
    """Writes the tickets ``query`` selects (all by default) to ``path``; returns how many.

    ``translate`` puts headers and labels (states, kinds, yes/no) in the
    user's language; the default keeps the platform's own words, which the
    import reads back. ``with_attachments``: each ticket's files are written
    beside the workbook (``<name>-附件/<number>/``) – each a look on record –
    except a 保密件's, which never leave the application.
    """
    from openpyxl import Workbook

    query = query or QueueQuery(order="newest")
    in_clear = staff_role(context, context.operator) in ROLES_SEEING_CALLERS
    if with_attachments and not in_clear:
        # A unit's letter or a photo may show the caller: only for roles that may.
        from hotline_desk.services.attachments import require_sight

        require_sight(context, "导出附件（照片、信件可能含来电人信息）")
    with context.db.session() as session:
        units = unit_names(session)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(translate("工单"))
    sheet.append([translate(h) for h in HEADERS])
    count = callers = 0
    for t in _tickets(context, query):
        caller = shown_caller(t, revealed=in_clear)
        if in_clear and caller is not None and (caller.name or caller.phone or caller.address):
            callers += 1
        sheet.append(
            xlsx_row(
                sheet,
                [
                    t.number,
                    t.received_at,
                    translate(t.kind.label),
                    t.title,
                    t.content,
                    t.category,
                    t.address,
                    caller.name if caller else "",
                    caller.phone if caller else "",
                    caller.address if caller else "",
                    translate("是" if t.confidential else "否"),
                    t.due_at,
                    units.get(t.main_unit_id, "") if t.main_unit_id else "",
                    translate(t.state.label),
                    t.archived_at,
                    translate(t.satisfaction.label) if t.satisfaction else "",
                ],
            )
        )
        count += 1
        if with_attachments and not t.confidential:
            _write_attachments(context, path, t.number)
    book.save(private_output(path))
    if callers:
        record_access(context, EXPORT, path.name, callers, f"{count} 件工单")
    return count
