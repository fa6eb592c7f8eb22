"""The office's work calendar: which days are working days.

Lookup order: the office's own entries -> the
``chinesecalendar`` package (the State Council notices it ships) -> the
``holidays`` package (an estimate: it knows the festivals but guesses the
make-up days) -> Monday to Friday (an estimate). The calendar never raises to
its callers and every answer says whether it is an estimate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache


class DaySource(StrEnum):
    OFFICE = "office"
    STATE_COUNCIL = "chinesecalendar"
    HOLIDAYS = "holidays"
    WEEKDAYS = "weekdays"


# chinesecalendar names its holidays in English; the office reads Chinese.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争胜利70周年纪念日",
}


@dataclass(frozen=True, slots=True)
class DayInfo:
    day: date
    workday: bool
    source: DaySource
    note: str = ""

    @property
    def estimate(self) -> bool:
        """True unless the office or a published notice decided the day."""
        return self.source in (DaySource.HOLIDAYS, DaySource.WEEKDAYS)


@dataclass(frozen=True, slots=True)
class OfficeDay:
    """An entry the office made itself, e.g. from next year's notice."""

    day: date
    workday: bool
    note: str = ""


DayRule = Callable[[date], DayInfo | None]


def _chinesecalendar_rule() -> DayRule:
    try:
        import chinese_calendar
    except Exception:  # pragma: no cover - missing package degrades to estimates
        return lambda _day: None

    def rule(day: date) -> DayInfo | None:
        try:
            workday = bool(chinese_calendar.is_workday(day))
        except Exception:  # the package raises outside the years it knows
            return None
        note = ""
        try:
            _on_holiday, name = chinese_calendar.get_holiday_detail(day)
            if name:
                name = HOLIDAY_NAMES.get(str(name), str(name))
                note = f"{name} 调休上班" if workday else name
        except Exception:
            pass
        return DayInfo(day, workday, DaySource.STATE_COUNCIL, note)

    return rule


# Observances in the `holidays` package that are not days off for everyone
# (women get half a day, youths aged 14-28 half a day, children, the army).
_NOT_GENERAL_DAYS_OFF = ("Women", "Youth", "Children", "Army")
_SUBSTITUTED_FROM = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")


def _holidays_rule() -> DayRule:
    @lru_cache(maxsize=64)
    def year_table(year: int) -> dict[date, tuple[bool, str]]:
        table: dict[date, tuple[bool, str]] = {}
        try:
            import holidays  # only needed past the years chinesecalendar knows

            entries = holidays.country_holidays("CN", years=year, language="en_US")
        except Exception:
            return table
        for day, name in entries.items():
            parts = [p.strip() for p in str(name).split(";")]
            general = [p for p in parts if not any(w in p for w in _NOT_GENERAL_DAYS_OFF)]
            if general:
                table[day] = (False, "; ".join(general))
            for part in parts:
                match = _SUBSTITUTED_FROM.search(part)
                if match:
                    month, dom, yr = (int(g) for g in match.groups())
                    table[date(yr, month, dom)] = (True, "make-up working day (调休)")
        return table

    def rule(day: date) -> DayInfo | None:
        # The table of a year may name make-up days of the neighbouring year.
        for year in (day.year, day.year + 1, day.year - 1):
            found = year_table(year).get(day)
            if found is not None:
                return DayInfo(day, found[0], DaySource.HOLIDAYS, found[1])
        return DayInfo(day, day.weekday() < 5, DaySource.HOLIDAYS)

    return rule


def _weekday_rule(day: date) -> DayInfo:
    return DayInfo(day, day.weekday() < 5, DaySource.WEEKDAYS)


class WorkCalendar:
    """Answers working-day questions; built from the office's entries."""

    def __init__(
        self,
        office_days: Iterable[OfficeDay] = (),
        *,
        use_chinesecalendar: bool = True,
        use_holidays: bool = True,
    ) -> None:
        self._office: Mapping[date, OfficeDay] = {d.day: d for d in office_days}
        self._rules: list[DayRule] = []
        if use_chinesecalendar:
            self._rules.append(_chinesecalendar_rule())
        if use_holidays:
            self._rules.append(_holidays_rule())
        self._cache: dict[date, DayInfo] = {}

    # -- single days -----------------------------------------------------
    def day(self, day: date) -> DayInfo:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        info = self._lookup(day)
        self._cache[day] = info
        return info

    def _lookup(self, day: date) -> DayInfo:
        office = self._office.get(day)
        if office is not None:
            return DayInfo(day, office.workday, DaySource.OFFICE, office.note)
        for rule in self._rules:
            try:
                info = rule(day)
            except Exception:  # a broken source must never reach callers
                info = None
            if info is not None:
                return info
        return _weekday_rule(day)

    def is_workday(self, day: date) -> bool:
        return self.day(day).workday

    # -- arithmetic ------------------------------------------------------
    def next_workday(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        current = day + timedelta(days=1)
        while not self.is_workday(current):
            current += timedelta(days=1)
        return current

    def previous_workday(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        current = day - timedelta(days=1)
        while not self.is_workday(current):
            current -= timedelta(days=1)
        return current

    def add_workdays(self, day: date, count: int) -> date:
        """``count`` working days after ``day``, counting from the next one.

        "Within 3 working days" of Wednesday 2026-09-30 is Saturday
        2026-10-10: the National Day holiday is skipped and the make-up
        Saturday counts. A negative count walks backwards the same way;
        zero returns ``day`` itself.
        """
        current = day
        if count >= 0:
            for _ in range(count):
                current = self.next_workday(current)
        else:
            for _ in range(-count):
                current = self.previous_workday(current)
        return current

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in the half-open interval (start, end]."""
        if end <= start:
            return -self.workdays_between(end, start) if end < start else 0
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_workday(current):
                count += 1
        return count

    def any_estimate(self, start: date, end: date) -> bool:
        """True when any day from start to end (inclusive) is an estimate."""
        current = min(start, end)
        last = max(start, end)
        while current <= last:
            if self.day(current).estimate:
                return True
            current += timedelta(days=1)
        return False


def unpublished_next_year(calendar: WorkCalendar, today: date) -> int | None:
    """From 1 November (when the State Council usually publishes next year's
    holidays), next year while its calendar is still only an estimate."""
    if today.month < 11:
        return None
    year = today.year + 1
    return year if calendar.any_estimate(date(year, 1, 1), date(year, 12, 31)) else None
