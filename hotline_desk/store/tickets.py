"""Ticket queries and writes: the queue page, due lists, full-text search."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    TextualSelect,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hotline_desk.domain.errors import ConcurrentChange, DuplicateTicket, TicketNotFound
from hotline_desk.domain.lifecycle import action_label
from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.ticket import UNFINISHED_STATES, Event, Ticket, TicketState
from hotline_desk.store.live import announce
from hotline_desk.store.mapping import (
    copy_ticket_to_row,
    event_from_row,
    event_row,
    ticket_from_row,
)
from hotline_desk.store.models import STAGE_DEADLINE, EventRow, TicketRow
from hotline_desk.store.search_text import (
    index_body,
    query_phrase,
    search_insert_sql,
    significant_length,
)
from hotline_desk.store.statistics import selection_condition
from hotline_desk.store.trail import LAST_SEAL, seal_new_events

UNFINISHED_VALUES = sorted(s.value for s in UNFINISHED_STATES)
WALK_DUE_INDEX_FROM_HITS = 5000
WALK_CHUNK = 2000  # tickets read along the due index per probe (PostgreSQL)


def searchable_parts(ticket: Ticket) -> list[str]:
    """What the full-text search looks in. Caller details stay out: confidential."""
    return [ticket.number, ticket.title, ticket.content, ticket.address, ticket.category]


# The queue's flag filters, each a condition on the ticket row.
FLAG_COLUMNS: dict[str, Any] = {
    "commitment_pending": TicketRow.commitment_pending,
    "returned": TicketRow.return_count > 0,
    "reassigned": TicketRow.reassigned,
    "difficult": TicketRow.difficult,
    "confidential": TicketRow.confidential,
    "unjustified_return": TicketRow.unjustified_return,
    "false_feedback": TicketRow.false_feedback,
    "rehandling": TicketRow.rehandling,
    "feedback_incomplete": TicketRow.feedback_incomplete,
    "awaiting_redispatch": TicketRow.returned,
    "ensures_missing": TicketRow.ensures_missing,
}

SORT_COLUMNS: dict[str, Any] = {
    "number": TicketRow.number,
    "received_at": TicketRow.received_at,
    "kind": TicketRow.kind,
    "title": TicketRow.title,
    "main_unit_id": TicketRow.main_unit_id,
    "state": TicketRow.state,
    "dispatch_due_at": TicketRow.dispatch_due_at,
    "due_at": TicketRow.due_at,
    "owner": TicketRow.owner,
    # The nearer deadline of the ticket's stage: dispatch while 待派单, else handling.
    "deadline": STAGE_DEADLINE,
}


EVENT_COLUMNS = (
    EventRow.ticket_id,
    EventRow.action,
    EventRow.actor,
    EventRow.at,
    EventRow.from_state,
    EventRow.to_state,
    EventRow.note,
    EventRow.data,
)


class TicketStore:
    """Reads and writes tickets inside one session (one unit of work)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def unfinished_tickets(self) -> list[Ticket]:
        return [ticket_from_row(row) for row in self.unfinished_rows()]

    def unfinished_rows(self, *, skip_locked: bool = False) -> list[TicketRow]:
        """The unfinished tickets; with ``skip_locked`` (a refresh of derived
        data) each is locked on PostgreSQL, and one another session holds is
        left out – whoever holds it recomputes it anyway."""
        statement = select(TicketRow).where(TicketRow.state.in_(UNFINISHED_VALUES))
        return list(self.session.scalars(self._skipping_locked(statement, skip_locked)))

    def _skipping_locked(self, statement: Select[Any], skip_locked: bool) -> Select[Any]:
        if skip_locked and self.dialect != "sqlite":
            return statement.with_for_update(skip_locked=True)
        return statement

    def update_ensures_flags(
        self,
        rows: Iterable[TicketRow],
        missing: Callable[[Ticket, list[Event]], bool] | None,
        also: Callable[[Ticket, list[Event]], object] | None = None,
        known: dict[int, list[Event]] | None = None,
    ) -> int:
        """Sets each row's ``ensures_missing`` to what ``missing`` says of its ticket
        and events (the domain decides); returns how many changed. ``also`` sees
        each ticket and its events too (the statistics facts are derived there)."""
        rows = list(rows)
        if not rows:
            return 0
        events = known if known is not None else self.events_by_ticket([r.id for r in rows])
        changed = 0
        for row in rows:
            ticket = ticket_from_row(row)
            if also is not None:
                also(ticket, events[row.id])
            if missing is None:  # the flag is left as it is
                continue
            now_missing = missing(ticket, events[row.id])
            if row.ensures_missing != now_missing:
                row.ensures_missing = now_missing
                changed += 1
        return changed

    def any_ticket(self) -> bool:
        """Whether the store holds a ticket at all (a first start holds none)."""
        return self.session.scalar(select(TicketRow.id).limit(1)) is not None

    # -- writes ------------------------------------------------------------
    def add(self, ticket: Ticket, events: Iterable[Event] = ()) -> TicketRow:
        if self.find_row(ticket.number) is not None:
            raise DuplicateTicket(ticket.number)
        row = TicketRow()
        copy_ticket_to_row(ticket, row)
        self.session.add(row)
        self.session.flush()
        ticket.id = row.id
        self._index(row.id, searchable_parts(ticket))
        self._add_events(row, events)
        announce(self.session, [ticket.number])
        return row

    def save(self, row: TicketRow, ticket: Ticket, events: Iterable[Event]) -> None:
        """Writes the changed ticket and its events; a ticket someone else saved
        in between (its version moved on) raises ConcurrentChange, naming them."""
        copy_ticket_to_row(ticket, row)
        self._add_events(row, events)
        try:
            self.session.flush()
        except StaleDataError:
            self.session.rollback()
            self._refuse_concurrent(ticket.number)
        announce(self.session, [ticket.number])

    def _add_events(self, row: TicketRow, events: Iterable[Event]) -> None:
        """The events, sealed onto the ticket's trail, in this transaction."""
        new = [event_row(row.id, event) for event in events]
        if new:
            seal_new_events(self.session, row, new)
            self.session.add_all(new)

    def _refuse_concurrent(self, number: str) -> None:
        """Raises ConcurrentChange naming who changed the ticket last, and its state."""
        current = self.get(number)
        assert current.id is not None
        self.refuse_concurrent(number, self.events(current.id)[-1:])

    def refuse_concurrent(self, number: str, newer: Sequence[Event]) -> None:
        """Raises ConcurrentChange naming who did what since (``newer``), and the
        ticket's state now."""
        row = self.find_row(number)
        if row is None:
            raise TicketNotFound(number)
        current = ticket_from_row(row)
        actors = "、".join(dict.fromkeys(e.actor for e in newer))
        actions = "、".join(dict.fromkeys(action_label(e.action) for e in newer))
        raise ConcurrentChange(number, actors, actions, current.state.label)

    def _index(self, ticket_id: int, parts: Sequence[str]) -> None:
        self.session.execute(
            text(search_insert_sql(self.dialect)), {"id": ticket_id, "body": index_body(parts)}
        )

    # -- single tickets ------------------------------------------------------
    def find_row(self, number: str) -> TicketRow | None:
        return self.session.scalars(select(TicketRow).where(TicketRow.number == number)).first()

    def rows_by_numbers(
        self, numbers: Sequence[str], *, for_update: bool = False
    ) -> dict[str, TicketRow]:
        """The rows of those numbers that exist (locked on PostgreSQL if asked)."""
        found: dict[str, TicketRow] = {}
        for start in range(0, len(numbers), 500):
            query = select(TicketRow).where(TicketRow.number.in_(numbers[start : start + 500]))
            if for_update and self.dialect != "sqlite":
                query = query.with_for_update()
            found.update((row.number, row) for row in self.session.scalars(query))
        return found

    def rows_by_ids(self, ids: Sequence[int], *, skip_locked: bool = False) -> list[TicketRow]:
        """The rows of these ids (``skip_locked``: as in ``unfinished_rows``)."""
        return [
            row
            for start in range(0, len(ids), 500)
            for row in self.session.scalars(
                self._skipping_locked(
                    select(TicketRow).where(TicketRow.id.in_(ids[start : start + 500])),
                    skip_locked,
                )
            )
        ]

    def get_row(self, number: str, *, for_update: bool = False) -> TicketRow:
        """The ticket's row; ``for_update`` locks it on PostgreSQL, and a change
        someone committed while this one waited for the lock is refused the same
        way as on SQLite (ConcurrentChange, naming them), not acted on blindly."""
        query = select(TicketRow).where(TicketRow.number == number)
        seen = None
        if for_update and self.dialect != "sqlite":
            # Read committed: this read does not wait; the locking one below waits
            # for whoever holds the row and then sees what they committed.
            seen = self.session.scalar(select(TicketRow.version).where(TicketRow.number == number))
            query = query.with_for_update()
        row = self.session.scalars(query).first()
        if row is not None and seen is not None and row.version != seen:
            self._refuse_concurrent(number)
        if row is None:
            raise TicketNotFound(number)
        return row

    def get(self, number: str) -> Ticket:
        return ticket_from_row(self.get_row(number))

    def events(self, ticket_id: int) -> list[Event]:
        rows = list(
            self.session.scalars(
                select(EventRow)
                .where(EventRow.ticket_id == ticket_id)
                .order_by(EventRow.at, EventRow.id)
            )
        )
        if rows:  # the trail's last seal, for sealing the next event without asking again
            last = max(rows, key=lambda r: r.id)
            self.session.info[(LAST_SEAL, ticket_id)] = (len(rows), last.seal)
        return [event_from_row(r) for r in rows]

    # -- lists -----------------------------------------------------------------
    def _filtered(self, query: QueueQuery, walk_due_index: bool = False) -> Select[Any]:
        statement = select(TicketRow)
        if query.states:
            statement = statement.where(TicketRow.state.in_([s.value for s in query.states]))
        if query.unit_id is not None:
            statement = statement.where(TicketRow.main_unit_id == query.unit_id)
        if query.owner is not None:
            statement = statement.where(TicketRow.owner == query.owner)
        if query.due_from is not None:
            statement = statement.where(TicketRow.due_at >= query.due_from)
        if query.due_before is not None:
            statement = statement.where(TicketRow.due_at < query.due_before)
        if query.kinds:
            statement = statement.where(TicketRow.kind.in_([k.value for k in query.kinds]))
        for flag in (*query.flags, *query.any_flags):
            if flag not in FLAG_COLUMNS:
                raise ValueError(f"unknown flag filter {flag!r}; known: {', '.join(FLAG_COLUMNS)}")
        for flag in query.flags:
            statement = statement.where(FLAG_COLUMNS[flag])
        if query.any_flags:
            statement = statement.where(or_(*(FLAG_COLUMNS[f] for f in query.any_flags)))
        if query.search.strip():
            statement = statement.where(self._search_condition(query.search, walk_due_index))
        if query.figure is not None:
            statement = statement.where(selection_condition(query.figure))
        return statement

    def _search_ids(self, search: str) -> TextualSelect | None:
        """The ids of tickets whose text holds ``search``, as a subquery."""
        phrase = query_phrase(search)
        if phrase is None:
            return None
        single = significant_length(search) == 1
        if self.dialect == "sqlite":
            match = f'"{phrase}"*' if single else '"' + phrase.replace('"', '""') + '"'
            return (
                text("SELECT rowid AS id FROM ticket_search WHERE ticket_search MATCH :match")
                .bindparams(match=match)
                .columns(id=Integer)
            )
        tsquery = "to_tsquery('simple', :match)" if single else "phraseto_tsquery('simple', :match)"
        return (
            text(f"SELECT ticket_id AS id FROM ticket_search WHERE body @@ {tsquery}")
            .bindparams(match=f"{phrase}:*" if single else phrase)
            .columns(id=Integer)
        )

    def _search_condition(self, search: str, walk_due_index: bool = False) -> ColumnElement[bool]:
        ids = self._search_ids(search)
        if ids is None:  # nothing searchable (punctuation only): match nothing
            return TicketRow.id.is_(None)
        if walk_due_index:
            # "id + 0" hides the primary key from SQLite's planner, which then
            # walks the due index in order and stops after one page of hits.
            return (TicketRow.id + 0).in_(ids)
        return TicketRow.id.in_(ids)

    def _many_hits(self, query: QueueQuery, hits: int | None) -> bool:
        """Whether a search-only page by due is better served by walking the due index.

        Fetching and sorting every hit costs about 2 ms per thousand on SQLite;
        walking the index finds a page of frequent hits at once but reads the
        whole index for rare ones. The index-only hit count decides: ``hits``
        when the caller has counted already (capped at or above the threshold).
        """
        by_due = query.order == "due" and (
            not query.sort or (query.sort in ("due_at", "deadline") and not query.descending)
        )
        if not by_due or not self._only_search(query):
            return False
        if hits is None:
            hits = self.count(query, cap=WALK_DUE_INDEX_FROM_HITS)
        return hits > WALK_DUE_INDEX_FROM_HITS

    @contextmanager
    def _planner(self, **settings: bool) -> Iterator[None]:
        """PostgreSQL planner switches for the statements inside, restored after
        (SET LOCAL would otherwise last to the end of the transaction)."""
        if self.dialect != "postgresql":
            yield
            return
        for name, on in settings.items():
            self.session.execute(text(f"SET LOCAL {name} = {'on' if on else 'off'}"))
        try:
            yield
        finally:
            for name in settings:
                self.session.execute(text(f"RESET {name}"))

    def _only_search(self, query: QueueQuery) -> bool:
        """A search with no other filter (the order does not matter)."""
        others = (
            query.states,
            query.unit_id is not None,
            query.owner,
            query.due_before,
            query.due_from,
            query.kinds,
            query.flags,
            query.any_flags,
            query.figure,
        )
        return bool(query.search.strip()) and not any(others)

    def page(self, query: QueueQuery, hits: int | None = None) -> list[Ticket]:
        """One page of ``query``; ``hits`` is its count if the caller has it
        (exact, or capped at WALK_DUE_INDEX_FROM_HITS or above), saving a count."""
        walk = self._many_hits(query, hits)
        if walk and self.dialect == "postgresql":
            return self._walk_due_index_postgresql(query)
        statement = self._filtered(query, walk_due_index=walk)
        if walk:
            # Thousands of hits across the archive: the due index gives the page
            # at once (there, the deadline is the due date but for the few 待派单).
            statement = statement.order_by(TicketRow.due_at, TicketRow.id)
        elif query.sort:
            if query.sort not in SORT_COLUMNS:
                raise ValueError(f"cannot sort by {query.sort!r}; known: {', '.join(SORT_COLUMNS)}")
            column = SORT_COLUMNS[query.sort]
            if (
                query.sort == "deadline"
                and query.states
                and TicketState.RECEIVED not in query.states
            ):
                # No 待派单 among them: the stage's deadline is the due date, whose
                # (state, due) index gives the page of a big state (办结归档) in order.
                column = TicketRow.due_at
            if query.descending:
                statement = statement.order_by(column.desc(), TicketRow.id.desc())
            else:
                statement = statement.order_by(column, TicketRow.id)
        elif query.order == "newest":
            statement = statement.order_by(TicketRow.id.desc())
        else:
            statement = statement.order_by(TicketRow.due_at, TicketRow.id)
        statement = statement.limit(query.limit).offset(query.offset)
        return [ticket_from_row(row) for row in self.session.scalars(statement)]

    def _walk_due_index_postgresql(self, query: QueueQuery) -> list[Ticket]:
        """A frequent phrase over the whole archive, by due, on PostgreSQL.

        The planner takes any phrase for rare and would fetch, recheck and sort
        every hit (0.4 s for 66,000 of a million); this walks the tickets in due
        order a chunk at a time and keeps those whose search row matches,
        probed by key – SQLite's plan, done by hand – until the page is full.
        """
        phrase = query_phrase(query.search)
        assert phrase is not None  # _many_hits found hits
        single = significant_length(query.search) == 1
        tsquery = "to_tsquery('simple', :match)" if single else "phraseto_tsquery('simple', :match)"
        probe = text(
            f"SELECT ticket_id FROM ticket_search WHERE ticket_id = ANY(:ids) AND body @@ {tsquery}"
        )
        match = f"{phrase}:*" if single else phrase
        order = select(TicketRow.id).order_by(TicketRow.due_at, TicketRow.id)
        wanted, skip, found = query.limit, query.offset, []
        with self._planner(enable_bitmapscan=False):  # probe by key
            for start in range(0, 10**9, WALK_CHUNK):
                ids = list(self.session.scalars(order.limit(WALK_CHUNK).offset(start)))
                if not ids:
                    break
                hits = set(self.session.scalars(probe, {"ids": ids, "match": match}))
                for ticket_id in ids:
                    if ticket_id not in hits:
                        continue
                    if skip:
                        skip -= 1
                    else:
                        found.append(ticket_id)
                if len(found) >= wanted:
                    break
        found = found[:wanted]
        rows = {
            row.id: row
            for row in self.session.scalars(select(TicketRow).where(TicketRow.id.in_(found)))
        }
        return [ticket_from_row(rows[i]) for i in found]

    def count(self, query: QueueQuery, cap: int | None = None) -> int:
        """How many tickets match; with ``cap``, counting stops past it (returns cap + 1),
        which keeps "10,000+" cheap on an archive of millions."""
        ids = self._search_ids(query.search) if self._only_search(query) else None
        if ids is not None:  # every ticket is indexed: count in the index alone
            matching: Select[Any] = select(ids.subquery().c.id)
        else:
            matching = self._filtered(query).with_only_columns(TicketRow.id)
        if cap is not None:
            matching = matching.limit(cap + 1)
        statement = select(func.count()).select_from(matching.subquery())
        # With a cap, PostgreSQL reads a one-character (prefix) search's whole
        # table in the hope of stopping early: 185 ms where the index takes 50.
        searching = {"enable_seqscan": False} if query.search.strip() else {}
        with self._planner(**searching):
            return int(self.session.scalar(statement) or 0)

    def unfinished_due_between(self, start: datetime, end: datetime) -> list[Ticket]:
        """Unfinished tickets whose deadline falls in [start, end)."""
        statement = (
            select(TicketRow)
            .where(TicketRow.state.in_(UNFINISHED_VALUES))
            .where(TicketRow.due_at >= start, TicketRow.due_at < end)
            .order_by(TicketRow.due_at, TicketRow.id)
        )
        return [ticket_from_row(row) for row in self.session.scalars(statement)]

    def overdue(self, now: datetime, limit: int = 1000) -> list[Ticket]:
        statement = (
            select(TicketRow)
            .where(TicketRow.state.in_(UNFINISHED_VALUES))
            .where(TicketRow.due_at < now)
            .order_by(TicketRow.due_at, TicketRow.id)
            .limit(limit)
        )
        return [ticket_from_row(row) for row in self.session.scalars(statement)]

    def alert_candidates(self, next_workday_end: datetime) -> list[Ticket]:
        """Unfinished tickets that may deserve an alert: due soon or late, waiting for
        dispatch, with a commitment request or a return."""
        statement = (
            select(TicketRow)
            .where(TicketRow.state.in_(UNFINISHED_VALUES))
            .where(
                (TicketRow.due_at < next_workday_end)
                | (TicketRow.state == TicketState.RECEIVED.value)
                | TicketRow.commitment_pending
                | TicketRow.returned
                | TicketRow.unjustified_return
            )
            .order_by(TicketRow.due_at, TicketRow.id)
        )
        return [ticket_from_row(row) for row in self.session.scalars(statement)]

    def with_phone(self, phone: str, limit: int = 50) -> list[Ticket]:
        """The newest tickets from this caller phone (its index)."""
        statement = (
            select(TicketRow)
            .where(TicketRow.caller_phone == phone)
            .order_by(TicketRow.received_at.desc())
            .limit(limit)
        )
        return [ticket_from_row(row) for row in self.session.scalars(statement)]

    # PostgreSQL: the newest tickets first look among the last RECENT_WINDOW
    # stored, walking the primary key backwards (a fragment in thousands of
    # tickets fills the limit in a few hundred rows: the full-text index would
    # collect all its thousands first and sort them, 0.2 s a fragment at a
    # million tickets); only what the window lacks is asked of the index (a
    # rare fragment: few matches, fast).
    RECENT_WINDOW = 10_000

    def holding(self, text_fragment: str, limit: int = 100) -> list[Ticket]:
        """The last ``limit`` tickets stored whose text holds the fragment."""
        return self.holding_each([text_fragment], limit)[0]

    def holding_each(self, fragments: Sequence[str], limit: int = 100) -> list[list[Ticket]]:
        """For each fragment, the last ``limit`` tickets stored whose text holds
        it, newest first however common the fragment (a village's name is in
        thousands of tickets)."""
        phrases = [query_phrase(f) if significant_length(f) >= 2 else None for f in fragments]
        if self.dialect == "sqlite":
            found = [self._sqlite_holding(p, limit) if p else [] for p in phrases]
        else:
            found = self._postgresql_holding(phrases, limit)
        rows = self.rows_by_ids(sorted({i for ids in found for i in ids}))
        by_id = {row.id: ticket_from_row(row) for row in rows}
        return [[by_id[i] for i in ids if i in by_id] for ids in found]

    def _sqlite_holding(self, phrase: str, limit: int) -> list[int]:
        statement = text(
            "SELECT rowid FROM ticket_search WHERE ticket_search MATCH :match "
            "ORDER BY rowid DESC LIMIT :limit"
        ).bindparams(match='"' + phrase.replace('"', '""') + '"', limit=limit)
        return list(self.session.scalars(statement))

    def _postgresql_holding(self, phrases: Sequence[str | None], limit: int) -> list[list[int]]:
        top = self.session.scalar(text("SELECT max(ticket_id) FROM ticket_search")) or 0
        floor = max(0, top - self.RECENT_WINDOW)
        recent = text(
            "SELECT ticket_id FROM ticket_search WHERE ticket_id > :floor "
            "AND body @@ phraseto_tsquery('simple', :match) ORDER BY ticket_id DESC LIMIT :limit"
        )
        older = text(
            "SELECT ticket_id FROM ticket_search WHERE ticket_id <= :floor "
            "AND body @@ phraseto_tsquery('simple', :match) ORDER BY ticket_id DESC LIMIT :limit"
        )
        found: list[list[int]] = []
        with self._planner(enable_bitmapscan=False):
            for phrase in phrases:
                found.append(
                    list(
                        self.session.scalars(
                            recent.bindparams(floor=floor, match=phrase, limit=limit)
                        )
                    )
                    if phrase
                    else []
                )
        for phrase, ids in zip(phrases, found, strict=True):
            if phrase and len(ids) < limit and floor:
                ids += self.session.scalars(
                    older.bindparams(floor=floor, match=phrase, limit=limit - len(ids))
                )
        return found

    def archived_after(
        self,
        after: tuple[datetime, int] | None,
        limit: int,
        received_before: datetime | None = None,
    ) -> list[Row[Any]]:
        """Archived tickets in the order they were archived, after the (archived
        at, id) ``after`` – what the dispatch suggestion learns from, a batch at
        a time (the archived-at index keeps each batch a short walk)."""
        columns = (
            TicketRow.id, TicketRow.archived_at, TicketRow.title, TicketRow.content,
            TicketRow.category, TicketRow.address, TicketRow.main_unit_id,
        )  # fmt: skip
        statement = select(*columns).where(TicketRow.archived_at.is_not(None))
        if after is not None:
            # A row value: both databases walk the index from it (the same
            # condition spelt with OR made SQLite scan: 0.1 s at a million).
            statement = statement.where(
                tuple_(TicketRow.archived_at, TicketRow.id) > tuple_(*map(literal, after))
            )
        if received_before is not None:
            statement = statement.where(TicketRow.received_at < received_before)
        statement = statement.order_by(TicketRow.archived_at, TicketRow.id).limit(limit)
        return list(self.session.execute(statement))

    def archived_count(self) -> int:
        return int(
            self.session.scalar(
                select(func.count())
                .select_from(TicketRow)
                .where(TicketRow.archived_at.is_not(None))
            )
            or 0
        )

    def events_by_ticket(self, ticket_ids: Sequence[int]) -> dict[int, list[Event]]:
        found: dict[int, list[Event]] = {i: [] for i in ticket_ids}
        for start in range(0, len(ticket_ids), 500):
            chunk = list(ticket_ids[start : start + 500])
            # Plain rows, not ORM objects: a statistics backfill reads millions.
            rows = self.session.execute(
                select(*EVENT_COLUMNS)
                .where(EventRow.ticket_id.in_(chunk))
                .order_by(EventRow.ticket_id, EventRow.at, EventRow.id)
            )
            for row in rows:
                found[row.ticket_id].append(event_from_row(row))
        return found

    def trails_with_action(self, action: str) -> list[tuple[str, list[Event]]]:
        """(number, events) of every ticket with at least one ``action`` event."""
        ids_numbers = self.session.execute(
            select(TicketRow.id, TicketRow.number)
            .where(TicketRow.id.in_(select(EventRow.ticket_id).where(EventRow.action == action)))
            .order_by(TicketRow.number)
        ).all()
        trails = self.events_by_ticket([ticket_id for ticket_id, _ in ids_numbers])
        return [(number, trails[ticket_id]) for ticket_id, number in ids_numbers]
