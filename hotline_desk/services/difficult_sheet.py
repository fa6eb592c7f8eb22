"""The difficult-ticket sheet's content for one ticket (printing lays it out)."""

from __future__ import annotations

from hotline_desk.domain.difficult_sheet import SheetContent, sheet_content
from hotline_desk.services.context import AppContext
from hotline_desk.services.tickets import TicketService


def sheet_for(context: AppContext, number: str) -> tuple[SheetContent, dict[int, str]]:
    """What the sheet of ``number`` says now (with the leader's instruction once
    recorded), and the unit names it needs."""
    view = TicketService(context).show(number)
    return sheet_content(view.ticket, view.events, context.clock.now()), view.unit_names
