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
