"""知识库 use cases: add, edit, retire, review, search, show with versions,
import and export as .xlsx, and the entries due for review.

The general desk (综合科) and the admin keep it; everyone reads it. Bad
input is refused naming the field and what was expected, before anything is
stored; an import stores the good rows and names each bad one by its row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from hotline_desk.domain.knowledge import (
    DATE_FIELDS,
    ENTRY_FIELDS,
    EntryChange,
    EntryStatus,
    KnowledgeEntry,
    changed_fields,
    edited,
    relevance,
    search_terms,
)
from hotline_desk.domain.lifecycle.roles import KNOWLEDGE_EDITORS
from hotline_desk.services.auth import refusal
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import staff_role
from hotline_desk.services.errors import InputError, bounded_text
from hotline_desk.store.knowledge import KnowledgeStore

# The workbook's columns, in order (import and export alike).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "编号"),
    ("title", "标题"),
    ("category", "分类"),
    ("answer", "答复内容"),
    ("basis", "政策法规依据"),
    ("source_unit", "来源单位"),
    ("keywords", "关键词"),
    ("effective", "生效日期"),
    ("review_due", "复核日期"),
    ("status", "状态"),
)
STATUS_WORDS = {"有效": EntryStatus.ACTIVE, "已失效": EntryStatus.RETIRED,
                "active": EntryStatus.ACTIVE, "retired": EntryStatus.RETIRED}  # fmt: skip


def _require_editor(context: AppContext, what: str) -> None:
    role = staff_role(context, context.operator) or ""
    if role not in KNOWLEDGE_EDITORS:
        raise refusal(context, role, what)


def _date(label: str, value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError:
        raise InputError(label, "日期 YYYY-MM-DD", str(value)) from None


def checked(values: dict[str, object]) -> dict[str, object]:
    """The values a person typed, bounded and parsed; refuses naming the field."""
    result: dict[str, object] = {}
    for key, (label, limit) in ENTRY_FIELDS.items():
        if key in values:
            result[key] = bounded_text(label, str(values[key] or "").strip(), limit)
    for key, label in DATE_FIELDS.items():
        if key in values:
            result[key] = _date(label, values[key])
    for key in ("title", "answer"):
        if key in result and not result[key]:
            raise InputError(ENTRY_FIELDS[key][0], _NOT_EMPTY[key])
    return result


_NOT_EMPTY = {"title": "条目的标题，不能为空", "answer": "条目的答复内容，不能为空"}


def add_entry(
    context: AppContext, values: dict[str, object], action: str = "add"
) -> KnowledgeEntry:
    _require_editor(context, "编辑知识库")
    given = checked(values)
    for key in ("title", "answer"):
        if not given.get(key):
            raise InputError(ENTRY_FIELDS[key][0], _NOT_EMPTY[key])
    now = context.clock.now()
    entry = edited(
        KnowledgeEntry(title="", answer=""), **given, updated_at=now, updated_by=context.operator
    )
    change = EntryChange(0, 1, now, context.operator, action,
                         changed_fields(KnowledgeEntry(title="", answer=""), entry))  # fmt: skip
    with context.db.unit_of_work() as session:
        return KnowledgeStore(session).add(entry, change)


def _change(context: AppContext, entry_id: int, action: str, **values: object) -> KnowledgeEntry:
    now = context.clock.now()
    with context.db.unit_of_work() as session:
        store = KnowledgeStore(session)
        before = store.get(entry_id, for_update=True)
        if before is None:
            raise InputError("条目编号", "知识库中已有的条目编号", str(entry_id))
        after = edited(before, **values, version=before.version + 1, updated_at=now,
                       updated_by=context.operator)  # fmt: skip
        changes = changed_fields(before, after)
        if not changes:
            return before  # nothing changed: no version
        change = EntryChange(entry_id, after.version, now, context.operator, action, changes)
        return store.save(after, change)


def edit_entry(context: AppContext, entry_id: int, values: dict[str, object]) -> KnowledgeEntry:
    _require_editor(context, "编辑知识库")
    return _change(context, entry_id, "edit", **checked(values))


def retire_entry(context: AppContext, entry_id: int) -> KnowledgeEntry:
    """已失效: kept with its versions, found only when asked for."""
    _require_editor(context, "编辑知识库")
    return _change(context, entry_id, "retire", status=EntryStatus.RETIRED)


@dataclass(frozen=True)
class Found:
    entry: KnowledgeEntry
    score: float


def search(
    context: AppContext,
    query: str = "",
    category: str = "",
    unit: str = "",
    statuses: tuple[str, ...] = ("active", "review"),
    limit: int = 50,
) -> list[Found]:
    """Entries holding every term of ``query`` (two characters or more each),
    best first; without a query, the newest. Retired ones only when asked."""
    terms = search_terms(query)
    if query.strip() and not terms:
        raise InputError("查询", "两个字或更多", query.strip())
    today = context.clock.now().date()
    with context.db.session() as session:
        store = KnowledgeStore(session)
        ids = store.matching_ids(terms) if terms else None
        entries = store.entries(ids, category, unit, statuses, today, limit=500)
    found = [Found(e, relevance(e, terms)) for e in entries]
    if terms:
        found.sort(key=lambda f: (-f.score, f.entry.title))
    return found[:limit]


def show(context: AppContext, entry_id: int) -> tuple[KnowledgeEntry, list[EntryChange]]:
    with context.db.session() as session:
        store = KnowledgeStore(session)
        entry = store.get(entry_id)
        if entry is None:
            raise InputError("条目编号", "知识库中已有的条目编号", str(entry_id))
        return entry, store.changes(entry_id)


def due_for_review(context: AppContext) -> list[KnowledgeEntry]:
    with context.db.session() as session:
        return KnowledgeStore(session).past_review(context.clock.now().date())


# -- workbooks -------------------------------------------------------------------
@dataclass
class KnowledgeImport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # row, field, reason


def export_entries(context: AppContext, path: Path, include_retired: bool = True) -> int:
    """Every entry as one row of an .xlsx (no cell of it is ever a formula)."""
    from openpyxl import Workbook

    from hotline_desk.services.private_files import private_output
    from hotline_desk.services.safe_sheets import append_rows

    statuses = ("active", "review", "retired") if include_retired else ("active", "review")
    with context.db.session() as session:
        entries = KnowledgeStore(session).entries(None, statuses=statuses, limit=10_000_000)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("知识库")
    rows: list[list[object]] = [[label for _key, label in COLUMNS]]
    for e in sorted(entries, key=lambda e: e.id):
        rows.append([
            e.id, e.title, e.category, e.answer, e.basis, e.source_unit, e.keywords,
            e.effective.isoformat() if e.effective else "",
            e.review_due.isoformat() if e.review_due else "",
            "已失效" if e.status is EntryStatus.RETIRED else "有效",
        ])  # fmt: skip
    append_rows(sheet, rows)
    book.save(private_output(path))
    return len(entries)


def import_entries(context: AppContext, path: Path) -> KnowledgeImport:
    """Rows of an .xlsx with the export's headers: a row with the 编号 of an
    entry updates it (a version), one without adds an entry; a bad row is
    named (row, field, why) and the others are stored."""
    from hotline_desk.services.importer import read_rows

    _require_editor(context, "导入知识库")
    report = KnowledgeImport()
    rows = iter(read_rows(path))
    header = [str(c or "").strip() for c in next(rows, [])]
    labels = {label: key for key, label in COLUMNS}
    missing = [
        label for key, label in COLUMNS if key in ("title", "answer") and label not in header
    ]
    if missing:
        raise InputError(
            "表头",
            "导出的知识库表头（{columns}）",
            "缺少 " + "、".join(missing),
            params={"columns": "、".join(name for _k, name in COLUMNS)},
        )
    keys = [labels.get(h) for h in header]
    for number, cells in enumerate(rows, start=2):
        values = {k: c for k, c in zip(keys, cells, strict=False) if k is not None}
        if all(v in (None, "") for v in values.values()):
            continue
        try:
            _import_row(context, values, report)
        except (InputError, ValueError) as error:
            what = getattr(error, "field", "") or ""
            report.problems.append((number, str(what), str(error)))
    return report


def _import_row(context: AppContext, values: dict[str, object], report: KnowledgeImport) -> None:
    status_word = str(values.pop("status", "") or "").strip()
    raw_id = values.pop("id", None)
    given: dict[str, object] = dict(checked(values))
    if status_word:
        if status_word not in STATUS_WORDS:
            raise InputError("状态", "有效 或 已失效", status_word)
        given["status"] = STATUS_WORDS[status_word]
    if raw_id in (None, ""):
        add_entry(context, given, action="import")
        report.added += 1
        return
    try:
        number = float(str(raw_id).strip())  # a spreadsheet keeps 3 as 3.0
        if not number.is_integer():
            raise ValueError(raw_id)
        entry_id = int(number)
    except ValueError:
        raise InputError("编号", "知识库条目的编号（整数）", str(raw_id)) from None
    before = show(context, entry_id)[0]
    after = _change(context, entry_id, "import", **given)
    if after.version == before.version:
        report.unchanged += 1
    else:
        report.updated += 1


# -- the category tree --------------------------------------------------------------
TREE_HEADERS = ("一级分类", "二级分类", "三级分类")


def categories(context: AppContext) -> list[str]:
    """The office's tree ("一级/二级/三级") and every category an entry has."""
    import json

    from hotline_desk.domain import settings as office_settings

    tree = json.loads(context.get(office_settings.KNOWLEDGE_CATEGORIES) or "[]")
    with context.db.session() as session:
        used = [c for c in KnowledgeStore(session).categories() if c]
    return sorted(set(tree) | set(used))


def import_categories(context: AppContext, path: Path) -> int:
    """The category tree from a workbook with the columns 一级分类, 二级分类,
    三级分类 (rows may leave the lower levels empty); replaces the office's."""
    import json

    from hotline_desk.domain import settings as office_settings
    from hotline_desk.services.importer import read_rows

    _require_editor(context, "导入知识库分类")
    rows = iter(read_rows(path))
    header = [str(c or "").strip() for c in next(rows, [])]
    if header[:1] != [TREE_HEADERS[0]]:
        raise InputError(
            "表头", "分类表的表头（{columns}）", "、".join(h for h in header if h),
            params={"columns": "、".join(TREE_HEADERS)},
        )  # fmt: skip
    paths: dict[str, None] = {}
    for cells in rows:
        levels = [str(c or "").strip().replace("/", "／") for c in list(cells)[:3]]
        levels = [level for level in levels if level]
        for depth in range(1, len(levels) + 1):
            paths["/".join(levels[:depth])] = None
    if not paths:
        raise InputError("分类表", "至少一行分类", str(path.name))
    context.put(office_settings.KNOWLEDGE_CATEGORIES, json.dumps(list(paths), ensure_ascii=False))
    return len(paths)
