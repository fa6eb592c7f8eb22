"""Signing in, passwords, and who may do what.

On the shared PostgreSQL store everybody signs in (once the first password
is set: that is how the office is set up); on a single workstation's
SQLite store sign-in is a setting (off by default: the workstation's user
acts). Passwords are set by the person or reset by an admin (管理员), and
kept only as scrypt hashes. While the office has no admin yet, the staff
list is open to whoever acts (the first admin is named that way).
"""

from __future__ import annotations

from hotline_desk.domain import settings
from hotline_desk.domain.auth import (
    CHANGE_SETTINGS,
    CHANGE_SIGN_IN,
    PASSWORD_EXPECTED,
    PASSWORD_MIN,
    RESET_PASSWORD,
    hash_password,
    verify_password,
)
from hotline_desk.domain.errors import NotPermitted, SignInRefused
from hotline_desk.domain.lifecycle import ACTION_LABELS, LEADER_ACTIONS, ROLE_LABELS, Action
from hotline_desk.domain.lifecycle.roles import SETTINGS_ROLE, role_may
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store import units as store

__all__ = [
    "NotPermitted",
    "SignInRefused",
    "check_action_role",
    "require_admin",
    "set_password",
    "set_sign_in",
    "sign_in",
    "sign_in_required",
]


def sign_in_required(context: AppContext) -> bool:
    """SQLite: the workstation's setting. PostgreSQL: always, once the office is
    set up – as soon as anybody has a password (before that, while the first
    admin is named, nobody could sign in)."""
    if context.db.dialect == "postgresql":

        def read() -> bool:
            with context.db.session() as session:
                return store.any_password(session)

        return context.cached("sign_in_required", read)
    return context.get(settings.SIGN_IN_REQUIRED)


def sign_in(context: AppContext, login: str, password: str) -> str:
    """Checks the password; the context acts as ``login`` from now on."""
    with context.db.session() as session:
        stored = store.password_hash(session, login.strip())
    if not verify_password(password, stored):
        raise SignInRefused()
    context.operator = login.strip()
    return context.operator


def _role(context: AppContext, login: str) -> str:
    with context.db.session() as session:
        return store.operator_role(session, login) or ""


def refusal(context: AppContext, role: str, what: str) -> NotPermitted:
    """The refusal of ``what`` to the actor, named as on the staff list (a
    Chinese screen never shows a bare login where a name exists)."""
    with context.db.session() as session:
        name = store.operator_name(session, context.operator)
    return NotPermitted(name or context.operator, ROLE_LABELS.get(role, role or "—"), what)


def require_admin(context: AppContext, what: str, also: tuple[str, ...] = ()) -> None:
    """Staff, roles, passwords and the office's settings are the admin's (and
    the roles in ``also``) – once the office has an admin."""
    with context.db.session() as session:
        if not store.any_admin(session):
            return
        role = store.operator_role(session, context.operator) or ""
    if role != SETTINGS_ROLE and role not in also:
        raise refusal(context, role, what)


def require_settings_role(context: AppContext) -> None:
    """The office's settings (time limits, office hours, calendar, templates,
    alerts, the watched folder) are the admin's once there is one."""
    require_admin(context, CHANGE_SETTINGS)


def set_password(context: AppContext, login: str, password: str) -> None:
    """One's own password, or anyone's reset by an admin."""
    if login != context.operator:
        require_admin(context, RESET_PASSWORD)
    if len(password) < PASSWORD_MIN:
        raise InputError(
            "密码", PASSWORD_EXPECTED, "*" * len(password), params={"minimum": PASSWORD_MIN}
        )
    with context.db.session() as session:
        if not store.set_password_hash(session, login, hash_password(password)):
            raise InputError("登录名", "人员名单中的登录名", login)
    context.forget_cached()  # sign-in is required from the first password on


def set_sign_in(context: AppContext, required: bool) -> None:
    """Turns sign-in on or off on a single workstation's store."""
    require_admin(context, CHANGE_SIGN_IN)
    if not required and context.db.dialect == "postgresql":
        raise InputError("登录", "在共享的 PostgreSQL 数据库上必须登录", "关闭")
    if required:
        with context.db.session() as session:
            admins = [
                login
                for login, _name, role in store.staff(session)
                if role == SETTINGS_ROLE and store.password_hash(session, login)
            ]
        if not admins:
            raise InputError("登录", "先有一位设了密码的管理员", "开启")
    context.put(settings.SIGN_IN_REQUIRED, required)


def check_action_role(context: AppContext, action: Action) -> None:
    """An action outside the actor's role is refused, with the reason."""
    if action in LEADER_ACTIONS:  # the lifecycle refuses those itself, saying why
        return
    role = _role(context, context.operator)
    if role and not role_may(role, action):
        raise refusal(context, role, ACTION_LABELS[action])
