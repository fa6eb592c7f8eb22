"""Finds ui/, resources/ and db/ wherever the application runs from.

Three layouts exist: a source checkout (the folders sit beside the package),
an installed wheel (setup.py copied them into ``hotline_desk/_bundled``) and a
PyInstaller build (they sit under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder that holds ui/, resources/ and db/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root))
    candidates += [_PACKAGE_DIR / "_bundled", _PACKAGE_DIR.parent]
    for candidate in candidates:
        if (candidate / "db" / "env.py").is_file() and (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError(
        "hotline-desk data folders (db/, resources/) not found; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def resources_dir() -> Path:
    return data_root() / "resources"


def migrations_dir() -> Path:
    return data_root() / "db"
