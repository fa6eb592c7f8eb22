"""The operator's day: the README's commands as written, truthful forms, a window
that fits the office's screens, clear sentences for unusable databases."""

from __future__ import annotations

import re
import shlex
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from hotline_desk.cli import EXIT_INPUT, main
from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.ticket import TicketState
from hotline_desk.gui.i18n import install_language
from hotline_desk.gui.ticket_actions import ACTION_FORMS
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_commands() -> list[list[str]]:
    """Every ``hotline-desk`` line of the README's command-line block, as typed."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## The command line", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands, current = [], ""
    for line in block.splitlines():
        current += line.rstrip("\\").split("  #", 1)[0] if "#" in line else line.rstrip("\\")
        if line.rstrip().endswith("\\"):
            continue
        if current.strip().startswith("hotline-desk"):
            commands.append(shlex.split(current, comments=True)[1:])
        current = ""
    return commands


def test_the_readme_commands_work_as_written_on_a_fresh_database(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HOTLINE_DESK_OPERATOR", "newcomer")
    commands = readme_commands()
    assert len(commands) >= 15 and commands[2][:2] == ["units", "add"]
    for argv in commands:
        code = main(["--db", str(tmp_path / "fresh.sqlite3"), *argv])
        captured = capsys.readouterr()
        assert code == 0, f"{' '.join(argv)} -> {code}: {captured.err}"
        assert "{'" not in captured.out  # no Python dicts in what a person reads
    assert "办结归档" in main_output(tmp_path, capsys, "ticket", "show", "SZ2026093001")


def main_output(tmp_path, capsys, *argv: str) -> str:
    assert main(["--db", str(tmp_path / "fresh.sqlite3"), *argv]) == 0
    return capsys.readouterr().out


def test_a_reached_callback_without_its_answers_is_refused_naming_them(tmp_path, capsys):
    db = str(tmp_path / "cb.sqlite3")
    base = ["--db", db, "--now", "2026-09-30T10:00", "--operator", "liqing"]
    assert main([*base, "demo", "--tickets", "0"]) == 0
    assert (
        main([*base, "ticket", "new", "--number", "CB1", "--kind", "求助", "--content", "路灯"])
        == 0
    )
    main([*base, "ticket", "dispatch", "CB1", "--unit", "县教育局", "--called"])
    main(
        [*base, "ticket", "feedback", "CB1", "--cause", "a", "--actions", "b", "--result", "已处理"]
    )
    capsys.readouterr()
    code = main([*base, "ticket", "callback", "CB1", "--reached", "--told", "yes"])
    err = capsys.readouterr().err
    assert code == EXIT_INPUT
    assert "--true" in err and "--misconduct" in err and "--satisfaction" in err
    assert "--told" not in err.split("缺少")[1]
    assert main([*base, "ticket", "show", "CB1", "--format", "json"]) == 0
    assert '"state": "feedback"' in capsys.readouterr().out  # nothing was recorded


def test_ticket_list_takes_chinese_state_labels(tmp_path, capsys):
    db = str(tmp_path / "l.sqlite3")
    assert main(["--db", db, "--now", "2026-09-30T10:00", "demo", "--tickets", "30"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "ticket", "list", "--state", "待派单"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("（共") and all("待派单" in line for line in lines[:-1])


@pytest.mark.parametrize("kind", ["folder", "not_sqlite", "other_app", "read_only"])
def test_an_unusable_database_gets_one_sentence_and_no_traceback(tmp_path, capsys, kind):
    path = tmp_path / "office.sqlite3"
    if kind == "folder":
        path.mkdir()
    elif kind == "not_sqlite":
        path.write_text("工单编号,诉求内容\n", encoding="utf-8")
    elif kind == "other_app":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE songs (title TEXT)")
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE tickets (id INTEGER)")
        path.chmod(0o444)
        tmp_path.chmod(0o555)
    try:
        code = main(["--db", str(path), "ticket", "list"])
    finally:
        tmp_path.chmod(0o755)
    err = capsys.readouterr().err
    assert code == EXIT_INPUT
    assert str(path) in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    expected = {"folder": "文件夹", "not_sqlite": "不是 SQLite", "other_app": "另一个程序",
                "read_only": "只读"}  # fmt: skip
    if kind == "read_only" and __import__("os").geteuid() == 0:
        pytest.skip("root may write a read-only file")
    assert expected[kind] in err


# -- the window ----------------------------------------------------------------------
@pytest.fixture
def office(qtbot, sqlite_context):
    sqlite_context.clock.current = __import__("datetime").datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 60)
    return sqlite_context


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_window_fits_the_office_screens(qtbot, office, qapp, language, size, open_window):
    install_language(qapp, language)
    try:
        window = open_window(office)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1024 and hint.height() <= 700, hint
        width, height = size
        window.resize(width, height - 40)  # a task bar takes the rest
        qtbot.waitUntil(lambda: window.width() == width, timeout=2000)
        assert window.height() <= height - 40
        # every panel reachable: the docks are shown (tabbed) and inside the window
        shown = [
            d for d in window.docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()
        ]
        assert len(shown) == 1 and window.rect().contains(shown[0].geometry())
        for dock in window.docks.values():  # the others are tabs beside it
            assert not dock.isFloating() and dock.toggleViewAction().isChecked()
            assert dock is shown[0] or shown[0] in window.tabifiedDockWidgets(dock)
        assert window.rect().contains(window.centralWidget().geometry())
        assert window.table.width() >= 300 and window.detail.width() >= 280
        assert window.detail.tabs.count() == 2  # the history has its own tab
    finally:
        install_language(qapp, "zh_CN")


def test_a_saved_layout_from_a_larger_screen_is_not_restored_off_screen(qtbot, office, open_window):
    big = open_window(office)
    big.setGeometry(3000, 2000, 1900, 1100)  # somewhere a big second screen was
    big.save_layout()
    window = open_window(office)
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_every_form_submitted_untouched_saves_nothing(qtbot, office, open_window):
    window = open_window(office)
    service = TicketService(office)
    tried = set()
    for action in ACTION_FORMS:
        ticket = next((t for t in _open_tickets(office) if action in _allowed(t)), None)
        if ticket is None:
            continue
        window.detail.show_ticket(ticket.number)
        assert window.tasks.wait_idle()
        events_before = len(service.show(ticket.number).events)
        dialog = window.detail.start(action)
        assert dialog is not None, action
        dialog.accept() if dialog.spec.fields else dialog.buttons.button(
            dialog.buttons.StandardButton.Cancel
        ).isDefault() or pytest.fail("Enter would confirm")
        if dialog.spec.fields:
            assert dialog.isVisible(), f"{action} saved an untouched form"
            assert "还不能保存" in dialog.error.text()
            assert (
                QApplication.focusWidget() in dialog.widgets.values() or not dialog.isActiveWindow()
            )
        dialog.reject()
        # the callback form reveals the number to dial (a logged reveal) - nothing else
        after = [e.action for e in service.show(ticket.number).events[events_before:]]
        assert after in ([], ["reveal"]), (action, after)
        tried.add(action)
    assert {Action.DISPATCH, Action.CALL, Action.CALLBACK, Action.FEEDBACK, Action.ARCHIVE} <= tried


def _open_tickets(context):
    from hotline_desk.domain.queue_query import QueueQuery
    from hotline_desk.services.queue import read_page

    return read_page(context, QueueQuery(limit=500), with_count=False, count_cap=None).tickets


def _allowed(ticket):
    from hotline_desk.domain.lifecycle import allowed_actions

    return allowed_actions(ticket)


def test_the_callback_form_shows_the_number_to_dial_and_logs_the_reveal(qtbot, office, open_window):
    window = open_window(office)
    ticket = next(t for t in _open_tickets(office) if t.state is TicketState.FEEDBACK
                  and not t.confidential)  # fmt: skip
    office.operator = ticket.owner
    window.detail.show_ticket(ticket.number)
    assert window.tasks.wait_idle()
    dialog = window.detail.start(Action.CALLBACK)
    assert ticket.caller.phone in dialog.info.text()
    for key in ("reached", "told", "true", "misconduct", "satisfaction"):
        assert dialog.values()[key] is None, key  # nothing chosen for the operator
    events = TicketService(office).show(ticket.number).events
    assert events[-1].action == "reveal" and events[-1].actor == ticket.owner


ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
ALLOWED = {"Ctrl", "Alt", "Shift", "Enter", "Tab", "liqing", "wangfang", "zhangmin", "city",
           "unit", "leader", "newcomer"}  # fmt: skip


def visible_texts(widget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)]:
        if child.isVisibleTo(widget) or child is widget:
            texts.append(child.text() if hasattr(child, "text") else "")
    return texts


def test_the_chinese_window_and_its_dialogs_show_no_english_word(qtbot, office, qapp, open_window):
    install_language(qapp, "zh_CN")
    window = open_window(office)
    texts = visible_texts(window) + [a.text() for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        texts += [a.text() for a in menu_action.menu().actions()]
    ticket = next(t for t in _open_tickets(office) if t.state is TicketState.HANDLING)
    window.detail.show_ticket(ticket.number)
    assert window.tasks.wait_idle()
    texts += visible_texts(window.detail)
    for action in (Action.CALL, Action.FEEDBACK, Action.TRANSFER, Action.RETURN):
        dialog = window.detail.start(action)
        dialog.accept()  # untouched: the error names the missing fields
        texts += visible_texts(dialog) + [dialog.windowTitle()]
        dialog.reject()
    for opener in (window.new_ticket, window.open_directory, window.open_templates,
                   window.open_duty_roster, window.open_alert_settings):  # fmt: skip
        dialog = opener()
        texts += visible_texts(dialog) + [dialog.windowTitle()]
        dialog.reject()
    plain = [re.sub(r"<[^>]+>", "", text).replace("&", "") for text in texts]
    words = {w for text in plain for w in ENGLISH_WORD.findall(text)}
    assert words - ALLOWED == set(), sorted(words - ALLOWED)


@pytest.mark.parametrize(
    "now", ["2026-09-30T10:00", "2026-11-23T13:00", "2026-11-22T20:00", "2027-02-10T09:00"]
)
def test_the_demo_shows_every_one_of_the_five_confirmations_at_work(tmp_path, now):
    from datetime import datetime

    from hotline_desk.domain.clock import FixedClock
    from hotline_desk.services.confirmations import confirmation_counts
    from hotline_desk.services.context import AppContext

    context = AppContext.open(
        f"sqlite:///{tmp_path / 'demo.sqlite3'}", FixedClock(datetime.fromisoformat(now))
    )
    try:
        generate(context, 60)
        counts = {c.confirmation.value: c.count for c in confirmation_counts(context)}
    finally:
        context.close()
    assert all(counts[i] > 0 for i in range(1, 6)), counts
