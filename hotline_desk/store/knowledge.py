"""The knowledge base's rows and its search index (domain.knowledge).

The index is the tickets' kind (store.search_text): each part's character
bigrams, a query the phrase of its bigrams, so two-character words are found.
The engine ranks its matches (SQLite's bm25, PostgreSQL's ts_rank) and the
best CANDIDATES are ranked again by where each term stands (the title first).
"""

from __future__ import annotations

from collections.abc import Sequence
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
        body = index_body(entry.search_parts())
        if self.dialect == "sqlite":
            if not new:
                self.session.execute(
                    text("DELETE FROM kb_search WHERE rowid = :id"), {"id": entry_id}
                )
            self.session.execute(
                text("INSERT INTO kb_search(rowid, body) VALUES (:id, :body)"),
                {"id": entry_id, "body": body},
            )
            return
        self.session.execute(
            text(
                "INSERT INTO kb_search(entry_id, body) VALUES (:id, to_tsvector('simple', :body)) "
                "ON CONFLICT (entry_id) DO UPDATE SET body = EXCLUDED.body"
            ),
            {"id": entry_id, "body": body},
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
        """The entries holding every term, best first by the engine's rank."""
        phrases = [p for p in (query_phrase(t) for t in terms) if p]
        if not phrases:
            return []
        if self.dialect == "sqlite":
            match = " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases)
            statement = text(
                "SELECT rowid FROM kb_search WHERE kb_search MATCH :match "
                "ORDER BY bm25(kb_search) LIMIT :limit"
            ).bindparams(match=match, limit=limit)
        else:
            query = " && ".join(f"phraseto_tsquery('simple', :p{i})" for i in range(len(phrases)))
            statement = text(
                f"SELECT entry_id FROM kb_search WHERE body @@ ({query}) "
                f"ORDER BY ts_rank(body, {query}) DESC LIMIT :limit"
            ).bindparams(limit=limit, **{f"p{i}": p for i, p in enumerate(phrases)})
        return list(self.session.scalars(statement))

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
