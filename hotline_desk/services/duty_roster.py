"""The duty roster (值班表): who gets the alerts outside office hours."""

from __future__ import annotations

from datetime import datetime, timedelta

from hotline_desk.domain.duty import DutyShift
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store.alerts import add_shift, remove_shift, shifts_between


def shifts_around(context: AppContext, days_back: int, days_ahead: int) -> list[DutyShift]:
    """Shifts overlapping the days around now, earliest first."""
    now = context.clock.now()
    with context.db.session() as session:
        return shifts_between(
            session, now - timedelta(days=days_back), now + timedelta(days=days_ahead)
        )


def add_duty_shift(
    context: AppContext, who: str, starts: datetime, ends: datetime, note: str = ""
) -> DutyShift:
    if not who.strip():
        raise InputError("值班人", "值班人的登录名或姓名", who)
    if ends <= starts:
        raise InputError(
            "结束时间",
            "晚于开始时间（{starts}）的时间",
            f"{ends:%Y-%m-%d %H:%M}",
            params={"starts": f"{starts:%Y-%m-%d %H:%M}"},
        )
    shift = DutyShift(who.strip(), starts, ends)
    with context.db.session() as session:
        shift_id = add_shift(session, shift, note.strip())
    return DutyShift(shift.who, shift.starts, shift.ends, shift_id)


def remove_duty_shift(context: AppContext, shift_id: int) -> bool:
    with context.db.session() as session:
        return remove_shift(session, shift_id)
