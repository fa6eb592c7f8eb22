"""What an action costs a distant office server: statements and round trips,
counted on a real PostgreSQL server, against a budget (docs/round_trips.md).

A round trip here is a statement, or the BEGIN or COMMIT of a transaction;
connecting costs more of them (the handshake, the dialect's probes) and is
counted as connections. A budget exceeded fails: someone added a query to
every action – find it in the statements the failure lists.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from hotline_desk.cli import main
from hotline_desk.domain.lifecycle import Action
from hotline_desk.services.context import AppContext
from hotline_desk.services.demo import generate
from hotline_desk.services.form_reference import form_reference
from hotline_desk.services.ticket_actions import run_action
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.store.statement_count import counting

pytestmark = pytest.mark.postgres

# A window action (the window has read the office's units, rules and calendar
# at start): one transaction; its statements, BEGIN and COMMIT.
WINDOW_ACTION_ROUND_TRIPS = 14
# The same action from the command line, a new process: opening the store
# (schema version, indexes, rules, the trail key, sign-in) and the action.
CLI_ACTION_ROUND_TRIPS = 26
NOW = datetime(2026, 9, 30, 9, 0)


def _new(context: AppContext, number: str) -> None:
    TicketService(context).create(
        NewTicket(
            number=number,
            kind="help",
            content="滨江路路灯不亮",
            received_at=NOW,
            caller_phone="13800001234",
            city_due_at=datetime(2026, 10, 9, 17, 30),
        )
    )


@pytest.fixture
def office(postgres_url: str, clock) -> AppContext:
    clock.current = NOW
    context = AppContext.open(postgres_url, clock, "liqing")
    generate(context, 5)
    for number in ("B-1", "B-2"):
        _new(context, number)
    yield context
    context.close()


def _listed(sent) -> str:
    return "\n".join(sent.statements)


def test_a_window_action_is_one_transaction_within_its_budget(office):
    service = TicketService(office)
    unit = next(u.id for u in form_reference(office).units if u.name == "县教育局")
    office.calendar  # what the window has read at start  # noqa: B018
    seen = len(service.show("B-1").events)
    with counting() as sent:
        run_action(service, Action.DISPATCH, "B-1", {"unit": unit, "call": True}, seen)
    assert sent.transactions == 1 and sent.connections == 0, _listed(sent)
    assert sent.round_trips <= WINDOW_ACTION_ROUND_TRIPS, _listed(sent)
    feedback = {"cause": "线路老化", "actions": "已更换", "result": "handled", "basis": "规定"}
    with counting() as sent:
        run_action(service, Action.FEEDBACK, "B-1", feedback)
    assert sent.transactions == 1 and sent.round_trips <= WINDOW_ACTION_ROUND_TRIPS, _listed(sent)
    with counting() as sent:
        run_action(service, Action.CALLBACK, "B-1", {"reached": False})
    assert sent.transactions == 1 and sent.round_trips <= WINDOW_ACTION_ROUND_TRIPS, _listed(sent)


def test_a_command_line_action_connects_once_within_its_budget(office, postgres_url):
    argv = ["--db", postgres_url, "--operator", "liqing", "--now", "2026-09-30T09:10"]
    with counting() as sent:
        assert main([*argv, "ticket", "dispatch", "B-2", "--unit", "县教育局", "--called"]) == 0
    assert sent.connections == 1, _listed(sent)
    assert sent.round_trips <= CLI_ACTION_ROUND_TRIPS, _listed(sent)
