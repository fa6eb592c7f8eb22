"""Importing the city platform's exports (.xlsx, .csv) as tickets.

Rows are read with openpyxl's read-only mode or the csv module (UTF-8 or
GB18030, detected); the header may be on any of the first rows. A bad row is
reported with its row number, field and reason and never stops the others.
Tickets are written in batches, each its own transaction: a killed import
leaves whole batches, and running the same file again skips what is there
(idempotent by number), so it completes without duplicates.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from hotline_desk.domain import lifecycle
from hotline_desk.domain.errors import DuplicateTicket
from hotline_desk.domain.import_mapping import ImportMapping, RowProblem, read_row
from hotline_desk.domain.ticket import Satisfaction, Ticket, TicketState
from hotline_desk.domain.units import Unit
from hotline_desk.paths import resources_dir
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.store import units as unit_store
from hotline_desk.store.tickets import TicketStore

BATCH = 200
HEADER_SEARCH_ROWS = 20
YES = {"是", "yes", "true", "1", "y", "保密"}


@dataclass
class ImportReport:
    file: str
    mapping: str
    read: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len({e.row for e in self.errors})

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "mapping": self.mapping,
            "read": self.read,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "errors": [{"row": e.row, "field": e.field, "reason": e.reason} for e in self.errors],
            "new_units": self.new_units,
            "unused_columns": self.unused_columns,
        }


# -- reading files ---------------------------------------------------------------
def _csv_rows(path: Path) -> Iterator[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise InputError("文件", "UTF-8 或 GB18030 编码的 CSV 文件", source=path.name)
    yield from csv.reader(io.StringIO(text))


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # not a workbook, damaged, encrypted
        raise InputError("文件", "可读取的 Excel 工作簿（.xlsx）", source=path.name) from error
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(
                "工作表", "以下之一：{allowed}", sheet, source=path.name,
                params={"allowed": tuple(book.sheetnames)},
            )  # fmt: skip
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        for row in worksheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def read_rows(path: Path, sheet: str | None = None) -> Iterator[list[object]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv_rows(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, sheet)
    raise InputError("文件", ".xlsx 或 .csv 文件（.xls 请先另存为 .xlsx）", path.name)


# -- mappings --------------------------------------------------------------------
def presets() -> list[ImportMapping]:
    folder = resources_dir() / "import_presets"
    return [
        ImportMapping.from_json(json.loads(p.read_text(encoding="utf-8")), p.stem)
        for p in sorted(folder.glob("*.json"))
    ]


def load_mapping(path: Path) -> ImportMapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        return ImportMapping.from_json(data, path.stem)
    except (OSError, json.JSONDecodeError, ValueError) as error:
        raise InputError("映射文件", "有效的映射 JSON（{problem}）", source=path.name,
                         params={"problem": str(error)[:120]}) from None  # fmt: skip


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
def import_file(
    context: AppContext,
    path: Path,
    mapping: ImportMapping | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    rows = read_rows(path, sheet)
    head: list[list[object]] = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    found = _find_header(head, [mapping] if mapping else presets())
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
    context = _reading_once(context)
    service = TicketService(context)
    seen: set[str] = set()
    batch: list[tuple[int, dict[str, Any]]] = []

    def all_rows() -> Iterator[tuple[int, list[object]]]:
        for offset, row in enumerate(head[header_index + 1 :]):
            yield header_index + 2 + offset, row
        yield from ((n, row) for n, row in enumerate(rows, start=len(head) + 1))

    for number, cells in all_rows():
        if not any(str(c or "").strip() for c in cells):
            continue
        report.read += 1
        record, problems = read_row(chosen, located, cells, number)
        if record is None:
            report.errors.extend(problems)
            continue
        batch.append((number, record))
        if len(batch) >= BATCH:
            _write(service, context, path.name, batch, report, dry_run, seen)
            batch = []
    _write(service, context, path.name, batch, report, dry_run, seen)
    return report


def _reading_once(context: AppContext) -> AppContext:
    """The context for one import: the office's settings and rules read once,
    not once per row (they do not change while a file is read)."""
    copy = replace(context)
    object.__setattr__(copy, "get", cache(copy.get))
    object.__setattr__(copy, "rules", cache(copy.rules))
    return copy


def _flag(text: str) -> bool:
    return text.strip().lower() in YES


def _ticket(service: TicketService, record: dict[str, Any], source: str, row: int) -> Ticket:
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
    if state:
        try:
            ticket.state = TicketState(state)
        except ValueError:
            raise InputError(
                "state", "以下之一：{allowed}", state,
                params={"allowed": tuple(s.value for s in TicketState)},
            ) from None  # fmt: skip
    if ticket.state is TicketState.ARCHIVED:
        ticket.archived_at = record["closed_at"] or record["due_at"] or ticket.received_at
    text = record["satisfaction"]
    if text:
        known = {s.label: s for s in Satisfaction} | {s.value: s for s in Satisfaction}
        if text not in known:
            raise InputError("satisfaction", "满意、基本满意或不满意", text)
        ticket.satisfaction = known[text]
    return ticket


def _write(
    service: TicketService,
    context: AppContext,
    source: str,
    batch: list[tuple[int, dict[str, Any]]],
    report: ImportReport,
    dry_run: bool,
    seen: set[str],
) -> None:
    """One batch, one transaction: a killed import leaves whole batches only."""
    if not batch:
        return
    with context.db.session() as session:
        store = TicketStore(session)
        for row, record in batch:
            try:
                ticket = _ticket(service, record, source, row)
            except InputError as error:
                report.errors.append(RowProblem(row, error.field, error.expected_text()))
                continue
            if ticket.number in seen:
                report.errors.append(RowProblem(row, "number", "与本文件前面的行重复"))
                continue
            seen.add(ticket.number)
            unit_name = record["unit"]
            if unit_name:
                unit = unit_store.unit_named(session, unit_name[:100])
                if unit is None and not dry_run:
                    unit = unit_store.save_unit(session, Unit(0, unit_name[:100], "", "", "", ""))
                    report.new_units.append(unit_name[:100])
                if unit is not None:
                    ticket.main_unit_id = unit.id
            event = lifecycle.create(ticket, context.operator, service.now)
            event = replace(event, note=f"导入：{source} 第 {row} 行", to_state=ticket.state)
            if dry_run:
                exists = store.find_row(ticket.number) is not None
                report.unchanged += exists
                report.imported += not exists
                continue
            try:
                store.add(ticket, [event])
            except DuplicateTicket:  # imported before: running a file again completes it
                report.unchanged += 1
                continue
            report.imported += 1
        if dry_run:
            session.rollback()
