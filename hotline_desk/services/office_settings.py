"""The office's editable settings: office hours and time-limit rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from hotline_desk.domain import settings
from hotline_desk.domain.time_limits import LimitUnit, TimeLimitRule
from hotline_desk.services.auth import require_settings_role
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store import office as store

LABELS = {"opens": settings.OFFICE_OPENS.title, "closes": settings.OFFICE_CLOSES.title}


def set_office_hours(context: AppContext, opens: str | None, closes: str | None) -> None:
    """Sets when the office opens and closes (day-based limits fall due at closing)."""
    require_settings_role(context)
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
    require_settings_role(context)
    rules = context.rules()
    rule = rules.get(code)
    if rule is None:
        known = tuple(sorted(rules))
        raise InputError("code", "本单位的时限规则之一（{known}）", code, params={"known": known})
    if amount is not None and amount < 0:
        raise InputError("amount", "0 或更大的整数", amount)
    allowed = tuple(u.value for u in LimitUnit)
    if unit is not None and unit not in allowed:
        raise InputError("unit", "以下之一：{allowed}", unit, params={"allowed": allowed})
    changed = replace(
        rule,
        amount=rule.amount if amount is None else amount,
        unit=rule.unit if unit is None else LimitUnit(unit),
        name=name.strip() if name is not None and name.strip() else rule.name,
    )
    with context.db.session() as session:
        store.save_rule(session, changed)
    context.rules_changed()
    return changed
