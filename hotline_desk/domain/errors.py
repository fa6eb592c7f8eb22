"""Errors about tickets that every layer names: a number that is not there, or
is there already. The store raises them; the window and the CLI show them."""

from __future__ import annotations


class TicketNotFound(LookupError):
    def __init__(self, number: str) -> None:
        super().__init__(f"没有编号为「{number}」的工单")
        self.number = number


class DuplicateTicket(ValueError):
    def __init__(self, number: str) -> None:
        super().__init__(f"工单编号「{number}」已存在：市平台的工单编号不会重复")
        self.number = number


class DatabaseUnusable(Exception):
    """The database cannot be opened as a hotline-desk store: one sentence that
    says what, which file, and what to do."""


class NotStaff(Exception):
    """A login that is not on the office's staff list may read but not act."""

    pattern = "「{login}」不在本办公室的人员名单中：可以查看，不能办理（请在 设置 → 人员 中添加）"

    def __init__(self, login: str) -> None:
        self.login = login
        super().__init__(self.pattern.format(login=login))


class ConcurrentChange(Exception):
    """Someone else changed the ticket between reading and saving it."""

    pattern = (
        "工单 {number} 刚被 {actor}「{action}」，现为「{state}」：你的操作未保存，请查看后重试"
    )

    def __init__(self, number: str, actor: str, action: str, state: str) -> None:
        self.number, self.actor, self.action, self.state = number, actor, action, state
        super().__init__(
            self.pattern.format(number=number, actor=actor, action=action, state=state)
        )


class SignInRefused(Exception):
    """A login and password that do not match – never saying which was wrong."""

    pattern = "登录名或密码不对"

    def __init__(self) -> None:
        super().__init__(self.pattern)


class TokenRefused(Exception):
    """A script token that cannot act: unknown, revoked, expired, its person
    gone, or used as somebody else. ``reason`` is one of domain.auth's TOKEN_*
    patterns, ``params`` fill it."""

    pattern = "脚本令牌不能使用：{reason}"

    def __init__(self, reason: str, **params: str) -> None:
        self.reason = reason
        self.params = params
        super().__init__(self.pattern.format(reason=reason.format(**params)))


class NotPermitted(Exception):
    """Something outside the signed-in person's role (an action, the staff list)."""

    pattern = "{login}（{role}）不能{what}：这不属于该角色的职责"

    def __init__(self, login: str, role: str, what: str) -> None:
        self.login, self.role, self.what = login, role, what
        super().__init__(self.pattern.format(login=login, role=role, what=what))
