"""1,000 conflicting actions from several processes on one queue: every save
either lands or is refused (ConcurrentChange) – none is lost, and each ticket's
history holds exactly the saves that landed."""

from __future__ import annotations

import multiprocessing
import random
import time
from datetime import datetime

import pytest

from hotline_desk.domain.clock import FixedClock
from hotline_desk.domain.errors import ConcurrentChange
from hotline_desk.domain.lifecycle import Action, changing_events
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import save_staff
from hotline_desk.services.ticket_actions import run_action
from hotline_desk.services.tickets import NewTicket, TicketService

PROCESSES, ACTIONS_EACH, TICKETS = 4, 250, 5
NOW = datetime(2026, 11, 23, 10, 0)


def _operator(url: str, login: str, seed: int) -> tuple[dict[str, int], int]:
    """One workstation: opens a ticket's form (reads its events), waits a moment
    as a person would, saves a call log; returns the saves that landed per
    ticket and the refusals."""
    rng = random.Random(seed)
    context = AppContext.open(url, FixedClock(NOW), operator=login)
    service = TicketService(context)
    landed: dict[str, int] = {}
    refused = 0
    try:
        for _ in range(ACTIONS_EACH):
            number = f"LU{rng.randrange(TICKETS)}"
            seen = len(changing_events(service.events(number)))
            time.sleep(rng.random() * 0.002)
            values = {"purpose": "other", "reached": True, "note": f"{login} 跟进"}
            try:
                run_action(service, Action.CALL, number, values, seen)
            except ConcurrentChange:
                refused += 1
            else:
                landed[number] = landed.get(number, 0) + 1
    finally:
        context.close()
    return landed, refused


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def office_url(request) -> str:
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    context = AppContext.open(url, FixedClock(NOW), operator="liqing")
    for login in ("liqing", "wangfang", "zhaolei", "zhangmin"):
        save_staff(context, login, login, "operator")
    service = TicketService(context)
    for i in range(TICKETS):
        service.create(NewTicket(f"LU{i}", "求助", f"并发测试 {i}"))
    context.close()
    return url


def test_no_update_is_lost_under_a_thousand_conflicting_actions(office_url):
    logins = ["liqing", "wangfang", "zhaolei", "zhangmin"]
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        results = pool.starmap(_operator, [(office_url, logins[i], i) for i in range(PROCESSES)])
    landed: dict[str, int] = {}
    refused = 0
    for per_ticket, refusals in results:
        refused += refusals
        for number, count in per_ticket.items():
            landed[number] = landed.get(number, 0) + count
    assert sum(landed.values()) + refused == PROCESSES * ACTIONS_EACH
    assert refused > 0  # the conflicts happened
    context = AppContext.open(office_url, FixedClock(NOW), operator="liqing")
    try:
        service = TicketService(context)
        for i in range(TICKETS):
            number = f"LU{i}"
            events = service.events(number)
            calls = [e for e in events if e.action == Action.CALL.value]
            assert len(calls) == landed.get(number, 0), number  # every landed save is there
            assert events[0].action == Action.CREATE.value
            assert [e.at for e in events] == sorted(e.at for e in events)
    finally:
        context.close()
    print(f"\n{office_url.split(':')[0]}: {sum(landed.values())} saved, {refused} refused, 0 lost")
