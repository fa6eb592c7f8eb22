"""派单建议 on the dispatch form: read on a worker as the form opens, the
reasons shown, Alt+S puts the first unit in 主办单位 – nothing chosen unasked."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton

from hotline_desk.domain.lifecycle import Action
from hotline_desk.services import suggestion
from hotline_desk.services.demo import generate
from hotline_desk.services.directory import list_units

WHEN = datetime(2026, 9, 30, 9, 0)


def test_the_dispatch_form_offers_the_archives_unit(
    qtbot, sqlite_context, open_window, settle, ticket_in, register, tmp_path, monkeypatch
):
    monkeypatch.setenv(suggestion.ENV_CACHE, str(tmp_path / "cache"))
    suggestion._models.clear()
    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 0)
    sqlite_context.operator = "liqing"
    for number in ("S-1", "S-2"):  # archived at the office's first unit
        ticket_in(sqlite_context, "archived", number)
    first_unit = list_units(sqlite_context)[0]
    register(sqlite_context, "S-3", "求助", "路灯不亮", received_at=WHEN)
    window = open_window(sqlite_context)
    window.show_ticket("S-3")
    settle(window)
    dialog = window.detail.start(Action.DISPATCH)
    settle(window)
    line = dialog.findChild(QLabel, "dispatchSuggestion")
    assert first_unit.name in line.text() and "相似诉求" in line.text()
    assert dialog.values()["unit"] in (None, "")  # offered, never chosen for the operator
    # The lines came after the form was laid out: it made room, no field overlaps another.
    qtbot.wait(100)  # the layout settles
    shown = [w for w in dialog.widgets.values() if w.isVisible()]
    boxes = [
        w.geometry().translated(w.parentWidget().mapTo(dialog, w.pos()) - w.pos()) for w in shown
    ]
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not one.intersects(other), "fields overlap after the suggestion arrived"
    use = dialog.findChild(QPushButton, "useSuggestion")
    assert use.shortcut() == QKeySequence("Alt+S")  # one key accepts the suggestion
    use.click()
    assert dialog.values()["unit"] == first_unit.id
    dialog.reject()
