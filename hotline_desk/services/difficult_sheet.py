"""The difficult-ticket sheet's content for one ticket (printing lays it out)."""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.access import PRINT
from hotline_desk.domain.attachments import Attachment
from hotline_desk.domain.difficult_sheet import SheetContent, sheet_content
from hotline_desk.services.access_log import record_access
from hotline_desk.services.attachments import attachments_of
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import list_staff
from hotline_desk.services.tickets import TicketService


@dataclass(frozen=True)
class Sheet:
    content: SheetContent
    units: dict[int, str]  # unit id -> name
    people: dict[str, str]  # login -> name, for who did what
    attachments: tuple[Attachment, ...] = ()  # the evidence kept with the ticket


def sheet_for(context: AppContext, number: str) -> Sheet:
    """What the sheet of ``number`` says now (with the leader's instruction once
    recorded), and the names it needs."""
    view = TicketService(context).show(number)
    people = {member.login: member.name for member in list_staff(context)}
    # Made to be printed or saved: on record, with the (masked) caller it shows.
    shown = 0 if view.ticket.confidential else 1
    record_access(context, PRINT, number, shown, "呈批单（来电人已遮蔽）" if shown else "呈批单")
    return Sheet(
        sheet_content(view.ticket, view.events, context.clock.now()),
        view.unit_names,
        people,
        tuple(attachments_of(context, number)),
    )
