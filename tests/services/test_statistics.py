"""The month's statistics at their edges, through the real service and store:
each figure of the report agrees with counting the ticket list by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.statistics import FigureSelection, FindingKind
from hotline_desk.domain.ticket import Satisfaction
from hotline_desk.services.errors import InputError
from hotline_desk.services.queue import read_page
from hotline_desk.services.statistics import (
    month_report,
    save_assessment_rules,
    trend,
    weekly,
)
from hotline_desk.services.ticket_actions import run_action
from hotline_desk.store.tickets import QueueQuery


@pytest.fixture
def office(context, clock, november):
    return november(context, clock)


# The ticket list counted by hand (see the fixture's comments).
BY_HAND = {
    "total": 8,  # A B C D E F G I
    "completed": 5,  # A B C E G (F re-assigned, D fed back, I never dispatched)
    "completion_rate": 0.625,
    "reached": 4,  # A B D G (F's callback undone by the re-assignment)
    "satisfied": 3,  # A 满意, B 基本满意, G 满意 (D 不满意)
    "satisfaction_rate": 0.75,
    "unreachable": 1,  # C
    "confidential": 1,  # E
    "returns": 1,
    "unjustified_returns": 1,
    "transfers": 1,
    "overdue": 3,  # D, F, I
    "overdue_replies": 3,  # D twice (after 11-10 17:00), F held past its new deadline
    "commitments": 1,
    "reassigned": 1,
    "unsatisfied": 1,
    "late_dispatches": 2,  # B at 22:00 (limit 20:00), I never
    "callbacks_missing": 1,  # D
    "on_time_dispatch_rate": 0.75,  # 6 of 8
    "on_time_completion_rate": 0.625,  # A B C E G of 8 judged
}


def test_the_month_agrees_with_counting_by_hand(office):
    report = month_report(office.context, "2026-11").as_json()
    assert report["month"] == "2026-11"
    for key, expected in BY_HAND.items():
        assert report[key] == expected, key


def test_units_are_scored_with_the_tickets_behind_each_deduction(office):
    report = month_report(office.context, "2026-11").as_json()
    units = {u["name"]: u for u in report["units"]}
    # 住建局: 2 late replies (0.4), an unjustified return (0.5), an unsatisfied citizen (0.1).
    assert units["县住建局"]["score"] == 99.0
    assert units["城关镇"]["score"] == 99.8  # F held past its new deadline
    behind = sorted((d["unit"], d["number"], d["kind"]) for d in report["deductions"])
    assert behind == sorted(
        [
            ("城关镇", "F", "overdue_reply"),
            ("县住建局", "D", "overdue_reply"),
            ("县住建局", "D", "overdue_reply"),
            ("县住建局", "D", "unjustified_return"),
            ("县住建局", "D", "unsatisfied"),
        ]
    )
    assert report["units"][0]["name"] == "城关镇"  # ranked by score
    assert units["城关镇"]["transfers"] == 1  # the transfer counts where the ticket left


def test_accountability_names_the_operator_and_the_tickets(office):
    report = month_report(office.context, "2026-11").as_json()
    ledger = report["accountability"]
    operators = {line["operator"]: line["items"] for line in ledger["operators"]}
    assert sorted((i["number"], i["kind"]) for i in operators["liqing"]) == [
        ("B", "late_dispatch"),
        ("D", "callback_missing"),
        ("D", "overdue"),
        ("F", "overdue"),
    ]
    assert [(i["number"], i["kind"]) for i in operators["（未派单）"]] == [
        ("I", "late_dispatch"),
        ("I", "overdue"),
    ]
    flagged = {f["operator"]: f for f in ledger["flagged"]}
    assert [d["number"] for d in flagged["liqing"]["delayed"]] == ["D", "F"]
    assert flagged["liqing"]["unfinished"] == ["D", "F"]
    units = {line["unit"]: line["items"] for line in ledger["units"]}
    assert sorted(i["kind"] for i in units["县住建局"]) == [
        "overdue_reply",
        "overdue_reply",
        "unjustified_return",
    ]


def test_the_thresholds_and_deductions_are_the_desks_to_edit(office):
    save_assessment_rules(
        office.context,
        '{"base": 100, "deductions": [{"kind": "overdue_reply", "points": 1.5, '
        '"monthly_cap": 2}], "unfinished_limit": 1, "delay_days_limit": 30}',
    )
    report = month_report(office.context, "2026-11").as_json()
    units = {u["name"]: u for u in report["units"]}
    assert units["县住建局"]["score"] == 98.0  # 1.5 + 0.5 (capped at 2)
    flagged = {f["operator"]: f for f in report["accountability"]["flagged"]}
    assert flagged["liqing"]["delayed"] == []  # nobody 30 days late
    assert flagged["liqing"]["unfinished"] == ["D", "F"]  # more than 1
    with pytest.raises(InputError, match="points"):
        save_assessment_rules(office.context, '{"deductions": [{"kind": "overdue_reply"}]}')
    with pytest.raises(InputError, match="kind"):
        save_assessment_rules(office.context, '{"deductions": [{"kind": "late", "points": 1}]}')
    assert month_report(office.context, "2026-11").as_json()["units"][0]["score"] is not None


def test_a_ticket_belongs_to_the_month_it_was_handed_down(office):
    october = month_report(office.context, "2026-10").as_json()
    assert october["total"] == 1  # H, received 10-31 23:00
    months = trend(office.context, "2026-12", 3)
    assert [(m, f.counts.total) for m, f in months] == [
        ("2026-10", 1),
        ("2026-11", 8),
        ("2026-12", 0),
    ]
    with pytest.raises(InputError, match="YYYY-MM"):
        month_report(office.context, "2026-13")


def test_typical_cases_and_the_weekly_view(office):
    run_action(office.service, Action.MARK_TYPICAL, "D", {"summary": "转办后无故退单，群众不满意"})
    report = month_report(office.context, "2026-11").as_json()
    assert report["typical"] == [
        {"number": "D", "title": "", "summary": "转办后无故退单，群众不满意"}
    ]
    weeks = {(w.week, w.operator): w for w in weekly(office.context, "2026-11")}
    first = weeks[("2026-W45", "liqing")]  # 11-02 .. 11-08: A C D E F
    assert (first.handled, first.completed, first.on_time) == (5, 3, 3)
    assert first.completion_rate == 0.6


def test_clicking_a_figure_lists_the_tickets_behind_it(office):
    month_report(office.context, "2026-11")  # brings the facts up to date

    def numbers(selection: FigureSelection) -> list[str]:
        query = QueueQuery(figure=selection, limit=100, order="newest")
        page = read_page(office.context, query, with_count=True, count_cap=None)
        assert page.total == len(page.tickets)
        return sorted(t.number for t in page.tickets)

    assert numbers(FigureSelection("2026-11", "2026-11", "overdue")) == ["D", "F", "I"]
    assert numbers(FigureSelection("2026-11", "2026-11", "completed")) == ["A", "B", "C", "E", "G"]
    assert numbers(
        FigureSelection("2026-11", "2026-11", finding=FindingKind.OVERDUE_REPLY, unit_id=office.u2)
    ) == ["D"]
    assert numbers(FigureSelection("2026-10", "2026-10")) == ["H"]


def test_facts_follow_every_action_without_a_refresh(office, reached_callback):
    """An action stores the ticket's new facts at once (no report refresh needed)."""
    office.at("2026-12-05 11:00").service.callback("D", reached_callback(Satisfaction.SATISFIED))
    report = month_report(office.context, "2026-11", refresh=False).as_json()
    assert report["satisfied"] == 4 and report["callbacks_missing"] == 0


def test_an_assessment_needs_no_unit_on_tickets_never_dispatched(office):
    report = month_report(office.context, "2026-11", unit="县住建局").as_json()
    assert [u["name"] for u in report["units"]] == ["县住建局"]
    assert report["total"] == 1 and report["returns"] == 1
    with pytest.raises(InputError):
        month_report(office.context, "2026-11", unit="不存在的单位")


@pytest.mark.postgres
def test_a_refresh_skips_a_ticket_another_workstation_is_changing(postgres_url, clock, november):
    """Two workstations on one queue: the poll's refresh never waits for, nor
    writes over, a ticket another session holds (it derives its facts itself)."""
    from sqlalchemy import create_engine, text

    from hotline_desk.services.context import AppContext
    from hotline_desk.services.derived import refresh_unfinished

    other = create_engine(postgres_url)
    with other.connect() as connection, connection.begin():
        # Without SKIP LOCKED the refresh would wait: make it fail instead of hang.
        name = connection.execute(text("SELECT current_database()")).scalar_one()
        connection.execute(text(f"ALTER DATABASE \"{name}\" SET lock_timeout = '5s'"))
    context = AppContext.open(postgres_url, clock, operator="liqing")
    try:
        office = november(context, clock)
        with other.connect() as connection, connection.begin():
            connection.execute(text("SELECT id FROM tickets WHERE number = 'I' FOR UPDATE")).one()
            office.at("2026-12-06 10:00")
            refresh_unfinished(context)  # would block here without SKIP LOCKED
            computed = connection.execute(
                text(
                    "SELECT f.number, c.computed_at FROM ticket_facts c"
                    " JOIN tickets f ON f.id = c.ticket_id WHERE f.number IN ('D', 'I')"
                    " ORDER BY f.number"
                )
            ).all()
        other.dispose()
        assert computed[0][1] == datetime(2026, 12, 6, 10, 0)  # D refreshed
        assert computed[1][1] < datetime(2026, 12, 6, 10, 0)  # I left to its holder
    finally:
        context.close()


def test_a_database_from_before_the_statistics_is_filled_in_on_the_first_report(office):
    """Facts are a cache of the trails: dropped, the first report derives them
    again (telling how far it is) and counts the same."""
    from sqlalchemy import delete

    from hotline_desk.store.models import TicketFactsRow, TicketFindingRow

    with office.context.db.session() as session:
        session.execute(delete(TicketFindingRow))
        session.execute(delete(TicketFactsRow))
    told: list[int] = []
    report = month_report(office.context, "2026-11", progress=told.append).as_json()
    assert told == [9]  # A..I
    for key, expected in BY_HAND.items():
        assert report[key] == expected, key
