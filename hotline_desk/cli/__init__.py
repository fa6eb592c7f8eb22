"""The command line (``hotline-desk SUB-COMMAND``): see cli/commands.py.

Nothing is imported here: opening the window reads its few options with
cli/parser.py, and must not load every sub-command on the way. ``from
hotline_desk.cli import main`` still works (the names come from commands).
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(importlib.import_module("hotline_desk.cli.commands"), name)
