"""Importing the office's own calendar entries from CSV or JSON.

A file is checked whole before anything is written: one bad row rejects the
file with its row number, field and what was expected, and the entries
already stored stay as they were.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hotline_desk.domain.holiday_notice import NoticeReading, read_notice
from hotline_desk.domain.work_calendar import OfficeDay
from hotline_desk.services.auth import require_settings_role
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError, InputErrors
from hotline_desk.store.office import calendar_days, remove_calendar_day, save_calendar_days

_TRUE = {"1", "true", "yes", "y", "workday", "work", "工作日", "班", "上班", "是"}
_FALSE = {"0", "false", "no", "n", "holiday", "off", "休息日", "节假日", "休", "放假", "否"}


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    # tickets whose due date was counted again: (number, old due, new due)
    moved: list[tuple[str, datetime, datetime]] = field(default_factory=list)


def _parse_workday(value: Any, row: int, source: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InputError("workday", "true/false、1/0 或 工作日/休息日", value, row, source)


def _parse_day(value: Any, row: int, source: str) -> date:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError("date", "日期 YYYY-MM-DD", value, row, source) from None


def _read_text(path: Path) -> str:
    """A UTF-8 text file; anything else is one sentence naming the file."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            "文件",
            "UTF-8 编码的 CSV 或 JSON 文件（第 {byte} 字节无法读取）",
            source=path.name,
            params={"byte": error.start + 1},
        ) from None
    except OSError as error:
        raise InputError(
            "文件",
            "可读取的文件（{problem}）",
            source=path.name,
            params={"problem": error.strerror},
        ) from None


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    text = _read_text(path)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                "文件",
                "有效的 JSON（第 {line} 行：{problem}）",
                source=path.name,
                params={"line": error.lineno, "problem": error.msg},
            ) from None
        if isinstance(data, dict):
            data = data.get("days", data.get("entries"))
        if not isinstance(data, list):
            raise InputError(
                "文件",
                '{"date", "workday", "note"} 对象的列表，或 {"days": [...]}',
                source=path.name,
            )
        return [
            (i, item if isinstance(item, dict) else {"date": item})
            for i, item in enumerate(data, start=1)
        ]
    reader = csv.DictReader(text.splitlines())
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "date" not in fields or "workday" not in fields:
        raise InputError(
            "表头",
            "包含 date,workday[,note] 列的表头",
            ",".join(reader.fieldnames or []),
            source=path.name,
        )
    # Row 1 is the header, so data rows start at 2 as a spreadsheet shows them.
    return [
        (i, {k.strip().lower(): v for k, v in rec.items() if k})
        for i, rec in enumerate(reader, start=2)
    ]


def parse_calendar_file(path: Path) -> list[OfficeDay]:
    days: list[OfficeDay] = []
    errors: list[InputError] = []
    seen: dict[date, int] = {}
    for row, record in _records(path):
        try:
            if "date" not in record:
                raise InputError("date", "日期 YYYY-MM-DD", None, row, path.name)
            if "workday" not in record:
                raise InputError(
                    "workday", "true/false、1/0 或 工作日/休息日", None, row, path.name
                )
            day = _parse_day(record["date"], row, path.name)
            workday = _parse_workday(record["workday"], row, path.name)
            if day in seen:
                raise InputError(
                    "date",
                    "每个日期只出现一次（第 {first} 行已有）",
                    str(day),
                    row,
                    path.name,
                    params={"first": seen[day]},
                )
            seen[day] = row
            days.append(OfficeDay(day, workday, str(record.get("note") or "").strip()))
        except InputError as error:
            errors.append(error)
    if errors:
        raise InputErrors(errors)
    return days


def import_calendar(context: AppContext, path: Path) -> ImportResult:
    require_settings_role(context)
    days = parse_calendar_file(path)
    return apply_days(context, days)


def read_notice_file(path: Path, year: int | None = None) -> NoticeReading:
    """The State Council's notice from a text file (pasted or saved), read for review."""
    return read_notice(_read_text(path), year)


def apply_days(context: AppContext, days: list[OfficeDay]) -> ImportResult:
    """Saves reviewed entries as the office's own calendar days; due dates that
    were counted on the estimate are counted again (``ImportResult.moved``)."""
    from hotline_desk.services.tickets import TicketService

    before = context.calendar
    with context.db.session() as session:
        added, updated = save_calendar_days(session, days)
    context.calendar_changed()
    moved = TicketService(context).recompute_estimated_dues(before)
    return ImportResult(added, updated, moved)


def office_days(context: AppContext) -> list[OfficeDay]:
    """The office's own calendar entries, by date."""
    with context.db.session() as session:
        return sorted(calendar_days(session), key=lambda d: d.day)


def remove_office_day(context: AppContext, day: date) -> bool:
    require_settings_role(context)
    with context.db.session() as session:
        removed = remove_calendar_day(session, day)
    context.calendar_changed()
    return removed
