"""相关工单 in the window: read with the ticket, off the GUI thread; the same
caller's confidential ticket counted, not listed; a double-click opens one."""

from __future__ import annotations

from datetime import datetime

from hotline_desk.services.demo import generate

WHEN = datetime(2026, 9, 30, 9, 0)


def test_the_related_tab_lists_why_and_opens_a_ticket(
    qtbot, sqlite_context, open_window, settle, register
):
    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 0)
    sqlite_context.operator = "liqing"
    register(
        sqlite_context,
        "W-1",
        "投诉",
        "滨江路路灯不亮已经半个月，夜间出行不安全",
        received_at=WHEN,
        address="幸福小区3#楼",
        caller_phone="13800001234",
    )
    register(
        sqlite_context,
        "W-2",
        "咨询",
        "物业费怎么收",
        received_at=WHEN,
        address="河西镇菜市场",
        caller_phone="13800001234",
    )
    register(
        sqlite_context,
        "W-3",
        "投诉",
        "垃圾无人清运",
        received_at=WHEN,
        address="幸福小区３幢",
        caller_phone="13900005678",
    )
    register(sqlite_context, "W-4", "举报", "举报工作人员吃拿卡要", received_at=WHEN,
             address="县政务中心", caller_phone="13800001234", confidential=True)  # fmt: skip
    window = open_window(sqlite_context)
    window.show_ticket("W-1")
    settle(window)
    tab = window.detail.related
    listed = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text()
              for r in range(tab.table.rowCount())}  # fmt: skip
    assert set(listed) == {"W-2", "W-3"}
    assert listed["W-2"].startswith("同一来电人") and listed["W-3"].startswith("同一地点")
    assert "2 件相关工单" in tab.summary.text() and "保密件 1 件" in tab.summary.text()
    assert "W-4" not in listed  # the caller's confidential ticket: counted only
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "W-3")
    tab.table.cellDoubleClicked.emit(row, 0)
    settle(window)
    assert window.detail.view.ticket.number == "W-3"


def test_merging_from_the_related_tab_and_undoing_it(
    qtbot, sqlite_context, open_window, settle, register
):
    from PySide6.QtCore import Qt

    from hotline_desk.services.tickets import TicketService

    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 0)
    sqlite_context.operator = "liqing"
    for number in ("X-1", "X-2"):
        register(sqlite_context, number, "投诉", "幸福小区夜间施工噪音扰民", received_at=WHEN,
                 address="幸福小区3#楼", caller_phone="13800001234")  # fmt: skip
    window = open_window(sqlite_context)
    window.show_ticket("X-1")
    settle(window)
    tab = window.detail.related
    assert not tab.merge_button.isEnabled()  # nothing chosen yet
    tab.table.selectRow(0)
    assert tab.merge_button.isEnabled() and tab.link_button.isEnabled()
    qtbot.mouseClick(tab.merge_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and "X-2" in dialog.findChild(type(tab.summary), "formNote").text()
    dialog.accept()  # no reason given: the form stays open and says what is missing
    settle(window)
    assert dialog.isVisible() and TicketService(sqlite_context).ticket("X-2").merged_into is None
    dialog.set_value("reason", "同一工地噪音")
    dialog.accept()
    settle(window)
    settle(window)
    assert TicketService(sqlite_context).ticket("X-2").merged_into == "X-1"
    assert tab.table.item(0, 1).text() == "已并单、同一来电人、同一地点、诉求相似"
    assert tab.selected() == [] and not tab.merge_button.isEnabled()  # nothing chosen anew
    tab.table.selectRow(0)
    assert tab.undo_button.isEnabled() and not tab.merge_button.isEnabled()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    tab.dialog.accept()  # the reason is optional for undoing
    settle(window)
    settle(window)
    assert TicketService(sqlite_context).ticket("X-2").merged_into is None
    assert not tab.table.item(0, 1).text().startswith("已并单")
