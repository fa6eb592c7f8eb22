"""The five confirmations and the six ensures at their edges (domain), and the
store counting exactly what the domain says."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from hotline_desk.domain import lifecycle as lc
from hotline_desk.domain.confirmations import Confirmation, ConfirmationRound, matches
from hotline_desk.domain.ensures import Ensure, Status, UnitPhones, evaluate
from hotline_desk.domain.lifecycle import CallbackAnswers, CallPurpose, UnitFeedback
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction, Ticket, TicketKind
from hotline_desk.services.confirmations import (
    confirmation_counts,
    confirmation_query,
    current_round,
    platform_check_overdue,
    platform_checks_on,
    record_platform_check,
    start_round,
    tick,
)
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService
from hotline_desk.store.tickets import QueueQuery, TicketStore

NOW = datetime(2026, 9, 30, 20, 0)  # Wednesday evening before National Day
GOOD = {7: UnitPhones("13907310001", "13907310101")}


def ticket(
    received: datetime = NOW - timedelta(hours=2),
    due: datetime | None = None,
    confidential: bool = False,
) -> Ticket:
    return Ticket(
        number="E1",
        received_at=received,
        kind=TicketKind.HELP,
        content="路灯",
        dispatch_due_at=received + timedelta(hours=12),
        confidential=confidential,
        city_due_at=due,
        due_at=due,
    )


def test_due_soon_edges_over_the_holiday(calendar):
    end_of_next_workday = datetime(2026, 10, 8, 23, 59, 59)
    t = ticket(due=end_of_next_workday)
    lc.dispatch(t, "liqing", NOW, 7)
    assert matches(Confirmation.DUE_SOON, t, NOW, calendar)  # exactly at the end: counted
    t.due_at = datetime(2026, 10, 9, 0, 0)
    assert not matches(Confirmation.DUE_SOON, t, NOW, calendar)
    t.due_at = datetime(2026, 10, 3, 9, 0)  # a holiday before the next working day
    assert matches(Confirmation.DUE_SOON, t, NOW, calendar)
    assert not matches(Confirmation.NEW_TICKETS, t, NOW, calendar)


def test_requests_returns_feedback_and_not_archived(calendar):
    t = ticket(due=datetime(2026, 10, 20, 17, 30))
    assert matches(Confirmation.NEW_TICKETS, t, NOW, calendar)
    lc.dispatch(t, "liqing", NOW, 7)
    lc.request_commitment(t, "unit", NOW, datetime(2026, 10, 30), "协调")
    assert matches(Confirmation.REQUESTS_AND_RETURNS, t, NOW, calendar)
    lc.decide_commitment(t, "leader", NOW, approved=False, role="leader")
    assert not matches(Confirmation.REQUESTS_AND_RETURNS, t, NOW, calendar)
    lc.record_feedback(t, "unit", NOW, UnitFeedback("c", "a", FeedbackResult.HANDLED))
    assert matches(Confirmation.FEEDBACK, t, NOW, calendar)
    assert matches(Confirmation.NOT_SUBMITTED_OR_ARCHIVED, t, NOW, calendar)
    lc.record_callback(
        t, "liqing", NOW, CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED)
    )
    lc.submit(t, "liqing", NOW)
    assert not matches(Confirmation.FEEDBACK, t, NOW, calendar)
    assert matches(Confirmation.NOT_SUBMITTED_OR_ARCHIVED, t, NOW, calendar)
    lc.archive(t, "city", NOW)
    assert not any(matches(c, t, NOW, calendar) for c in Confirmation)


def test_a_round_is_finished_when_all_five_are_ticked():
    r = ConfirmationRound("liqing", NOW)
    for c in list(Confirmation)[:4]:
        r.tick(c, NOW, 3)
    assert not r.finished and r.missing() == [Confirmation.NOT_SUBMITTED_OR_ARCHIVED]
    r.tick(Confirmation.NOT_SUBMITTED_OR_ARCHIVED, NOW + timedelta(minutes=2), 0)
    assert r.finished and r.finished_at == NOW + timedelta(minutes=2)


def ensure(results, which: Ensure):
    return next(r for r in results if r.ensure is which)


def test_dispatch_within_twelve_hours_at_the_minute(calendar):
    received = NOW - timedelta(hours=24)
    on_time = ticket(received=received)
    events = [
        lc.dispatch(on_time, "liqing", received + timedelta(hours=11, minutes=59), 7),
        lc.log_call(
            on_time,
            "liqing",
            received + timedelta(hours=12),
            CallPurpose.DISPATCH_NOTICE,
            "张丽",
            "13907310001",
            True,
            7,
        ),
    ]
    assert (
        ensure(evaluate(on_time, events, GOOD, NOW, calendar), Ensure.DISPATCHED_AND_PHONED).status
        is Status.MET
    )
    late = ticket(received=received)
    events = [lc.dispatch(late, "liqing", received + timedelta(hours=12, minutes=1), 7)]
    result = ensure(evaluate(late, events, GOOD, NOW, calendar), Ensure.DISPATCHED_AND_PHONED)
    assert result.missing and "派单超时" in result.detail and "未电话通知" in result.detail
    waiting = ticket(received=NOW - timedelta(hours=11))
    assert (
        ensure(evaluate(waiting, [], GOOD, NOW, calendar), Ensure.DISPATCHED_AND_PHONED).status
        is Status.NOT_YET
    )


def test_chase_one_working_day_before_due_across_the_make_up_saturday(calendar):
    # due Mon 10-12: the working day before is the make-up Saturday 10-10
    t = ticket(received=datetime(2026, 9, 29, 9, 0), due=datetime(2026, 10, 12, 17, 30))
    dispatch = lc.dispatch(t, "liqing", datetime(2026, 9, 29, 10, 0), 7)
    early = ensure(
        evaluate(t, [dispatch], GOOD, datetime(2026, 10, 9, 12, 0), calendar),
        Ensure.CHASED_BEFORE_DUE,
    )
    assert early.status is Status.NOT_YET and "10-10" in early.detail
    missed = ensure(
        evaluate(t, [dispatch], GOOD, datetime(2026, 10, 11, 9, 0), calendar),
        Ensure.CHASED_BEFORE_DUE,
    )
    assert missed.missing
    chase = lc.log_call(
        t,
        "liqing",
        datetime(2026, 10, 10, 9, 30),
        CallPurpose.CHASE,
        "张丽",
        "13907310001",
        True,
        7,
    )
    assert (
        ensure(
            evaluate(t, [dispatch, chase], GOOD, datetime(2026, 10, 11, 9, 0), calendar),
            Ensure.CHASED_BEFORE_DUE,
        ).status
        is Status.MET
    )


def test_callback_template_phones_and_submission(calendar):
    t = ticket(received=datetime(2026, 9, 20, 9, 0), due=datetime(2026, 9, 29, 17, 30))
    events = [lc.dispatch(t, "liqing", datetime(2026, 9, 20, 10, 0), 7)]
    events.append(
        lc.record_feedback(
            t,
            "unit",
            datetime(2026, 9, 25, 9, 0),
            UnitFeedback("c", "a", FeedbackResult.HANDLED, template="handled"),
        )
    )
    results = evaluate(t, events, GOOD, datetime(2026, 9, 25, 10, 0), calendar)
    assert ensure(results, Ensure.CALLED_BACK).status is Status.NOT_YET
    assert ensure(results, Ensure.FOLLOWS_TEMPLATE).status is Status.MET
    short = {7: UnitPhones("13907310001", "6601")}
    phones = ensure(evaluate(t, events, short, NOW, calendar), Ensure.PHONES_VALID)
    assert phones.missing and "分管领导" in phones.detail
    events.extend(
        lc.record_callback(
            t,
            "liqing",
            datetime(2026, 9, 26, 9, 0),
            CallbackAnswers(True, True, True, False, Satisfaction.BASIC),
        )
    )
    events.append(lc.submit(t, "liqing", datetime(2026, 9, 30, 9, 0)))  # after 09-29 17:30
    results = evaluate(t, events, GOOD, NOW, calendar)
    assert ensure(results, Ensure.CALLED_BACK).status is Status.MET
    assert ensure(results, Ensure.SUBMITTED_AND_ARCHIVED).missing
    confidential = ticket(confidential=True)
    assert (
        ensure(evaluate(confidential, [], GOOD, NOW, calendar), Ensure.CALLED_BACK).status
        is Status.MET
    )


@pytest.fixture
def office(context):
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 300, seed=21)
    return context


def test_the_store_counts_what_the_domain_matches(office):
    now = office.clock.now()
    with office.db.session() as session:
        everything = TicketStore(session).page(QueueQuery(limit=10_000))
    counts = {c.confirmation: c.count for c in confirmation_counts(office)}
    for confirmation in Confirmation:
        expected = sum(matches(confirmation, t, now, office.calendar) for t in everything)
        assert counts[confirmation] == expected, confirmation
        query = replace(confirmation_query(confirmation, now, office), limit=10_000)
        with office.db.session() as session:
            shown = TicketStore(session).page(query)
        assert all(matches(confirmation, t, now, office.calendar) for t in shown)
    assert counts[Confirmation.NEW_TICKETS] > 0 and counts[Confirmation.DUE_SOON] > 0


def test_rounds_and_platform_checks_are_recorded(office):
    assert current_round(office) is None
    assert platform_check_overdue(office) == timedelta(minutes=75)  # opened 08:30, no check
    round_ = start_round(office)  # 登录市平台: a check too
    assert platform_check_overdue(office) is None
    for c in Confirmation:
        office.clock.advance(timedelta(seconds=30))
        round_ = tick(office, round_.id, c, 5)
    again = current_round(office)
    assert again.finished and again.ticks[Confirmation.DUE_SOON].count_seen == 5
    office.clock.advance(timedelta(minutes=16))
    assert platform_check_overdue(office) is not None
    record_platform_check(office, "手动确认")
    assert [note for _at, _who, note in platform_checks_on(office, office.clock.now().date())] == [
        "登录市平台（五个确认）",
        "手动确认",
    ]
    office.clock.current = datetime(2026, 10, 2, 10, 0)  # a holiday: no 15-minute rule
    assert platform_check_overdue(office) is None


def test_the_queue_filters_tickets_with_ensures_missing(office, register):
    from hotline_desk.domain.ensures import UnitPhones as Phones
    from hotline_desk.domain.ticket import UNFINISHED_STATES
    from hotline_desk.store.models import UnitRow

    now = office.clock.now()
    with office.db.session() as session:
        store = TicketStore(session)
        open_tickets = store.page(QueueQuery(states=sorted(UNFINISHED_STATES), limit=10_000))
        events = store.events_by_ticket([t.id for t in open_tickets])
        units = {
            u.id: Phones(u.handler_phone, u.leader_phone) for u in session.query(UnitRow).all()
        }
        flagged = store.count(
            QueueQuery(states=sorted(UNFINISHED_STATES), flags=["ensures_missing"])
        )
    expected = sum(
        any(r.missing for r in evaluate(t, events[t.id], units, now, office.calendar))
        for t in open_tickets
    )
    assert flagged == expected > 0
    # an action re-evaluates its ticket at once
    service = TicketService(office)
    register(
        service, number="EM-1", kind="求助", content="路灯", received_at=now - timedelta(hours=13)
    )
    service.dispatch("EM-1", "县教育局")  # 13 hours late, and nobody phoned
    with office.db.session() as session:
        assert TicketStore(session).get_row("EM-1").ensures_missing
