"""Fields the office and the city platform both changed: listed and settled.

An import records each conflict as an event; the operator settles it by
taking the platform's value or keeping the office's (an event either way),
so the trail tells who decided what, and later imports do not raise the
same conflict again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain import lifecycle, platform_sync
from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import TicketService
from hotline_desk.store.tickets import TicketStore


@dataclass(frozen=True)
class OpenConflict:
    number: str
    field: str
    local: str
    platform: str
    at: datetime
    source: str

    @property
    def field_label(self) -> str:
        return platform_sync.FIELD_LABELS.get(self.field, self.field)


def _open(number: str, events: list[Event]) -> list[OpenConflict]:
    found = []
    for name, data in platform_sync.open_conflicts(events).items():
        event = next(
            e
            for e in reversed(events)
            if e.action == Action.PLATFORM_CONFLICT.value and e.data.get("field") == name
        )
        found.append(
            OpenConflict(
                number,
                name,
                str(data.get("local", "")),
                str(data.get("platform_value", "")),
                event.at,
                event.note,
            )
        )
    return found


def open_conflicts(context: AppContext, number: str | None = None) -> list[OpenConflict]:
    """Unsettled conflicts, of one ticket or of all, by ticket number."""
    with context.db.session() as session:
        store = TicketStore(session)
        if number is not None:
            ticket = store.get(number)
            assert ticket.id is not None
            trails = [(number, store.events(ticket.id))]
        else:
            trails = store.trails_with_action(Action.PLATFORM_CONFLICT.value)
    return [conflict for n, events in trails for conflict in _open(n, events)]


def settle(context: AppContext, number: str, name: str, take_platform: bool) -> Ticket:
    """Settles the open conflict on ``name``: the platform's value is taken
    (``take_platform``) or the office's kept; a state is never taken over –
    the ticket follows its own steps."""
    conflict = next((c for c in open_conflicts(context, number) if c.field == name), None)
    if conflict is None:
        open_fields = tuple(c.field for c in open_conflicts(context, number))
        raise InputError(
            "字段", "该工单未处理的不一致之一（{fields}）", name,
            params={"fields": open_fields},
        )  # fmt: skip
    if take_platform and name == "state":
        raise InputError("字段", "按工单流程办理（状态不能直接采用市平台的值）", name)
    chosen = conflict.platform if take_platform else conflict.local

    def change(ticket: Ticket, now: datetime) -> Event:
        if take_platform:
            platform_sync.set_field(ticket, name, chosen)
        return lifecycle.settle_conflict(ticket, context.operator, now, name, chosen, take_platform)

    return TicketService(context).apply(number, change)[0]
