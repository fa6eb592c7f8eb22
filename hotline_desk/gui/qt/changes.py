"""The window's one change signal.

Local operations, other workstations' changes and the poll all end in
``ChangeHub.announce``; announcements made within one turn of the event
loop are merged, and every panel connected to ``changed`` gets one
``Changes`` and decides what to read again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from hotline_desk.gui.qt.tasks import window_part
from hotline_desk.services.changes import NOTHING, Changes


class ChangeHub(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gathered = NOTHING
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._send)

    def announce(self, changes: Changes, delay_ms: int = 0) -> None:
        """Sends ``changes`` (merged with others announced meanwhile) once the
        GUI thread is free; ``delay_ms`` gathers a burst (an import's hundreds
        of notices) into one."""
        if not changes:
            return
        self._gathered = self._gathered | changes
        if not self._timer.isActive() or delay_ms > self._timer.remainingTime():
            self._timer.start(delay_ms)

    def _send(self) -> None:
        changes, self._gathered = self._gathered, NOTHING
        if changes:
            self.changed.emit(changes)


def hub_for(widget: QObject | None) -> ChangeHub:
    """The hub of the window ``widget`` is in (its ``changes``); a lone dialog
    (tests, the first start) gets one of its own."""
    return window_part(widget, "changes", ChangeHub, lambda: ChangeHub(widget))
