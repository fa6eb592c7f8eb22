"""What an action's form offers to choose from: the office's units (with whom
to ring) and reply templates – read on a worker with the ticket, once per
session (``AppContext.cached``), and again after a change to them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hotline_desk.domain.ensures import EnsureResult
from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.domain.units import Unit
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import list_units, staff_role
from hotline_desk.services.ensures import ticket_ensures
from hotline_desk.services.reply_templates import list_templates
from hotline_desk.services.tickets import TicketService, TicketView


@dataclass(frozen=True)
class FormReference:
    units: list[Unit]
    templates: list[ReplyTemplate]
    role: str = ""  # the operator's, for the actions only some roles take (白名单)


def form_reference(context: AppContext) -> FormReference:
    return context.cached(
        "form_reference", lambda: FormReference(list_units(context), list_templates(context))
    )


def ticket_detail(
    service: TicketService, number: str
) -> tuple[TicketView, list[EnsureResult], FormReference]:
    """What the ticket detail shows and its forms offer, in one transaction:
    the ticket, its history and names, its six ensures (from the same
    history), the office's units and templates."""
    context = service.context
    with context.db.unit_of_work():
        view = service.show(number)
        ensures = ticket_ensures(context, number, (view.ticket, view.events))
        role = staff_role(context, context.operator) or ""
        return view, ensures, replace(form_reference(context), role=role)
