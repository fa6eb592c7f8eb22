"""The GUI entry point opens a real window on the store (offscreen)."""

from __future__ import annotations

from hotline_desk.gui.app import MainWindow
from hotline_desk.services.demo import generate


def test_window_shows_the_first_page_of_the_queue(qtbot, sqlite_context):
    generate(sqlite_context, 30, seed=1)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    shown = window.load_first_page()
    window.show()
    qtbot.waitExposed(window)
    assert 0 < shown < 30  # unfinished tickets only
    assert window.table.rowCount() == shown
    states = {window.table.item(row, 4).text() for row in range(shown)}
    assert "办结归档" not in states and "已提交审核" not in states
    assert window.table.horizontalHeaderItem(0).text() == "工单编号"
    assert window.table.item(0, 0).text().startswith("SZ")
