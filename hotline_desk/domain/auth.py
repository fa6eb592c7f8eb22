"""Signing in and what each role may do.

Passwords are kept only as scrypt hashes (the standard library's KDF) with a
random salt; a hash says its own parameters, so they can be raised later
without invalidating the old ones. Nothing here ever logs or returns a
password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

PASSWORD_MIN = 8
PASSWORD_EXPECTED = "至少 {minimum} 个字符的密码"
# What only an admin may do, as NotPermitted names it.
EDIT_STAFF = "编辑人员名单"
RESET_PASSWORD = "重设他人的密码"
CHANGE_SIGN_IN = "更改登录设置"
CHANGE_SETTINGS = "更改办公室设置"
CHANGE_ASSESSMENT = "更改考核规则"
MANAGE_TOKENS = "发放或撤销脚本令牌"
MAKE_BACKUP = "备份数据库"
RESTORE_BACKUP = "恢复备份"
MOVE_TO_SERVER = "迁移到办公室数据库"
READ_ACCESS_LOG = "查看访问记录"
MANAGE_TRAIL_KEY = "导出记录密钥"
# Why a script token is refused (TokenRefused names one).
TOKEN_UNKNOWN = "不是本办公室发放的令牌"
TOKEN_REVOKED = "已于 {day} 撤销"
TOKEN_EXPIRED = "已于 {day} 过期"
TOKEN_OTHER_OPERATOR = "属于 {login}，不能以 {other} 的身份使用"
AUTH_TEXTS = (
    PASSWORD_EXPECTED,
    EDIT_STAFF,
    RESET_PASSWORD,
    CHANGE_SIGN_IN,
    CHANGE_SETTINGS,
    CHANGE_ASSESSMENT,
    MANAGE_TOKENS,
    MAKE_BACKUP,
    RESTORE_BACKUP,
    MOVE_TO_SERVER,
    READ_ACCESS_LOG,
    MANAGE_TRAIL_KEY,
    TOKEN_UNKNOWN,
    TOKEN_REVOKED,
    TOKEN_EXPIRED,
    TOKEN_OTHER_OPERATOR,
)
_N, _R, _P = 2**14, 8, 1  # scrypt cost: about 50 ms and 16 MB a check on an office PC


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored`` (constant time); False for no hash."""
    if not stored or not stored.startswith("scrypt$"):
        return False
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


TOKEN_PREFIX = "hdt1_"  # names the format, so a token is recognisable in a file or a leak scan


def new_script_token() -> str:
    """A token for one person's scripts: 256 random bits, shown once."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the store keeps of a token: its SHA-256 (a random 256-bit secret
    needs no slow KDF – nobody can guess it from the digest)."""
    return hashlib.sha256(token.strip().encode()).hexdigest()


def looks_like_token(text: str) -> bool:
    token = text.strip()
    return token.startswith(TOKEN_PREFIX) and len(token) > len(TOKEN_PREFIX) + 30


@dataclass(frozen=True, slots=True)
class ScriptToken:
    """A token as the store keeps it (never the token itself)."""

    id: int
    login: str
    label: str
    issued_by: str
    issued_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None

    def refusal(self, now: datetime) -> tuple[str, dict[str, str]] | None:
        """Why the token may not act at ``now`` (a TOKEN_* pattern and its
        parameters), or None when it may."""
        if self.revoked_at is not None:
            return TOKEN_REVOKED, {"day": f"{self.revoked_at:%Y-%m-%d %H:%M}"}
        if self.expires_at is not None and now >= self.expires_at:
            return TOKEN_EXPIRED, {"day": f"{self.expires_at:%Y-%m-%d %H:%M}"}
        return None
