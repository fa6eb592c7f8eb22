"""The office's PostgreSQL server as a workstation connects to it: host, port,
database and user are ordinary settings; the password lives only in the
operating system's keyring (Windows Credential Manager, the desktop's Secret
Service), never in a file, a setting or the log – and every URL shown is
masked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from hotline_desk.services.errors import InputError

KEYRING_SERVICE = "hotline-desk"


class NoKeyring(Exception):
    """This machine has no keyring to keep the password in."""


@dataclass(frozen=True)
class OfficeServer:
    host: str
    port: int
    database: str
    user: str

    @property
    def key(self) -> str:
        """The keyring entry's name: which password this is."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        secret = f":{quote(password, safe='')}" if password else ""
        return (
            f"postgresql+psycopg://{quote(self.user, safe='')}{secret}"
            f"@{self.host}:{self.port}/{quote(self.database, safe='')}"
        )

    @property
    def shown(self) -> str:
        """The URL as anything may show it: the password masked."""
        return self.url("***")


def checked_server(host: str, port: str | int, database: str, user: str) -> OfficeServer:
    host, database, user = host.strip(), database.strip(), user.strip()
    for value, field in ((host, "服务器"), (database, "数据库"), (user, "用户")):
        if not value:
            raise InputError(field, "不能为空")
    try:
        number = int(str(port).strip() or "5432")
    except ValueError:
        raise InputError("端口", "1–65535 之间的数字", port) from None
    if not 1 <= number <= 65535:
        raise InputError("端口", "1–65535 之间的数字", port)
    return OfficeServer(host, number, database, user)


def test_connection(server: OfficeServer, password: str) -> str:
    """Connects once; the server's version, or InputError saying what failed
    (never the password)."""
    from hotline_desk.store.database import probe

    try:
        return probe(server.url(password))
    except Exception as error:  # noqa: BLE001 - told to the user, in one line
        message = str(error).replace(password, "***") if password else str(error)
        raise InputError(
            "连接", "可以连上的 PostgreSQL 服务器", message.splitlines()[0][:200]
        ) from None


def _keyring() -> Any:
    import keyring
    from keyring.backends import fail

    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise NoKeyring()
    return keyring


def save_password(server: OfficeServer, password: str) -> None:
    try:
        _keyring().set_password(KEYRING_SERVICE, server.key, password)
    except NoKeyring:
        raise InputError(
            "密码", "系统密钥环（本机没有：密码不会保存，每次启动时询问）", "—"
        ) from None


def stored_password(server: OfficeServer) -> str | None:
    try:
        found = _keyring().get_password(KEYRING_SERVICE, server.key)
        return str(found) if found is not None else None
    except NoKeyring:
        return None
