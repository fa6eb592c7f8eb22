"""The office's knowledge base (知识库): authoritative answers with their basis.

An entry answers one kind of question – a consultation answered at once, or
the policy a unit's reply should rest on (the callback's first question asks
whether the citizen was told it). It carries its category in the office's
tree ("一级/二级/三级"), the answer, the policy or legal basis (document name
and number, article), the unit it came from, when it took effect, when it is
due for review, its status and keywords. Every change is a version: who,
when, which fields from what to what.

Status: 有效 (in force), 已失效 (retired); an entry in force past its review
date reads 待复核 until someone reviews it (edits it, or confirms it with a
new review date) – it is still shown, marked, and the alerts name it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum


class EntryStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"


STATUS_LABELS = {"active": "有效", "review": "待复核", "retired": "已失效"}

# The fields a person edits, their labels, and the limits the store keeps.
ENTRY_FIELDS: dict[str, tuple[str, int]] = {
    "title": ("标题", 200),
    "category": ("分类", 200),
    "answer": ("答复内容", 20_000),
    "basis": ("政策法规依据", 4_000),
    "source_unit": ("来源单位", 100),
    "keywords": ("关键词", 300),
}
DATE_FIELDS = {"effective": "生效日期", "review_due": "复核日期"}


def field_label(key: str) -> str:
    """How a person calls a field of an entry (its versions name them so)."""
    if key in ENTRY_FIELDS:
        return ENTRY_FIELDS[key][0]
    return DATE_FIELDS.get(key, {"status": "状态"}.get(key, key))


@dataclass(frozen=True)
class KnowledgeEntry:
    title: str
    answer: str
    category: str = ""
    basis: str = ""
    source_unit: str = ""
    keywords: str = ""
    effective: date | None = None
    review_due: date | None = None
    status: EntryStatus = EntryStatus.ACTIVE
    id: int = 0
    version: int = 1
    updated_at: datetime | None = None
    updated_by: str = ""

    def shown_status(self, today: date) -> str:
        """有效, 待复核 (in force past its review date) or 已失效."""
        if self.status is EntryStatus.RETIRED:
            return "retired"
        if self.review_due is not None and self.review_due < today:
            return "review"
        return "active"

    def search_parts(self) -> list[str]:
        """What the search index holds, each part apart (a phrase never spans two)."""
        return [self.title, self.keywords, self.basis, self.answer, self.category, self.source_unit]


@dataclass(frozen=True)
class EntryChange:
    """One version of an entry: who, when, and each field changed (old, new)."""

    entry_id: int
    version: int
    at: datetime
    actor: str
    action: str  # add, edit, retire, import
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)


CHANGE_LABELS = {"add": "新增", "edit": "修改", "retire": "失效", "import": "导入"}


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def changed_fields(before: KnowledgeEntry, after: KnowledgeEntry) -> dict[str, tuple[str, str]]:
    """The fields that differ, as (old, new) text."""
    keys = [*ENTRY_FIELDS, *DATE_FIELDS, "status"]
    return {
        k: (_shown(getattr(before, k)), _shown(getattr(after, k)))
        for k in keys
        if getattr(before, k) != getattr(after, k)
    }


def edited(entry: KnowledgeEntry, **values: object) -> KnowledgeEntry:
    """The entry with these fields changed (only known fields)."""
    known = {f.name for f in fields(KnowledgeEntry)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown knowledge entry fields: {sorted(unknown)}")
    return replace(entry, **values)  # type: ignore[arg-type]


# -- ranking ------------------------------------------------------------------
FIELD_WEIGHTS = (("title", 4.0), ("keywords", 3.0), ("basis", 2.0), ("category", 1.5),
                 ("answer", 1.0), ("source_unit", 0.5))  # fmt: skip


def relevance(entry: KnowledgeEntry, terms: list[str]) -> float:
    """How well an entry answers the terms: each term counted where it stands,
    the title first; an entry holding every term ranks above one that does not."""
    score = 0.0
    for term in terms:
        needle = term.lower()
        for name, weight in FIELD_WEIGHTS:
            text = str(getattr(entry, name)).lower()
            hits = text.count(needle)
            if hits:
                score += weight * (1 + min(hits, 5) * 0.1)
    return score


def search_terms(query: str) -> list[str]:
    """The query's terms: split on spaces; each of two characters or more."""
    return [t for t in query.replace("　", " ").split() if len(t.strip()) >= 2]
