from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hotline_desk.domain.work_calendar import DaySource, OfficeDay, WorkCalendar


def test_make_up_saturday_is_a_working_day_and_spring_festival_monday_is_not(calendar):
    assert calendar.day(date(2026, 2, 14)).workday is True
    assert calendar.day(date(2026, 2, 14)).estimate is False
    assert calendar.day(date(2026, 2, 16)).workday is False


def test_three_working_days_across_national_day(calendar):
    # Re-assigned Wed 2026-09-30: 10-01..10-07 are off, 10-08, 10-09 and the
    # make-up Saturday 10-10 are the three working days.
    assert calendar.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 10)
    assert calendar.is_workday(date(2026, 10, 10))
    assert not any(calendar.is_workday(date(2026, 10, d)) for d in range(1, 8))


def test_next_working_day_skips_the_whole_holiday(calendar):
    assert calendar.next_workday(date(2026, 9, 30)) == date(2026, 10, 8)


def test_2027_is_answered_as_an_estimate(calendar):
    for day in (date(2027, 3, 1), date(2027, 10, 1), date(2027, 12, 31)):
        info = calendar.day(day)
        assert info.estimate is True
        assert info.source in (DaySource.HOLIDAYS, DaySource.WEEKDAYS)
    # the holidays package knows National Day 2027 is off
    assert calendar.is_workday(date(2027, 10, 1)) is False
    # far beyond anything published: Monday-Friday, still an estimate
    assert calendar.day(date(2099, 6, 1)).estimate is True


def test_office_entries_win_and_are_not_estimates():
    office = WorkCalendar(
        [
            OfficeDay(date(2027, 2, 20), True, "调休上班"),
            OfficeDay(date(2026, 10, 8), False, "local flood day"),
        ]
    )
    assert office.day(date(2027, 2, 20)).workday is True
    assert office.day(date(2027, 2, 20)).estimate is False
    assert office.day(date(2027, 2, 20)).source is DaySource.OFFICE
    assert office.next_workday(date(2026, 9, 30)) == date(2026, 10, 9)


def test_without_any_package_the_calendar_falls_back_to_weekdays():
    bare = WorkCalendar(use_chinesecalendar=False, use_holidays=False)
    assert bare.day(date(2026, 10, 1)).workday is True  # a Thursday
    assert bare.day(date(2026, 10, 1)).source is DaySource.WEEKDAYS
    assert bare.day(date(2026, 10, 3)).workday is False


def test_a_broken_source_never_raises(monkeypatch):
    cal = WorkCalendar()

    def broken(_day):
        raise RuntimeError("boom")

    cal._rules.insert(0, broken)
    assert cal.day(date(2026, 10, 1)).workday is False  # next source answered


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
counts = st.integers(min_value=0, max_value=40)


@settings(max_examples=200, deadline=None)
@given(days, counts)
def test_adding_then_subtracting_returns_to_the_last_working_day(day, n):
    cal = WorkCalendar()
    forward = cal.add_workdays(day, n)
    back = cal.add_workdays(forward, -n)
    if n == 0:
        assert back == day
    else:
        # landing back on day itself if it is a working day, else on the last one before it
        expected = day if cal.is_workday(day) else cal.previous_workday(day)
        assert back == expected


@settings(max_examples=200, deadline=None)
@given(days, counts, counts)
def test_add_workdays_is_monotonic(day, a, b):
    cal = WorkCalendar()
    lo, hi = sorted((a, b))
    assert cal.add_workdays(day, lo) <= cal.add_workdays(day, hi)
    if lo < hi:
        assert cal.add_workdays(day, lo) < cal.add_workdays(day, hi)


@settings(max_examples=200, deadline=None)
@given(days, st.integers(min_value=1, max_value=40))
def test_add_workdays_agrees_with_a_day_by_day_count(day, n):
    cal = WorkCalendar()
    result = cal.add_workdays(day, n)
    assert cal.is_workday(result)
    counted, current = 0, day
    while current < result:
        current += timedelta(days=1)
        counted += cal.is_workday(current)
    assert counted == n
    assert cal.workdays_between(day, result) == n


def test_from_november_the_next_unpublished_year_is_named(calendar):
    from hotline_desk.domain.work_calendar import unpublished_next_year

    assert unpublished_next_year(calendar, date(2026, 10, 31)) is None
    assert unpublished_next_year(calendar, date(2026, 11, 1)) == 2027
    assert unpublished_next_year(calendar, date(2025, 11, 23)) is None  # 2026 is published
