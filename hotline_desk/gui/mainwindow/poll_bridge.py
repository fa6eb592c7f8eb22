"""Carries poll results from the scheduler's thread to the GUI thread.

Signals emitted from a worker thread reach slots in the GUI thread through
Qt's queued connections; workers never touch a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hotline_desk.domain.alerts import Notification


class PollBridge(QObject):
    polled = Signal(object)  # a hotline_desk.services.poller.PollResult
    failed = Signal(object)  # the exception (already logged by the scheduler)
    notify_requested = Signal(object)  # a Notification for the tray, shown on the GUI thread

    def publish_result(self, result: object) -> None:
        self.polled.emit(result)

    def publish_error(self, error: BaseException) -> None:
        self.failed.emit(error)

    def request_tray_message(self, notification: Notification) -> None:
        self.notify_requested.emit(notification)
