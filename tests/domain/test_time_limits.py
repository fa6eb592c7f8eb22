from __future__ import annotations

from datetime import date, datetime, time

import pytest

from hotline_desk.domain.time_limits import (
    LimitUnit,
    OfficeHours,
    TimeLimitRule,
    compute_due,
    end_of_next_workday,
)
from hotline_desk.services.context import preset_rules

DISPATCH = TimeLimitRule("12345.dispatch", "派单", 12, LimitUnit.HOURS)
REASSIGNED = TimeLimitRule("12345.reassigned", "重新交办", 3, LimitUnit.WORKING_DAYS)


def test_dispatch_is_twelve_clock_hours_even_into_a_holiday(calendar):
    answer = compute_due(datetime(2026, 9, 30, 20, 0), DISPATCH, calendar)
    assert answer.due == datetime(2026, 10, 1, 8, 0)
    assert answer.estimate is False


def test_reassigned_ticket_due_on_the_make_up_saturday_at_closing_time(calendar):
    answer = compute_due(datetime(2026, 9, 30, 10, 0), REASSIGNED, calendar)
    assert answer.due == datetime(2026, 10, 10, 17, 30)
    late_closing = compute_due(
        datetime(2026, 9, 30, 10, 0), REASSIGNED, calendar, OfficeHours(closes=time(18, 0))
    )
    assert late_closing.due == datetime(2026, 10, 10, 18, 0)


def test_calendar_days_and_same_day_rules(calendar):
    fifteen = TimeLimitRule("12369.accept", "受理", 15, LimitUnit.CALENDAR_DAYS)
    assert compute_due(datetime(2026, 9, 30, 9, 0), fifteen, calendar).due == datetime(
        2026, 10, 15, 17, 30
    )
    immediate = TimeLimitRule("office.immediate", "即办件", 0, LimitUnit.WORKING_DAYS)
    assert compute_due(datetime(2026, 9, 30, 9, 0), immediate, calendar).due == datetime(
        2026, 9, 30, 17, 30
    )
    # started on a holiday: the next working day's close
    assert compute_due(datetime(2026, 10, 2, 9, 0), immediate, calendar).due == datetime(
        2026, 10, 8, 17, 30
    )


def test_working_day_due_in_2027_is_marked_estimate(calendar):
    answer = compute_due(datetime(2027, 3, 1, 9, 0), REASSIGNED, calendar)
    assert answer.estimate is True
    assert answer.due.date() == date(2027, 3, 4)


def test_end_of_next_working_day_covers_the_holiday_before_it(calendar):
    bound = end_of_next_workday(datetime(2026, 9, 30, 20, 0), calendar)
    assert bound == datetime(2026, 10, 9, 0, 0)
    for due in (
        datetime(2026, 10, 8, 17, 30),
        datetime(2026, 10, 3, 12, 0),
        datetime(2026, 10, 8, 23, 59, 59),
    ):
        assert due < bound
    assert not datetime(2026, 10, 9, 0, 0) < bound


def test_presets_hold_every_rule_of_the_domain():
    rules = {r.code: r for r in preset_rules()}
    assert rules["12345.dispatch"].amount == 12
    assert rules["12345.dispatch"].unit is LimitUnit.HOURS
    assert rules["12345.reassigned"].unit is LimitUnit.WORKING_DAYS
    assert rules["12369.finish"].amount == 60
    assert rules["office.joint"].amount == 7
    assert rules["office.petition"].amount == 30


def test_bad_rule_data_names_the_field():
    with pytest.raises(ValueError, match="unit 'weeks' is not one of"):
        TimeLimitRule.from_mapping({"code": "x", "name": "x", "amount": 1, "unit": "weeks"})
    with pytest.raises(ValueError, match="lacks amount"):
        TimeLimitRule.from_mapping({"code": "x", "name": "x", "unit": "hours"})


def test_an_immediate_item_registered_after_closing_is_due_at_the_next_working_days_close(
    calendar,
):
    immediate = TimeLimitRule("office.immediate", "即办件", 0, LimitUnit.WORKING_DAYS)
    morning = compute_due(datetime(2026, 9, 29, 10, 0), immediate, calendar)
    assert morning.due == datetime(2026, 9, 29, 17, 30)
    evening = compute_due(datetime(2026, 9, 29, 18, 30), immediate, calendar)
    assert evening.due == datetime(2026, 9, 30, 17, 30)  # never before it was received
    holiday_eve = compute_due(datetime(2026, 9, 30, 18, 30), immediate, calendar)
    assert holiday_eve.due == datetime(2026, 10, 8, 17, 30)  # National Day in between


def test_a_calendar_day_limit_ending_on_a_rest_day_ends_on_the_next_working_day(calendar):
    thirty = TimeLimitRule("office.petition", "信访事项", 30, LimitUnit.CALENDAR_DAYS)
    answer = compute_due(datetime(2026, 9, 1, 9, 0), thirty, calendar)  # day 30: 2026-10-01
    assert answer.due == datetime(2026, 10, 8, 17, 30) and not answer.estimate
    plain = compute_due(datetime(2026, 9, 2, 9, 0), thirty, calendar)  # day 30: Fri 10-02, off
    assert plain.due == datetime(2026, 10, 8, 17, 30)
    workday = compute_due(datetime(2026, 9, 10, 9, 0), thirty, calendar)  # Sat 10-10: make-up day
    assert workday.due == datetime(2026, 10, 10, 17, 30)
