"""The office's roles and who may do what – the one place that says it.

The state rules (which action a ticket's state allows) live in actions.py;
what a person may do beyond them is decided here, by their role: the
actions each role may take, the leader's own decisions, who needs a
caller's details, and who keeps the office's settings.
"""

from __future__ import annotations

from enum import StrEnum

from hotline_desk.domain.lifecycle.actions import Action
from hotline_desk.domain.lifecycle.refusals import LEADER_ONLY, ActionRefused
from hotline_desk.domain.ticket import Ticket


class Role(StrEnum):
    """A role on the office's staff list (operators.role stores its value)."""

    OPERATOR = "operator"  # 经办人员: dispatches, chases, calls back
    LEADER = "leader"  # 分管领导: approves commitments, decides difficult tickets
    GENERAL = "general"  # 综合科: statistics, reads and reports
    DUTY = "duty"  # 值班人员: the 24-hour response outside office hours
    ADMIN = "admin"  # 管理员: the staff list, roles, passwords, settings; acts like an operator

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[str, str] = {
    Role.OPERATOR: "经办人员",
    Role.LEADER: "分管领导",
    Role.GENERAL: "综合科",
    Role.DUTY: "值班人员",
    Role.ADMIN: "管理员",
}

# The supervising leader's own decisions (the lifecycle refuses anyone else).
LEADER_ACTIONS = frozenset({Action.DECIDE, Action.LEADER_DECISION})
# Confirming a recurring matter normal (白名单) is the leader's or the general desk's.
WHITELIST_ACTIONS = frozenset({Action.WHITELIST, Action.UNWHITELIST})
_EVERY_ACTION = frozenset(Action) - LEADER_ACTIONS - WHITELIST_ACTIONS

# What each role may do to tickets (reading is everyone's).
ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    Role.OPERATOR: _EVERY_ACTION,
    Role.ADMIN: _EVERY_ACTION | WHITELIST_ACTIONS,
    Role.LEADER: frozenset(
        {*LEADER_ACTIONS, *WHITELIST_ACTIONS, Action.CALL, Action.ESCALATE, Action.MARK_TYPICAL}
    ),
    Role.GENERAL: frozenset({Action.MARK_TYPICAL, *WHITELIST_ACTIONS}),
    Role.DUTY: frozenset({Action.DISPATCH, Action.CALL, Action.ESCALATE}),
}

WHITELIST_ROLES = frozenset(
    role for role, actions in ROLE_ACTIONS.items() if Action.WHITELIST in actions
)

# Who keeps the knowledge base (知识库); everyone reads it.
KNOWLEDGE_EDITORS = frozenset({Role.GENERAL, Role.ADMIN})

# Who needs the caller's details: the operators who dispatch and call back, the
# supervising leader and on-duty staff; the general desk (statistics) does not.
ROLES_SEEING_CALLERS = frozenset({Role.OPERATOR, Role.LEADER, Role.DUTY, Role.ADMIN})

# Who keeps the staff list, passwords and the office's settings, once there is one.
SETTINGS_ROLE = Role.ADMIN


def role_may(role: str, action: Action) -> bool:
    """Whether ``role`` may take ``action`` (a login not on the list: no role)."""
    return action in ROLE_ACTIONS.get(role, frozenset())


def may_see_callers(role: str) -> bool:
    return role in ROLES_SEEING_CALLERS


def require_role(ticket: Ticket, action: Action, actor: str, role: str) -> None:
    """Approving a commitment/extension and deciding a difficult ticket belong to
    the supervising leader (分管领导); anyone else is refused with the reason."""
    if action in LEADER_ACTIONS and role != Role.LEADER:
        raise ActionRefused(
            ticket, action, LEADER_ONLY, actor=actor, role=ROLE_LABELS.get(role, role)
        )
