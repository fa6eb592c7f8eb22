"""A notification channel that records what it was asked to show."""

from __future__ import annotations

from hotline_desk.domain.alerts import Notification


class Recorder:
    name = "recorder"

    def __init__(self) -> None:
        self.shown: list[Notification] = []

    def send(self, notification: Notification) -> None:
        self.shown.append(notification)
