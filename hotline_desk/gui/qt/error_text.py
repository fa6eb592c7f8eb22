"""What the window says when something is refused or wrong: in the user's
language, naming the field in the form's words – never an internal code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from hotline_desk.domain.errors import (
    ConcurrentChange,
    DuplicateTicket,
    NotPermitted,
    NotStaff,
    SignInRefused,
    TicketNotFound,
)
from hotline_desk.domain.lifecycle import ActionRefused
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.services.errors import InputError, connection_problem
from hotline_desk.services.trail import TrailKeyMissing


def _param(value: object) -> str:
    if isinstance(value, tuple | list):
        return tr("、").join(tr_domain(str(v)) for v in value)
    text = str(value)
    return tr_domain(text)


def filled(pattern: str, params: dict[str, object]) -> str:
    return tr_domain(pattern).format(
        **{
            k: _param(v) if not hasattr(v, "strftime") else f"{v:%Y-%m-%d %H:%M}"
            for k, v in params.items()
        }
    )


def refusal_text(error: ActionRefused) -> str:
    reason = filled(error.pattern, error.params)
    return tr("工单 {number} 当前为「{state}」，不能{action}：{reason}").format(
        number=error.number,
        state=tr_domain(error.state.label),
        action=tr_domain(error.action.label),
        reason=reason,
    )


def input_text(error: InputError) -> str:
    where = []
    if error.source:
        where.append(error.source)
    if error.row is not None:
        where.append(tr("第 {row} 行").format(row=error.row))
    prefix = (tr("，").join(where) + tr("：")) if where else ""
    got = "" if error.got in (None, "") else tr("（实际为「{got}」）").format(got=error.got)
    return prefix + tr("「{field}」应为{expected}{got}").format(
        field=tr_domain(error.field), expected=filled(error.expected, error.params), got=got
    )


def error_text(error: BaseException) -> str | None:
    """The sentence to show for an error a user can act on; None for a bug."""
    if isinstance(error, ActionRefused):
        return refusal_text(error)
    if isinstance(error, InputError):
        return input_text(error)
    if isinstance(error, DuplicateTicket):
        return tr("工单编号「{number}」已存在：市平台的工单编号不会重复").format(
            number=error.number
        )
    if isinstance(error, ConcurrentChange):
        return tr_domain(ConcurrentChange.pattern).format(
            number=error.number,
            actor=error.actor,
            action="、".join(tr_domain(a) for a in error.action.split("、")),
            state=tr_domain(error.state),
        )
    if isinstance(error, NotStaff):
        return tr_domain(NotStaff.pattern).format(login=error.login)
    if isinstance(error, SignInRefused):
        return tr_domain(SignInRefused.pattern)
    if isinstance(error, NotPermitted):
        return tr_domain(NotPermitted.pattern).format(
            login=error.login, role=tr_domain(error.role), what=tr_domain(error.what)
        )
    if isinstance(error, TrailKeyMissing):
        return tr(
            "本工作站没有本办公室的记录密钥，只能查看、不能办理：请管理员在已有密钥的工作站运行 "
            "hotline-desk db trail-key export 文件名，再在本机运行 hotline-desk db trail-key "
            "import 文件名，然后重新启动"
        )
    if isinstance(error, TicketNotFound):
        return tr("没有编号为「{number}」的工单").format(number=error.number)
    if connection_problem(error):
        return tr(
            "连不上数据库（服务器停止、网络断开，或数据库文件被别的程序占用）："
            "刚才的操作没有完成，什么也没有保存。恢复后再试；办公室的数据库恢复后列表会自动重新读取。"
        )
    if isinstance(error, ValueError | LookupError):
        return str(error)
    return None


def failure_text(error: BaseException, logged: bool = False) -> str:
    """What to say when a read or a save on a worker failed: the reason a user
    can act on, or for a bug that it was logged (here, unless ``logged``
    already) – never the error's own message, which may carry SQL parameters
    and so a caller's details."""
    text = error_text(error)
    if text is not None:
        return text
    if not logged:
        from hotline_desk.log_setup import log_unexpected

        log_unexpected(error)
    return tr("意外错误（{kind}），已记入日志。请把日志交给技术人员。").format(
        kind=type(error).__name__
    )


def attempt(action: Callable[[], object], shown_in: QLabel) -> bool:
    """Runs ``action``; a problem a user can act on becomes one sentence in
    ``shown_in`` (False), a bug propagates. True when it went through."""
    try:
        action()
    except Exception as error:
        text = error_text(error)
        if text is None:
            raise
        shown_in.setText(text)
        return False
    return True
