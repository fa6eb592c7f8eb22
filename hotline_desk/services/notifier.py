"""Desktop notifications behind one adapter.

Backends are tried in order - plyer (the operating system's notifications)
first, then a Qt tray message where the GUI has a tray - and the first that
accepts a notification shows it. Neither is trusted to work: a missing or
broken backend is logged and skipped, never raised, and the in-app alert list
(the alerts table, written by the poller) holds every alert regardless.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from hotline_desk.domain.alerts import Notification

log = logging.getLogger(__name__)
APP_NAME = "热线工单桌面助手"


class NotificationBackend(Protocol):
    name: str

    def send(self, notification: Notification) -> None:
        """Shows the notification or raises."""


class PlyerBackend:
    """plyer: freedesktop notifications on Linux, toast on Windows, macOS centre."""

    name = "plyer"

    def __init__(self, timeout_seconds: int = 30) -> None:
        self.timeout = timeout_seconds
        self._notify: Callable[..., object] | None = None

    def _notifier(self) -> Callable[..., object]:
        if self._notify is None:
            from plyer import notification

            self._notify = notification.notify
        return self._notify

    def send(self, notification: Notification) -> None:
        if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            # plyer would run notify-send, which fails without a word
            raise RuntimeError("no D-Bus session bus: no notification server to talk to")
        with warnings.catch_warnings():
            # plyer warns when python-dbus is missing and falls back to notify-send
            warnings.simplefilter("ignore")
            self._notifier()(
                title=notification.title,
                message=notification.body,
                app_name=APP_NAME,
                timeout=self.timeout,
            )


class CallbackBackend:
    """A backend made of a function: the GUI's tray message uses this."""

    def __init__(
        self,
        name: str,
        send: Callable[[Notification], None],
        available: Callable[[], bool] = lambda: True,
    ) -> None:
        self.name = name
        self._send = send
        self._available = available

    def send(self, notification: Notification) -> None:
        if not self._available():
            raise RuntimeError(f"{self.name} is not available")
        self._send(notification)


@dataclass(frozen=True)
class Delivery:
    notification: Notification
    channel: str  # the backend that showed it, or "" when only the in-app list has it


class Notifier:
    def __init__(self, backends: Sequence[NotificationBackend] = ()) -> None:
        self.backends = list(backends)

    def add_backend(self, backend: NotificationBackend) -> None:
        self.backends.append(backend)

    def deliver(self, notification: Notification) -> Delivery:
        for backend in self.backends:
            try:
                backend.send(notification)
            except Exception as error:  # a notification backend must never take us down
                log.warning("notification backend %s failed: %s", backend.name, error)
                continue
            log.info("notified via %s: %s", backend.name, notification.title)
            return Delivery(notification, backend.name)
        log.info("no desktop notification shown; in-app list only: %s", notification.title)
        return Delivery(notification, "")

    def deliver_all(self, notifications: Sequence[Notification]) -> list[Delivery]:
        """Delivers a batch; a backend that fails is not tried again in the same batch."""
        working = Notifier(self.backends)
        deliveries = []
        for notification in notifications:
            delivery = working.deliver(notification)
            if delivery.channel:
                # backends before the one that worked have failed: drop them
                names = [b.name for b in working.backends]
                working.backends = working.backends[names.index(delivery.channel) :]
            else:
                working.backends = []
            deliveries.append(delivery)
        return deliveries


def default_notifier() -> Notifier:
    return Notifier([PlyerBackend()])
