"""Every row of a ticket's history says what happened."""

from __future__ import annotations

from datetime import datetime

from hotline_desk.domain.history import event_facts
from hotline_desk.domain.ticket import Event, TicketState

AT = datetime(2026, 11, 23, 10, 0)
H = TicketState.HANDLING
F = TicketState.FEEDBACK


def _texts(events, **kwargs) -> list[str]:
    return ["；".join(f.text() for f in said) for said in event_facts(events, **kwargs)]


def test_calls_and_unanswered_callbacks_are_not_blank():
    events = [
        Event("call", "liqing", AT, H, H, "", {"purpose": "dispatch_notice", "callee": "刘洋",
              "phone": "13907310001", "reached": True}),
        Event("feedback", "unit", AT, H, F, "", {}),
        Event("callback", "liqing", AT, F, F, "", {"reached": False}),
        Event("callback", "liqing", AT, F, F, "", {"reached": False}),
        Event("callback", "wangfang", AT, F, F, "", {"reached": True, "callee": "王五",
              "satisfaction": "satisfied", "stand_in_for": "liqing"}),
    ]  # fmt: skip
    texts = _texts(events, name={"liqing": "李青"}.get)
    assert texts[0] == "派单通知：拨打 刘洋（13907310001），已接通"
    assert texts[2] == "回访未接通（第 1 次，满 3 次可记为无法联系）"
    assert texts[3] == "回访未接通（第 2 次，满 3 次可记为无法联系）"
    assert texts[4] == "回访已接通（王*）：满意度「满意」；代 李青 回访"
    assert all(texts[i] for i in (0, 2, 3, 4))


def test_the_citizen_is_masked_unless_revealed_and_a_reveal_says_so():
    events = [
        Event("call", "liqing", AT, F, F, "", {"purpose": "callback", "callee": "王五",
              "phone": "13800000000", "reached": False}),
        Event("reveal", "liqing", AT, F, F, "回访拨号", {}),
    ]  # fmt: skip
    assert _texts(events) == ["回访：拨打 王*，未接通", "查看来电人信息（回访拨号）"]
    assert _texts(events, callee_revealed=True)[0] == "回访：拨打 王五（13800000000），未接通"
