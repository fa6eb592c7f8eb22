"""Nothing that touches the database runs on the GUI thread.

Every window test runs under the guard (tests/conftest.py); these show the
guard itself catches a read on the GUI thread and lets the same read
through on the window's worker.
"""

from __future__ import annotations

from hotline_desk.gui.settings.rules_dialog import office_rules


def test_a_read_from_window_code_on_the_gui_thread_is_caught(sqlite_context, gui_thread_guard):
    with gui_thread_guard() as caught:
        office_rules(sqlite_context)  # window code, called on this (the GUI) thread
    assert caught and "rules_dialog.py" in caught[0][0]


def test_the_same_read_on_the_windows_worker_is_not(
    qtbot, sqlite_context, open_window, gui_thread_guard
):
    window = open_window(sqlite_context)
    sqlite_context.forget_cached()
    answers = []
    with gui_thread_guard() as caught:
        window.tasks.run("rules", lambda: office_rules(sqlite_context), answers.append)
        assert window.tasks.wait_idle()
    assert answers and answers[0][0] and caught == []


def test_a_saved_action_writes_on_the_worker(
    qtbot, sqlite_context, open_window, act, gui_thread_guard, ticket_in
):
    from hotline_desk.domain.lifecycle import Action
    from hotline_desk.services.demo import generate

    generate(sqlite_context, 0)  # the units and the staff
    number = ticket_in(sqlite_context, "received").number
    window = open_window(sqlite_context)
    window.show_ticket(number)
    assert window.tasks.wait_idle()
    assert window.detail.can(Action.DISPATCH)
    unit = next(iter(window.model.units))
    with gui_thread_guard() as caught:
        act(window, Action.DISPATCH, unit=unit, call="later")
    assert caught == []
    assert window.detail.labels["state"].text() == "办理中"
