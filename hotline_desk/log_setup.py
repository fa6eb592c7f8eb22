"""Where the application's log goes: a rotating file, not the console.

Operators start hotline-desk many times a day; a warning that repeats on
every start (a workstation without a notification service, a library's
deprecation notice) belongs in the log a technician reads, not on the
console. Only errors reach the console. ``HOTLINE_DESK_LOG`` names another
file, or ``-`` for the console (useful while developing).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import traceback
import warnings
from pathlib import Path

ENV_LOG = "HOTLINE_DESK_LOG"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file owner-only (mode 600): a log can name tickets and logins."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream


def default_log_file() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("hotline-desk", appauthor=False)) / "hotline-desk.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send INFO and above to the log file and only ERROR to stderr.

    Returns the log file, or None when logging to the console. A log file
    that cannot be opened (read-only home) falls back to the console
    silently: logging must never stop the application from starting.
    """
    root = logging.getLogger()
    if getattr(root, "_hotline_desk_configured", False):
        return getattr(root, "_hotline_desk_log_file", None)
    root.setLevel(level)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("hotline-desk: %(message)s"))
    target = os.environ.get(ENV_LOG, "")
    log_file: Path | None = None
    if target != "-":
        log_file = Path(target) if target else default_log_file()
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = _PrivateRotatingFileHandler(
                log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter(_FORMAT))
            root.addHandler(handler)
            console.setLevel(logging.ERROR)
        except OSError:
            log_file = None
    root.addHandler(console)
    logging.captureWarnings(True)
    warnings.simplefilter("default")
    root._hotline_desk_configured = True  # type: ignore[attr-defined]
    root._hotline_desk_log_file = log_file  # type: ignore[attr-defined]
    return log_file


def current_log_file() -> Path | None:
    """The file the log goes to (None: the console)."""
    return getattr(logging.getLogger(), "_hotline_desk_log_file", None)


def _ours_or_a_warning(record: logging.LogRecord) -> bool:
    """The console shows what hotline-desk says, and others' warnings only (not
    the scheduler's "Running job …" every 30 seconds)."""
    return record.name.startswith("hotline_desk") or record.levelno >= logging.WARNING


def show_on_console(level: int = logging.INFO) -> None:
    """Also print records of ``level`` and above on the console.

    For ``hotline-desk watch``: a poller started in a terminal is watched
    there, so what it does belongs on the console as well as in the file.
    """
    root = logging.getLogger()
    if not getattr(root, "_hotline_desk_configured", False):
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(message)s")
    for handler in root.handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
            handler.setLevel(level)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            handler.addFilter(_ours_or_a_warning)


def log_unexpected(error: BaseException, number: str | None = None) -> None:
    """Logs an unexpected error by its type and where it happened – never its
    message, arguments or SQL parameters: those may carry a caller's name,
    phone or address (保密制度). ``number`` names the ticket, if any."""
    frames = traceback.extract_tb(error.__traceback__)[-10:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    logging.getLogger("hotline_desk").error(
        "unexpected %s%s at %s",
        type(error).__name__,
        f" (ticket {number})" if number else "",
        where or "?",
    )
