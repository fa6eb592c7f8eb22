"""The office's staff list (人员): who may act, and in which role.

A login not on the list may read but not act. A fresh single workstation has
no list yet: the first user to act is registered as an operator (经办人员)
and told so, so that nobody meets a refusal on their first day.
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.errors import NotStaff
from hotline_desk.domain.lifecycle import ROLE_LABELS
from hotline_desk.domain.lifecycle.roles import Role
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store import units as store

LOGIN_PATTERN = "字母、数字、点、下划线或连字符组成的登录名（最长 50 位）"


@dataclass(frozen=True, slots=True)
class StaffMember:
    login: str
    name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def check_actor(context: AppContext) -> bool:
    """Raises NotStaff for a login not on the list; True when the store had no
    staff yet and the actor was just registered as an operator."""
    login = _checked_login(context.operator)
    with context.db.session() as session:
        if store.operator_role(session, login) is not None:
            return False
        if store.any_operator(session):
            raise NotStaff(login)
        store.ensure_operator(session, login, login, Role.OPERATOR)
        session.info.pop("operator_roles", None)
    return True


def list_staff(context: AppContext) -> list[StaffMember]:
    with context.db.session() as session:
        return [StaffMember(*row) for row in store.staff(session)]


def _checked_login(login: str) -> str:
    """A login as the history records it: no spaces, no line breaks, at most 50."""
    if not login or len(login) > 50 or not all(c.isalnum() or c in "._-" for c in login):
        raise InputError("登录名", LOGIN_PATTERN, login)
    return login


def save_staff(context: AppContext, login: str, name: str, role: str) -> StaffMember:
    from hotline_desk.domain.auth import EDIT_STAFF
    from hotline_desk.services.auth import require_admin

    require_admin(context, EDIT_STAFF)
    login, name = _checked_login(login.strip()), name.strip()
    if role not in ROLE_LABELS:
        raise InputError(
            "角色", "以下之一：{allowed}", role, params={"allowed": tuple(ROLE_LABELS.values())}
        )
    with context.db.session() as session:
        store.save_operator(session, login, name or login, role)
    return StaffMember(login, name or login, role)


def remove_staff(context: AppContext, login: str) -> bool:
    from hotline_desk.domain.auth import EDIT_STAFF
    from hotline_desk.services.auth import require_admin

    require_admin(context, EDIT_STAFF)
    with context.db.session() as session:
        return store.remove_operator(session, login)
