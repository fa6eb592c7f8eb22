"""Chinese by default, English from the Qt Linguist translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from hotline_desk.gui.i18n import install_language, tr, tr_domain
from hotline_desk.gui.main_window import MainWindow
from hotline_desk.gui.queue_model import STATE_COLUMN
from hotline_desk.services.demo import generate

ROOT = Path(__file__).resolve().parent.parent


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
    assert menus == ["&Tickets", "&View", "T&ools", "&Settings"]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    states = {window.model.index(r, STATE_COLUMN).data() for r in range(window.model.rowCount())}
    assert states <= {"to dispatch", "handling", "feedback in", "called back"}
    assert window.filters.search.placeholderText().startswith("Search number")
    assert tr_domain("投诉") == "complaint"
    dialog = window.new_ticket()  # a form compiled from ui/ translates too
    assert dialog.windowTitle() == "New ticket"
    assert dialog.ui.number_label.text() == "Ticket number *"


def test_chinese_is_the_default(qapp):
    install_language(qapp, "zh_CN")
    assert tr("工单编号") == "工单编号"
    assert QCoreApplication.translate("Domain", "办理中") == "办理中"


def test_compiled_designer_forms_are_current():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
