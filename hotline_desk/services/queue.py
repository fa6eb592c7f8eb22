"""The queue as the window pages through it: a page of tickets and a count."""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.ticket import Ticket
from hotline_desk.services.context import AppContext
from hotline_desk.store.tickets import WALK_DUE_INDEX_FROM_HITS, TicketStore
from hotline_desk.store.units import staff, unit_names

COUNT_CAP = 10_000  # the window's queue counts up to here and says "10,000+" beyond


@dataclass(frozen=True, slots=True)
class QueuePage:
    tickets: list[Ticket]
    total: int  # -1 when not counted (a further page of the same query)
    units: dict[int, str] | None  # unit id -> name, read with a query's first page
    people: dict[str, str] | None = None  # login -> name, read with it


def read_page(
    context: AppContext, query: QueueQuery, with_count: bool, count_cap: int | None
) -> QueuePage:
    """One page of ``query``; with its count (up to ``count_cap``) and the unit
    names when ``with_count`` (the first page of a new query)."""
    with context.db.session() as session:
        store = TicketStore(session)
        if not with_count:
            return QueuePage(store.page(query), -1, None)
        # Counted first: a search's page uses the count to choose its plan.
        total = store.count(query, cap=count_cap)
        known = count_cap is None or count_cap >= WALK_DUE_INDEX_FROM_HITS
        tickets = store.page(query, hits=total if known else None)
        people = {login: name for login, name, _role in staff(session) if name}
        return QueuePage(tickets, total, unit_names(session), people)
