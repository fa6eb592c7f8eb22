"""The difficult-ticket sheet's content for one ticket (printing lays it out)."""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.access import PRINT
from hotline_desk.domain.attachments import Attachment
from hotline_desk.domain.difficult_sheet import SheetContent, sheet_content
from hotline_desk.domain.lifecycle import may_see_callers
from hotline_desk.services.access_log import record_access
from hotline_desk.services.attachments import attachments_of, previews
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import staff_role
from hotline_desk.services.staff import list_staff
from hotline_desk.services.tickets import TicketService


@dataclass(frozen=True)
class Sheet:
    content: SheetContent
    units: dict[int, str]  # unit id -> name
    people: dict[str, str]  # login -> name, for who did what
    attachments: tuple[Attachment, ...] = ()  # the evidence kept with the ticket
    # The images' and PDFs' contents, printed as a page of pictures: only for
    # the roles that may see callers, never a 保密件's.
    pictures: tuple[tuple[Attachment, bytes], ...] = ()


def sheet_for(context: AppContext, number: str) -> Sheet:
    """What the sheet of ``number`` says now (with the leader's instruction once
    recorded), and the names it needs."""
    view = TicketService(context).show(number)
    people = {member.login: member.name for member in list_staff(context)}
    pictures: tuple[tuple[Attachment, bytes], ...] = ()
    if not view.ticket.confidential and may_see_callers(
        staff_role(context, context.operator) or ""
    ):
        pictures = tuple(previews(context, number))  # the look is an event on the ticket
    # Made to be printed or saved: on record, with the (masked) caller it shows.
    shown = 0 if view.ticket.confidential else 1
    detail = "呈批单（来电人已遮蔽）" if shown else "呈批单"
    if pictures:
        detail += f"，附件图片 {len(pictures)} 张"
    record_access(context, PRINT, number, shown, detail)
    return Sheet(
        sheet_content(view.ticket, view.events, context.clock.now()),
        view.unit_names,
        people,
        tuple(attachments_of(context, number)),
        pictures,
    )
