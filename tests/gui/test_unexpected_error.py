"""An unexpected error shows a dialog with what happened and where the log is."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from hotline_desk.gui import app as gui_app


def test_a_bug_in_a_slot_shows_a_dialog_naming_the_log(
    qtbot, sqlite_context, open_window, monkeypatch, tmp_path
):
    log = tmp_path / "hotline-desk.log"
    monkeypatch.setattr("hotline_desk.log_setup.current_log_file", lambda: log)
    window = open_window(sqlite_context)
    saved = sys.excepthook
    try:
        gui_app._report_unexpected_errors(window)
        sys.excepthook(KeyError, KeyError("secret caller 13800000000"), None)
    finally:
        sys.excepthook = saved
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    box = boxes[0]
    assert "KeyError" in box.text() and str(log) in box.informativeText()
    assert "13800000000" not in box.text() + box.informativeText()  # never the message
    assert "KeyError" in window.notice_text.text()  # and in the window, until dismissed
    box.close()
