"""The command line: the same services the GUI calls.

``hotline-desk`` alone opens the window; sub-commands are the CLI. Global
options: --db URL, --now ISO-DATETIME (fixes the clock for everything),
--format text|json, --operator LOGIN.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from hotline_desk.cli.alerts import cmd_alerts, cmd_duty, cmd_poll, cmd_poll_settings, cmd_watch
from hotline_desk.cli.audit import cmd_audit
from hotline_desk.cli.common import (
    EXIT_INPUT,
    EXIT_NOT_FOUND,
    EXIT_REFUSED,
    EXIT_UNEXPECTED,
    CliError,
    Output,
)
from hotline_desk.cli.discipline import (
    cmd_confirm,
    cmd_ensures,
    cmd_phone_today,
    cmd_platform_check,
)
from hotline_desk.cli.knowledge import cmd_kb
from hotline_desk.cli.maintenance import cmd_backup, cmd_migrate_to, cmd_restore
from hotline_desk.cli.office import (
    cmd_calendar,
    cmd_conflicts,
    cmd_export,
    cmd_import,
    cmd_office_hours,
    cmd_rules,
    cmd_staff,
    cmd_templates,
    cmd_units,
)
from hotline_desk.cli.parser import build_parser
from hotline_desk.cli.reports import cmd_report, cmd_report_rules, cmd_sheet
from hotline_desk.cli.suggest import cmd_suggest
from hotline_desk.cli.tickets import cmd_db, cmd_demo, cmd_due, cmd_ticket
from hotline_desk.cli.whitelist import cmd_whitelist
from hotline_desk.domain.errors import (
    ConcurrentChange,
    DatabaseUnusable,
    DuplicateTicket,
    NotPermitted,
    NotStaff,
    SignInRefused,
    TicketNotFound,
    TokenRefused,
)
from hotline_desk.domain.lifecycle import ActionRefused
from hotline_desk.services.errors import InputError, InputErrors
from hotline_desk.services.trail import TrailKeyMissing

if TYPE_CHECKING:
    from hotline_desk.services.context import AppContext

__all__ = [
    "EXIT_INPUT",
    "EXIT_NOT_FOUND",
    "EXIT_REFUSED",
    "build_parser",
    "main",
    "open_context",
]


def open_context(args: argparse.Namespace) -> AppContext:
    """The context the command line's global options (--db, --now, --operator) ask for."""
    from hotline_desk.services.context import open_context as open_app

    return open_app(
        getattr(args, "db", None), getattr(args, "now", None), getattr(args, "operator", None)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one sub-command (``hotline-desk`` without one opens the window:
    see hotline_desk.launch)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("请给出子命令（不带子命令运行 hotline-desk 会打开窗口）")
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Runs the sub-command ``args`` names; exit codes as in the module docstring."""
    out = Output(getattr(args, "format", "text") or "text")
    try:
        return _dispatch(args, out)
    except ActionRefused as error:
        _fail(
            out,
            str(error),
            "refused",
            number=error.number,
            state=error.state.value,
            action=error.action.value,
        )
        return EXIT_REFUSED
    except ConcurrentChange as error:
        _fail(out, str(error), "concurrent_change", number=error.number)
        return EXIT_REFUSED
    except NotStaff as error:
        _fail(out, str(error), "not_staff", login=error.login)
        return EXIT_REFUSED
    except (SignInRefused, TokenRefused) as error:
        _fail(out, str(error), "sign_in")
        return EXIT_REFUSED
    except TrailKeyMissing as error:
        _fail(out, str(error), "trail_key")
        return EXIT_REFUSED
    except NotPermitted as error:
        _fail(out, str(error), "not_permitted", login=error.login)
        return EXIT_REFUSED
    except DatabaseUnusable as error:
        _fail(out, str(error), "database")
        return EXIT_INPUT
    except TicketNotFound as error:
        _fail(out, str(error), "not_found")
        return EXIT_NOT_FOUND
    except BrokenPipeError:
        # The reader stopped reading (| head): what was done stays done; say
        # nothing more into the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (InputError, InputErrors, DuplicateTicket, CliError) as error:
        _fail(out, str(error), "invalid")
        return getattr(error, "code", EXIT_INPUT)
    except Exception as error:  # a bug: one sentence here, its type and place in the log
        from hotline_desk.log_setup import log_unexpected

        log_unexpected(error, getattr(args, "number", None))
        _fail(
            out,
            f"意外错误（{type(error).__name__}），本次操作未完成，已记入日志。请把日志交给技术人员。",
            "unexpected",
        )
        return EXIT_UNEXPECTED


def _fail(out: Output, message: str, kind: str, **extra: Any) -> None:
    if out.json:
        print(json.dumps({"error": kind, "message": message, **extra}, ensure_ascii=False))
    print(f"hotline-desk: {message}", file=sys.stderr)


def _sign_in(context: AppContext, args: argparse.Namespace) -> None:
    """A script's token file names who acts; otherwise, on a store that
    requires it, ``--operator`` proves who they are with their password."""
    import os
    from pathlib import Path

    from hotline_desk.cli.common import ENV_PASSWORD, ask_secret
    from hotline_desk.services.auth import sign_in, sign_in_required
    from hotline_desk.services.script_tokens import (
        ENV_TOKEN_FILE,
        read_token_file,
        sign_in_with_token,
    )

    token_file = getattr(args, "token_file", None) or os.environ.get(ENV_TOKEN_FILE)
    if token_file:
        token = read_token_file(Path(token_file))
        sign_in_with_token(context, token, claimed=getattr(args, "operator", None))
    elif sign_in_required(context):
        secret = ask_secret(
            f"{context.operator} 的密码：",
            ENV_PASSWORD,
            otherwise="，或用 --token-file 指定管理员发放的脚本令牌文件",
        )
        sign_in(context, context.operator, secret)


def _dispatch(args: argparse.Namespace, out: Output) -> int:
    context = open_context(args)
    try:
        _sign_in(context, args)
        handler = {
            "db": cmd_db,
            "demo": cmd_demo,
            "ticket": cmd_ticket,
            "calendar": cmd_calendar,
            "due": cmd_due,
            "rules": cmd_rules,
            "units": cmd_units,
            "staff": cmd_staff,
            "import": cmd_import,
            "conflicts": cmd_conflicts,
            "export": cmd_export,
            "report": cmd_report,
            "report-rules": cmd_report_rules,
            "sheet": cmd_sheet,
            "backup": cmd_backup,
            "restore": cmd_restore,
            "migrate-to": cmd_migrate_to,
            "office-hours": cmd_office_hours,
            "templates": cmd_templates,
            "confirm": cmd_confirm,
            "phone-today": cmd_phone_today,
            "ensures": cmd_ensures,
            "platform-check": cmd_platform_check,
            "poll": cmd_poll,
            "watch": cmd_watch,
            "alerts": cmd_alerts,
            "poll-settings": cmd_poll_settings,
            "duty": cmd_duty,
            "audit": cmd_audit,
            "whitelist": cmd_whitelist,
            "suggest": cmd_suggest,
            "kb": cmd_kb,
        }[args.command]
        return handler(args, out, context)
    finally:
        context.close()
