"""白名单: confirm a ticket's matter normal for a period, list, remove, and
recognise a new ticket that repeats a frozen matter (domain.whitelist).

Confirming belongs to the supervising leader, the general desk and the
admin; every confirmation, recognition and removal is an event (on the
ticket it was confirmed on, or the new ticket recognised).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.lifecycle.roles import WHITELIST_ROLES
from hotline_desk.domain.lifecycle.whitelisting import confirm_normal, end_normal, recognised
from hotline_desk.domain.related import address_key
from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.domain.whitelist import (
    WHITELIST_EXPECTED,
    WhitelistEntry,
    first_match,
    problems,
    request_of,
)
from hotline_desk.services.auth import refusal
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import update_derived
from hotline_desk.services.directory import staff_role
from hotline_desk.services.errors import InputError
from hotline_desk.store import whitelist as store
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.tickets import TicketStore

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_FIELDS = {"until": "冻结至", "reason": "理由", "address": "工单地址"}


def _require_role(context: AppContext, action: Action) -> None:
    role = staff_role(context, context.operator) or ""
    if role not in WHITELIST_ROLES:
        raise refusal(context, role, action.label)


def _feedback_answer(history: list[Event]) -> str:
    """The unit's latest answer on the ticket: what is offered to the next repeat."""
    for event in reversed(history):
        if event.action == Action.FEEDBACK.value:
            parts = [event.data.get(k) for k in ("cause", "actions", "basis")]
            return "；".join(str(p) for p in parts if p)
    return ""


def add(
    context: AppContext, number: str, until: date, reason: str, answer: str = ""
) -> WhitelistEntry:
    """列入白名单: the matter of ticket ``number`` is confirmed normal until
    ``until``; the answer defaults to the unit's latest feedback on it."""
    _require_role(context, Action.WHITELIST)
    now = context.clock.now()
    with context.db.unit_of_work() as session:
        tickets = TicketStore(session)
        row = tickets.get_row(number.strip(), for_update=True)
        ticket = ticket_from_row(row)
        history = tickets.events(row.id)
        found = problems(ticket, until, reason, now.date())
        if found:
            key = found[0]
            shown = {"until": until.isoformat(), "reason": reason, "address": ticket.address}
            raise InputError(_FIELDS[key], WHITELIST_EXPECTED[key], shown[key])
        entry = store.add_entry(
            session,
            WhitelistEntry(
                id=0,
                source_number=ticket.number,
                place_key=address_key(ticket.address),
                address=ticket.address,
                kind=ticket.kind.value,
                category=ticket.category,
                request=request_of(ticket),
                answer=answer.strip() or _feedback_answer(history),
                reason=reason.strip(),
                until=until,
                created_by=context.operator,
                created_at=now,
            ),
        )
        event = confirm_normal(ticket, context.operator, now, entry.id, until, reason)
        tickets.save(row, ticket, [event])
        update_derived(context, session, [row], known={row.id: [*history, event]})
    return entry


def remove(context: AppContext, entry_id: int, reason: str = "") -> WhitelistEntry:
    """移出白名单 before its date: kept for the record, recognising nothing more."""
    _require_role(context, Action.UNWHITELIST)
    now = context.clock.now()
    with context.db.unit_of_work() as session:
        ended = store.end_entry(session, entry_id, context.operator, now)
        if ended is None:
            raise InputError("白名单编号", "冻结中的白名单条目编号", str(entry_id))
        tickets = TicketStore(session)
        row = tickets.find_row(ended.source_number)
        if row is not None:
            ticket = ticket_from_row(row)
            tickets.save(row, ticket, [end_normal(ticket, context.operator, now, entry_id, reason)])
    return ended


def entries(context: AppContext, include_ended: bool = False) -> list[WhitelistEntry]:
    with context.db.session() as session:
        return store.entries(session, None if include_ended else context.clock.now().date())


def entry(context: AppContext, entry_id: int) -> WhitelistEntry | None:
    with context.db.session() as session:
        return store.entry(session, entry_id)


class Recogniser:
    """Recognises new tickets that repeat a frozen matter, inside the unit of
    work that stores them (one read of the entries in force)."""

    def __init__(self, session: Session, actor: str, today: date) -> None:
        self.in_force = store.entries(session, active_on=today)
        self.actor, self.today = actor, today

    def check(self, ticket: Ticket, at: datetime) -> Event | None:
        """The recognition event (the ticket flagged), or None."""
        if not self.in_force:
            return None
        found = first_match(self.in_force, ticket, self.today)
        if found is None:
            return None
        return recognised(ticket, self.actor, at, found.id, found.source_number, found.until)
