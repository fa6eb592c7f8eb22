"""Every preset rule can govern a ticket; extensions follow the ticket's rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hotline_desk.domain.lifecycle import ActionRefused
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import NewTicket, TicketService


@pytest.fixture
def service(sqlite_context):
    sqlite_context.clock.current = datetime(2026, 9, 1, 10, 0)
    generate(sqlite_context, 0)  # the directory and the staff, the leader included
    return TicketService(sqlite_context)


def new(service, number: str, rule: str = "", due: datetime | None = None):
    return service.create(
        NewTicket(number=number, kind="举报", content="偷排污水", rule=rule, city_due_at=due)
    )


def test_a_ticket_carries_its_rule_and_is_due_by_it(service):
    by_default = new(service, "R0")
    assert by_default.limit_rule == "office.joint"  # the office's rule for typed-in tickets
    env = new(service, "R1", rule="12369办结")  # by name or code
    assert env.limit_rule == "12369.finish"
    # 60 days later is Saturday 10-31, a rest day: the next working day, Monday 11-02
    assert env.due_at == datetime(2026, 11, 2, 17, 30)
    city = new(service, "R2", rule="12369.finish", due=datetime(2026, 9, 20, 17, 30))
    assert city.due_at == datetime(2026, 9, 20, 17, 30)  # the city's date stands
    assert service.show("R2").rule_due == datetime(2026, 11, 2, 17, 30)  # the rule's, beside it
    assert service.show("R1").rule_due is None
    with pytest.raises(InputError, match="「时限规则」应为本单位的时限规则之一"):
        new(service, "R3", rule="火星规则")


def test_a_12369_ticket_is_extended_once_by_at_most_30_days(service, sqlite_context):
    ticket = new(service, "E1", rule="12369.finish")
    service.dispatch("E1", "生态环境局县分局")
    due = ticket.due_at
    with pytest.raises(ActionRefused, match="延期后的办理时限不得晚于"):
        service.request_commitment("E1", datetime(2026, 12, 31, 17, 30), "需监测")
    service.request_commitment("E1", datetime(2026, 11, 20, 17, 30), "需监测")
    sqlite_context.operator = "leader"
    service.decide_commitment("E1", approved=True)
    assert service.show("E1").ticket.due_at > due
    sqlite_context.operator = "liqing"
    with pytest.raises(ActionRefused, match="只能延期 1 次"):
        service.request_commitment("E1", datetime(2026, 11, 25, 17, 30), "再次")


def test_a_due_date_counted_into_an_unpublished_year_says_it_is_an_estimate(
    service, sqlite_context
):
    from hotline_desk.domain.time_limits import due_is_estimate

    sqlite_context.clock.current = datetime(2026, 12, 28, 10, 0)
    into_2027 = new(service, "Y1")  # 7 working days: into 2027, not yet published
    assert into_2027.due_at.year == 2027
    assert due_is_estimate(into_2027, sqlite_context.calendar)
    assert service.show("Y1").due_estimate
    city = new(service, "Y2", due=datetime(2027, 1, 8, 17, 30))
    assert not due_is_estimate(city, sqlite_context.calendar)  # the city's date stands
    sqlite_context.clock.current = datetime(2026, 9, 1, 10, 0)
    assert not due_is_estimate(new(service, "Y3"), sqlite_context.calendar)


def test_the_json_says_when_a_due_date_is_an_estimate(tmp_path, capsys):
    from hotline_desk.cli import main

    base = ["--db", str(tmp_path / "e.sqlite3"), "--now", "2026-12-28T10:00", "--format", "json"]
    main([*base, "demo", "--tickets", "0"])
    capsys.readouterr()
    main([*base, "ticket", "new", "--number", "J1", "--kind", "求助", "--content", "路灯"])
    assert '"due_estimate": true' in capsys.readouterr().out


def test_entering_next_years_holidays_counts_estimated_due_dates_again(service, sqlite_context):
    from hotline_desk.domain.work_calendar import OfficeDay
    from hotline_desk.services.calendar_import import apply_days

    sqlite_context.clock.current = datetime(2026, 12, 28, 10, 0)
    new(service, "N1")  # 7 working days, counted into an estimated January 2027
    city = new(service, "N2", due=datetime(2027, 1, 8, 17, 30))
    before = service.show("N1").ticket.due_at
    # Suppose the notice makes 2027-01-04 and -05 rest days the estimate did not know.
    result = apply_days(
        sqlite_context,
        [
            OfficeDay(date(2027, 1, 4), False, "元旦 放假"),
            OfficeDay(date(2027, 1, 5), False, "元旦 放假"),
        ],
    )
    moved = {number: (old, new_due) for number, old, new_due in result.moved}
    assert list(moved) == ["N1"] and moved["N1"][0] == before
    assert moved["N1"][1] == service.show("N1").ticket.due_at > before
    last = service.show("N1").events[-1]
    assert last.action == "recompute_due" and last.data["old_due_at"] == before.isoformat()
    assert service.show("N2").ticket.due_at == city.due_at  # the city's date stands
