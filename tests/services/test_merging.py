"""并单 and 关联 through the real services, on SQLite and PostgreSQL: a repeat
follows the main ticket's handling as events of its own, a merge is undone,
the statistics count one matter and N handed-down tickets."""

from __future__ import annotations

from datetime import datetime

import pytest

from hotline_desk.domain.lifecycle import ActionRefused, CallbackAnswers, UnitFeedback
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction, TicketState
from hotline_desk.services import merging
from hotline_desk.services.demo import generate
from hotline_desk.services.statistics import month_report
from hotline_desk.services.tickets import TicketService

WHEN = datetime(2026, 9, 30, 9, 0)
SAME_CALLER, OTHER_CALLER = "13800001234", "13900005678"
FEEDBACK = UnitFeedback("物业未管控装修时间", "已约谈物业", FeedbackResult.HANDLED)


@pytest.fixture
def office(context, clock, register):
    clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    context.operator = "liqing"
    for number, phone in (("M-1", SAME_CALLER), ("M-2", SAME_CALLER), ("M-3", OTHER_CALLER)):
        register(
            context, number, "投诉", received_at=WHEN, content="小区噪音扰民", caller_phone=phone
        )
    return context


def _history(service: TicketService, number: str) -> list[tuple[str, object]]:
    return [(e.action, e.data.get("follows")) for e in service.events(number)]


def test_a_merged_repeat_follows_the_main_ticket_and_the_merge_is_undone(office, clock):
    service = TicketService(office)
    service.dispatch("M-1", "县城市管理和综合执法局")
    merging.merge(office, "M-1", ["M-2", "M-3"], reason="同一小区噪音")
    m2, m3 = service.ticket("M-2"), service.ticket("M-3")
    # A repeat still 待派单 went to the main ticket's unit at once.
    assert (
        m2.state is TicketState.HANDLING and m2.main_unit_id == service.ticket("M-1").main_unit_id
    )
    assert m2.merged_into == "M-1" and "已并单" in m2.flag_names()
    assert ("dispatch", "M-1") in _history(service, "M-2")
    # The repeat is not handled on its own while merged, and says why.
    with pytest.raises(ActionRefused, match="M-1"):
        service.feedback("M-2", FEEDBACK)

    clock.current = datetime(2026, 10, 2, 9, 0)
    service.feedback("M-1", FEEDBACK)
    assert {service.ticket(n).state for n in ("M-2", "M-3")} == {TicketState.FEEDBACK}
    reached = CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED)
    service.callback("M-1", reached)
    # The same caller was called back; the other citizen was not, and is not
    # recorded as if they had been.
    assert service.ticket("M-2").state is TicketState.CALLED_BACK
    assert service.ticket("M-3").state is TicketState.FEEDBACK
    assert service.ticket("M-3").satisfaction is None

    merging.unmerge(office, "M-3", "不是同一件事")
    m3 = service.ticket("M-3")
    assert m3.merged_into is None and m3.state is TicketState.FEEDBACK
    assert [a for a, _ in _history(service, "M-1")].count("unmerge") == 1
    service.callback("M-3", reached)  # its own callback, now its own life
    assert service.ticket("M-3").state is TicketState.CALLED_BACK


def test_statistics_count_one_matter_and_every_handed_down_ticket(office):
    merging.merge(office, "M-1", ["M-2"])
    figures = month_report(office, "2026-09").totals.as_dict()
    assert figures["total"] == 3 and figures["repeats"] == 1 and figures["matters"] == 2
    merging.unmerge(office, "M-2")
    figures = month_report(office, "2026-09").totals.as_dict()
    assert figures["repeats"] == 0 and figures["matters"] == 3


def test_a_merge_that_cannot_be_is_refused_whole(office):
    service = TicketService(office)
    service.dispatch("M-1", "县城市管理和综合执法局")
    service.dispatch("M-3", "县住房和城乡建设局")
    with pytest.raises(ActionRefused, match="不同单位"):
        merging.merge(office, "M-1", ["M-2", "M-3"])
    # All or none: M-2 was not merged either.
    assert service.ticket("M-2").merged_into is None
    assert not [e for e in service.events("M-1") if e.action == "merge"]
    with pytest.raises(ActionRefused, match="自身"):
        merging.merge(office, "M-1", ["M-1"])


def test_linking_is_recorded_on_both_and_undone(office):
    merging.link(office, "M-1", "M-3", "同一楼栋")
    merging.link(office, "M-3", "M-1")  # already linked: nothing twice
    service = TicketService(office)
    assert [e.data for e in service.events("M-3") if e.action == "link"] == [{"other": "M-1"}]
    merging.unlink(office, "M-3", "M-1")
    with pytest.raises(ActionRefused, match="没有关联"):
        merging.unlink(office, "M-3", "M-1")
