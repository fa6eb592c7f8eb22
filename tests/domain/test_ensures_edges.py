"""The six ensures count a call only when it was made in time, and judge the
round after a re-assignment on its own."""

from __future__ import annotations

from datetime import datetime, timedelta

from hotline_desk.domain import lifecycle as lc
from hotline_desk.domain.ensures import Ensure, Status, UnitPhones, evaluate
from hotline_desk.domain.lifecycle import CallbackAnswers, CallPurpose, UnitFeedback
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction, Ticket, TicketKind

RECEIVED = datetime(2026, 9, 21, 9, 0)  # a Monday
DUE = datetime(2026, 9, 25, 17, 30)  # Friday: the chase day is Thursday 09-24
UNITS = {7: UnitPhones("13907310001", "13907310101")}
FEEDBACK = UnitFeedback("c", "a", FeedbackResult.HANDLED, template="handled")
HAPPY = CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED)


def handled_ticket() -> tuple[Ticket, list]:
    t = Ticket(
        number="E1",
        received_at=RECEIVED,
        kind=TicketKind.HELP,
        content="路灯",
        dispatch_due_at=RECEIVED + timedelta(hours=12),
        city_due_at=DUE,
        due_at=DUE,
    )
    return t, [lc.dispatch(t, "liqing", RECEIVED + timedelta(hours=1), 7)]


def call(t: Ticket, at: datetime, purpose: CallPurpose, reached: bool = True):
    return lc.log_call(t, "liqing", at, purpose, "张丽", "13907310001", reached, 7)


def status(t, events, ensure, now, calendar):
    result = next(r for r in evaluate(t, events, UNITS, now, calendar) if r.ensure is ensure)
    return result.status, result.detail


def test_the_dispatch_notice_counts_only_within_the_twelve_hours(calendar):
    t, events = handled_ticket()
    events.append(call(t, RECEIVED + timedelta(hours=13), CallPurpose.DISPATCH_NOTICE))
    found, detail = status(t, events, Ensure.DISPATCHED_AND_PHONED, DUE, calendar)
    assert found is Status.MISSING and "超过12小时" in detail  # logged, not counted
    events.append(call(t, RECEIVED + timedelta(hours=2), CallPurpose.DISPATCH_NOTICE))
    assert status(t, events, Ensure.DISPATCHED_AND_PHONED, DUE, calendar)[0] is Status.MET


def test_the_chase_counts_only_on_the_working_day_before_the_due_date_or_earlier(calendar):
    t, events = handled_ticket()
    events.append(call(t, datetime(2026, 9, 25, 9, 0), CallPurpose.CHASE))  # on the due day
    found, detail = status(t, events, Ensure.CHASED_BEFORE_DUE, DUE, calendar)
    assert found is Status.MISSING and "才催办" in detail
    events.append(call(t, datetime(2026, 9, 24, 16, 0), CallPurpose.CHASE, reached=False))
    assert status(t, events, Ensure.CHASED_BEFORE_DUE, DUE, calendar)[0] is Status.MISSING
    events.append(call(t, datetime(2026, 9, 23, 10, 0), CallPurpose.CHASE))  # earlier: counts
    assert status(t, events, Ensure.CHASED_BEFORE_DUE, DUE, calendar)[0] is Status.MET


def test_after_a_re_assignment_the_new_round_is_judged_on_its_own(calendar):
    t, events = handled_ticket()
    events.append(call(t, datetime(2026, 9, 24, 10, 0), CallPurpose.CHASE))
    events.append(lc.record_feedback(t, "unit", datetime(2026, 9, 24, 15, 0), FEEDBACK))
    events += lc.record_callback(t, "liqing", datetime(2026, 9, 24, 16, 0), HAPPY)
    events.append(lc.submit(t, "liqing", datetime(2026, 9, 24, 17, 0)))
    now = datetime(2026, 9, 28, 10, 0)
    for ensure in (Ensure.CHASED_BEFORE_DUE, Ensure.CALLED_BACK, Ensure.FOLLOWS_TEMPLATE):
        assert status(t, events, ensure, now, calendar)[0] is Status.MET
    new_due = datetime(2026, 10, 9, 17, 30)
    events.append(lc.reassign(t, "city", now, new_due, "群众不满意"))
    later = datetime(2026, 10, 9, 10, 0)  # the day before the new due date is 10-08
    assert status(t, events, Ensure.CHASED_BEFORE_DUE, later, calendar)[0] is Status.MISSING
    assert status(t, events, Ensure.CALLED_BACK, later, calendar)[0] is Status.NOT_YET
    assert status(t, events, Ensure.FOLLOWS_TEMPLATE, later, calendar)[0] is Status.NOT_YET
