"""A whole ticket life through the real widgets (offscreen), and the refusal paths."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from hotline_desk.domain.lifecycle import Action
from hotline_desk.gui.mainwindow.queue_model import TITLE_COLUMN
from hotline_desk.gui.mainwindow.window import MainWindow
from hotline_desk.services.demo import generate


@pytest.fixture
def window(open_window, sqlite_context) -> MainWindow:
    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 0)  # the unit directory and operators only
    return open_window(sqlite_context)


def register(
    qtbot, window: MainWindow, number: str, confidential: bool = False, phone: str = "13800001234"
):
    dialog = window.new_ticket()
    assert window.tasks.wait_idle()
    dialog.number.setText(number)
    dialog.kind.setCurrentIndex(dialog.kind.findData("help"))
    dialog.title.setText("滨江路路灯不亮")
    dialog.content.setPlainText("来电人反映滨江路路灯已损坏半个月，夜间出行不安全，请尽快修复。")
    dialog.caller_name.setText("王伟")
    dialog.caller_phone.setText(phone)
    dialog.confidential.setChecked(confidential)
    dialog.due.setDateTime(dialog.received.dateTime().addDays(5))  # the city's 办理时限
    with qtbot.waitSignal(window.model.first_page_loaded, timeout=5000):
        dialog.accept()
    assert window.tasks.wait_idle()
    return dialog


def unit_id(window: MainWindow, name: str) -> int:
    return next(i for i, n in window.model.units.items() if n == name)


def test_new_dispatch_feedback_submit_archive(qtbot, window, act, settle):
    empty = window.new_ticket()
    settle(empty)
    empty.number.setText("SZ-GUI-0")
    empty.accept()
    settle(empty)
    assert "诉求内容" in empty.error.text() and empty.isVisible()
    empty.reject()

    register(qtbot, window, "SZ-GUI-1", confidential=True)
    detail = window.detail
    assert detail.heading.text().startswith("工单 SZ-GUI-1")
    assert detail.labels["state"].text() == "待派单"
    assert detail.labels["caller"].text() == "保密件：来电人信息不显示"
    assert not detail.buttons[Action.ARCHIVE].isEnabled()
    assert window.model.row_of("SZ-GUI-1") >= 0  # the queue shows the new ticket

    act(
        window,
        Action.DISPATCH,
        unit=unit_id(window, "县城市管理和综合执法局"),
        co_units=[unit_id(window, "县供电公司")],
        call=True,
    )
    assert detail.labels["state"].text() == "办理中"
    assert "县供电公司" in detail.labels["units"].text()
    actions = [detail.history.item(r, 2).text() for r in range(detail.history.rowCount())]
    assert actions == ["登记", "派单", "电话记录"]

    act(
        window,
        Action.FEEDBACK,
        cause="线路老化",
        actions="已更换线路，恢复照明",
        result="handled",
        basis="《城市照明管理规定》",
    )
    assert detail.labels["state"].text() == "已反馈"
    act(window, Action.SUBMIT)  # confidential: no callback
    assert detail.labels["state"].text() == "已提交审核"
    act(window, Action.ARCHIVE)
    assert detail.labels["state"].text() == "办结归档"
    # Archived: the city may hand it down again; the general desk may mark it typical.
    still = (Action.REASSIGN, Action.MARK_TYPICAL)
    assert not any(b.isEnabled() for a, b in detail.buttons.items() if a not in still)
    assert detail.history.rowCount() == 6


def test_refused_action_shows_the_domain_message_and_keeps_the_dialog(qtbot, window, act):
    register(qtbot, window, "SZ-GUI-2")
    act(window, Action.DISPATCH, unit=unit_id(window, "县教育局"), call="later")
    due = window.detail.view.ticket.due_at
    dialog = act(window, Action.COMMIT, until=due - timedelta(days=1), reason="需协调")
    assert dialog.isVisible()
    assert "不能申请承诺件/延期" in dialog.error.text()
    assert "须晚于办理时限" in dialog.error.text()
    dialog.set_value("until", due + timedelta(days=10))
    dialog.accept()
    assert window.tasks.wait_idle()
    assert not dialog.isVisible()
    assert "承诺件待批" in window.detail.labels["flags"].text()
    window.context.operator = "leader"  # the demo's 分管领导 approves
    act(window, Action.DECIDE, approved=True, due=due + timedelta(days=8))
    assert window.detail.labels["due"].text() == f"{due + timedelta(days=8):%Y-%m-%d %H:%M}"


def test_returns_unjustified_flags_and_justified_transfers(qtbot, window, act):
    register(qtbot, window, "SZ-GUI-3")
    act(window, Action.DISPATCH, unit=unit_id(window, "县教育局"), call="later")
    act(window, Action.RETURN, reason="不属于我单位", justified=False, unit=None)
    assert "无故退单" in window.detail.labels["flags"].text()
    assert window.detail.labels["units"].text().startswith("县教育局")
    act(
        window,
        Action.RETURN,
        reason="属于供电公司职责",
        justified=True,
        unit=unit_id(window, "县供电公司"),
    )
    assert window.detail.labels["units"].text().startswith("县供电公司")
    assert window.detail.view.ticket.transfer_count == 1


def test_duplicate_hint_links_to_the_earlier_ticket(qtbot, window, settle):
    register(qtbot, window, "SZ-GUI-4")
    dialog = window.new_ticket()
    settle(dialog)
    dialog.caller_phone.setText("13800001234")
    dialog.check_duplicates()
    settle(dialog)
    assert dialog.duplicate_count == 1
    assert (
        'href="SZ-GUI-4"' in dialog.duplicates.text() and "同一来电人" in dialog.duplicates.text()
    )
    other = window.new_ticket()
    settle(other)
    other.content.setPlainText("来电人反映滨江路路灯已损坏半个月，夜间出行不安全，请尽快维修。")
    other.check_duplicates()
    settle(other)
    assert other.duplicate_count == 1 and "诉求相似" in other.duplicates.text()
    with qtbot.waitSignal(other.open_ticket) as opened:
        other.duplicates.linkActivated.emit("SZ-GUI-4")
    assert opened.args == ["SZ-GUI-4"]
    assert window.detail.heading.text().startswith("工单 SZ-GUI-4")
    dialog.number.setText("SZ-GUI-4")
    dialog.content.setPlainText("重复编号")
    dialog.accept()
    settle(dialog)
    assert "已存在" in dialog.error.text()


def test_caller_is_masked_until_revealed_and_the_reveal_is_logged(qtbot, window, settle):
    register(qtbot, window, "SZ-GUI-5")
    detail = window.detail
    assert detail.labels["caller"].text().startswith("王* 138****1234")
    qtbot.mouseClick(detail.reveal_button, Qt.MouseButton.LeftButton)
    settle(detail)
    assert window.tasks.wait_idle()
    assert detail.labels["caller"].text().startswith("王伟 13800001234")
    actions = [detail.history.item(r, 2).text() for r in range(detail.history.rowCount())]
    assert actions[-1] == "查看来电人信息"
    tooltip = window.model.index(window.model.row_of("SZ-GUI-5"), TITLE_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "王*" in tooltip and "王伟" not in tooltip


def test_filters_and_saved_views(qtbot, window, act):
    register(qtbot, window, "SZ-GUI-6")
    register(qtbot, window, "SZ-GUI-7", phone="13900005678")
    act(window, Action.DISPATCH, unit=unit_id(window, "县教育局"), call="later")
    window.filters.state.setCurrentIndex(window.filters.state.findData("received"))
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 1, timeout=5000)
    assert window.model.ticket_at(0).number == "SZ-GUI-6"
    window.save_view("待派单视图")
    window.filters.state.setCurrentIndex(window.filters.state.findData("all"))
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 2, timeout=5000)
    assert window.load_view("待派单视图")
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 1, timeout=5000)
    window.filters.state.setCurrentIndex(window.filters.state.findData("all"))
    window.filters.search.setText("路灯")
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 2, timeout=5000)
    window.filters.mine.setChecked(True)  # liqing dispatched SZ-GUI-7
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 1, timeout=5000)
    assert "共 1 件工单" in window.count_label.text()


def test_the_directory_is_edited_and_short_numbers_are_refused(qtbot, window, settle):
    dialog = window.open_setting("directory")
    settle(dialog)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 14  # the demo office's units
    dialog.start_new()
    values = {
        "name": "县信访局",
        "handler_name": "刘洋",
        "handler_phone": "6608",
        "leader_name": "陈明",
        "leader_phone": "13607310555",
    }
    for key, value in values.items():
        dialog.inputs[key].setText(value)
    dialog.save()
    settle(dialog)
    assert "短号" in dialog.error.text() and "承办人手机" in dialog.error.text()
    assert dialog.table.rowCount() == 14  # nothing stored
    dialog.inputs["handler_phone"].setText("136 0731 0666")
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
        settle(dialog)
    assert dialog.table.rowCount() == 15
    row = next(r for r in range(15) if dialog.table.item(r, 0).text() == "县信访局")
    assert dialog.table.item(row, 2).text() == "13607310666"
    qtbot.waitUntil(lambda: "县信访局" in window.model.units.values(), timeout=5000)


def test_feedback_from_a_template_and_the_incomplete_flag(qtbot, window, act, settle):
    register(qtbot, window, "SZ-GUI-8")
    act(window, Action.DISPATCH, unit=unit_id(window, "县教育局"), call="later")
    qtbot.mouseClick(window.detail.buttons[Action.FEEDBACK], Qt.MouseButton.LeftButton)
    settle(window)
    dialog = window.detail.dialog
    dialog.set_value("template", "handled")
    assert dialog.values()["cause"] == "经现场核查，"  # the template's starting text
    dialog.set_value("cause", "经现场核查，路灯线路老化")
    dialog.set_value("actions", "我单位已于10月8日更换线路")
    dialog.set_value("result", "handled")
    dialog.accept()  # 下一步措施 and 依据 still hold the template's starting text
    settle(dialog)
    assert dialog.isVisible() and "范本的开头" in dialog.error.text()
    assert "我单位将持续跟踪" in dialog.error.text()
    dialog.set_value("next_steps", "")
    dialog.set_value("basis", "")
    dialog.accept()
    assert window.tasks.wait_idle()
    assert not dialog.isVisible()
    assert "反馈不规范" in window.detail.labels["flags"].text()  # next steps, basis left empty


def test_templates_are_managed_in_the_window(qtbot, window, settle):
    dialog = window.open_setting("templates")
    settle(dialog)
    qtbot.addWidget(dialog)
    count = dialog.list.count()
    assert count >= 4
    dialog.start_new()
    dialog.code.setText("env")
    dialog.name.setText("环保投诉答复")
    dialog.save()
    settle(dialog)
    assert "至少一项" in dialog.error.text()
    dialog.required["basis"].setChecked(True)
    dialog.starters["basis"].setText("依据《环境保护法》")
    dialog.save()
    settle(dialog)
    assert dialog.list.count() == count + 1
    dialog.remove()
    settle(dialog)
    assert dialog.list.count() == count


def test_the_new_ticket_form_offers_every_rule_and_the_due_date_follows_it(qtbot, window, settle):
    dialog = window.new_ticket()
    settle(dialog)
    qtbot.addWidget(dialog)
    codes = [dialog.rule.itemData(i) for i in range(dialog.rule.count())]
    assert {"12369.finish", "office.immediate", "office.petition"} <= set(codes)
    # a 12345 ticket carries the city's date: typing it is the default, and the
    # field starts empty – nothing the program guessed is saved as the city's
    assert dialog.rule.currentText() == "市平台给定的办理时限"
    assert dialog.due.text() == "请照市平台工单填写" and dialog.due_typed() is None
    dialog.number.setText("SZ-RULE-0")
    dialog.content.setPlainText("没有填办理时限")
    dialog.accept()
    settle(dialog)
    assert dialog.isVisible() and "办理时限" in dialog.error.text()
    dialog.number.clear()
    dialog.content.clear()
    dialog.received.setDateTime(dialog.received.dateTime())  # 2026-09-30 10:00
    dialog.rule.setCurrentIndex(dialog.rule.findData("office.immediate"))
    assert dialog.due_typed() is None  # computed by the rule, not the city's
    assert dialog.due.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-09-30 17:30"
    dialog.due.setDateTime(dialog.due.dateTime().addDays(9))  # the city's own date
    assert "按「即办件」应为 2026-09-30 17:30" in dialog.error.text()
    dialog.number.setText("SZ-RULE-1")
    dialog.kind.setCurrentIndex(dialog.kind.findData("help"))
    dialog.content.setPlainText("需当日答复")
    dialog.accept()
    assert window.tasks.wait_idle()
    saved = window.detail.service.show("SZ-RULE-1").ticket
    assert (
        saved.limit_rule == "office.immediate" and saved.due_at.date().isoformat() == "2026-10-09"
    )


def test_a_ticket_changed_by_someone_else_since_the_form_opened_is_refused(qtbot, window, settle):
    """No lost update: the form was filled in for the ticket as it was; another
    operator acted meanwhile – the save is refused saying who did what and the
    state now, and the form keeps what was typed."""
    from hotline_desk.services.tickets import TicketService

    register(qtbot, window, "SZ-GUI-9")
    detail = window.detail
    qtbot.mouseClick(detail.buttons[Action.DISPATCH], Qt.MouseButton.LeftButton)
    settle(detail)
    dialog = detail.dialog
    dialog.set_value("unit", unit_id(window, "县教育局"))
    dialog.set_value("call", "later")
    dialog.set_value("note", "请教育局核实")
    # Meanwhile, at another workstation:
    other = TicketService(window.context)
    window.context.operator, mine = "wangfang", window.context.operator
    other.dispatch("SZ-GUI-9", unit_id(window, "县供电公司"))
    window.context.operator = mine
    dialog.accept()
    assert window.tasks.wait_idle()
    assert dialog.isVisible()
    assert "wangfang「派单」" in dialog.error.text() and "现为「办理中」" in dialog.error.text()
    assert dialog.values()["note"] == "请教育局核实"  # nothing typed is lost
    events = TicketService(window.context).events("SZ-GUI-9")
    assert [e.actor for e in events if e.action == "dispatch"] == ["wangfang"]  # not overwritten
