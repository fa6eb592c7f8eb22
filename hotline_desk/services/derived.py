"""What is derived from a ticket's event trail and stored for the lists to
filter and the reports to sum: the six-ensures flag and the statistics facts.

Recomputed after every change (``update_derived``), for the open tickets at
every poll – time alone turns a ticket overdue – and for any ticket stored
without facts (a bulk write, a database from before the statistics).

On a shared PostgreSQL queue the ticket's row lock serialises this: an action
holds it, and a refresh skips the tickets another session holds, so two
workstations never write one ticket's facts at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from hotline_desk.domain.statistics import TicketFacts, ticket_facts
from hotline_desk.domain.ticket import Event, Ticket
from hotline_desk.services.context import AppContext
from hotline_desk.services.ensures import missing_now
from hotline_desk.store.statistics import StatisticsStore
from hotline_desk.store.tickets import TicketStore

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hotline_desk.store.models import TicketRow

BACKFILL_BATCH = 2000


def update_derived(
    context: AppContext,
    session: Session,
    rows: Iterable[TicketRow],
    *,
    ensures: bool = True,
    known: dict[int, list[Event]] | None = None,
) -> int:
    """Recomputes the ensures flag (unless ``ensures`` is False: a backfill of
    history) and the facts of these rows; returns how many flags changed.
    ``known``: the rows' events, when the caller has them (not read again)."""
    now = context.clock.now()
    facts: list[TicketFacts] = []
    missing = missing_now(context, session) if ensures else None
    changed = TicketStore(session).update_ensures_flags(
        rows, missing, lambda t, ev: facts.append(ticket_facts(t, ev, now)), known
    )
    StatisticsStore(session).replace(facts, now)
    return changed


def store_facts(
    context: AppContext, session: Session, trails: Iterable[tuple[Ticket, list[Event]]]
) -> None:
    """The facts of tickets just written with their trails (bulk paths)."""
    now = context.clock.now()
    StatisticsStore(session).replace([ticket_facts(t, ev, now) for t, ev in trails], now)


def refresh_unfinished(context: AppContext) -> int:
    """Time moves ensures from "not yet" to "missing" and tickets to overdue: the
    poll calls this. Returns how many ensures flags changed."""
    with context.db.session() as session:
        store = TicketStore(session)
        return update_derived(context, session, store.unfinished_rows(skip_locked=True))


def refresh_stale(context: AppContext, older_than: timedelta) -> int:
    """The open tickets whose facts were computed more than ``older_than`` ago
    (the poll keeps them fresher); returns how many were recomputed."""
    with context.db.session() as session:
        ids = StatisticsStore(session).stale_unfinished(context.clock.now() - older_than)
        for start in range(0, len(ids), BACKFILL_BATCH):
            batch = ids[start : start + BACKFILL_BATCH]
            rows = TicketStore(session).rows_by_ids(batch, skip_locked=True)
            update_derived(context, session, rows)
    return len(ids)


def backfill(context: AppContext, progress: Callable[[int], None] | None = None) -> int:
    """Derives the facts of every ticket that has none, in batches; returns how many."""
    done = 0
    while True:
        with context.db.session() as session:
            ids = StatisticsStore(session).tickets_without_facts(BACKFILL_BATCH)
            if not ids:
                return done
            rows = TicketStore(session).rows_by_ids(ids, skip_locked=True)
            if not rows:  # all held by other sessions, which derive them
                return done
            update_derived(context, session, rows, ensures=False)
        done += len(rows)
        if progress:
            progress(done)
