"""The knowledge base's rows and its search index (domain.knowledge).

The index is the tickets' kind (store.search_text): each part's character
bigrams, a query the phrase of its bigrams, so two-character words are found.
Title and keywords are indexed apart from the rest: the candidates are the
entries with every term there, then the newest with every term anywhere,
CANDIDATES of each; they are ranked by where each term stands (the title
first, domain.knowledge.relevance).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from hotline_desk.domain.knowledge import EntryChange, EntryStatus, KnowledgeEntry
from hotline_desk.store.models import KnowledgeChangeRow, KnowledgeEntryRow
from hotline_desk.store.search_text import index_body, query_phrase

CANDIDATES = 200

_COLUMNS = (
    "title", "category", "answer", "basis", "source_unit", "keywords", "effective",
    "review_due", "version", "updated_at", "updated_by",
)  # fmt: skip


def entry_from_row(row: KnowledgeEntryRow) -> KnowledgeEntry:
    return KnowledgeEntry(
        id=row.id,
        status=EntryStatus(row.status),
        **{name: getattr(row, name) for name in _COLUMNS},
    )


def _copy(entry: KnowledgeEntry, row: KnowledgeEntryRow) -> None:
    for name in _COLUMNS:
        setattr(row, name, getattr(entry, name))
    row.status = entry.status.value


class KnowledgeStore:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    # -- writes ----------------------------------------------------------------
    def add(self, entry: KnowledgeEntry, change: EntryChange) -> KnowledgeEntry:
        row = KnowledgeEntryRow()
        _copy(entry, row)
        self.session.add(row)
        self.session.flush()
        self._index(row.id, entry, new=True)
        self._record(row.id, change)
        return entry_from_row(row)

    def save(self, entry: KnowledgeEntry, change: EntryChange) -> KnowledgeEntry:
        row = self.session.get(
            KnowledgeEntryRow, entry.id, with_for_update=self.dialect != "sqlite"
        )
        assert row is not None
        _copy(entry, row)
        self.session.flush()
        self._index(row.id, entry, new=False)
        self._record(row.id, change)
        return entry_from_row(row)

    def _record(self, entry_id: int, change: EntryChange) -> None:
        self.session.add(
            KnowledgeChangeRow(
                entry_id=entry_id,
                version=change.version,
                at=change.at,
                actor=change.actor,
                action=change.action,
                changes={k: list(v) for k, v in change.changes.items()},
            )
        )

    def _index(self, entry_id: int, entry: KnowledgeEntry, new: bool) -> None:
        head = index_body([entry.title, entry.keywords])
        body = index_body([entry.basis, entry.answer, entry.category, entry.source_unit])
        values = {"id": entry_id, "head": head, "body": body}
        if self.dialect == "sqlite":
            if not new:
                self.session.execute(
                    text("DELETE FROM kb_search WHERE rowid = :id"), {"id": entry_id}
                )
            self.session.execute(
                text("INSERT INTO kb_search(rowid, head, body) VALUES (:id, :head, :body)"), values
            )
            return
        self.session.execute(
            text(
                "INSERT INTO kb_search(entry_id, head, doc) VALUES (:id, "
                "to_tsvector('simple', :head), to_tsvector('simple', :head || ' | ' || :body)) "
                "ON CONFLICT (entry_id) DO UPDATE SET head = EXCLUDED.head, doc = EXCLUDED.doc"
            ),
            values,
        )

    # -- reads -----------------------------------------------------------------
    def get(self, entry_id: int, *, for_update: bool = False) -> KnowledgeEntry | None:
        row = self.session.get(
            KnowledgeEntryRow, entry_id, with_for_update=for_update and self.dialect != "sqlite"
        )
        return entry_from_row(row) if row is not None else None

    def changes(self, entry_id: int) -> list[EntryChange]:
        rows = self.session.scalars(
            select(KnowledgeChangeRow)
            .where(KnowledgeChangeRow.entry_id == entry_id)
            .order_by(KnowledgeChangeRow.version, KnowledgeChangeRow.id)
        )
        return [
            EntryChange(
                r.entry_id, r.version, r.at, r.actor, r.action,
                {k: (str(v[0]), str(v[1])) for k, v in (r.changes or {}).items()},
            )
            for r in rows
        ]  # fmt: skip

    def matching_ids(self, terms: Sequence[str], limit: int = CANDIDATES) -> list[int]:
        """Entries holding every term: those with every term in their title or
        keywords first, then the newest holding them anywhere – each part a
        walk that stops at ``limit`` (an engine's ranking would score every
        match first: 0.1–0.4 s for a word in most of 50,000 entries)."""
        phrases = [p for p in (query_phrase(t) for t in terms) if p]
        if not phrases:
            return []
        if self.dialect == "sqlite":
            quoted = ['"' + p.replace('"', '""') + '"' for p in phrases]
            in_head = " AND ".join(f"head : {q}" for q in quoted)
            anywhere = " AND ".join(quoted)
            statement = text(
                "SELECT rowid FROM kb_search WHERE kb_search MATCH :match "
                "ORDER BY rowid DESC LIMIT :limit"
            )
            found = [
                list(self.session.scalars(statement.bindparams(match=m, limit=limit)))
                for m in (in_head, anywhere)
            ]
        else:
            found = self._postgresql_matches(phrases, limit)
        return list(dict.fromkeys([*found[0], *found[1]]))

    RECENT_WINDOW = 5_000  # PostgreSQL: the newest entries walked before the index is asked

    def _postgresql_matches(self, phrases: list[str], limit: int) -> list[list[int]]:
        params = {f"p{i}": p for i, p in enumerate(phrases)}
        query = " && ".join(f"phraseto_tsquery('simple', :p{i})" for i in range(len(phrases)))
        in_head = list(
            self.session.scalars(
                text(f"SELECT entry_id FROM kb_search WHERE head @@ ({query}) LIMIT :limit"),
                {**params, "limit": limit},
            )
        )
        top = self.session.scalar(text("SELECT max(entry_id) FROM kb_search")) or 0
        floor = max(0, top - self.RECENT_WINDOW)
        recent = text(
            f"SELECT entry_id FROM kb_search WHERE entry_id > :floor AND doc @@ ({query}) "
            "ORDER BY entry_id DESC LIMIT :limit"
        )
        older = text(
            f"SELECT entry_id FROM kb_search WHERE entry_id <= :floor AND doc @@ ({query}) "
            "ORDER BY entry_id DESC LIMIT :limit"
        )
        with self._planner_without_bitmaps():
            anywhere = list(
                self.session.scalars(recent, {**params, "floor": floor, "limit": limit})
            )
        if len(anywhere) < limit and floor:
            anywhere += self.session.scalars(
                older, {**params, "floor": floor, "limit": limit - len(anywhere)}
            )
        return [in_head, anywhere]

    @contextmanager
    def _planner_without_bitmaps(self) -> Iterator[None]:
        """The newest entries by walking the key backwards, not every match first."""
        self.session.execute(text("SET LOCAL enable_bitmapscan = off"))
        try:
            yield
        finally:
            self.session.execute(text("RESET enable_bitmapscan"))

    def entries(
        self,
        ids: Sequence[int] | None = None,
        category: str = "",
        unit: str = "",
        statuses: Sequence[str] = (),
        today: date | None = None,
        limit: int = 500,
    ) -> list[KnowledgeEntry]:
        """Entries by ids (or all, newest first), filtered: category (with its
        sub-categories), source unit, shown status (active/review/retired)."""
        query = select(KnowledgeEntryRow)
        if ids is not None:
            if not ids:
                return []
            query = query.where(KnowledgeEntryRow.id.in_(list(ids)))
        if category:
            query = query.where(
                or_(
                    KnowledgeEntryRow.category == category,
                    KnowledgeEntryRow.category.startswith(category.rstrip("/") + "/"),
                )
            )
        if unit:
            query = query.where(KnowledgeEntryRow.source_unit == unit)
        query = query.where(*_status_conditions(statuses, today or date.today()))
        query = query.order_by(KnowledgeEntryRow.updated_at.desc(), KnowledgeEntryRow.id.desc())
        return [entry_from_row(r) for r in self.session.scalars(query.limit(limit))]

    def past_review(self, today: date) -> list[KnowledgeEntry]:
        """Entries in force whose review date has passed (the alerts name them)."""
        query = (
            select(KnowledgeEntryRow)
            .where(
                KnowledgeEntryRow.status == EntryStatus.ACTIVE.value,
                KnowledgeEntryRow.review_due < today,
            )
            .order_by(KnowledgeEntryRow.review_due)
        )
        return [entry_from_row(r) for r in self.session.scalars(query)]

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(KnowledgeEntryRow)) or 0)

    def categories(self) -> list[str]:
        return list(
            self.session.scalars(
                select(KnowledgeEntryRow.category).distinct().order_by(KnowledgeEntryRow.category)
            )
        )

    def rebuild_index(self) -> int:
        """The search index made anew from the entries (after a copy to a server)."""
        self.session.execute(text("DELETE FROM kb_search"))
        rows = self.session.scalars(select(KnowledgeEntryRow))
        count = 0
        for row in rows:
            self._index(row.id, entry_from_row(row), new=True)
            count += 1
        return count


def _status_conditions(statuses: Sequence[str], today: date) -> list[Any]:
    if not statuses:
        return []
    e = KnowledgeEntryRow
    shown = {
        "active": (e.status == "active") & (or_(e.review_due.is_(None), e.review_due >= today)),
        "review": (e.status == "active") & (e.review_due < today),
        "retired": e.status == "retired",
    }
    return [or_(*(shown[s] for s in statuses if s in shown))]
