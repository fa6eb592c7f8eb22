"""The statistics definitions and the assessment rules at their edges, on
tickets and events made in memory (the store-backed month is in services)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from hotline_desk.domain import lifecycle as lc
from hotline_desk.domain.assessment import (
    AssessmentRules,
    Deduction,
    Item,
    RulesError,
    flag_operators,
    score_unit,
)
from hotline_desk.domain.difficult_sheet import (
    REASON_COMMITMENT,
    REASON_MISCONDUCT,
    REASON_SEVERAL_UNITS,
    sheet_content,
)
from hotline_desk.domain.statistics import (
    CallbackOutcome,
    FindingKind,
    count_facts,
    month_of,
    ticket_facts,
)
from hotline_desk.domain.ticket import (
    Caller,
    FeedbackResult,
    Satisfaction,
    Ticket,
    TicketKind,
    TicketState,
)

RECEIVED = datetime(2026, 11, 30, 23, 59)
DUE = datetime(2026, 12, 4, 17, 30)


def ticket(number: str = "T1", received: datetime = RECEIVED, confidential: bool = False) -> Ticket:
    return Ticket(
        number=number,
        received_at=received,
        kind=TicketKind.HELP,
        content="路灯",
        dispatch_due_at=received + timedelta(hours=12),
        caller=Caller("王五", "13800000000", "幸福小区"),
        confidential=confidential,
        city_due_at=DUE,
        id=1,
    )


FEEDBACK = lc.UnitFeedback("原因", "处理", FeedbackResult.HANDLED)


def test_a_ticket_belongs_to_the_minute_of_its_receipt():
    assert month_of(datetime(2026, 11, 30, 23, 59, 59)) == "2026-11"
    assert month_of(datetime(2026, 12, 1, 0, 0)) == "2026-12"
    facts = ticket_facts(ticket(), [], RECEIVED)
    assert (facts.month, facts.week) == ("2026-11", "2026-W49")


def test_an_imported_ticket_closed_late_on_the_platform_is_overdue():
    t = ticket()
    t.state, t.archived_at, t.dispatched_at = (
        TicketState.ARCHIVED,
        DUE + timedelta(days=2),
        RECEIVED,
    )
    t.satisfaction = Satisfaction.SATISFIED
    facts = ticket_facts(t, [], DUE + timedelta(days=10))
    assert facts.completed and facts.on_time_completion is False
    assert facts.delay_days == 2.0 and facts.count(FindingKind.OVERDUE) == 1
    assert facts.callback is CallbackOutcome.REACHED


def test_a_pending_request_protects_the_ticket_until_it_is_decided():
    t = ticket()
    events = [lc.dispatch(t, "liqing", RECEIVED + timedelta(hours=1), 7)]
    events.append(
        lc.request_commitment(t, "liqing", DUE - timedelta(days=1), DUE + timedelta(days=5), "协调")
    )
    after_deadline = DUE + timedelta(days=1)
    assert ticket_facts(t, events, after_deadline).on_time_completion is None
    events.append(lc.decide_commitment(t, "boss", after_deadline, False, role="leader"))
    refused = ticket_facts(t, events, after_deadline)
    assert refused.on_time_completion is False  # refused: the old deadline stands
    assert refused.count(FindingKind.OVERDUE_REPLY) == 1


def test_misconduct_found_by_the_callback_is_a_reason_on_the_sheet():
    t = ticket()
    events = [lc.dispatch(t, "liqing", RECEIVED + timedelta(hours=1), 7, co_unit_ids=[8])]
    events.append(
        lc.request_commitment(
            t, "liqing", DUE - timedelta(days=2), DUE + timedelta(days=3), "需协调"
        )
    )
    events.append(lc.decide_commitment(t, "boss", DUE - timedelta(days=1), True, role="leader"))
    events.append(lc.record_feedback(t, "liqing", DUE, FEEDBACK))
    answers = lc.CallbackAnswers(True, True, True, True, Satisfaction.BASIC, callee="王五")
    events += lc.record_callback(t, "liqing", DUE + timedelta(hours=1), answers)
    content = sheet_content(t, events, DUE + timedelta(hours=2))
    assert REASON_COMMITMENT in content.reasons
    assert REASON_SEVERAL_UNITS in content.reasons
    assert REASON_MISCONDUCT in content.reasons
    assert content.caller is not None and content.caller.name == "王*"
    t.confidential = True
    assert sheet_content(t, events, DUE).caller is None


def test_counting_facts_gives_rates_and_none_when_nothing_to_count():
    empty = count_facts([])
    assert empty.completion_rate is None and empty.satisfaction_rate is None
    t = ticket(confidential=True)
    facts = ticket_facts(t, [], RECEIVED + timedelta(hours=13))
    figures = count_facts([facts])
    assert figures.counts.confidential == 1 and figures.satisfaction_rate is None
    assert figures.on_time_dispatch_rate == 0.0  # 13 hours and not dispatched


def test_the_monthly_cap_stops_deductions_but_keeps_the_items():
    items = [
        Item(f"N{i:02d}", FindingKind.OVERDUE_REPLY, f"2026-11-{i + 1:02d} 09:00")
        for i in range(12)
    ]
    score = score_unit("城关镇", items, AssessmentRules())
    assert score.deducted == 2.0 and score.score == 98.0
    assert len(score.items) == 12 and [i.points for i in score.items[-2:]] == [0.0, 0.0]
    assert sum(i.points for i in score.items) == pytest.approx(2.0)
    custom = AssessmentRules(base=10, deductions=(Deduction(FindingKind.RETURN, 3.0, None),))
    assert score_unit("x", items, custom).score == 10  # no rule for late replies


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("not json", "JSON"),
        ("[]", "对象"),
        ('{"base": -1}', "base"),
        ('{"deductions": {}}', "列表"),
        ('{"deductions": [{"kind": "late", "points": 1}]}', "kind"),
        ('{"deductions": [{"kind": "overdue", "points": true}]}', "points"),
        ('{"deductions": [{"kind": "overdue", "points": 1, "monthly_cap": "2"}]}', "monthly_cap"),
        (
            '{"deductions": [{"kind": "overdue", "points": 1}, {"kind": "overdue", "points": 2}]}',
            "一次",
        ),
    ],
)
def test_bad_rules_say_what_is_wrong(text, says):
    with pytest.raises(RulesError, match=says):
        AssessmentRules.from_json(text)


def test_rules_round_trip_and_thresholds_list_the_tickets():
    rules = AssessmentRules.from_json(AssessmentRules().to_json())
    assert rules == AssessmentRules()
    rows = [("liqing", f"N{i}", True, 1.0) for i in range(4)] + [("wang", "W1", False, 6.5)]
    flags = {f.operator: f for f in flag_operators(rows, rules)}
    assert flags["liqing"].unfinished == ("N0", "N1", "N2", "N3")  # more than 3
    assert flags["wang"].delayed == (("W1", 6.5),)  # more than 5 days
    assert "超过 3 件" in flags["liqing"].reasons(rules)[0]
    assert flag_operators(rows[:3], rules) == []  # exactly 3 is not more than 3
