"""The office's editable settings: office hours and time-limit rules."""

from __future__ import annotations

from datetime import time

from hotline_desk.domain import settings
from hotline_desk.domain.time_limits import LimitUnit, TimeLimitRule
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store.models import TimeLimitRuleRow

LABELS = {"opens": settings.OFFICE_OPENS.title, "closes": settings.OFFICE_CLOSES.title}


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
            raise InputError(LABELS[field], "时刻 HH:MM", value) from None
    if parsed["opens"] >= parsed["closes"]:
        raise InputError(
            LABELS["closes"],
            "晚于上班时间 {opens} 的时刻",
            f"{parsed['closes']:%H:%M}",
            params={"opens": f"{parsed['opens']:%H:%M}"},
        )
    context.put(settings.OFFICE_OPENS, parsed["opens"])
    context.put(settings.OFFICE_CLOSES, parsed["closes"])


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
            known = tuple(sorted(context.rules()))
            raise InputError(
                "code", "本单位的时限规则之一（{known}）", code, params={"known": known}
            )
        if amount is not None:
            if amount < 0:
                raise InputError("amount", "0 或更大的整数", amount)
            row.amount = amount
        if unit is not None:
            allowed = tuple(u.value for u in LimitUnit)
            if unit not in allowed:
                raise InputError("unit", "以下之一：{allowed}", unit, params={"allowed": allowed})
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
