"""Catches database work on the GUI thread.

Every statement any engine sends passes ``before_cursor_execute``; when it
is sent from the main (GUI) thread while window code (a module of
``hotline_desk/gui``) is on the stack, the place is recorded. Test code that
sets up data through the services is not window code and is not caught.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

GUI_PACKAGE = str(Path(__file__).resolve().parents[2] / "hotline_desk" / "gui")


def _window_frames() -> list[str]:
    frame = sys._getframe(2)
    found = []
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(GUI_PACKAGE):
            found.append(
                f"{Path(name).relative_to(GUI_PACKAGE)}:{frame.f_lineno} {frame.f_code.co_name}"
            )
        frame = frame.f_back
    return found


@contextmanager
def database_off_gui_thread() -> Iterator[list[list[str]]]:
    """Yields the list the violations go into (each: the window frames)."""
    caught: list[list[str]] = []

    def check(*_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            frames = _window_frames()
            if frames:
                caught.append(frames)

    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield caught
    finally:
        event.remove(Engine, "before_cursor_execute", check)
