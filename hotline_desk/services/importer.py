"""Importing the city platform's exports (.xlsx, .xls, .csv) as tickets, and
keeping the queue in step with the platform on each day's export.

Workbooks are read with calamine, CSV with the csv module (UTF-8 or
GB18030, detected); the header may be on any of the first rows. A bad row is
reported with its row number, field and reason and never stops the others.
Rows are written in batches, each its own transaction: a killed or cancelled
import leaves whole batches, and running the same file again finds those
tickets known and unchanged (idempotent by number), so it completes without
duplicates. A known ticket the platform changed is brought in step through
events (platform_sync), never overwritten silently.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hotline_desk.domain import lifecycle, platform_sync, settings
from hotline_desk.domain.import_mapping import ImportMapping, RowProblem, cell_text, read_row
from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.sheet_text import reads_as_formula
from hotline_desk.domain.ticket import Satisfaction, Ticket, TicketState
from hotline_desk.domain.units import UNIT_NAME_EXPECTED, Unit
from hotline_desk.paths import resources_dir
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import store_facts, update_derived
from hotline_desk.services.errors import InputError
from hotline_desk.services.import_report import Conflict, ImportReport
from hotline_desk.services.related import Probe, repeats_of_open
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.services.whitelist import Recogniser
from hotline_desk.store import bulk
from hotline_desk.store import units as unit_store
from hotline_desk.store.live import announce
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.tickets import TicketStore

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hotline_desk.store.models import TicketRow

BATCH = 500
CO_UNIT_SEPARATORS = re.compile(r"[、,，;；/\n]")
HEADER_SEARCH_ROWS = 20
YES = {"是", "yes", "true", "1", "y", "保密"}


# -- reading files ---------------------------------------------------------------
def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) unless most lines that are not plain ASCII
    fail as UTF-8: then GB18030 (a superset of GBK). A file of mixed encodings
    is read in the majority's; the lines of the other are rejected by row."""
    utf8 = other = 0
    with path.open("rb") as probe:
        for line in probe:
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                utf8 += 1
            except UnicodeDecodeError:
                other += 1
            if utf8 + other >= 5000:
                break
    return "gb18030" if other > utf8 else "utf-8-sig"


# A field this long is no 12345 ticket (the platform caps 诉求内容 far below);
# csv's own limit (128 KB) would end the whole file at the first such field.
MAX_FIELD_CHARS = 32_000
csv.field_size_limit(64 * 1024 * 1024)


def _csv_rows(path: Path) -> Iterator[list[object]]:
    """The file's rows as a stream; bytes that do not decode stay as surrogate
    escapes, so that the row holding them is rejected, not the file."""
    encoding = _csv_encoding(path)
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as handle:
        yield from csv.reader(handle)


# calamine holds the whole sheet in memory (about as much as the sheet's XML
# expands to); above this expanded size an .xlsx is streamed by openpyxl
# instead, slower (bench/import.py) but flat in memory. What a workbook expands
# to is read from its zip directory before anything is decompressed (zipfile
# never inflates past the size an entry declares), so a zip bomb is refused
# unread. openpyxl keeps the shared strings in memory: those are bounded too.
STREAM_XLSX_ABOVE_BYTES = 60_000_000
MAX_SHEET_BYTES = 512_000_000
MAX_SHARED_STRINGS_BYTES = 48_000_000
MAX_CALAMINE_BYTES = STREAM_XLSX_ABOVE_BYTES  # .ods/.xls: read whole, no streaming


def _unreadable(path: Path) -> InputError:
    return InputError("文件", "可读取的 Excel 工作簿（.xlsx、.xls）", source=path.name)


def _calamine_book(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # not a workbook, damaged, encrypted
        raise _unreadable(path) from error


def _expanded_sizes(path: Path) -> tuple[int, int]:
    """(the largest sheet's, the shared strings') size once decompressed, as
    the workbook's zip directory declares them; (0, 0) for a file that is not
    a zip (.xls)."""
    import zipfile

    if not zipfile.is_zipfile(path):
        return 0, 0
    try:
        with zipfile.ZipFile(path) as book:
            entries = book.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise _unreadable(path) from error
    sheets = [e.file_size for e in entries if e.filename.endswith(".xml") and (
        e.filename.startswith("xl/worksheets/") or e.filename == "content.xml"
    )]  # fmt: skip
    shared = sum(e.file_size for e in entries if e.filename == "xl/sharedStrings.xml")
    return max(sheets, default=0), shared


def _too_big(path: Path, what: str, size: int, limit: int) -> InputError:
    return InputError(
        "文件", "展开后不超过 {limit} MB 的{what}（实际 {size} MB：请拆分后分别导入）",
        source=path.name,
        params={"limit": limit // 1_000_000, "what": what, "size": size // 1_000_000},
    )  # fmt: skip


def _workbook_rows(path: Path, sheet: str | None) -> Iterator[list[object]]:
    """.xlsx, .xlsm, .xls and .ods through calamine: measured fifteen times as
    fast as openpyxl's read-only mode on the same files (bench/import.py);
    large .xlsx sheets streamed, anything that would expand past the bounds
    refused before it is read."""
    largest, shared = _expanded_sizes(path)
    if not largest and path.stat().st_size > MAX_CALAMINE_BYTES:  # .xls: read whole
        raise _too_big(path, "工作表", path.stat().st_size, MAX_CALAMINE_BYTES)
    if shared > MAX_SHARED_STRINGS_BYTES:
        raise _too_big(path, "共享字符串", shared, MAX_SHARED_STRINGS_BYTES)
    if largest > MAX_SHEET_BYTES:
        raise _too_big(path, "工作表", largest, MAX_SHEET_BYTES)
    if largest > STREAM_XLSX_ABOVE_BYTES:
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            raise _too_big(path, "工作表", largest, MAX_CALAMINE_BYTES)
        yield from _streamed_xlsx_rows(path, sheet)
        return
    book = _calamine_book(path)
    try:
        _check_sheet(path, sheet, book.sheet_names)
        worksheet = book.get_sheet_by_name(sheet) if sheet else book.get_sheet_by_index(0)
        for row in worksheet.iter_rows():
            yield [None if cell == "" else cell for cell in row]
    finally:
        book.close()


def _streamed_xlsx_rows(path: Path, sheet: str | None) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise _unreadable(path) from error
    try:
        _check_sheet(path, sheet, book.sheetnames)
        worksheet = book[sheet] if sheet else book.worksheets[0]
        for row in worksheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _check_sheet(path: Path, sheet: str | None, names: Sequence[str]) -> None:
    if sheet is not None and sheet not in names:
        raise InputError(
            "工作表", "以下之一：{allowed}", sheet, source=path.name,
            params={"allowed": tuple(names)},
        )  # fmt: skip


READABLE = (".csv", ".xlsx", ".xlsm", ".xls", ".ods")


def read_rows(path: Path, sheet: str | None = None) -> Iterator[list[object]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv_rows(path)
    if suffix in READABLE:
        return _workbook_rows(path, sheet)
    raise InputError("文件", ".xlsx、.xls 或 .csv 文件", path.name)


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets (empty for a CSV file)."""
    if path.suffix.lower() not in READABLE or path.suffix.lower() == ".csv":
        return []
    book = _calamine_book(path)
    names = list(book.sheet_names)
    book.close()
    return names


# -- mappings --------------------------------------------------------------------
def presets() -> list[ImportMapping]:
    """The mappings shipped with the application (resources/import_presets)."""
    folder = resources_dir() / "import_presets"
    return [
        ImportMapping.from_json(json.loads(p.read_text(encoding="utf-8")), p.stem)
        for p in sorted(folder.glob("*.json"))
    ]


def saved_mappings(context: AppContext) -> list[ImportMapping]:
    """Mappings the office saved from the import window (shared by its workstations)."""
    try:
        stored = json.loads(context.get(settings.SAVED_IMPORT_MAPPINGS))
    except json.JSONDecodeError:
        return []
    found = []
    for name, data in sorted(stored.items()):
        try:
            found.append(ImportMapping.from_json(data, name))
        except ValueError:
            continue  # written by a newer version: not this one's to read
    return found


def all_mappings(context: AppContext) -> list[ImportMapping]:
    return presets() + saved_mappings(context)


def save_mapping(context: AppContext, mapping: ImportMapping, name: str) -> ImportMapping:
    """Saves ``mapping`` under ``name`` (replacing one of that name)."""
    name = name.strip()
    if not name or len(name) > 40:
        raise InputError("映射名称", "1 到 40 个字", name)
    if name in {p.name for p in presets()}:
        raise InputError("映射名称", "与自带映射不同的名称", name)
    if len(mapping.columns) < 2 or not {"number", "content"} <= set(mapping.columns):
        raise InputError("映射", "至少为工单编号和诉求内容选好列", name)
    stored = {m.name: m.to_json() for m in saved_mappings(context)}
    stored[name] = mapping.to_json()
    context.put(settings.SAVED_IMPORT_MAPPINGS, json.dumps(stored, ensure_ascii=False))
    return replace(mapping, name=name)


@dataclass(frozen=True)
class Preview:
    """The first rows of a file as the import would read them."""

    sheets: list[str]
    header_row: int  # 1-based; 0 when no row looks like a header
    header: list[str]
    rows: list[list[str]]
    mapping: ImportMapping | None  # the mapping that recognises the header best
    located: dict[str, int]


def preview(
    context: AppContext,
    path: Path,
    sheet: str | None = None,
    mapping: ImportMapping | None = None,
    count: int = 10,
) -> Preview:
    sheets = sheet_names(path)
    head = _first_rows(read_rows(path, sheet), HEADER_SEARCH_ROWS + count)
    found = _find_header(head, [mapping] if mapping else all_mappings(context))
    if found is None:  # the user maps the columns: take the first full-looking row
        index = next((i for i, r in enumerate(head) if sum(bool(cell_text(c)) for c in r) >= 3), 0)
        chosen = None
    else:
        index, chosen = found
    header = [cell_text(c) for c in head[index]] if head else []
    rows = [[cell_text(c) for c in r] for r in head[index + 1 :] if any(cell_text(c) for c in r)]
    located = chosen.locate(header) if chosen else {}
    return Preview(sheets, index + 1 if head else 0, header, rows[:count], chosen, located)


def load_mapping(path: Path) -> ImportMapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        return ImportMapping.from_json(data, path.stem)
    except (OSError, json.JSONDecodeError, ValueError) as error:
        raise InputError("映射文件", "有效的映射 JSON（{problem}）", source=path.name,
                         params={"problem": str(error)[:400]}) from None  # fmt: skip


def _first_rows(rows: Iterator[list[object]], count: int) -> list[list[object]]:
    """Up to ``count`` rows taken off ``rows`` (which goes on after them)."""
    head: list[list[object]] = []
    for row in rows:
        head.append(row)
        if len(head) >= count:
            break
    return head


def _find_header(
    rows: Sequence[list[object]], mappings: Sequence[ImportMapping]
) -> tuple[int, ImportMapping] | None:
    """The header row (index) and the mapping that recognises it best."""
    best: tuple[int, int, ImportMapping] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        header = [str(c or "").strip() for c in row]
        for mapping in mappings:
            score = mapping.score(header)
            if score >= 2 and (best is None or score > best[0]):
                best = (score, index, mapping)
    return (best[1], best[2]) if best else None


# -- importing -------------------------------------------------------------------
class ExistingTickets(StrEnum):
    """What an import does with a ticket the office already has."""

    UPDATE = "update"  # keep in step with the platform (events, conflicts)
    SKIP = "skip"  # leave it as it is


Progress = Callable[[int], bool]  # rows read so far → go on (False: cancel)


def import_file(
    context: AppContext,
    path: Path,
    mapping: ImportMapping | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    existing: ExistingTickets = ExistingTickets.UPDATE,
    progress: Progress | None = None,
) -> ImportReport:
    """Imports ``path``; ``progress`` is called after each batch and may cancel
    the rest (what was written stays, and running the file again completes it)."""
    rows = read_rows(path, sheet)
    head = _first_rows(rows, HEADER_SEARCH_ROWS)
    found = _find_header(head, [mapping] if mapping else all_mappings(context))
    if found is None:
        raise InputError(
            "表头", "映射认得的列名（前 {n} 行中找不到）", source=path.name,
            params={"n": HEADER_SEARCH_ROWS},
        )  # fmt: skip
    header_index, chosen = found
    header = [str(c or "").strip() for c in head[header_index]]
    located = chosen.locate(header)
    report = ImportReport(path.name, chosen.name or "mapping")
    report.unused_columns = [h for i, h in enumerate(header) if h and i not in located.values()]
    writer = _BatchWriter(_reading_once(context), path.name, report, dry_run, existing)
    batch: list[tuple[int, dict[str, Any]]] = []

    def all_rows() -> Iterator[tuple[int, list[object]]]:
        for offset, row in enumerate(head[header_index + 1 :]):
            yield header_index + 2 + offset, row
        yield from ((n, row) for n, row in enumerate(rows, start=len(head) + 1))

    for number, cells in all_rows():
        if not any(str(c or "").strip() for c in cells):
            continue
        report.read += 1
        if report.read > MAX_ROWS:
            report.read -= 1
            report.stop(ROWS_STOPPED, limit=MAX_ROWS)
            break
        unreadable = _unreadable_cells(cells, number)
        record, problems = (
            (None, unreadable) if unreadable else read_row(chosen, located, cells, number)
        )
        if record is None:
            report.reject(problems)
            if report.rejected == report.read == JUNK_ROWS:
                report.stop(JUNK_STOPPED, rows=JUNK_ROWS)
                break
            continue
        batch.append((number, record))
        if len(batch) >= BATCH:
            writer.write(batch)
            batch = []
            if progress is not None and not progress(report.read):
                report.cancelled = True
                return report
    writer.write(batch)
    report.repeats = repeats_of_open(context, writer.new)
    if progress is not None:
        progress(report.read)
    return report


# A file is read to its end only while it looks like tickets: when none of its
# first JUNK_ROWS data rows can be imported, the rest is not read (a summary,
# not a million listed errors). MAX_ROWS bounds one file (a year of a county
# is some 50,000 tickets): split larger ones.
JUNK_ROWS = 1000
MAX_ROWS = 300_000
JUNK_STOPPED = "前 {rows} 行没有一行可以导入，其余未读：这不像市平台导出的工单文件"
ROWS_STOPPED = "超过 {limit} 行，其余未读：请把文件拆分后分别导入"
UNDECODABLE = "含有无法解码的字节（文件混用了不同编码？请另存为 UTF-8 后再导入这一行）"
TOO_LONG = "超过 {limit} 个字符（实际 {length} 个）"


_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes, or a lone surrogate


def _unreadable_cells(cells: Sequence[object], row: int) -> list[RowProblem]:
    """A row with undecodable bytes or an over-long field, as its problems."""
    for index, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        if len(cell) > MAX_FIELD_CHARS:
            reason = TOO_LONG.format(limit=MAX_FIELD_CHARS, length=len(cell))
            return [RowProblem(row, f"第 {index + 1} 列", reason)]  # the numbers in the text
        if _SURROGATE.search(cell):
            return [RowProblem(row, f"第 {index + 1} 列", UNDECODABLE)]
    return []


def _reading_once(context: AppContext) -> AppContext:
    """The context for one import: the office's settings and rules read once,
    not once per row (they do not change while a file is read)."""
    copy = replace(context)
    object.__setattr__(copy, "get", cache(copy.get))
    object.__setattr__(copy, "rules", cache(copy.rules))
    return copy


def _flag(text: str) -> bool:
    return text.strip().lower() in YES


@dataclass
class _Incoming:
    """One good row: the ticket it describes and what the platform says of it."""

    row: int
    ticket: Ticket
    unit: str
    co_units: list[str]
    platform: dict[str, str]


class _BatchWriter:
    """Writes batches of rows, each in one transaction: new tickets in a few
    statements, known ones brought in step with the platform."""

    def __init__(
        self,
        context: AppContext,
        source: str,
        report: ImportReport,
        dry_run: bool,
        existing: ExistingTickets,
    ) -> None:
        self.context = context
        self.service = TicketService(context)
        self.new: list[Probe] = []  # the new tickets, for the repeats of open matters
        self.source = source
        self.report = report
        self.dry_run = dry_run
        self.existing = existing
        self.seen: set[str] = set()
        self.units: dict[str, int] | None = None
        self.recogniser: Recogniser | None = None  # the whitelist in force, read once
        self._reassigned_due = cache(lambda at: self.service.reassigned_due(at).due)

    def _read(self, row: int, record: dict[str, Any]) -> _Incoming | None:
        try:
            ticket, platform_state = _ticket(self.service, record)
        except InputError as error:
            got = "" if error.got is None else str(error.got)
            self.report.reject([RowProblem(row, error.field, error.expected_text(), got)])
            return None
        if ticket.number in self.seen:
            self.report.reject([RowProblem(row, "number", "与本文件前面的行重复")])
            return None
        self.seen.add(ticket.number)
        platform = platform_sync.snapshot(ticket, platform_state)
        if record["due_at"] is None:
            platform["due_at"] = ""  # the platform set none: ours is not its word
        co_units = [n.strip()[:100] for n in CO_UNIT_SEPARATORS.split(record["co_units"])]
        main = str(record["unit"])[:100]
        co_units = list(dict.fromkeys(n for n in co_units if n and n != main))
        for field, name in [("unit", main), *(("co_units", n) for n in co_units)]:
            if reads_as_formula(name):
                self.report.reject([RowProblem(row, field, UNIT_NAME_EXPECTED, name)])
                return None
        return _Incoming(row, ticket, main, co_units, platform)

    def write(self, batch: list[tuple[int, dict[str, Any]]]) -> None:
        incoming = [i for row, record in batch if (i := self._read(row, record)) is not None]
        if not incoming:
            return
        with self.context.db.session() as session:
            store = TicketStore(session)
            known = store.rows_by_numbers(
                [i.ticket.number for i in incoming], for_update=not self.dry_run
            )
            fresh = [i for i in incoming if i.ticket.number not in known]
            self._add(session, fresh)
            old = [i for i in incoming if i.ticket.number in known]
            if self.existing is ExistingTickets.SKIP:
                self.report.unchanged += len(old)
            else:
                self._sync(session, store, old, known)
            if self.dry_run:
                session.rollback()

    def _unit_id(self, session: Session, name: str) -> int | None:
        if not name:
            return None
        if self.units is None:
            self.units = {n: i for i, n in unit_store.unit_names(session).items()}
        if name not in self.units and not self.dry_run:
            unit = unit_store.save_unit(session, Unit(0, name, "", "", "", ""))
            assert unit is not None
            self.units[name] = unit.id
            self.report.new_units.append(name)
        return self.units.get(name)

    def _add(self, session: Session, fresh: list[_Incoming]) -> None:
        batch = []
        now = self.service.now
        if self.recogniser is None:
            self.recogniser = Recogniser(session, self.context.operator, now.date())
        for item in fresh:
            ticket = item.ticket
            ticket.main_unit_id = self._unit_id(session, item.unit)
            co_ids = (self._unit_id(session, name) for name in item.co_units)
            ticket.co_unit_ids = tuple(i for i in co_ids if i is not None)
            event = lifecycle.create(ticket, self.context.operator, self.service.now)
            event = replace(
                event,
                note=IMPORT_NOTE.format(source=self.source, row=item.row),
                to_state=ticket.state,
                data={"platform": item.platform},
            )
            recognition = self.recogniser.check(ticket, now)
            if recognition is not None:
                self.report.whitelisted.append((ticket.number, recognition.data["source"]))
            batch.append((ticket, [event, *([recognition] if recognition else [])]))
            self.new.append(  # what 重复投诉 is found by, not the whole ticket
                Probe(
                    ticket.number,
                    ticket.caller.phone,
                    ticket.address,
                    "",
                    ticket.confidential,
                    ticket.category,
                )
            )
        if not self.dry_run:
            bulk.write_tickets(session, batch)
            store_facts(self.context, session, batch)
            announce(session, [ticket.number for ticket, _events in batch])
        self.report.imported += len(batch)

    def _sync(
        self,
        session: Session,
        store: TicketStore,
        old: list[_Incoming],
        known: dict[str, TicketRow],
    ) -> None:
        if not old:
            return
        rows = [known[i.ticket.number] for i in old]
        history = store.events_by_ticket([row.id for row in rows])
        changed_rows = []
        for item, row in zip(old, rows, strict=True):
            ticket = ticket_from_row(row)
            events = history[row.id]
            outcome = platform_sync.sync(
                ticket,
                item.platform,
                platform_sync.last_snapshot(events),
                self.context.operator,
                self.service.now,
                self._reassigned_due,
                self.source,
                platform_sync.open_conflicts(events),
            )
            self.report.updated += outcome.changed
            self.report.unchanged += not outcome.changed
            if not outcome.events:
                continue
            self.report.conflicts += [
                Conflict(item.row, ticket.number, name, local, platform)
                for name, local, platform in outcome.conflicts
            ]
            self.report.changes += [
                (ticket.number, lifecycle.action_label(e.action))
                for e in outcome.events
                if e.action not in (Action.PLATFORM_SEEN.value, Action.PLATFORM_CONFLICT.value)
            ]
            store.save(row, ticket, outcome.events)
            changed_rows.append(row)
        if changed_rows and not self.dry_run:
            update_derived(self.context, session, changed_rows)


IMPORT_NOTE = "导入：{source} 第 {row} 行"


def _ticket(service: TicketService, record: dict[str, Any]) -> tuple[Ticket, str]:
    """The row's ticket as it would be registered, and the platform's state."""
    new = NewTicket(
        number=record["number"],
        kind=record["kind"] or "help",
        content=record["content"],
        received_at=record["received_at"],
        title=record["title"],
        category=record["category"],
        address=record["address"],
        caller_name=record["caller_name"],
        caller_phone=record["caller_phone"],
        caller_address=record["caller_address"],
        confidential=_flag(record["confidential"]),
        city_due_at=record["due_at"],
    )
    ticket = service.validate_new(new, service.now)
    state = record["state"]
    if state and state not in platform_sync.PLATFORM_STATES:
        raise InputError(
            "state", "以下之一：{allowed}", state,
            params={"allowed": platform_sync.PLATFORM_STATES},
        )  # fmt: skip
    if state == platform_sync.REASSIGNED:
        ticket.reassigned = ticket.rehandling = True  # handed down again: to dispatch
    elif state == platform_sync.REVIEW_RETURNED:
        ticket.review_returned = ticket.rehandling = True
    elif state:
        ticket.state = TicketState(state)
    if ticket.state is TicketState.ARCHIVED:
        ticket.archived_at = record["closed_at"] or record["due_at"] or ticket.received_at
    text = record["satisfaction"]
    if text:
        known = {s.label: s for s in Satisfaction} | {s.value: s for s in Satisfaction}
        if text not in known:
            raise InputError("satisfaction", "满意、基本满意或不满意", text)
        ticket.satisfaction = known[text]
    return ticket, state
