"""Writes from the window are operations on a worker: the GUI thread stays
free while they run, a slow one shows its progress, a failed one keeps the
form as it was typed and says why, and what they changed reaches the panels."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from hotline_desk.gui.qt.changes import ChangeHub
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.services.changes import Area, Changes


class Heartbeat:
    """A 5 ms timer on the GUI thread; ``longest`` is the longest gap between ticks."""

    def __init__(self) -> None:
        self.clock, self.gaps, self.last = QElapsedTimer(), [0], 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    @property
    def longest(self) -> int:
        self.timer.stop()
        return max(self.gaps)


class Host(QWidget):
    """What a window gives its operations: a runner and a change hub."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks = TaskRunner(self)
        self.changes = ChangeHub(self)
        self.told: list[str] = []

    def tell(self, text: str, warning: bool = False) -> None:
        self.told.append(text)


def test_a_slow_write_leaves_the_gui_thread_free_and_shows_its_progress(qtbot):
    host = Host()
    qtbot.addWidget(host)
    host.show()
    ran_on: list[threading.Thread] = []

    def slow() -> str:
        ran_on.append(threading.current_thread())
        time.sleep(1.4)
        return "saved"

    beat = Heartbeat()
    beat.start()
    done: list[str] = []
    operation = WriteOp(host, slow).success(done.append).run()
    qtbot.waitUntil(lambda: operation.progress is not None, timeout=3000)
    assert isinstance(operation.progress, QProgressDialog) and operation.progress.isVisible()
    qtbot.waitUntil(lambda: done == ["saved"], timeout=5000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert beat.longest < 200, beat.gaps  # the GUI thread kept ticking all along
    assert operation.progress is None  # closed with the answer


def test_writes_run_one_at_a_time_in_the_order_asked(qtbot):
    host = Host()
    qtbot.addWidget(host)
    order: list[int] = []

    def write(n: int) -> int:
        time.sleep(0.05 if n == 0 else 0)
        order.append(n)
        return n

    for n in range(5):
        WriteOp(host, lambda n=n: write(n)).run()
    assert host.tasks.wait_idle()
    assert order == [0, 1, 2, 3, 4]


def test_a_failed_write_is_said_and_what_it_changed_goes_out_only_on_success(qtbot):
    host = Host()
    qtbot.addWidget(host)
    heard: list[Changes] = []
    host.changes.changed.connect(heard.append)

    def refused() -> None:
        raise ValueError("「办理时限」须晚于受理时间")

    WriteOp(host, refused, Changes.of_tickets("A1")).run()
    assert host.tasks.wait_idle()
    assert host.told == ["「办理时限」须晚于受理时间"] and heard == []
    WriteOp(host, lambda: None, Changes.of_tickets("A1")).run()
    assert host.tasks.wait_idle()
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    assert heard[0].tickets == {"A1"} and heard[0].touches(Area.ALERTS)


def test_changes_announced_together_reach_the_panels_once(qtbot):
    hub = ChangeHub()
    heard: list[Changes] = []
    hub.changed.connect(heard.append)
    hub.announce(Changes.of_tickets("A1"))
    hub.announce(Changes.of_tickets("B2"))
    hub.announce(Changes.of_reference())
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    qtbot.wait(50)
    assert len(heard) == 1
    assert heard[0].tickets == {"A1", "B2"} and heard[0].touches(Area.REFERENCE)


def test_a_store_locked_by_another_program_never_freezes_the_window(
    qtbot, sqlite_context, sqlite_url, open_window, ticket_in
):
    """A backup tool holds the SQLite file: the save waits on a worker for the
    busy timeout while the window keeps working, then says so and keeps what
    was typed; once the file is free, the same form saves."""
    import sqlite3

    from PySide6.QtCore import Qt

    from hotline_desk.domain.lifecycle import Action
    from hotline_desk.services.demo import generate

    generate(sqlite_context, 0)
    number = ticket_in(sqlite_context, "handling").number
    window = open_window(sqlite_context)
    window.show_ticket(number)
    assert window.tasks.wait_idle()
    qtbot.mouseClick(window.detail.buttons[Action.CALL], Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    dialog = window.detail.dialog
    unit = next(iter(window.model.units))
    answers = {
        "purpose": "chase",
        "unit": unit,
        "reached": True,
        "note": "已催办，承办人答应明天答复",
    }
    for key, value in answers.items():
        dialog.set_value(key, value)
    typed = dialog.values()
    assert typed == answers
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    holder.execute("BEGIN EXCLUSIVE")
    try:
        beat = Heartbeat()
        beat.start()
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.saving is None, timeout=20_000)
        assert beat.longest < 300, beat.gaps  # the window ticked on while the save waited
        assert dialog.isVisible() and dialog.values() == typed
        assert "连不上数据库" in dialog.error.text() or "占用" in dialog.error.text()
    finally:
        holder.rollback()
        holder.close()
    dialog.accept()
    assert window.tasks.wait_idle()
    assert not dialog.isVisible()
    assert "电话记录" in [
        window.detail.history.item(r, 2).text() for r in range(window.detail.history.rowCount())
    ]


def test_escape_while_a_form_is_saved_does_not_pretend_to_throw_it_away(qtbot):
    """The save goes on once sent: Esc meanwhile neither asks to discard nor
    closes the form before the answer; the answer closes it."""
    from hotline_desk.gui.qt.form_dialog import Field, FormDialog, FormSpec
    from hotline_desk.services.ticket_actions import Kind

    host = Host()
    qtbot.addWidget(host)
    release = threading.Event()
    saved: list[dict] = []

    def submit(values: dict) -> None:
        release.wait(5)
        saved.append(values)

    spec = FormSpec("测试", [Field("note", "说明", Kind.TEXT, True)])
    dialog = FormDialog(spec, submit, host)
    dialog.show()
    dialog.set_value("note", "已催办")
    dialog.accept()
    dialog.reject()  # Esc while it is saved
    assert dialog.isVisible() and not hasattr(dialog, "discard_question")
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert saved == [{"note": "已催办"}]
