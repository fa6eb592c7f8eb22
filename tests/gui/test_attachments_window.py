"""附件 in the window: files dropped on the tab are kept with the ticket (on
a worker), a screenshot pasted becomes a PNG, a bad file is refused with the
reason, removing asks first and is on record."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from hotline_desk.services import attachments
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService

PDF = b"%PDF-1.4\n" + b"1 0 obj<<>>endobj\n" * 50


def test_dropped_pasted_refused_and_removed_files(
    qtbot, sqlite_context, open_window, settle, register, tmp_path
):
    context = sqlite_context
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    context.operator = "liqing"
    register(context, "AT-1", "投诉", "路灯不亮")
    window = open_window(context)
    window.show_ticket("AT-1")
    settle(window)
    tab = window.detail.attachments
    (tmp_path / "回复函.pdf").write_bytes(PDF)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "回复函.pdf"))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    tab.dropEvent(drop)
    settle(window)
    settle(window)
    assert [a.name for a in tab.files] == ["回复函.pdf"]

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    QApplication.clipboard().setImage(image)
    tab.paste_image()
    settle(window)
    settle(window)
    assert [a.kind for a in tab.files] == ["application/pdf", "image/png"]

    (tmp_path / "setup.pdf").write_bytes(b"MZ\x90\x00" + bytes(100))  # a program, named .pdf
    tab.add_paths([tmp_path / "setup.pdf"])
    settle(window)
    assert "setup.pdf" in tab.summary.text() and len(tab.files) == 2

    tab.table.selectRow(1)  # the screenshot: shown in the application, its opening on record
    tab.open_chosen()
    settle(window)
    settle(window)
    view = tab.image_view
    assert view is not None and view.isVisible()
    assert not view.image.pixmap().isNull() and view.image.pixmap().width() == 40
    view.close()
    assert [e.action for e in TicketService(context).events("AT-1")][-1] == "open_attachment"
    assert tab.chosen() is not None and tab.chosen().kind == "image/png"  # still chosen

    tab.table.selectRow(0)
    form = tab.ask_remove()
    form.accept()
    settle(window)
    settle(window)
    assert [a.kind for a in tab.files] == ["image/png"]
    actions = [e.action for e in TicketService(context).events("AT-1")]
    assert actions.count("attach") == 2 and actions[-1] == "detach"
    # The store holds what the window shows.
    assert [a.kind for a in attachments.attachments_of(context, "AT-1")] == ["image/png"]


def _real_pdf(path):
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(100, 100, "整改回复函")
    painter.end()
    return path.read_bytes()


def test_thumbnails_only_when_asked_and_a_file_on_the_units_reply(
    qtbot, sqlite_context, open_window, settle, ticket_in, tmp_path
):
    context = sqlite_context
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    context.operator = "liqing"
    ticket_in(context, "feedback", "AT-2")
    photo = QImage(400, 300, QImage.Format.Format_RGB32)
    photo.fill(QColor("green"))
    photo.save(str(tmp_path / "整改后.png"))
    (tmp_path / "复函.pdf").write_bytes(_real_pdf(tmp_path / "made.pdf"))
    window = open_window(context)
    window.show_ticket("AT-2")
    settle(window)
    tab = window.detail.attachments
    window.activateWindow()
    qtbot.keyClick(window.detail, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.detail.tabs.currentWidget() is tab  # Alt+4: the 附件 tab
    labels = [tab.target.itemText(i) for i in range(tab.target.count())]
    assert labels[0] == "工单本身" and any("反馈" in text for text in labels[1:]), labels
    assert all("liqing" not in text for text in labels) and any("李青" in t for t in labels)
    tab.target.setCurrentIndex(len(labels) - 1)  # the unit's reply
    tab.add_paths([tmp_path / "整改后.png", tmp_path / "复函.pdf"])
    settle(window)
    settle(window)
    assert [a.event_action for a in tab.files] == ["feedback", "feedback"]
    seq = [e.action for e in TicketService(context).events("AT-2")].index("feedback") + 1
    assert tab.table.item(0, 3).text() == f"单位反馈（第 {seq} 条）"
    # No picture until asked: a look at the content is on record.
    assert tab.table.item(0, 0).icon().isNull() and tab.thumbs_button.isEnabled()
    looks = [e.action for e in TicketService(context).events("AT-2")].count("open_attachment")
    tab.show_thumbnails()
    settle(window)
    settle(window)
    settle(window)
    assert not tab.table.item(0, 0).icon().isNull()  # the photo
    assert not tab.table.item(1, 0).icon().isNull()  # the PDF's first page
    assert not tab.thumbs_button.isEnabled()
    events = TicketService(context).events("AT-2")
    assert [e.action for e in events].count("open_attachment") == looks + 1
    assert events[-1].note == "缩略图：整改后.png、复函.pdf"


def test_the_admin_sets_the_limits_and_a_bad_value_is_refused_with_the_form_kept(
    qtbot, sqlite_context, open_window, settle
):
    from hotline_desk.services.staff import save_staff

    context = sqlite_context
    generate(context, 0)
    save_staff(context, "admin", "管理员甲", "admin")
    context.operator = "admin"
    window = open_window(context)
    window.open_setting("attachment_limits")
    settle(window)
    form = window.attachment_limits_form
    assert form.isVisible() and form.values() == {"file_mb": "20", "ticket_mb": "200"}
    form.set_value("file_mb", "二十")
    form.accept()
    settle(window)
    assert form.isVisible() and "单个附件上限" in form.error.text()
    form.set_value("file_mb", "300")  # more than the ticket's total
    form.accept()
    settle(window)
    assert form.isVisible() and "合计上限（200 MB）" in form.error.text()
    form.set_value("file_mb", "50")
    form.accept()
    settle(window)
    settle(window)
    assert not form.isVisible()
    assert attachments.attachment_limits(context) == (50, 200)
    save_staff(context, "liqing", "李青", "operator")
    context.operator = "liqing"
    window.open_setting("attachment_limits")
    settle(window)
    refused = window.attachment_limits_form
    refused.set_value("file_mb", "10")
    refused.accept()
    settle(window)
    assert refused.error.text() == "李青（经办人员）不能更改办公室设置：这不属于该角色的职责"
    assert refused.isVisible()
    assert attachments.attachment_limits(context) == (50, 200)
