"""The five confirmations panel, the six ensures on the ticket and the callback form."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from hotline_desk.domain.confirmations import Confirmation
from hotline_desk.domain.lifecycle import Action, UnitFeedback
from hotline_desk.domain.ticket import FeedbackResult
from hotline_desk.gui.mainwindow.window import MainWindow
from hotline_desk.services.confirmations import current_round
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import NewTicket, TicketService


@pytest.fixture
def window(open_window, sqlite_context) -> MainWindow:
    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 80, seed=8)
    return open_window(sqlite_context)


def test_counts_click_through_and_a_round_of_ticks(qtbot, window, sqlite_context, settle):
    panel = window.confirmations
    new_count = int(panel.count_buttons[Confirmation.NEW_TICKETS].text())
    assert new_count == panel.counts[Confirmation.NEW_TICKETS].count > 0
    with qtbot.waitSignal(window.model.count_changed, timeout=5000) as counted:
        qtbot.mouseClick(panel.count_buttons[Confirmation.NEW_TICKETS], Qt.MouseButton.LeftButton)
        settle(panel)
    assert counted.args == [new_count]
    qtbot.waitUntil(lambda: not window.model.loading, timeout=5000)
    assert {window.model.ticket_at(r).state.value for r in range(window.model.rowCount())} == {
        "received"
    }
    assert "五个确认 1" in window.active_filter.text()
    assert "未完成" in panel.status.text()  # the round opened with the window
    for confirmation in Confirmation:
        sqlite_context.clock.advance(timedelta(seconds=20))
        panel.boxes[confirmation].click()  # the whole label may not fit the dock
        settle(panel)
    assert "全部确认" in panel.status.text()
    stored = current_round(sqlite_context)
    assert stored.finished
    assert stored.ticks[Confirmation.NEW_TICKETS].count_seen == new_count
    panel.boxes[Confirmation.DUE_SOON].click()
    assert panel.boxes[Confirmation.DUE_SOON].isChecked()  # a tick cannot be taken back
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)  # 登录市平台: a new round
    settle(window)
    assert not any(box.isChecked() for box in panel.boxes.values())


def test_counts_refresh_after_an_action(qtbot, window, sqlite_context, settle, register):
    before = window.confirmations.counts[Confirmation.NEW_TICKETS].count
    register(
        sqlite_context,
        number="C-NEW",
        kind="求助",
        content="新来电",
        received_at=sqlite_context.clock.now(),
    )
    window.show_ticket("C-NEW")
    settle(window)
    qtbot.mouseClick(window.detail.buttons[Action.ESCALATE], Qt.MouseButton.LeftButton)
    settle(window)
    window.detail.dialog.set_value("reason", "需协调")
    window.detail.dialog.accept()
    settle(window)
    assert window.confirmations.counts[Confirmation.NEW_TICKETS].count == before + 1


def test_platform_reminder_after_fifteen_minutes(qtbot, window, sqlite_context, settle):
    panel = window.confirmations
    panel.check_reminder()
    settle(window)
    # starting the app is no look at the platform: nobody has looked since opening time
    assert "90 分钟未查看市平台" in panel.reminder.text()
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.reminder.text() == ""
    sqlite_context.clock.advance(timedelta(minutes=16))
    with qtbot.waitSignal(panel.platform_reminder) as reminded:
        panel.check_reminder()
    assert reminded.args == [16]
    assert "16 分钟未查看市平台" in panel.reminder.text()
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.reminder.text() == ""


def make_feedback_ticket(window, context, number: str, confidential: bool = False) -> None:
    service = TicketService(context)
    service.create(
        NewTicket(
            number=number,
            kind="求助",
            content="路灯不亮",
            caller_name="王伟",
            confidential=confidential,
            received_at=context.clock.now() - timedelta(hours=1),
            city_due_at=context.clock.now() + timedelta(days=5),
        )
    )
    service.dispatch(number, "县教育局", call_reached=True)
    service.feedback(
        number,
        UnitFeedback(
            "线路老化", "已更换", FeedbackResult.HANDLED, "巡查", "《城市照明管理规定》", "handled"
        ),
    )
    window.show_ticket(number)
    assert window.tasks.wait_idle()


def test_callback_form_validation_and_the_unsatisfied_path(
    qtbot, window, sqlite_context, settle, act
):
    make_feedback_ticket(window, sqlite_context, "CB-1")
    detail = window.detail
    assert "✗" not in detail.ensures.text().split("3.")[0]  # ensures 1-2 fine
    assert "… 3." in detail.ensures.text()  # callback not yet made
    # not reached: recorded, ticket stays in feedback for a retry
    act(window, Action.CALLBACK, reached=False)
    assert detail.labels["state"].text() == "已反馈"
    dialog = act(
        window,
        Action.CALLBACK,
        reached=True,
        told=True,
        true=False,
        misconduct=False,
        satisfaction="unsatisfied",
    )
    assert not dialog.isVisible()
    assert detail.labels["state"].text() == "办理中" and "重办" in detail.labels["flags"].text()


def test_callback_needs_the_dispatcher_or_a_recorded_stand_in(
    qtbot, window, sqlite_context, settle, act
):
    make_feedback_ticket(window, sqlite_context, "CB-2")
    window.context.operator = "wangfang"
    window.detail.show_ticket("CB-2")
    settle(window)
    dialog = act(
        window,
        Action.CALLBACK,
        reached=True,
        told=True,
        true=True,
        misconduct=False,
        satisfaction="satisfied",
        stand_in=False,
    )
    assert dialog.isVisible() and "代为回访须登记" in dialog.error.text()
    dialog.set_value("stand_in", True)
    dialog.accept()
    settle(window)
    assert window.detail.labels["state"].text() == "已回访"
    assert "✓ 3." in window.detail.ensures.text()


def test_confidential_ticket_has_no_callback_button(qtbot, window, sqlite_context, settle):
    make_feedback_ticket(window, sqlite_context, "CB-3", confidential=True)
    assert not window.detail.buttons[Action.CALLBACK].isEnabled()
    assert "保密件无需回访" in window.detail.ensures.text()


def test_phone_today_lists_units_and_logs_the_calls(
    qtbot, window, sqlite_context, settle, register
):
    from hotline_desk.services.phone_today import Reason, phone_today

    service = TicketService(sqlite_context)
    register(
        service,
        number="PT-1",
        kind="投诉",
        content="噪音",
        received_at=datetime(2026, 9, 29, 9, 0),
        city_due_at=datetime(2026, 10, 8, 17, 30),
    )
    service.dispatch("PT-1", "县交通运输局")  # no call logged at dispatch
    panel = window.phone_today
    panel.refresh()
    settle(window)
    tasks = {(t.unit, t.reason): t for t in panel.calls}
    assert "PT-1" in tasks[("县交通运输局", Reason.DISPATCH_NOTICE)].numbers
    assert "PT-1" in tasks[("县交通运输局", Reason.CHASE)].numbers
    row = panel.calls.index(tasks[("县交通运输局", Reason.DISPATCH_NOTICE)])
    reached = panel.buttons[(row, True)]
    assert "15207310008" in reached.parentWidget().findChild(type(panel.heading)).text()
    qtbot.mouseClick(reached, Qt.MouseButton.LeftButton)
    settle(reached)
    record = next(b for b in panel.question.buttons() if b.text() == "记录")
    with qtbot.waitSignal(panel.calls_logged) as logged:
        record.click()
    assert "PT-1" in logged.args[0]
    remaining = {(t.unit, t.reason) for t in phone_today(sqlite_context)}
    assert ("县交通运输局", Reason.DISPATCH_NOTICE) not in remaining
    assert ("县交通运输局", Reason.CHASE) in remaining
    events = service.show("PT-1").events
    assert events[-1].action == "call" and events[-1].data["purpose"] == "dispatch_notice"


def test_the_days_platform_checks_are_listed(qtbot, window, sqlite_context, settle):
    panel = window.confirmations
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)  # 登录市平台: a new round
    settle(window)
    sqlite_context.clock.advance(timedelta(minutes=5))
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    settle(panel)
    panel.show_log()
    settle(panel)
    dialog = panel.log_dialog
    qtbot.addWidget(dialog)
    texts = [panel.log_list.item(i).text() for i in range(panel.log_list.count())]
    assert [t.split()[0] for t in texts] == ["10:00", "10:05"]  # starting the app is none
    assert "登录市平台" in texts[0] and "手动记录" in texts[1]
    assert "李青" in texts[0] or "liqing" not in texts[0]  # people by name
