"""One matter, several tickets: link, merge (并单), unlink, unmerge.

Each is one unit of work over every ticket it touches: the rows locked, the
histories read, the domain decides (domain.lifecycle.merging), the events
written on each ticket and their statistics facts derived again – a merged
repeat counts as a repeat complaint (重复投诉) from then on, and no longer
once the merge is undone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from hotline_desk.domain import lifecycle
from hotline_desk.domain.errors import TicketNotFound
from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.services.auth import check_action_role
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import update_derived
from hotline_desk.services.errors import InputError
from hotline_desk.services.staff import check_actor
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.tickets import TicketStore

if TYPE_CHECKING:
    from hotline_desk.store.models import TicketRow


@dataclass(frozen=True)
class Merged:
    main: Ticket
    repeats: list[Ticket]


# The events an action makes, each with the number of the ticket it belongs to.
Made = list[tuple[str, Event]]
Decision = Callable[[dict[str, Ticket], dict[str, list[Event]], datetime], Made]


def _numbers(numbers: Sequence[str]) -> list[str]:
    cleaned = list(dict.fromkeys(n.strip() for n in numbers if n.strip()))
    if not cleaned:
        raise InputError("工单编号", "至少一个工单编号")
    return cleaned


def _act(
    context: AppContext, action: Action, numbers: list[str], decide: Decision
) -> dict[str, Ticket]:
    """Locks the tickets, lets ``decide`` make the events (each names its
    ticket by the order of ``numbers`` it was made for) and stores them."""
    check_actor(context)
    check_action_role(context, action)
    with context.db.unit_of_work() as session:
        store = TicketStore(session)
        rows = store.rows_by_numbers(numbers, for_update=True)
        for number in numbers:
            if number not in rows:
                raise TicketNotFound(number)
        tickets = {n: ticket_from_row(rows[n]) for n in numbers}
        histories = {n: store.events(rows[n].id) for n in numbers}
        events = decide(tickets, histories, context.clock.now())
        by_ticket: dict[str, list[Event]] = {n: [] for n in numbers}
        for number, event in events:
            by_ticket[number].append(event)
        touched: list[TicketRow] = []
        for number, own in by_ticket.items():
            if own:
                store.save(rows[number], tickets[number], own)
                touched.append(rows[number])
        update_derived(
            context,
            session,
            touched,
            known={rows[n].id: [*histories[n], *by_ticket[n]] for n in numbers},
        )
    return tickets


def link(context: AppContext, number: str, other: str, note: str = "") -> None:
    """关联: both tickets keep their life; each history names the other."""
    a, b = number.strip(), other.strip()

    def decide(t: dict[str, Ticket], h: dict[str, list[Event]], now: datetime) -> Made:
        if b in lifecycle.linked_numbers(h[a]):
            return []  # already linked: nothing to record twice
        first, second = lifecycle.link(t[a], t[b], context.operator, now, note)
        return [(a, first), (b, second)]

    _act(context, Action.LINK, _numbers([a, b]), decide)


def unlink(context: AppContext, number: str, other: str, note: str = "") -> None:
    a, b = number.strip(), other.strip()

    def decide(t: dict[str, Ticket], h: dict[str, list[Event]], now: datetime) -> Made:
        linked = b in lifecycle.linked_numbers(h[a])
        first, second = lifecycle.unlink(t[a], t[b], linked, context.operator, now, note)
        return [(a, first), (b, second)]

    _act(context, Action.UNLINK, _numbers([a, b]), decide)


def merge(context: AppContext, main: str, repeats: Sequence[str], reason: str = "") -> Merged:
    """并单: each repeat follows ``main`` from now on (one transaction: all or none)."""
    main = main.strip()
    others = [n for n in _numbers(repeats) if n != main] or [main]

    def decide(t: dict[str, Ticket], h: dict[str, list[Event]], now: datetime) -> Made:
        made: Made = []
        for number in others:
            has_repeats = bool(lifecycle.merged_repeats(h[number]))
            first, *rest = lifecycle.merge(
                t[main], t[number], context.operator, now, reason, has_repeats
            )
            made.append((main, first))
            made.extend((number, e) for e in rest)
        return made

    tickets = _act(context, Action.MERGE, _numbers([main, *others]), decide)
    return Merged(tickets[main], [tickets[n] for n in others])


def unmerge(context: AppContext, repeat: str, note: str = "") -> Ticket:
    """取消并单: the repeat goes on on its own from where it stands."""
    repeat = repeat.strip()
    with context.db.session() as session:
        main = TicketStore(session).get(repeat).merged_into
    if not main:
        raise InputError("工单编号", "已并入主工单的工单", repeat)

    def decide(t: dict[str, Ticket], h: dict[str, list[Event]], now: datetime) -> Made:
        first, second = lifecycle.unmerge(t[main], t[repeat], context.operator, now, note)
        return [(main, first), (repeat, second)]

    return _act(context, Action.UNMERGE, [main, repeat], decide)[repeat]


def undo_relation(context: AppContext, number: str, other: str, note: str = "") -> str:
    """Undoes what binds two tickets – the merge of either into the other, else
    their link (the window's one button for both); returns MERGED or LINKED."""
    from hotline_desk.domain.related import LINKED, MERGED

    number, other = number.strip(), other.strip()
    with context.db.session() as session:
        store = TicketStore(session)
        this, that = store.get(number), store.get(other)
    if that.merged_into == number:
        unmerge(context, other, note)
        return MERGED
    if this.merged_into == other:
        unmerge(context, number, note)
        return MERGED
    unlink(context, number, other, note)
    return LINKED
