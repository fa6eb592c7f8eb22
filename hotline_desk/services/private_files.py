"""Files the application writes are its user's alone (mode 600 on Linux).

Exports, reports, PDFs, import reports, key files and the log can hold
callers and the office's secrets: another account on a shared workstation
must not read them. Outputs are created owner-only before anything is
written into them (a file that already exists is narrowed first).
"""

from __future__ import annotations

import os
from pathlib import Path

from hotline_desk.services.errors import InputError

PRIVATE = 0o600


def private_output(path: Path) -> Path:
    """Makes ``path`` an owner-only file, ready to be (over)written; returns it."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE)
        os.close(descriptor)
        os.chmod(path, PRIVATE)
    except OSError as error:
        raise InputError("文件", "可以写入的位置", f"{path}：{error.strerror}") from None
    return path


def write_new_private(path: Path, text: str) -> None:
    """Writes ``text`` to a new owner-only file; an existing file is never overwritten."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        raise InputError("文件", "一个尚不存在的文件（不覆盖已有文件）", str(path)) from None
    except OSError as error:
        raise InputError("文件", "可以写入的位置", f"{path}：{error.strerror}") from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
