"""An operator's first day: what used to trip a newcomer, each fixed at its root."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from hotline_desk.domain.lifecycle import Action
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService


def test_a_searched_number_is_the_ticket_acted_on(
    qtbot, sqlite_context, open_window, settle, register
):
    generate(sqlite_context, 30, seed=2)
    register(sqlite_context, "SZ-FIND-1", "求助", "路灯不亮")
    window = settle(open_window(sqlite_context))
    first = window.detail.view.ticket.number
    assert first != "SZ-FIND-1"
    qtbot.keyClicks(window.filters.search, "SZ-FIND-1")
    qtbot.waitUntil(lambda: window.model.total == 1 and not window.model.loading, timeout=5000)
    settle(window)
    assert window.selected_number() == "SZ-FIND-1"
    assert window.detail.view.ticket.number == "SZ-FIND-1"
    # the 工单 menu follows the ticket shown: only what it allows is enabled
    assert window.ticket_actions[Action.DISPATCH].isEnabled()
    assert not window.ticket_actions[Action.ARCHIVE].isEnabled()
    assert window.detail.buttons[Action.DISPATCH].isVisible()
    assert not window.detail.buttons[Action.ARCHIVE].isVisible()
    qtbot.keyClicks(window.filters.search, "-nothing")
    qtbot.waitUntil(lambda: window.model.total == 0 and not window.model.loading, timeout=5000)
    settle(window)
    assert window.detail.view is None  # nothing listed: nothing to act on
    assert not any(a.isEnabled() for a in window.ticket_actions.values())


def test_tab_leaves_every_multiline_field_and_enter_confirms(
    qtbot, sqlite_context, open_window, settle
):
    generate(sqlite_context, 0)
    window = open_window(sqlite_context)
    dialog = window.new_ticket()
    settle(dialog)
    content = dialog.content
    assert isinstance(content, QPlainTextEdit) and content.tabChangesFocus()
    content.setFocus()
    qtbot.keyClick(content, Qt.Key.Key_Tab)
    assert "\t" not in content.toPlainText()
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok) or next(
        b for b in dialog.ui.buttons.buttons()
        if dialog.ui.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )  # fmt: skip
    assert ok.isDefault()
    dialog.reject()


def test_the_number_to_call_is_on_the_dispatch_and_call_forms(
    qtbot, sqlite_context, open_window, settle, register
):
    from hotline_desk.services.directory import list_units

    generate(sqlite_context, 0)
    register(sqlite_context, "SZ-CALL-1", "求助", "路灯不亮")
    unit = list_units(sqlite_context)[0]
    window = settle(open_window(sqlite_context))
    window.show_ticket("SZ-CALL-1")
    settle(window)
    dispatch = window.detail.start(Action.DISPATCH)
    assert "请先选择单位" in dispatch.info.text()
    dispatch.set_value("unit", unit.id)
    assert unit.handler_phone in dispatch.info.text() and unit.handler_name in dispatch.info.text()
    dispatch.set_value("call", True)
    dispatch.accept()
    settle(window)
    call = window.detail.start(Action.CALL)  # the main unit's handler, until another is chosen
    assert unit.handler_phone in call.info.text() and call.info.isVisible()
    call.reject()


def test_submitting_with_open_ensures_asks_once_naming_them(
    qtbot, sqlite_context, open_window, settle, register
):
    from hotline_desk.domain.lifecycle import CallbackAnswers, UnitFeedback
    from hotline_desk.domain.ticket import FeedbackResult, Satisfaction
    from hotline_desk.services.directory import list_units

    generate(sqlite_context, 0)
    service = TicketService(sqlite_context)
    register(service, "SZ-ENS-1", "求助", "路灯不亮", caller_phone="13800001234")
    service.dispatch("SZ-ENS-1", list_units(sqlite_context)[0].name)  # the unit never phoned
    service.feedback("SZ-ENS-1", UnitFeedback("线路老化", "已更换", FeedbackResult.HANDLED))
    service.callback("SZ-ENS-1", CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED))
    window = settle(open_window(sqlite_context))
    window.show_ticket("SZ-ENS-1")
    settle(window)
    dialog = window.detail.start(Action.SUBMIT)
    question = dialog.findChild(type(window.count_label)).text()
    assert "六个确保中还有" in question and "✗" in question and "仍要提交" in question
    dialog.reject()


def test_esc_on_a_typed_form_asks_before_throwing_it_away(
    qtbot, sqlite_context, open_window, settle
):
    generate(sqlite_context, 0)
    window = open_window(sqlite_context)
    dialog = window.new_ticket()
    settle(dialog)
    dialog.content.setPlainText("滨江路路灯不亮")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question.isVisible() and dialog.isVisible()
    assert question.defaultButton().text() == "继续填写"
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter keeps the typing
    assert dialog.isVisible() and dialog.content.toPlainText() == "滨江路路灯不亮"
    dialog.reject()
    drop = next(b for b in dialog.discard_question.buttons() if b.text() == "放弃")
    drop.click()
    assert not dialog.isVisible()
    untouched = window.new_ticket()
    settle(untouched)
    untouched.reject()  # nothing typed: closes at once
    assert not untouched.isVisible()


def test_help_in_the_operators_language(qtbot, sqlite_context, open_window, settle, register):
    from hotline_desk.gui.mainwindow.help import anchors, section_for

    generate(sqlite_context, 0)
    register(sqlite_context, "SZ-HELP-1", "求助", "路灯不亮")
    window = settle(open_window(sqlite_context))
    window.show_ticket("SZ-HELP-1")
    settle(window)
    form = window.detail.start(Action.DISPATCH)
    assert section_for(form) == "dispatch"
    manual = window.open_manual()
    settle(manual)
    assert manual.isVisible() and manual.section in anchors("zh_CN")
    text = manual.browser.toPlainText()
    assert "派单和电话通知" in text and "回访" in text and "六个确保" in text
    form.reject()
    # every section F1 can open is in both manuals
    from hotline_desk.gui.mainwindow.help import SECTIONS

    assert set(SECTIONS.values()) <= anchors("zh_CN") and set(SECTIONS.values()) <= anchors("en")
    shortcuts = window.open_shortcuts()
    settle(shortcuts)
    rows = {shortcuts.table.item(r, 1).text(): shortcuts.table.item(r, 0).text()
            for r in range(shortcuts.table.rowCount())}  # fmt: skip
    assert rows["办结归档"] == "Ctrl+G" and rows["新建工单"] == "Ctrl+N"
    shortcuts.close()
    about = window.open_about()
    settle(window)
    assert "0.1.0" in about.text.text() and "sqlite" in about.text.text()
    assert "MIT" in about.text.text()


def test_a_finished_round_of_the_five_confirmations_survives_a_restart(
    qtbot, sqlite_context, open_window, settle
):
    from datetime import timedelta

    from hotline_desk.domain.confirmations import Confirmation
    from hotline_desk.services.confirmations import platform_checks_on

    generate(sqlite_context, 10, seed=4)
    window = settle(open_window(sqlite_context))
    panel = window.confirmations
    for confirmation in Confirmation:
        panel.boxes[confirmation].click()
    settle(window)
    assert panel.round.finished
    window.close()
    again = settle(open_window(sqlite_context))  # the same day
    assert again.confirmations.round.finished and again.confirmations.round.id == panel.round.id
    today = sqlite_context.clock.now().date()
    assert platform_checks_on(sqlite_context, today) == []  # starting the app is no check
    sqlite_context.clock.current += timedelta(days=1)
    next_day = settle(open_window(sqlite_context))
    assert not next_day.confirmations.round.finished  # a new day, a new round


def test_todays_calls_fit_the_panel_and_ask_before_recording(
    qtbot, sqlite_context, open_window, settle, register
):
    from hotline_desk.services.directory import list_units

    generate(sqlite_context, 0)
    service = TicketService(sqlite_context)
    register(service, "SZ-PHONE-1", "求助", "路灯不亮")
    unit = list_units(sqlite_context)[0]
    service.dispatch("SZ-PHONE-1", unit.name)  # the notice call not made yet
    window = settle(open_window(sqlite_context))
    panel = window.phone_today
    window.docks["phoneTodayDock"].raise_()
    settle(window)
    reached = panel.buttons[(0, True)]
    assert reached.isVisible()
    assert reached.mapTo(panel, reached.rect().bottomRight()).x() <= panel.width()  # on the panel
    calls = lambda: [e for e in service.show("SZ-PHONE-1").events if e.action == "call"]  # noqa: E731
    reached.click()
    assert panel.question.isVisible() and unit.handler_phone in panel.question.text()
    next(b for b in panel.question.buttons() if b.text() == "取消").click()
    settle(window)
    assert calls() == []  # a stray click records nothing
    reached.click()
    next(b for b in panel.question.buttons() if b.text() == "记录").click()
    settle(window)
    assert len(calls()) == 1 and calls()[0].data["reached"] is True
    assert "已记录" in panel.message.text() and unit.name in panel.message.text()


def test_file_dialogs_open_in_the_users_folder_not_the_programs(tmp_path, monkeypatch):
    import os

    from hotline_desk.gui.qt.widgets import in_user_folder, remember_folder

    monkeypatch.chdir(tmp_path)  # where the program was started from
    first = in_user_folder("工单.xlsx")
    assert os.path.isabs(first) and not first.startswith(str(tmp_path))
    chosen = tmp_path / "exports" / "工单.xlsx"
    chosen.parent.mkdir()
    remember_folder(str(chosen))
    assert in_user_folder("报告.pdf") == str(chosen.parent / "报告.pdf")


def test_qts_file_dialog_says_folder_in_chinese(qapp, tmp_path):
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    from hotline_desk.gui.qt.i18n import install_language

    install_language(qapp, "zh_CN")
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"


def test_the_first_start_explains_itself_and_asks_who_is_acting(
    qtbot, sqlite_context, open_window, settle, ui_audit
):
    from hotline_desk.services.staff import list_staff

    audit = ui_audit

    window = settle(open_window(sqlite_context))  # an empty store: nobody, no ticket
    page = window.first_start
    assert (
        page.isVisible() and "从哪里开始" in page.findChildren(type(window.count_label))[0].text()
    )
    assert audit(page, {}, chinese=True) == []
    assert not page.demo.isChecked()  # the demo is offered, never loaded unasked
    page.accept()
    settle(page)
    assert page.isVisible() and "姓名" in page.error.text()
    page.name.setText("李青")
    page.accept()
    settle(window)
    assert [(m.login, m.name) for m in list_staff(sqlite_context)] == [
        (sqlite_context.operator, "李青")
    ]
    assert TicketService(sqlite_context).store_is_empty()
    assert "欢迎，李青" in window.notice_text.text()


def test_reading_the_number_to_dial_is_one_reveal(
    qtbot, sqlite_context, open_window, settle, register
):
    from hotline_desk.domain.lifecycle import UnitFeedback
    from hotline_desk.domain.ticket import FeedbackResult
    from hotline_desk.services.directory import list_units

    generate(sqlite_context, 0)
    service = TicketService(sqlite_context)
    register(service, "R1", "求助", "路灯", caller_name="王五", caller_phone="13800001234")
    service.dispatch("R1", list_units(sqlite_context)[0].name, call_reached=True)
    service.feedback("R1", UnitFeedback("线路老化", "已更换", FeedbackResult.HANDLED))
    window = settle(open_window(sqlite_context))
    window.show_ticket("R1")
    settle(window)

    def reveals() -> int:
        return [e.action for e in service.show("R1").events].count("reveal")

    for _ in range(3):  # opened, closed, opened again ...
        form = window.detail.start(Action.CALLBACK)
        settle(window)
        assert "13800001234" in form.info.text()
        form.reject()
        settle(window)
    assert reveals() == 1


def test_the_missing_due_date_is_said_and_stays_said(qtbot, sqlite_context, open_window, settle):
    generate(sqlite_context, 0)
    window = open_window(sqlite_context)
    dialog = window.new_ticket()
    settle(dialog)
    dialog.number.setText("SZ-DUE-1")
    dialog.content.setPlainText("路灯不亮")
    dialog.accept()  # the focus goes to 办理时限, which offers a date to type over
    settle(dialog)
    qtbot.wait(20)
    assert dialog.isVisible() and "办理时限" in dialog.error.text()
    assert dialog.due_typed() is None  # what it offers is not the city's date
