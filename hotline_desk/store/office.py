"""The office's own setup: settings, time-limit rules, calendar days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.time_limits import TimeLimitRule
from hotline_desk.domain.work_calendar import OfficeDay
from hotline_desk.store.models import CalendarEntryRow, SettingRow, TimeLimitRuleRow


# -- settings ------------------------------------------------------------------
def setting_text(session: Session, key: str) -> str | None:
    row = session.get(SettingRow, key)
    return row.value if row is not None else None


def put_setting_text(session: Session, key: str, text: str) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text


# -- time-limit rules ----------------------------------------------------------
def _rule(row: TimeLimitRuleRow) -> TimeLimitRule:
    return TimeLimitRule.from_mapping(
        {"code": row.code, "name": row.name, "amount": row.amount, "unit": row.unit,
         "note": row.note}
    )  # fmt: skip


def time_limit_rules(session: Session) -> dict[str, TimeLimitRule]:
    return {row.code: _rule(row) for row in session.scalars(select(TimeLimitRuleRow))}


def add_missing_rules(session: Session, rules: Iterable[TimeLimitRule]) -> int:
    """Adds the rules whose code the office does not have yet; returns how many."""
    known = set(session.scalars(select(TimeLimitRuleRow.code)))
    added = 0
    for rule in rules:
        if rule.code not in known:
            session.add(TimeLimitRuleRow(**rule.to_mapping()))
            added += 1
    return added


def save_rule(session: Session, rule: TimeLimitRule) -> bool:
    """Changes an existing rule; False when the office has no rule with that code."""
    row = session.get(TimeLimitRuleRow, rule.code)
    if row is None:
        return False
    row.name, row.amount, row.unit, row.note = rule.name, rule.amount, rule.unit.value, rule.note
    return True


# -- calendar ------------------------------------------------------------------
def calendar_days(session: Session) -> list[OfficeDay]:
    return [
        OfficeDay(row.day, row.workday, row.note)
        for row in session.scalars(select(CalendarEntryRow))
    ]


def save_calendar_days(session: Session, days: Iterable[OfficeDay]) -> tuple[int, int]:
    """Adds or changes each day; returns (added, updated)."""
    added = updated = 0
    for entry in days:
        row = session.get(CalendarEntryRow, entry.day)
        if row is None:
            session.add(CalendarEntryRow(day=entry.day, workday=entry.workday, note=entry.note))
            added += 1
        else:
            row.workday, row.note = entry.workday, entry.note
            updated += 1
    return added, updated


def remove_calendar_day(session: Session, day: date) -> bool:
    row = session.get(CalendarEntryRow, day)
    if row is None:
        return False
    session.delete(row)
    return True
