"""The office's trail key: made once per store, kept outside the database.

The key seals every event (domain.trail). It is kept in the operating system's
keyring where there is one, else in a file readable by its owner only in the
user's data folder (servers, minimal desktops); ``HOTLINE_DESK_TRAIL_KEYS``
names a folder to use instead (tests, a server's service account). The
database keeps only the key's fingerprint, so a workstation knows which key
it needs. The workstations of an office that shares a PostgreSQL store all
need the same key: the admin exports it once (``db trail-key export``) and
each workstation imports it (``db trail-key import``).
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from hotline_desk.domain.auth import MANAGE_TRAIL_KEY
from hotline_desk.domain.trail import key_fingerprint
from hotline_desk.services.auth import require_admin
from hotline_desk.services.errors import InputError
from hotline_desk.services.private_files import write_new_private

log = logging.getLogger(__name__)
ENV_KEY_FOLDER = "HOTLINE_DESK_TRAIL_KEYS"
KEYRING_SERVICE = "hotline-desk trail key"
KEY_FILE_PREFIX = "hotline-desk-trail-key:"


def _folder() -> Path:
    chosen = os.environ.get(ENV_KEY_FOLDER)
    if chosen:
        return Path(chosen)
    from platformdirs import user_data_dir

    return Path(user_data_dir("hotline-desk", appauthor=False)) / "trail-keys"


def _keyring() -> Any | None:
    """The OS keyring, or None (no keyring here, or a folder was named)."""
    if os.environ.get(ENV_KEY_FOLDER):
        return None
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # noqa: BLE001 - a broken keyring back-end: use the file
        return None


def _encode(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode("ascii")


def load_key(fingerprint: str) -> bytes | None:
    """The key with this fingerprint, if this workstation has it: from the
    owner-only file when one was kept (asked first: loading the keyring's
    back-ends takes a tenth of a second at every start), else the keyring."""
    path = _folder() / f"{fingerprint}.key"
    if path.is_file():
        kept = _parse(path.read_text(encoding="ascii", errors="replace"))
        if kept is not None and key_fingerprint(kept) == fingerprint:
            return kept
    ring = _keyring()
    if ring is not None:
        try:
            found = ring.get_password(KEYRING_SERVICE, fingerprint)
        except Exception:  # noqa: BLE001 - locked or broken keyring: none
            found = None
        if found:
            key = base64.urlsafe_b64decode(found)
            if key_fingerprint(key) == fingerprint:
                return key
    return None


def keep_key(key: bytes) -> str:
    """Keeps ``key`` on this workstation; returns its fingerprint."""
    fingerprint = key_fingerprint(key)
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, fingerprint, _encode(key))
            return fingerprint
        except Exception:  # noqa: BLE001 - fall back to the owner-only file
            log.warning("the keyring refused the trail key; kept in a file instead")
    folder = _folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{fingerprint}.key"
    if not path.exists():
        write_new_private(path, KEY_FILE_PREFIX + _encode(key) + "\n")
    return fingerprint


def new_key() -> bytes:
    return secrets.token_bytes(32)


def _parse(text: str) -> bytes | None:
    text = text.strip()
    if not text.startswith(KEY_FILE_PREFIX):
        return None
    try:
        key = base64.urlsafe_b64decode(text.removeprefix(KEY_FILE_PREFIX))
    except ValueError:
        return None
    return key if len(key) == 32 else None


def export_key(context: Any, path: Path) -> str:
    """Writes the store's key to a new owner-only file (the admin's); returns
    its fingerprint."""
    require_admin(context, MANAGE_TRAIL_KEY)
    key = context.db.trail_key
    if key is None:
        raise InputError("记录密钥", "本工作站持有的本办公室记录密钥（这里没有）", path.name)
    write_new_private(path, KEY_FILE_PREFIX + _encode(key) + "\n")
    return key_fingerprint(key)


def import_key(path: Path, expected: str | None) -> str:
    """Keeps the key in ``path`` on this workstation; it must be the key the
    store is sealed with (``expected``, its fingerprint) when there is one."""
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError:
        raise InputError("密钥文件", "可读取的记录密钥文件", str(path)) from None
    key = _parse(text)
    if key is None:
        raise InputError("密钥文件", "db trail-key export 导出的记录密钥文件", path.name)
    if expected is not None and key_fingerprint(key) != expected:
        raise InputError(
            "密钥文件", "本办公室数据库所用的密钥（指纹 {expected}）", key_fingerprint(key),
            params={"expected": expected},
        )  # fmt: skip
    return keep_key(key)
