"""Changes made elsewhere (another workstation, another window) reach this one:
the store's listener (LISTEN/NOTIFY on PostgreSQL, a periodic look on SQLite)
hands the changed ticket numbers to ``changed``, from its own thread."""

from __future__ import annotations

from collections.abc import Callable

from hotline_desk.services.context import AppContext
from hotline_desk.store.live import EVERYTHING, ChangeListener

__all__ = ["EVERYTHING", "ChangeListener", "listen_for_changes"]


def listen_for_changes(
    context: AppContext, changed: Callable[[list[str]], None], interval_s: float = 1.0
) -> ChangeListener:
    listener = ChangeListener(context.db, changed, interval_s)
    listener.start()
    return listener
