"""Every path of a ticket's life (docs/window.md), and the refusals."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from hotline_desk.domain import lifecycle as lc
from hotline_desk.domain.lifecycle import Action, ActionRefused, CallbackAnswers, UnitFeedback
from hotline_desk.domain.ticket import (
    Caller,
    FeedbackResult,
    Satisfaction,
    Ticket,
    TicketKind,
    TicketState,
)

T0 = datetime(2026, 9, 28, 9, 0)
FEEDBACK = UnitFeedback(
    "路灯线路老化",
    "已更换线路并恢复照明",
    FeedbackResult.HANDLED,
    "每月巡查",
    "《城市照明管理规定》",
)
SATISFIED = CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED, "王先生")


def new_ticket(confidential: bool = False) -> Ticket:
    return Ticket(
        number="SZ001",
        received_at=T0,
        kind=TicketKind.HELP,
        content="路灯坏了",
        dispatch_due_at=T0 + timedelta(hours=12),
        caller=Caller("王伟", "13800000000"),
        confidential=confidential,
        city_due_at=T0 + timedelta(days=7),
    )


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_the_whole_happy_life_leaves_an_event_per_step():
    t = new_ticket()
    events = [
        lc.dispatch(t, "liqing", at(1), 7, [8]),
        lc.log_call(
            t, "liqing", at(1.1), lc.CallPurpose.DISPATCH_NOTICE, "张丽", "13907310001", True, 7
        ),
        lc.record_feedback(t, "unit", at(30), FEEDBACK),
        *lc.record_callback(t, "liqing", at(32), SATISFIED),
        lc.submit(t, "liqing", at(33)),
        lc.archive(t, "city", at(50)),
    ]
    assert t.state is TicketState.ARCHIVED
    assert t.owner == t.first_dispatcher == "liqing"
    assert t.main_unit_id == 7 and t.co_unit_ids == (8,)
    assert t.due_at == t.city_due_at
    assert t.satisfaction is Satisfaction.SATISFIED
    assert [(e.from_state.value, e.to_state.value) for e in events] == [
        ("received", "handling"),
        ("handling", "handling"),
        ("handling", "feedback"),
        ("feedback", "called_back"),
        ("called_back", "submitted"),
        ("submitted", "archived"),
    ]
    assert events[4].data["on_time"] is True
    assert all(e.actor and e.at for e in events)


def test_impossible_action_names_state_and_action():
    t = new_ticket()
    with pytest.raises(ActionRefused) as refused:
        lc.archive(t, "liqing", at(1))
    message = str(refused.value)
    assert "SZ001" in message and "待派单" in message and "办结归档" in message
    assert refused.value.state is TicketState.RECEIVED
    assert refused.value.action is Action.ARCHIVE
    assert t.state is TicketState.RECEIVED  # nothing changed


def test_unjustified_return_keeps_the_unit_and_flags_the_ticket():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    event = lc.return_ticket(t, "unit", at(2), "不归我们管", justified=False)
    assert t.state is TicketState.HANDLING and t.main_unit_id == 7
    assert t.unjustified_return and t.difficult and t.return_count == 1
    assert event.data["justified"] is False
    with pytest.raises(ActionRefused, match="不能为空"):
        lc.return_ticket(t, "unit", at(3), "   ", justified=False)


def test_justified_return_with_a_new_unit_is_a_transfer():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.return_ticket(t, "unit", at(2), "属于供电公司职责", justified=True, new_unit_id=9)
    assert t.state is TicketState.HANDLING and t.main_unit_id == 9
    assert t.transfer_count == 1 and t.return_count == 1


def test_justified_return_without_unit_waits_for_re_dispatch_counted_as_transfer():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.return_ticket(t, "unit", at(2), "不属于本单位", justified=True)
    assert t.state is TicketState.RECEIVED and t.returned and t.main_unit_id is None
    lc.dispatch(t, "wangfang", at(3), 9)
    assert t.transfer_count == 1 and not t.returned
    assert t.owner == "liqing"  # 谁派单，谁负责: the first dispatcher keeps it


def test_commitment_request_approved_moves_the_due_date():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    new_due = t.due_at + timedelta(days=10)
    lc.request_commitment(t, "unit", at(5), new_due, "需多部门协调")
    assert t.commitment_pending
    assert Action.COMMIT not in lc.allowed_actions(t)
    assert Action.DECIDE in lc.allowed_actions(t)
    with pytest.raises(ActionRefused, match="已有申请在等待审批"):
        lc.request_commitment(t, "unit", at(6), new_due, "again")
    event = lc.decide_commitment(t, "leader", at(8), approved=True, role="leader")
    assert t.due_at == new_due and not t.commitment_pending
    assert event.data["approved"] is True


def test_commitment_refused_keeps_the_due_date_and_late_requests_are_refused():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    due = t.due_at
    lc.request_commitment(t, "unit", at(5), due + timedelta(days=3), "原因")
    lc.decide_commitment(t, "leader", at(6), approved=False, note="不同意", role="leader")
    assert t.due_at == due and not t.commitment_pending
    with pytest.raises(ActionRefused, match="已过"):
        lc.request_commitment(t, "unit", due + timedelta(hours=1), due + timedelta(days=3), "迟")
    with pytest.raises(ActionRefused, match="须晚于办理时限"):
        lc.request_commitment(t, "unit", at(7), due - timedelta(days=1), "早")
    with pytest.raises(ActionRefused, match="没有待审批"):
        lc.decide_commitment(t, "leader", at(8), approved=True, role="leader")


def test_unsatisfied_callback_sends_the_ticket_back_for_re_handling():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    answers = CallbackAnswers(True, True, True, False, Satisfaction.UNSATISFIED)
    (event,) = lc.record_callback(t, "liqing", at(22), answers)
    assert t.state is TicketState.HANDLING and t.rehandling
    assert event.data["rehandling"] is True
    lc.record_feedback(t, "unit", at(40), FEEDBACK)
    assert not t.rehandling and t.state is TicketState.FEEDBACK


def test_callback_rules():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    with pytest.raises(ActionRefused, match="请先回访群众"):
        lc.submit(t, "liqing", at(21))
    with pytest.raises(ActionRefused, match="尚缺：4. 满意度"):
        lc.record_callback(t, "liqing", at(21), CallbackAnswers(True, True, True, False))
    with pytest.raises(ActionRefused, match="回访由派单人 liqing 负责"):
        lc.record_callback(t, "wangfang", at(21), SATISFIED)
    (not_reached,) = lc.record_callback(t, "liqing", at(21), CallbackAnswers(reached=False))
    assert t.state is TicketState.FEEDBACK and not_reached.data["reached"] is False
    stand_in = CallbackAnswers(True, True, True, False, Satisfaction.BASIC, stand_in_for="liqing")
    (event,) = lc.record_callback(t, "wangfang", at(23), stand_in)
    assert t.state is TicketState.CALLED_BACK and event.data["stand_in_for"] == "liqing"


def test_confidential_ticket_has_no_callback_and_goes_straight_to_submit():
    t = new_ticket(confidential=True)
    lc.dispatch(t, "liqing", at(1), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    assert Action.CALLBACK not in lc.allowed_actions(t)
    with pytest.raises(ActionRefused, match="保密件"):
        lc.record_callback(t, "liqing", at(21), SATISFIED)
    with pytest.raises(ActionRefused, match="一律不显示"):
        lc.reveal_caller(t, "liqing", at(21))
    lc.submit(t, "liqing", at(21))
    assert t.state is TicketState.SUBMITTED


def test_review_return_and_reassignment_go_back_to_the_first_dispatcher():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    lc.record_callback(t, "liqing", at(21), SATISFIED)
    lc.submit(t, "liqing", at(22))
    lc.review_return(t, "city", at(30), "答复不完整")
    assert t.state is TicketState.HANDLING and t.review_returned
    lc.record_feedback(t, "unit", at(40), FEEDBACK)
    lc.record_callback(t, "liqing", at(41), SATISFIED)
    lc.submit(t, "liqing", at(42))
    lc.archive(t, "city", at(50))
    t.owner = "someone-else"
    new_due = datetime(2026, 10, 10, 17, 30)
    lc.reassign(t, "city", at(60), new_due, "群众再次来电")
    assert t.state is TicketState.HANDLING and t.reassigned
    assert t.owner == "liqing" and t.due_at == new_due and t.archived_at is None


def test_false_feedback_goes_back_to_the_unit_escalated():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    lc.reject_feedback(t, "liqing", at(21), "现场核实路灯仍未修复")
    assert t.state is TicketState.HANDLING and t.false_feedback and t.difficult


def test_escalation_and_leader_decision():
    t = new_ticket()
    with pytest.raises(ActionRefused, match="未抄报疑难"):
        lc.record_leader_decision(t, "leader", at(1), "同意", role="leader")
    lc.escalate(t, "liqing", at(1), "涉及三个单位")
    assert t.difficult and Action.LEADER_DECISION in lc.allowed_actions(t)
    lc.record_leader_decision(t, "leader", at(2), "由城关镇牵头办理", role="leader")
    assert t.leader_decision == "由城关镇牵头办理"
    lc.dispatch(t, "liqing", at(3), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    lc.record_callback(t, "liqing", at(21), SATISFIED)
    lc.submit(t, "liqing", at(22))
    lc.archive(t, "city", at(30))
    with pytest.raises(ActionRefused, match="抄报疑难"):
        lc.escalate(t, "liqing", at(31), "too late")


def test_feedback_needs_cause_and_actions():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    with pytest.raises(ActionRefused, match="问题原因"):
        lc.record_feedback(t, "unit", at(2), UnitFeedback("", "done", FeedbackResult.HANDLED))


def test_dispatch_refuses_main_unit_as_co_unit_and_transfer_to_same_unit():
    t = new_ticket()
    with pytest.raises(ActionRefused, match="协办单位"):
        lc.dispatch(t, "liqing", at(1), 7, [7])
    lc.dispatch(t, "liqing", at(1), 7)
    with pytest.raises(ActionRefused, match="已在该单位"):
        lc.transfer(t, "liqing", at(2), 7)
    lc.transfer(t, "liqing", at(2), 8, reason="职责调整")
    assert t.main_unit_id == 8 and t.transfer_count == 1


def test_overdue_is_derived_from_state_and_due():
    t = new_ticket()
    assert t.is_dispatch_overdue(at(12.1)) and not t.is_dispatch_overdue(at(11.9))
    lc.dispatch(t, "liqing", at(1), 7)
    assert t.is_overdue(t.due_at + timedelta(seconds=1))
    assert not t.is_overdue(t.due_at)


def _awaiting_callback() -> Ticket:
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.record_feedback(t, "unit", at(20), FEEDBACK)
    return t


def test_an_unreachable_caller_is_recorded_after_the_attempts_and_the_ticket_goes_on():
    t = _awaiting_callback()
    events = []
    unreachable = CallbackAnswers(reached=False, unreachable=True, notes="三天内拨打三次均未接")
    for attempt in range(2):
        events += lc.record_callback(t, "liqing", at(21 + attempt), CallbackAnswers(False))
    assert lc.failed_callbacks(events) == 2
    with pytest.raises(ActionRefused, match="须先拨打 3 次未接通（已记录 2 次）"):
        lc.record_callback(t, "liqing", at(24), unreachable, lc.failed_callbacks(events), 3)
    events += lc.record_callback(t, "liqing", at(25), CallbackAnswers(False))
    with pytest.raises(ActionRefused, match="须写明拨打情况"):
        lc.record_callback(t, "liqing", at(26), CallbackAnswers(False, unreachable=True), 3, 3)
    (event,) = lc.record_callback(t, "liqing", at(26), unreachable, lc.failed_callbacks(events), 3)
    assert t.state is TicketState.CALLED_BACK and t.satisfaction is Satisfaction.UNREACHABLE
    assert event.data == {"reached": False, "unreachable": True, "attempts": 3}
    lc.submit(t, "liqing", at(27))  # the ticket goes on, never recorded as satisfied


def test_failed_attempts_count_from_the_latest_feedback():
    t = _awaiting_callback()
    events = [*lc.record_callback(t, "liqing", at(21), CallbackAnswers(False))]
    answers = CallbackAnswers(True, True, True, False, Satisfaction.UNSATISFIED)
    events += lc.record_callback(t, "liqing", at(22), answers)
    events.append(lc.record_feedback(t, "unit", at(30), FEEDBACK))
    assert lc.failed_callbacks(events) == 0
    events += lc.record_callback(t, "liqing", at(31), CallbackAnswers(False))
    assert lc.failed_callbacks(events) == 1


@pytest.mark.parametrize(
    ("told", "true", "misconduct", "state", "follow_up"),
    [
        (False, True, False, TicketState.HANDLING, Action.SEND_BACK),  # not told: back to the unit
        (True, False, False, TicketState.HANDLING, Action.REJECT_FEEDBACK),  # untrue: 虚假反馈
        (True, True, True, TicketState.CALLED_BACK, Action.ESCALATE),  # misconduct: to the leader
    ],
)
def test_callback_answers_that_contradict_the_feedback_act(
    told, true, misconduct, state, follow_up
):
    t = _awaiting_callback()
    answers = CallbackAnswers(True, told, true, misconduct, Satisfaction.BASIC, notes="群众原话")
    called, why = lc.record_callback(t, "liqing", at(22), answers)
    assert called.action == "callback" and t.state is state
    assert why.action == follow_up.value and why.actor == "liqing" and "群众原话" in why.note
    assert why.data == {"by_callback": True}
    if follow_up is Action.REJECT_FEEDBACK:
        assert t.false_feedback and t.difficult and t.rehandling
    if follow_up is Action.ESCALATE:
        assert t.difficult and Action.LEADER_DECISION in lc.allowed_actions(t)
    if follow_up is Action.SEND_BACK:
        assert t.rehandling and not t.false_feedback


def test_approving_and_deciding_belong_to_the_supervising_leader():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    lc.request_commitment(t, "unit", at(5), t.due_at + timedelta(days=10), "需协调")
    with pytest.raises(ActionRefused, match="只有分管领导可以办理（liqing 的角色为「经办人员」）"):
        lc.decide_commitment(t, "liqing", at(6), approved=True, role="operator")
    assert t.commitment_pending  # nothing changed
    lc.escalate(t, "liqing", at(7), "多部门")
    with pytest.raises(ActionRefused, match="只有分管领导"):
        lc.record_leader_decision(t, "wangfang", at(8), "同意", role="duty")
    lc.record_leader_decision(t, "zhaoju", at(8), "由城关镇牵头", role="leader")
    assert t.leader_decision == "由城关镇牵头"


def test_an_approved_due_date_must_lie_after_the_current_one_and_now():
    t = new_ticket()
    lc.dispatch(t, "liqing", at(1), 7)
    due = t.due_at
    lc.request_commitment(t, "unit", at(5), due + timedelta(days=10), "需协调")
    for backwards in (due - timedelta(hours=1), due, at(5)):
        with pytest.raises(ActionRefused, match="须晚于现行时限"):
            lc.decide_commitment(t, "zj", at(6), True, backwards, role="leader")
    assert t.due_at == due and t.commitment_pending
    lc.decide_commitment(t, "zj", at(6), True, due + timedelta(days=5), role="leader")
    assert t.due_at == due + timedelta(days=5)
