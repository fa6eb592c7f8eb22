"""Chinese by default, English from the Qt Linguist translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hotline_desk.gui.mainwindow.queue_model import STATE_COLUMN
from hotline_desk.gui.mainwindow.window import MainWindow
from hotline_desk.gui.qt.i18n import install_language, tr, tr_domain
from hotline_desk.services.demo import generate

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_is_translated_and_the_qm_is_current():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def english(qapp):
    assert install_language(qapp, "en")
    yield
    install_language(qapp, "zh_CN")


def test_the_window_speaks_english_when_chosen(qtbot, sqlite_context, english):
    generate(sqlite_context, 20, seed=3)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.model.first_page_loaded, timeout=5000):
        window.load_first_page()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tickets", "&Reports", "&View", "T&ools", "&Settings", "&Help"]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    states = {window.model.index(r, STATE_COLUMN).data() for r in range(window.model.rowCount())}
    assert states <= {"to dispatch", "handling", "feedback in", "called back"}
    assert window.filters.search.placeholderText().startswith("Search number")
    assert tr_domain("投诉") == "complaint"
    assert window.tasks.wait_idle()  # the deadlines' rules the form computes with
    dialog = window.new_ticket()  # a form compiled from ui/ translates too
    assert dialog.windowTitle() == "New ticket"
    assert dialog.ui.number_label.text() == "Ticket number *"


def test_chinese_is_the_default(qapp):
    install_language(qapp, "zh_CN")
    assert tr("工单编号") == "工单编号"
    assert QCoreApplication.translate("Domain", "办理中") == "办理中"


def test_qts_own_dialogs_speak_chinese_throughout(qapp):
    """Qt's file and print dialogs, as an operator meets them when importing,
    exporting or printing: no English label left (Qt's Chinese had not caught
    up with "&Look in:", "Files of &type:", "Page &Set:")."""
    import re

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    install_language(qapp, "zh_CN")
    files = QFileDialog(None, "导入")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    printing = QPrintDialog(QPrinter())
    english = [
        widget.text()
        for dialog in (files, printing)
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        if re.search(r"[A-Za-z]{3,}", widget.text())
        and not re.search(r"[\u4e00-\u9fff]", widget.text())
    ]
    assert english == []
    assert "查找范围(&L)：" in [label.text() for label in files.findChildren(QLabel)]


def test_compiled_designer_forms_are_current():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_domain_text_the_window_shows_is_in_the_catalogue():
    """Refusals, input errors, the action forms' texts and the enums' labels
    reach the English window through the Domain catalogue (and so are
    translated, which the first test checks); what varies in a message is
    passed as params, never formatted into its pattern."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from catalogue_missing import message_literals, missing

    _literals, built = message_literals()
    assert not built, f"message patterns built with f-strings or +: {built}"
    assert not missing(), f"run scripts/catalogue_missing.py --add: {missing()}"


def test_an_input_error_reads_english_in_the_english_window(english):
    from hotline_desk.gui.qt.error_text import input_text
    from hotline_desk.services.errors import InputError

    error = InputError(
        "受理时间",
        "不晚于现在（{now}）的时间",
        "2026-12-01 09:00",
        params={"now": "2026-11-23 10:00"},
    )
    assert (
        str(error)
        == "「受理时间」应为不晚于现在（2026-11-23 10:00）的时间（实际为「2026-12-01 09:00」）"
    )
    text = input_text(error)
    assert "2026-11-23 10:00" in text and "2026-12-01 09:00" in text
    assert all(ord(c) < 0x3000 for c in text), text


def test_an_english_form_reads_english_throughout(
    qtbot, sqlite_context, english, open_window, settle, register
):
    """Labels, accelerators and the list of missing answers follow English
    conventions: no Chinese brackets or commas around English words."""
    from datetime import datetime

    from PySide6.QtWidgets import QLabel

    from hotline_desk.domain.lifecycle import Action

    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 0)
    register(sqlite_context, number="EN-1", kind="求助", content="路灯")
    window = open_window(sqlite_context)
    window.show_ticket("EN-1")
    assert window.tasks.wait_idle()
    dialog = window.detail.start(Action.DISPATCH)
    qtbot.addWidget(dialog)
    dialog.accept()  # untouched
    settle(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "&Main unit *" in texts
    assert "Not saved yet; please fill in: “Main unit”, “Phone the handler”" in texts
    assert not [t for t in texts if any("\u3000" <= c <= "\u9fff" for c in t)], texts
