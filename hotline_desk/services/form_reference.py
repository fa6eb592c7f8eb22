"""What an action's form offers to choose from: the office's units (with whom
to ring) and reply templates – read on a worker with the ticket, once per
session (``AppContext.cached``), and again after a change to them."""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.reply_templates import ReplyTemplate
from hotline_desk.domain.units import Unit
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import list_units
from hotline_desk.services.reply_templates import list_templates


@dataclass(frozen=True)
class FormReference:
    units: list[Unit]
    templates: list[ReplyTemplate]


def form_reference(context: AppContext) -> FormReference:
    return context.cached(
        "form_reference", lambda: FormReference(list_units(context), list_templates(context))
    )
