"""The window's form for each ticket action, built from its one description.

services/ticket_actions.ACTIONS says what each action asks and how it is
applied; this module turns that into a FormDialog spec with the office's
units and templates as choices, and adds what only a window can do (the
number to dial on the callback form). The detail pane's buttons, the queue's
right-click menu and the shortcuts all use ACTION_FORMS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hotline_desk.domain.lifecycle import ACTION_LABELS, Action, changing_events
from hotline_desk.gui.qt.form_dialog import Field, FormSpec
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.services.ticket_actions import (
    ACTIONS,
    NONE,
    ActionField,
    ActionSpec,
    Kind,
    missing_fields,
    run_action,
)
from hotline_desk.services.tickets import TicketService, TicketView

Apply = Callable[[dict[str, Any]], object]


@dataclass
class FormContext:
    """What a form needs to know about the ticket and the office."""

    service: TicketService
    view: TicketView
    operator: str
    now: datetime
    units: list[tuple[str, int]]
    templates: list[tuple[str, str]]  # (name, code)
    contacts: dict[int, tuple[str, str, str, str]] = field(default_factory=dict)
    # unit id -> (handler, handler's phone, leader, leader's phone): who to ring

    @property
    def number(self) -> str:
        return self.view.ticket.number


def _label(text: str, c: FormContext) -> str:
    return tr_domain(text).format(owner=c.view.name(c.view.ticket.owner) or "—", number=c.number)


def _field(f: ActionField, c: FormContext) -> Field:
    choices: list[tuple[str, Any]] = []
    placeholder = tr_domain(f.hint) if f.hint else ""
    none = [(tr_domain(f.none_choice), NONE)] if f.none_choice else []
    if f.kind is Kind.CHOICE:
        choices = [(tr_domain(label), value) for label, value in f.choices]
    elif f.kind is Kind.UNIT:
        choices = [*none, *c.units]
        if not f.required and not none:
            placeholder = c.view.main_unit or tr("主办单位")  # left empty: the main unit
    elif f.kind is Kind.TEMPLATE:
        choices = [*none, *c.templates]
    elif f.kind is Kind.UNITS:
        choices = list(c.units)
    return Field(
        f.key,
        _label(f.label, c),
        f.kind,
        f.required and f.required_when is None,
        choices,
        default=f.default(c.view.ticket, c.now) if f.default is not None else None,
        placeholder=placeholder,
    )


def unit_contact_info(c: FormContext, unit_id: int | None) -> str:
    """Who to ring at the unit, and the number (派单 and 电话记录)."""
    contact = c.contacts.get(unit_id) if unit_id is not None else None
    if contact is None:
        return tr("请先选择单位：这里会显示承办人和电话")
    handler, phone, leader, leader_phone = contact
    text = tr("拨打承办人：<b>{phone}</b>　{name}").format(phone=phone or "—", name=handler)
    if leader:
        text += tr("（分管领导 {name} {phone}）").format(name=leader, phone=leader_phone or "—")
    return text


def callback_dial_info(c: FormContext) -> str:
    """The number to dial, shown in clear for the call (the detail has put
    the reveal on record first)."""
    caller = c.view.ticket.caller
    return tr("拨打：<b>{phone}</b>　{name}").format(
        phone=caller.phone or tr("（来电人未留电话）"), name=caller.name
    )


@dataclass(frozen=True)
class ActionForm:
    spec: ActionSpec

    @property
    def action(self) -> Action:
        return self.spec.action

    @property
    def shortcut(self) -> str:
        return self.spec.shortcut

    @property
    def label(self) -> str:
        return tr_domain(ACTION_LABELS[self.action])

    def build(self, c: FormContext) -> tuple[FormSpec, Apply]:
        spec = self.spec
        shown = spec.shown_fields(c.view.ticket, c.operator)
        fields = [_field(f, c) for f in shown]
        if spec.note:
            note = _label(spec.note, c)
        elif not fields:  # nothing to fill in: the question says what 确定 (Enter) does
            note = tr("确认{action}工单 {number}？").format(
                action=tr_domain(spec.title), number=c.number
            )
        else:
            note = ""
        form = FormSpec(
            tr_domain(spec.title),
            fields,
            note,
            missing=lambda values: [f.key for f in missing_fields(shown, values)],
        )
        seen = len(changing_events(c.view.events))  # what the operator saw; later: refused
        return form, lambda values: run_action(c.service, spec.action, c.number, values, seen)


ACTION_FORMS: dict[Action, ActionForm] = {action: ActionForm(s) for action, s in ACTIONS.items()}
