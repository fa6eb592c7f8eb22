"""Tokens the admin issues for scripts: a nightly import or report acts as a
named person without a password typed or kept in the script.

The token is shown once, written to a file only its owner may read; the store
keeps its SHA-256. Each token belongs to one person on the staff list and acts
in that person's role; it can expire and be revoked (kept, so the list says
when); removing the person removes their tokens.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from hotline_desk.domain.auth import (
    MANAGE_TOKENS,
    TOKEN_OTHER_OPERATOR,
    TOKEN_UNKNOWN,
    ScriptToken,
    looks_like_token,
    new_script_token,
    token_digest,
)
from hotline_desk.domain.errors import TokenRefused
from hotline_desk.services.auth import require_admin
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store import script_tokens as store

ENV_TOKEN_FILE = "HOTLINE_DESK_TOKEN_FILE"
DEFAULT_DAYS = 365
MAX_DAYS = 3650


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: ScriptToken
    secret: str  # shown once, written to the owner's file, never stored


def issue_token(
    context: AppContext, login: str, label: str = "", days: int | None = DEFAULT_DAYS
) -> IssuedToken:
    """A new token for ``login`` (admin); ``days`` None: it does not expire."""
    require_admin(context, MANAGE_TOKENS)
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise InputError(
            "有效天数", "1 到 {maximum} 之间的天数", str(days), params={"maximum": MAX_DAYS}
        )
    secret = new_script_token()
    now = context.clock.now()
    with context.db.session() as session:
        token = store.add_token(
            session,
            login.strip(),
            token_digest(secret),
            label=label.strip()[:100],
            issued_by=context.operator,
            issued_at=now,
            expires_at=now + timedelta(days=days) if days is not None else None,
        )
    if token is None:
        raise InputError("登录名", "人员名单中的登录名", login)
    return IssuedToken(token, secret)


def list_tokens(context: AppContext) -> list[ScriptToken]:
    require_admin(context, MANAGE_TOKENS)
    with context.db.session() as session:
        return store.all_tokens(session)


def revoke_token(context: AppContext, token_id: int) -> ScriptToken:
    require_admin(context, MANAGE_TOKENS)
    with context.db.session() as session:
        token = store.revoke_token(session, token_id, context.clock.now())
    if token is None:
        raise InputError("令牌编号", "令牌列表中的编号", str(token_id))
    return token


def sign_in_with_token(context: AppContext, secret: str, claimed: str | None = None) -> str:
    """The context acts as the token's person from now on; ``claimed`` is the
    login the caller asked to act as (``--operator``), which must be theirs."""
    if not looks_like_token(secret):
        raise TokenRefused(TOKEN_UNKNOWN)
    now = context.clock.now()
    with context.db.session() as session:
        token = store.token_by_digest(session, token_digest(secret))
        if token is None:
            raise TokenRefused(TOKEN_UNKNOWN)
        refusal = token.refusal(now)
        if refusal is not None:
            reason, params = refusal
            raise TokenRefused(reason, **params)
        if claimed and claimed.strip() != token.login:
            raise TokenRefused(TOKEN_OTHER_OPERATOR, login=token.login, other=claimed.strip())
        store.note_used(session, token.id, now)
    context.operator = token.login
    return token.login


def issue_token_file(
    context: AppContext, login: str, path: Path, label: str = "", days: int | None = DEFAULT_DAYS
) -> IssuedToken:
    """A new token for ``login`` in a new file only its owner may read. The file
    is created first (an existing one is never overwritten: it may hold somebody
    else's token), so a token is never issued that no file holds."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError("令牌文件", "一个尚不存在的文件（不覆盖已有文件）", str(path)) from None
    except OSError as error:
        raise InputError("令牌文件", "可以写入的位置", f"{path}：{error.strerror}") from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        try:
            issued = issue_token(context, login, label, days)
        except BaseException:
            file.close()
            path.unlink(missing_ok=True)
            raise
        file.write(token_file_text(issued))
    return issued


def token_file_text(issued: IssuedToken) -> str:
    token = issued.token
    expiry = f"{token.expires_at:%Y-%m-%d} 过期" if token.expires_at else "长期有效"
    label = f"（{token.label}）" if token.label else ""
    return (
        f"# hotline-desk 脚本令牌：{token.login}{label}，"
        f"{token.issued_at:%Y-%m-%d %H:%M} 由 {token.issued_by} 发放，{expiry}。\n"
        f"# 用法：hotline-desk --token-file 本文件 <命令>；"
        f"撤销：hotline-desk staff token revoke {token.id}\n"
        f"# 像密码一样保管：谁拿到本文件，谁就能以 {token.login} 的身份办理。\n"
        f"{issued.secret}\n"
    )


def read_token_file(path: Path) -> str:
    """The token in ``path``; refused when the file is missing, readable by
    others (POSIX), or holds no token – saying which."""
    try:
        if sys.platform != "win32" and path.stat().st_mode & 0o077:
            raise InputError("令牌文件", "只有本人可读写的文件（chmod 600）", str(path))
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError("令牌文件", "已有的文件", str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise InputError("令牌文件", "可以读取的令牌文件", f"{path}：{reason}") from None
    tokens = [line.strip() for line in lines if looks_like_token(line)]
    if len(tokens) != 1:
        raise InputError("令牌文件", "管理员发放的令牌文件（含一行 hdt1_ 开头的令牌）", str(path))
    return tokens[0]
