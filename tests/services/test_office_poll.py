"""On the shared queue the poll runs once for the office: one workstation's
poller holds the office lock and collects, stores and shows alerts; another
shows only the stored alerts about its own operator's tickets; when the holder
stops, the next poll elsewhere takes over."""

from __future__ import annotations

import pytest

from hotline_desk.services.context import AppContext
from hotline_desk.services.demo import generate
from hotline_desk.services.notifier import Notifier
from hotline_desk.services.poller import Poller
from hotline_desk.services.tickets import TicketService


@pytest.mark.postgres
def test_one_poller_for_the_office_and_each_operator_hears_of_their_own(
    postgres_url, clock, recorder
):
    first = AppContext.open(postgres_url, clock, operator="liqing")
    second = AppContext.open(postgres_url, clock, operator="wangfang")
    shown_first, shown_second = recorder(), recorder()
    office = Poller(first, Notifier([shown_first]))
    follower = Poller(second, Notifier([shown_second]))
    try:
        generate(first, 60)
        result = office.run_once()
        assert not result.following and result.alerts  # the office's poll
        again = follower.run_once()
        assert again.following and again.alerts == []  # nothing collected twice
        service = TicketService(second)
        numbers = [n for note in shown_second.shown for n in note.numbers]
        assert numbers, "wangfang hears of the alerts about her tickets"
        assert all(service.ticket(n).owner == "wangfang" for n in numbers)
        assert follower.run_once().deliveries == []  # once
        office.close()  # the office's workstation shuts down
        taken_over = follower.run_once()
        assert not taken_over.following
    finally:
        office.close()
        follower.close()
        first.close()
        second.close()


def test_a_single_workstation_is_always_the_office(sqlite_context, recorder):
    generate(sqlite_context, 10)
    poller = Poller(sqlite_context, Notifier([recorder()]))
    assert not poller.run_once().following
    assert not poller.run_once().following
