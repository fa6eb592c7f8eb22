"""The window's alert list, tray and background poll, driven through real widgets."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from hotline_desk.domain.alerts import AlertKind, Notification
from hotline_desk.gui.app import wire_polling
from hotline_desk.gui.mainwindow.tray import Tray
from hotline_desk.gui.mainwindow.window import MainWindow
from hotline_desk.gui.qt.app_settings import app_icon, app_settings
from hotline_desk.services.demo import generate


@pytest.fixture
def make_window(open_window):
    def opened(context) -> tuple[MainWindow, Tray]:
        context.clock.current = datetime(2026, 9, 30, 10, 0)
        generate(context, 40, seed=2)
        window = open_window(context)
        tray = Tray(app_icon())
        window.tray = tray
        return window, tray

    return opened


def test_the_alert_list_and_tray_update_when_the_background_poll_signals(
    qtbot, sqlite_context, make_window, settle
):
    window, tray = make_window(sqlite_context)
    assert window.alerts.list.count() == 0
    scheduler, bridge = wire_polling(window, sqlite_context, tray, timedelta(minutes=15))
    scheduler.heartbeat_seconds = 0.2
    with qtbot.waitSignal(bridge.polled, timeout=10_000):
        scheduler.start()  # polls at once on the scheduler's thread
    try:
        qtbot.waitUntil(lambda: window.alerts.list.count() > 0, timeout=5000)
        count = window.alerts.list.count()
        assert f"{count} 条未读" in window.alerts.heading.text()
        assert tray.icon.toolTip() == f"热线工单桌面助手：{count} 条未读提醒"
        assert tray.unseen == count
        badged = tray.icon.icon().pixmap(64, 64).toImage()
        plain = tray.base_icon.pixmap(64, 64).toImage()
        assert badged.pixelColor(30, 45) != plain.pixelColor(30, 45)  # the count is painted
        first = window.alerts.list.item(0)
        assert first.font().bold()
    finally:
        scheduler.shutdown()


def test_clicking_an_alert_opens_its_ticket_and_marks_it_seen(
    qtbot, sqlite_context, make_window, settle
):
    from hotline_desk.services.notifier import Notifier
    from hotline_desk.services.poller import Poller

    window, tray = make_window(sqlite_context)
    Poller(sqlite_context, Notifier([])).run_once()
    window.alerts.refresh()
    settle(window)
    unseen = window.alerts.unseen
    window.docks["alertsDock"].raise_()  # the side panels share one tabbed area
    qtbot.waitUntil(window.alerts.list.isVisible)
    item = window.alerts.list.item(window.alerts.list.count() - 1)
    window.alerts.list.scrollToItem(item)
    number = item.data(Qt.ItemDataRole.UserRole)
    rect = window.alerts.list.visualItemRect(item)
    with qtbot.waitSignal(window.alerts.ticket_requested) as opened:
        qtbot.mouseClick(
            window.alerts.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert opened.args == [number]
    settle(window)
    assert window.detail.heading.text().startswith(f"工单 {number}")
    if window.model.row_of(number) >= 0:
        assert window.selected_number() == number
    assert window.alerts.unseen == unseen - 1


def test_a_ticket_outside_the_queue_is_shown_in_the_detail(
    qtbot, sqlite_context, make_window, settle
):
    window, _tray = make_window(sqlite_context)
    from hotline_desk.domain.queue_query import QueueQuery
    from hotline_desk.services.queue import read_page

    shown = {window.model.ticket_at(r).number for r in range(window.model.rowCount())}
    page = read_page(sqlite_context, QueueQuery(limit=100), with_count=False, count_cap=None)
    archived = [t.number for t in page.tickets if t.number not in shown]
    window.show_ticket(archived[0])
    settle(window)
    assert window.detail.heading.text().startswith(f"工单 {archived[0]}")
    window.show_ticket("NO-SUCH")
    settle(window)
    assert window.detail.heading.text().startswith(f"工单 {archived[0]}")  # left as it was
    assert "找不到工单 NO-SUCH" in window.notice_text.text()


def test_tray_message_click_requests_the_single_ticket(qtbot, sqlite_context, make_window, settle):
    _window, tray = make_window(sqlite_context)
    tray.show_notification(Notification("即将到期：SZ9", "…", AlertKind.DUE_NEXT_WORKDAY, ("SZ9",)))
    with qtbot.waitSignal(tray.ticket_requested) as requested:
        tray.icon.messageClicked.emit()
    assert requested.args == ["SZ9"]
    tray.show_notification(
        Notification(
            "7 件工单明天到期", "…", AlertKind.DUE_NEXT_WORKDAY, tuple(f"SZ{i}" for i in range(7))
        )
    )
    with qtbot.waitSignal(tray.show_window), qtbot.assertNotEmitted(tray.ticket_requested):
        tray.icon.messageClicked.emit()


def test_closing_keeps_the_app_in_the_tray_when_set(qtbot, sqlite_context, make_window, settle):
    window, tray = make_window(sqlite_context)
    settings = app_settings()
    settings.setValue("closeToTray", True)
    tray.available = True  # offscreen has no tray; the window's decision is what is tested
    assert window.close() is False  # the close was turned into hiding
    assert window.isHidden()
    window.show()
    settings.setValue("closeToTray", False)
    assert window.close() is True
    assert not window.isVisible()
    settings.remove("closeToTray")
    settle(settings)


def test_the_duty_roster_is_edited_in_the_window(qtbot, sqlite_context, make_window, settle):
    from hotline_desk.gui.qt.datetime_edit import to_qt
    from hotline_desk.services.duty_roster import shifts_around

    window, _tray = make_window(sqlite_context)
    dialog = window.open_setting("duty")
    settle(dialog)
    qtbot.addWidget(dialog)
    dialog.add()
    settle(dialog)
    assert "值班人员" in dialog.error.text()
    dialog.who.setText("王芳")
    dialog.starts.setDateTime(to_qt(datetime(2026, 9, 30, 17, 30)))
    dialog.ends.setDateTime(to_qt(datetime(2026, 9, 30, 8, 30)))
    dialog.add()
    settle(dialog)
    assert "结束时间" in dialog.error.text()
    dialog.ends.setDateTime(to_qt(datetime(2026, 10, 1, 8, 30)))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "王芳"  # 10:00 is not in the shift
    (shift,) = shifts_around(sqlite_context, days_back=1, days_ahead=2)
    assert (shift.who, shift.starts, shift.ends) == (
        "王芳",
        datetime(2026, 9, 30, 17, 30),
        datetime(2026, 10, 1, 8, 30),
    )
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    settle(dialog)
    assert dialog.table.rowCount() == 0


def test_alert_settings_change_the_poll_and_what_duty_staff_hear(
    qtbot, sqlite_context, make_window, settle
):
    from hotline_desk.services.poller import duty_kinds, poll_interval

    window, tray = make_window(sqlite_context)
    scheduler, _bridge = wire_polling(window, sqlite_context, tray, timedelta(minutes=15))
    window.open_setting("alerts")
    settle(window)
    dialog = window.alert_settings_dialog
    qtbot.addWidget(dialog)
    dialog.interval.setValue(10)
    dialog.kind_boxes[AlertKind.DUE_NEXT_WORKDAY].setChecked(False)
    dialog.tray.setChecked(False)
    dialog.save()
    settle(dialog)
    assert poll_interval(sqlite_context) == timedelta(minutes=10)
    assert scheduler.timer.interval == timedelta(minutes=10)
    assert AlertKind.DUE_NEXT_WORKDAY not in duty_kinds(sqlite_context)
    assert app_settings().value("closeToTray", True, type=bool) is False
    app_settings().remove("closeToTray")


def test_the_watched_import_folder_is_set_in_the_alert_settings(
    qtbot, sqlite_context, make_window, tmp_path, settle
):
    from hotline_desk.services.watched_folder import watched_folder

    window, _tray = make_window(sqlite_context)
    window.open_setting("alerts")
    settle(window)
    dialog = window.alert_settings_dialog
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "missing"))
    dialog.save()
    settle(dialog)
    assert "已存在且可写入的文件夹" in dialog.error.text() and dialog.isVisible()
    assert watched_folder(sqlite_context) is None  # nothing half-saved
    dialog.folder.setText(str(tmp_path))
    dialog.save()
    settle(dialog)
    assert watched_folder(sqlite_context) == tmp_path.resolve()


def test_the_staff_list_is_edited_in_the_window(qtbot, sqlite_context, make_window, settle):
    window, _tray = make_window(sqlite_context)
    dialog = window.open_setting("staff")
    settle(dialog)
    qtbot.addWidget(dialog)
    logins = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "liqing" in logins and "leader" in logins  # the demo's staff
    dialog.login.setText("zhou min")
    dialog.add()
    settle(dialog)
    assert "「登录名」应为" in dialog.error.text()
    dialog.login.setText("zhoumin")
    dialog.name.setText("周敏")
    dialog.role.setCurrentIndex(dialog.role.findData("duty"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(dialog)
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "zhoumin"
    )
    assert dialog.table.item(row, 2).text() == "值班人员"


def test_from_november_the_window_says_next_years_holidays_are_estimated(
    qtbot, sqlite_context, open_window, settle
):
    from hotline_desk.gui.qt.app_settings import app_settings

    app_settings().remove("calendarReminderShownOn")
    sqlite_context.clock.current = datetime(2026, 11, 23, 10, 0)
    generate(sqlite_context, 0)
    window = open_window(sqlite_context)
    assert "2027 年节假日安排尚未录入" in window.notice_text.text()
    assert window.notice_action.text() == "打开工作日历"
    qtbot.mouseClick(window.notice_action, Qt.MouseButton.LeftButton)
    settle(window)
    calendar = next(c for c in window.findChildren(QDialog) if c.windowTitle() == "工作日历")
    qtbot.addWidget(calendar)
    assert calendar.isVisible() and not window.notice.isVisible()
    again = open_window(sqlite_context)  # once a day
    assert "2027" not in again.notice_text.text()
    app_settings().remove("calendarReminderShownOn")


def test_the_notice_is_pasted_reviewed_and_saved_in_the_calendar_window(
    qtbot, sqlite_context, make_window, settle
):
    window, _tray = make_window(sqlite_context)
    dialog = window.open_setting("calendar")
    settle(dialog)
    qtbot.addWidget(dialog)
    dialog.calendar.setCurrentPage(2027, 10)
    assert "2027 年为估算" in dialog.status.text()
    paste = dialog.paste_notice()
    qtbot.addWidget(paste)
    paste.text.setPlainText("关于2027年部分节假日安排的通知\n一、元旦：另行通知。")
    paste.read()
    save = paste.buttons.button(paste.buttons.StandardButton.Save)
    assert not save.isEnabled() and "元旦" in paste.problems.text()  # nothing unread is saved
    paste.text.setPlainText(
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。"
    )
    paste.read()
    assert paste.table.rowCount() == 9 and save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(save)
    assert dialog.table.rowCount() == 9
    assert sqlite_context.calendar.day(date(2027, 10, 9)).workday
    dialog.calendar.setCurrentPage(2027, 10)
    fmt = dialog.calendar.dateTextFormat(QDate(2027, 10, 9))
    assert fmt.background().color().name() == "#bbdefb"  # a make-up working Saturday


def test_time_limits_and_office_hours_are_edited_in_the_window(
    qtbot, sqlite_context, make_window, settle
):
    from PySide6.QtCore import QTime

    window, _tray = make_window(sqlite_context)
    window.open_setting("rules")
    settle(window)
    dialog = window.rules_dialog
    qtbot.addWidget(dialog)
    dialog.amounts["12345.reassigned"].setValue(5)
    dialog.closes.setTime(QTime(8, 0))  # before opening: refused with the reason
    dialog.accept()
    settle(dialog)
    assert dialog.isVisible() and "下班时间" in dialog.error.text()
    assert sqlite_context.rules()["12345.reassigned"].amount == 3  # nothing half-saved
    dialog.closes.setTime(QTime(18, 0))
    dialog.accept()
    settle(dialog)
    assert not dialog.isVisible()
    assert sqlite_context.rules()["12345.reassigned"].amount == 5
    assert sqlite_context.office_hours().closes.hour == 18


def test_the_queue_as_shown_is_exported_off_the_gui_thread(
    qtbot, sqlite_context, make_window, settle, tmp_path
):
    from openpyxl import load_workbook

    window, _tray = make_window(sqlite_context)
    path = tmp_path / "queue.xlsx"
    window.export_queue(path)
    settle(window)
    assert f"已导出 {window.model.total} 件工单到 queue.xlsx" in window.notice_text.text()
    rows = list(load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "工单编号" and len(rows) - 1 == window.model.total
    assert {r[0] for r in rows[1:]} == {
        window.model.ticket_at(i).number for i in range(window.model.rowCount())
    }


def test_the_english_window_exports_english_headers_and_labels(
    qtbot, sqlite_context, make_window, settle, tmp_path, qapp
):
    from openpyxl import load_workbook

    from hotline_desk.gui.qt.i18n import install_language

    install_language(qapp, "en")
    try:
        window, _tray = make_window(sqlite_context)
        path = tmp_path / "queue.xlsx"
        window.export_queue(path)
        settle(window)
    finally:
        install_language(qapp, "zh_CN")
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Number", "Received", "Kind")
    states = {r[13] for r in rows[1:]}
    assert states and not any(re.search(r"[\u4e00-\u9fff]", s) for s in states), states
