"""知识库 in the window: the general desk adds an entry and sees its versions;
an operator finds it from the callback form and inserts its basis into the
notes – text to edit, nothing recorded until the form is saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from hotline_desk.domain.lifecycle import Action
from hotline_desk.services import knowledge
from hotline_desk.services.demo import generate
from hotline_desk.services.staff import save_staff
from hotline_desk.services.tickets import TicketService

BASIS = "《城乡居民基本医疗保险实施办法》第十二条"


def test_an_entry_added_found_and_its_basis_inserted_into_a_callback_note(
    qtbot, sqlite_context, open_window, settle, ticket_in
):
    context = sqlite_context
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    save_staff(context, "zonghe", "综合科小王", "general")
    context.operator = "zonghe"
    window = open_window(context)
    dialog = window.open_knowledge()
    settle(window)
    assert dialog.add_button.isVisible()  # the general desk keeps it
    form = dialog.ask_entry(None)
    form.set_value("title", "医保缴费标准")
    form.set_value("answer", "每人每年400元")
    form.set_value("basis", BASIS)
    form.set_value("review_due", "下个月")  # bad on purpose: said, nothing stored
    form.accept()
    settle(window)
    assert form.isVisible() and "复核日期" in form.error.text()
    form.set_value("review_due", "2027-06-30")
    form.accept()
    settle(window)
    settle(window)
    assert [e.title for e in dialog.found] == ["医保缴费标准"]
    dialog.table.selectRow(0)
    settle(window)
    assert "新增" in dialog.detail.toPlainText() and BASIS in dialog.detail.toPlainText()
    dialog.close()

    context.operator = "liqing"  # an operator, at a callback
    ticket_in(context, "feedback", "K-1")
    window.show_ticket("K-1")
    settle(window)
    callback = window.detail.start(Action.CALLBACK)
    settle(window)
    events_before = len(TicketService(context).events("K-1"))
    button = next(b for b in callback.buttons.buttons() if b.objectName() == "openKnowledge")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kb = next(w for w in callback.children() if w.objectName() == "KnowledgeDialog")
    settle(window)
    kb.search_box.setText("医保")
    kb.search()
    settle(window)
    assert not kb.add_button.isVisible()  # an operator reads
    kb.table.selectRow(0)
    settle(window)
    qtbot.mouseClick(kb.insert_button, Qt.MouseButton.LeftButton)
    assert callback.values()["notes"] == f"依据：{BASIS}"
    assert len(TicketService(context).events("K-1")) == events_before  # nothing recorded
    assert knowledge.search(context, "医保")[0].entry.version == 1


def test_an_entry_due_for_review_is_an_alert_that_opens_the_knowledge_base(
    qtbot, sqlite_context, open_window, settle
):
    from hotline_desk.services.notifier import Notifier
    from hotline_desk.services.poller import Poller

    context = sqlite_context
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    save_staff(context, "zonghe", "综合科小王", "general")
    context.operator = "zonghe"
    knowledge.add_entry(context, {"title": "医保缴费标准", "answer": "每人每年400元",
                                  "review_due": "2026-09-01"})  # fmt: skip
    Poller(context, Notifier([])).run_once()
    window = open_window(context)
    panel = window.alerts
    panel.refresh()
    settle(window)
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if "医保缴费标准" in panel.list.item(i).text())  # fmt: skip
    assert "知识条目待复核" in item.text()
    panel._open(item)
    settle(window)
    dialog = window.knowledge_dialog
    assert dialog.isVisible() and dialog.status.currentText() == "待复核"
    assert [e.title for e in dialog.found] == ["医保缴费标准"]


def test_a_units_feedback_is_drafted_into_an_entry_the_desk_reviews(
    qtbot, sqlite_context, open_window, settle, ticket_in
):
    context = sqlite_context
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    save_staff(context, "zonghe", "综合科小王", "general")
    context.operator = "liqing"
    ticket_in(context, "feedback", "F-1")
    context.operator = "zonghe"
    window = open_window(context)
    window.show_ticket("F-1")
    settle(window)
    dialog = window.open_knowledge()
    settle(window)
    assert dialog.from_feedback.isVisible()
    form = dialog.ask_entry(None, dialog.draft)
    values = form.values()
    unit = TicketService(context).show("F-1").main_unit
    assert values["source_unit"] == unit and values["answer"]  # drafted, to be reviewed
    form.set_value("basis", BASIS)
    form.accept()
    settle(window)
    saved = knowledge.search(context, "")[0].entry
    assert saved.source_unit == unit and saved.basis == BASIS


def test_a_reply_template_saved_as_an_entry_and_the_basis_cited_when_a_reply_is_judged(
    qtbot, sqlite_context, open_window, settle, ticket_in
):
    from hotline_desk.domain.reply_templates import ReplyTemplate
    from hotline_desk.services.reply_templates import save_template

    context = sqlite_context
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    save_staff(context, "zonghe", "综合科小王", "general")
    context.operator = "zonghe"
    save_template(
        context,
        ReplyTemplate("lamp", "路灯维修答复", ("cause", "actions"),
                      {"cause": "经现场核查，", "actions": "已安排维修，", "basis": BASIS}),
    )  # fmt: skip
    window = open_window(context)
    templates = window.open_setting("templates")
    settle(window)
    templates.list.setCurrentRow([t.code for t in templates.templates].index("lamp"))
    kb = templates.save_as_knowledge()
    settle(window)
    form = kb.form
    assert form.values()["title"] == "路灯维修答复"
    assert form.values()["answer"] == "经现场核查；已安排维修" and form.values()["basis"] == BASIS
    assert knowledge.search(context, "路灯") == []  # a draft: nothing kept until saved
    form.accept()
    settle(window)
    settle(window)
    assert [h.entry.title for h in knowledge.search(context, "路灯维修")] == ["路灯维修答复"]
    kb.close()
    templates.close()

    context.operator = "liqing"  # judging a unit's reply (虚假反馈退回): the basis at hand
    ticket_in(context, "feedback", "K-2")
    window.show_ticket("K-2")
    settle(window)
    judged = window.detail.start(Action.REJECT_FEEDBACK)
    settle(window)
    button = next(b for b in judged.buttons.buttons() if b.objectName() == "openKnowledge")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    found = next(w for w in judged.children() if w.objectName() == "KnowledgeDialog")
    settle(window)
    found.search_box.setText("路灯维修")
    found.search()
    settle(window)
    found.table.selectRow(0)
    settle(window)
    qtbot.mouseClick(found.insert_button, Qt.MouseButton.LeftButton)
    assert judged.values()["reason"] == f"依据：{BASIS}"
