"""A second launch hands over to the running window before anything heavy is imported.

Clicking the desktop icon while hotline-desk runs in the tray must show the
window that exists, at once: this module needs only the standard library
(no Qt, no SQLAlchemy). The running instance listens with Qt's QLocalServer
(gui/single_instance.py) on a name made here – a Unix socket in the temporary
folder, a named pipe on Windows – and notes the name of the instance started
without ``--db`` in the user's data folder, which is what a plain second
launch looks for.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import socket
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

SHOW = "show"
OPEN = "open "
ENV_DB_URL = "HOTLINE_DESK_DB"
_PASSWORD = re.compile(r"^([a-z0-9+]+://[^:/@]*):[^@]*@", re.IGNORECASE)


def instance_name(database_url: str, user: str | None = None) -> str:
    """The socket's name: short, safe on every platform, one per user and
    database (its password left out: the keyring may answer differently)."""
    who = user or getpass.getuser()
    url = _PASSWORD.sub(r"\1@", database_url)
    digest = hashlib.sha256(f"{who}\n{url}".encode()).hexdigest()[:20]
    return f"hotline-desk-{digest}"


def default_instance_note() -> Path:
    """Where the instance started on the default database notes its name."""
    from platformdirs import user_data_dir  # small, no Qt

    return Path(user_data_dir("hotline-desk", appauthor=False)) / "running-instance"


def note_default_instance(name: str) -> None:
    note = default_instance_note()
    note.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    note.write_text(name, encoding="utf-8")


def _request(argv: Sequence[str]) -> tuple[str, str | None] | None:
    """(what to ask, the --db given) for a plain window launch; None for
    anything else (a sub-command, a test run, options this path does not know)."""
    request, db, rest = SHOW, None, list(argv)
    while rest:
        option = rest.pop(0)
        if option in ("--db", "--open") and rest:
            value = rest.pop(0)
            if option == "--db":
                db = value
            else:
                request = OPEN + value
        elif option.startswith(("--db=", "--open=")):
            key, value = option.split("=", 1)
            db, request = (value, request) if key == "--db" else (db, OPEN + value)
        elif option != "--tray":
            return None
    return request, db


def _url(db: str) -> str:
    """What store.database.normalise_url makes of it, without importing it."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def send(name: str, request: str, timeout_s: float = 1.5) -> bool:
    """Writes ``request`` to the instance listening on ``name``; False when none is."""
    line = (request + "\n").encode()
    if sys.platform == "win32":
        try:
            with open(rf"\\.\pipe\{name}", "wb", buffering=0) as pipe:
                pipe.write(line)
            return True
        except OSError:
            return False
    path = Path(tempfile.gettempdir()) / name  # QLocalServer's place for a plain name
    if not path.exists():
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout_s)
        try:
            connection.connect(str(path))
            connection.sendall(line)
        except OSError:
            return False
    return True


def hand_over(argv: Sequence[str]) -> bool:
    """True when a running window took this launch's request (then exit)."""
    asked = _request(argv)
    if asked is None:
        return False
    request, db = asked
    db = db or os.environ.get(ENV_DB_URL)
    if db:
        return send(instance_name(_url(db)), request)
    try:
        name = default_instance_note().read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return bool(name) and send(name, request)
