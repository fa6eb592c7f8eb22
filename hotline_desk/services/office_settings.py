"""The office's editable settings: office hours and time-limit rules."""

from __future__ import annotations

from datetime import time

from hotline_desk.domain.time_limits import LimitUnit, TimeLimitRule
from hotline_desk.services.context import (
    SETTING_OFFICE_CLOSES,
    SETTING_OFFICE_OPENS,
    AppContext,
)
from hotline_desk.services.errors import InputError
from hotline_desk.store.models import TimeLimitRuleRow

OFFICE_HOURS_KEYS = {SETTING_OFFICE_OPENS: "opens", SETTING_OFFICE_CLOSES: "closes"}


def set_office_hours(context: AppContext, opens: str | None, closes: str | None) -> None:
    """Sets when the office opens and closes (day-based limits fall due at closing)."""
    current = context.office_hours()
    parsed: dict[str, time] = {"opens": current.opens, "closes": current.closes}
    for field, value in (("opens", opens), ("closes", closes)):
        if value is None:
            continue
        try:
            parsed[field] = time.fromisoformat(value.strip())
        except ValueError:
            raise InputError(field, "a time of day as HH:MM", value) from None
    if parsed["opens"] >= parsed["closes"]:
        raise InputError(
            "closes",
            f"a time after the opening time {parsed['opens']:%H:%M}",
            f"{parsed['closes']:%H:%M}",
        )
    for key, field in OFFICE_HOURS_KEYS.items():
        context.set_setting(key, parsed[field].isoformat(timespec="minutes"))


def update_rule(
    context: AppContext,
    code: str,
    amount: int | None = None,
    unit: str | None = None,
    name: str | None = None,
) -> TimeLimitRule:
    with context.db.session() as session:
        row = session.get(TimeLimitRuleRow, code)
        if row is None:
            known = ", ".join(sorted(context.rules()))
            raise InputError("code", f"one of the office's rules ({known})", code)
        if amount is not None:
            if amount < 0:
                raise InputError("amount", "a whole number of 0 or more", amount)
            row.amount = amount
        if unit is not None:
            allowed = ", ".join(u.value for u in LimitUnit)
            if unit not in {u.value for u in LimitUnit}:
                raise InputError("unit", f"one of {allowed}", unit)
            row.unit = unit
        if name is not None and name.strip():
            row.name = name.strip()
        return TimeLimitRule.from_mapping(
            {
                "code": row.code,
                "name": row.name,
                "amount": row.amount,
                "unit": row.unit,
                "note": row.note,
            }
        )
