"""The window says plainly which tickets' histories were forged, refuses to
act without the office's key, and shows the access log to those who may read it."""

from __future__ import annotations

from sqlalchemy import text

from hotline_desk.gui.settings.access_log_dialog import AccessLogDialog
from hotline_desk.services.demo import generate
from hotline_desk.services.staff import save_staff
from hotline_desk.services.tickets import TicketService


def _forge_first_ticket(context) -> str:
    with context.db.engine.begin() as connection:
        number, event_id = connection.execute(
            text(
                "SELECT t.number, MIN(e.id) FROM tickets t JOIN ticket_events e "
                "ON e.ticket_id = t.id GROUP BY t.number ORDER BY t.number LIMIT 1"
            )
        ).one()
        connection.execute(
            text("UPDATE ticket_events SET actor = 'root' WHERE id = :i"), {"i": event_id}
        )
    return number


def test_the_window_names_forged_tickets_at_start(sqlite_context, open_window, settle):
    generate(sqlite_context, 15, seed=3)
    number = _forge_first_ticket(sqlite_context)
    window = settle(open_window(sqlite_context))
    assert window.broken_trails == [number]
    assert window.notice.isVisible() and number in window.notice_text.text()
    assert "改动" in window.notice_text.text()


def test_a_clean_store_says_nothing(sqlite_context, open_window, settle):
    generate(sqlite_context, 15, seed=3)
    window = settle(open_window(sqlite_context))
    assert window.broken_trails == []


def test_the_access_log_for_a_leader_and_not_for_an_operator(qtbot, sqlite_context, open_window):
    generate(sqlite_context, 10, seed=3)
    sqlite_context.operator = "root"
    save_staff(sqlite_context, "root", "王管理", "admin")
    save_staff(sqlite_context, "liqing", "李青", "operator")
    save_staff(sqlite_context, "zhangld", "张领导", "leader")
    service = TicketService(sqlite_context)
    with sqlite_context.db.engine.connect() as connection:
        number = connection.execute(
            text("SELECT number FROM tickets WHERE NOT confidential ORDER BY number LIMIT 1")
        ).scalar_one()
    sqlite_context.operator = "liqing"
    service.reveal_caller(number)
    window = open_window(sqlite_context)

    dialog = window.open_setting("access_log")
    assert window.tasks.wait_idle(10_000)
    assert dialog.table.rowCount() == 0 and "查看访问记录" in dialog.error.text()
    dialog.close()

    sqlite_context.operator = "zhangld"
    dialog = window.open_setting("access_log")
    assert window.tasks.wait_idle(10_000)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[1] == "李青" and row[2] == "查看来电人" and row[3] == number  # a name, not a login
    assert isinstance(dialog, AccessLogDialog)
