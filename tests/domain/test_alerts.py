"""Which tickets alert, once, and how alerts group (domain, no database)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hotline_desk.domain.alerts import (
    AlertKind,
    alerts_for_ticket,
    collect_alerts,
    plan_notifications,
)
from hotline_desk.domain.duty import DutyShift, in_office_hours, on_duty
from hotline_desk.domain.ticket import Ticket, TicketKind, TicketState
from hotline_desk.domain.time_limits import OfficeHours, end_of_next_workday

NOW = datetime(2026, 9, 30, 20, 0)  # Wednesday evening before National Day


def ticket(
    number: str = "SZ1",
    state: TicketState = TicketState.HANDLING,
    due: datetime | None = datetime(2026, 10, 8, 17, 30),
    **extra,
) -> Ticket:
    received = extra.pop("received_at", NOW - timedelta(days=2))
    return Ticket(
        number=number,
        received_at=received,
        kind=TicketKind.HELP,
        content="路灯不亮",
        title="路灯",
        dispatch_due_at=received + timedelta(hours=12),
        state=state,
        due_at=due,
        city_due_at=due,
        **extra,
    )


def kinds(t: Ticket, now: datetime = NOW) -> list[AlertKind]:
    return [a.kind for a in alerts_for_ticket(t, now, end_of_next_workday(now, CAL))]


@pytest.fixture(autouse=True)
def _calendar(calendar):
    global CAL
    CAL = calendar


def test_due_on_the_next_working_day_or_a_holiday_before_it():
    assert kinds(ticket(due=datetime(2026, 10, 8, 17, 30))) == [AlertKind.DUE_NEXT_WORKDAY]
    assert kinds(ticket(due=datetime(2026, 10, 3, 12, 0))) == [AlertKind.DUE_NEXT_WORKDAY]
    assert kinds(ticket(due=datetime(2026, 10, 8, 23, 59))) == [AlertKind.DUE_NEXT_WORKDAY]
    assert kinds(ticket(due=datetime(2026, 10, 9, 0, 0))) == []
    assert kinds(ticket(due=NOW - timedelta(minutes=1))) == [AlertKind.OVERDUE]
    assert kinds(ticket(state=TicketState.SUBMITTED, due=NOW - timedelta(days=1))) == []


def test_the_twelve_hour_dispatch_limit():
    waiting = TicketState.RECEIVED
    soon = ticket(state=waiting, received_at=NOW - timedelta(hours=11, minutes=1), due=None)
    assert kinds(soon) == [AlertKind.NEW_TICKET, AlertKind.DISPATCH_DUE]
    early = ticket(state=waiting, received_at=NOW - timedelta(hours=10, minutes=59), due=None)
    assert kinds(early) == [AlertKind.NEW_TICKET]
    late = ticket(state=waiting, received_at=NOW - timedelta(hours=12, minutes=1), due=None)
    assert kinds(late) == [AlertKind.NEW_TICKET, AlertKind.DISPATCH_OVERDUE]


def test_commitment_requests_and_returns():
    pending = ticket(
        due=datetime(2026, 10, 20, 17, 30),
        commitment_pending=True,
        requested_due_at=datetime(2026, 10, 30, 17, 30),
    )
    assert kinds(pending) == [AlertKind.COMMITMENT_REQUEST]
    returned = ticket(due=datetime(2026, 10, 20, 17, 30), unjustified_return=True, return_count=1)
    assert kinds(returned) == [AlertKind.RETURNED]


def test_keys_change_with_the_deadline_so_an_extension_alerts_again():
    first = alerts_for_ticket(
        ticket(due=datetime(2026, 10, 8, 17, 30)), NOW, datetime(2026, 10, 9)
    )[0]
    same = alerts_for_ticket(ticket(due=datetime(2026, 10, 8, 17, 30)), NOW, datetime(2026, 10, 9))[
        0
    ]
    moved = alerts_for_ticket(ticket(due=datetime(2026, 10, 8, 12, 0)), NOW, datetime(2026, 10, 9))[
        0
    ]
    assert first.key == same.key != moved.key


def test_collect_filters_by_kind_for_on_duty_staff():
    tickets = [
        ticket("A", due=datetime(2026, 10, 8, 17, 30)),
        ticket(
            "B",
            due=datetime(2026, 10, 20),
            commitment_pending=True,
            requested_due_at=datetime(2026, 10, 30),
        ),
    ]
    bound = end_of_next_workday(NOW, CAL)
    assert {a.kind for a in collect_alerts(tickets, NOW, bound)} == {
        AlertKind.DUE_NEXT_WORKDAY,
        AlertKind.COMMITMENT_REQUEST,
    }
    only_due = collect_alerts(tickets, NOW, bound, [AlertKind.DUE_NEXT_WORKDAY])
    assert [a.number for a in only_due] == ["A"]


def test_a_digest_above_the_threshold_and_single_notifications_below():
    bound = end_of_next_workday(NOW, CAL)
    many = collect_alerts([ticket(f"T{i}") for i in range(7)], NOW, bound)
    notes = plan_notifications(many, NOW.date(), date(2026, 10, 8), digest_above=3)
    assert len(notes) == 1 and notes[0].is_digest
    assert notes[0].title == "7 件工单10月08日（下一个工作日）到期"
    assert "T0" in notes[0].body and notes[0].body.endswith("等")
    tomorrow = plan_notifications(many, date(2026, 10, 7), date(2026, 10, 8), digest_above=3)
    assert tomorrow[0].title == "7 件工单明天到期"
    few = plan_notifications(many[:3], NOW.date(), date(2026, 10, 8), digest_above=3)
    assert [n.numbers for n in few] == [("T0",), ("T1",), ("T2",)]
    assert "T0" in few[0].title and "10-08 17:30" in few[0].body and "路灯" in few[0].body


def test_duty_shifts_and_office_hours():
    shift = DutyShift("wangfang", datetime(2026, 9, 30, 17, 30), datetime(2026, 10, 1, 8, 30))
    assert on_duty([shift], NOW) == ["wangfang"]
    assert on_duty([shift], datetime(2026, 10, 1, 8, 30)) == []
    with pytest.raises(ValueError, match="must end after it starts"):
        DutyShift("x", NOW, NOW)
    hours = OfficeHours()
    assert in_office_hours(datetime(2026, 9, 30, 10, 0), CAL, hours)
    assert not in_office_hours(NOW, CAL, hours)
    assert not in_office_hours(datetime(2026, 10, 2, 10, 0), CAL, hours)  # National Day
    assert in_office_hours(datetime(2026, 10, 10, 10, 0), CAL, hours)  # make-up Saturday


def test_an_alert_says_when_its_deadline_rests_on_an_estimated_calendar():
    from hotline_desk.domain.alerts import alerts_for_ticket

    t = Ticket(
        number="E9",
        received_at=datetime(2026, 12, 28, 9, 0),
        kind=TicketKind.HELP,
        content="路灯",
        dispatch_due_at=datetime(2026, 12, 28, 21, 0),
        state=TicketState.HANDLING,
        due_at=datetime(2027, 1, 6, 17, 30),
    )
    now, bound = datetime(2027, 1, 5, 10, 0), datetime(2027, 1, 7, 0, 0)
    (plain,) = alerts_for_ticket(t, now, bound)
    (marked,) = alerts_for_ticket(t, now, bound, estimated=lambda _t: True)
    assert "估算" not in plain.text() and "01-06 17:30（按估算的日历）" in marked.text()
    assert plain.key == marked.key  # the same alert, not a second one


def test_never_a_burst_several_kinds_at_once_make_one_summary():
    from hotline_desk.domain.alerts import Alert

    def alert(kind, n):
        return Alert(kind, f"{kind.value}-{n}", None, "路灯", NOW, f"{kind.value}:{n}")

    kinds = [AlertKind.NEW_TICKET, AlertKind.DUE_NEXT_WORKDAY, AlertKind.OVERDUE]
    nine = [alert(kind, n) for kind in kinds for n in range(3)]  # 3 of each: no digest per kind
    notes = plan_notifications(nine, NOW.date(), date(2026, 10, 8), digest_above=3)
    assert len(notes) == 1 and notes[0].summary and len(notes[0].numbers) == 9
    assert "9 件工单有新提醒" in notes[0].title and "新工单 3 件" in notes[0].body
    two = plan_notifications(nine[:2], NOW.date(), date(2026, 10, 8), digest_above=3)
    assert len(two) == 2 and not any(n.summary for n in two)
