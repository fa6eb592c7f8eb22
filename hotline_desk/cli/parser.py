"""The argument parser: global options and every sub-command."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from hotline_desk import __version__
from hotline_desk.cli.common import (
    bounded_int,
    parse_date,
    parse_datetime,
    parse_state,
)
from hotline_desk.domain.alerts import AlertKind
from hotline_desk.services.context import ENV_OPERATOR
from hotline_desk.services.ticket_actions import ACTIONS, ActionField, ActionSpec, Kind


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        default=default,
        metavar="URL",
        help="database URL or SQLite file (default: $HOTLINE_DESK_DB or the "
        "embedded SQLite file in the user data folder)",
    )
    parser.add_argument(
        "--now",
        type=parse_datetime,
        default=default,
        metavar="ISO-DATETIME",
        help="fix the clock (demos, tests, what-if)",
    )
    parser.add_argument(
        "--format", choices=["text", "json"], default=argparse.SUPPRESS if suppress else "text"
    )
    parser.add_argument(
        "--operator",
        default=default,
        metavar="LOGIN",
        help=f"who acts (default: ${ENV_OPERATOR} or the system user)",
    )
    parser.add_argument(
        "--token-file",
        type=Path,
        default=default,
        metavar="FILE",
        help="act as the person a script token names (issued by `staff token issue`; "
        "default: $HOTLINE_DESK_TOKEN_FILE)",
    )


def parse_choice(field: ActionField) -> Any:
    """A CHOICE answer on the command line: its value, its label, or yes/no for 是/否."""

    def parse(text: str) -> object:
        wanted = text.strip()
        for label, value in field.choices:
            if wanted in (label, str(value)):
                return value
            if isinstance(value, bool) and wanted.lower() in (
                ("yes", "y", "true", "1", "是", "有")
                if value
                else ("no", "n", "false", "0", "否", "无")
            ):
                return value
        allowed = "、".join(f"{value}/{label}" for label, value in field.choices)
        raise argparse.ArgumentTypeError(f"「{text}」应为以下之一：{allowed}")

    parse.__name__ = field.key  # argparse names the option in its error
    return parse


def add_action_options(parser: argparse.ArgumentParser, spec: ActionSpec) -> None:
    """The options of ``ticket <command> NUMBER``, one per field of the action.

    Nothing is required by argparse: the missing answers are named together
    afterwards (cli/tickets.py), as the window's form does."""
    for field in spec.fields:
        help_text = field.help or field.label
        if field.flags:  # one flag per answer, at most one of them
            answers = parser.add_mutually_exclusive_group()
            labels = {str(value): label for label, value in field.choices}
            prefix = field.help if "{" in field.label else field.label  # no {owner} here
            for flag, value in field.flags:
                answers.add_argument(
                    flag,
                    dest=field.key,
                    action="store_const",
                    const=value,
                    help=f"{prefix}：{labels.get(str(value), value)}",
                )
            parser.set_defaults(**{field.key: field.cli_default})
        elif field.kind is Kind.CHOICE:
            parser.add_argument(
                field.cli_option, dest=field.key, type=parse_choice(field), help=help_text
            )
        elif field.kind is Kind.UNITS:
            parser.add_argument(
                field.cli_option, dest=field.key, action="append", default=[], help=help_text
            )
        elif field.kind is Kind.DATETIME:
            parser.add_argument(
                field.cli_option, dest=field.key, type=parse_datetime, help=help_text
            )
        else:
            parser.add_argument(
                field.cli_option, dest=field.key, default=field.cli_default, help=help_text
            )


def _window_parser(**kwargs: Any) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hotline-desk", description="热线工单桌面助手 – 12345 hotline work orders", **kwargs
    )
    parser.add_argument("--version", action="version", version=f"hotline-desk {__version__}")
    _common_options(parser, suppress=False)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, wait for the first painted page, print the time it took and exit",
    )
    parser.add_argument(
        "--open",
        metavar="NUMBER",
        default=None,
        help="show this ticket (in the window already running, if there is one)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a temporary database; exit 0 only if all passed",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start in the tray with the poll running (the start-at-login entry uses it)",
    )
    return parser


def parse_window_args(argv: list[str]) -> argparse.Namespace | None:
    """The options of ``hotline-desk`` without a sub-command, or None when
    ``argv`` names one (or asks for help): opening the window need not build
    the sixty sub-command parsers first."""
    if any(a in ("-h", "--help") for a in argv):
        return None
    try:
        args, rest = _window_parser(add_help=False, exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:  # a sub-command's own option (report --format pdf)
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, suppress=True)
    parser = _window_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sub(parent: Any, name: str, help_text: str) -> argparse.ArgumentParser:
        result: argparse.ArgumentParser = parent.add_parser(name, help=help_text, parents=[common])
        return result

    db = sub(commands, "db", "database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    sub(db_commands, "upgrade", "apply migrations (copies a SQLite file first)")
    sub(db_commands, "verify", "check every ticket's sealed trail; exit 1 names the broken ones")
    key = sub(db_commands, "trail-key", "the office's trail key: export it, import it elsewhere")
    key_commands = key.add_subparsers(dest="key_command", required=True, metavar="ACTION")
    sub(key_commands, "export", "write the key to a new owner-only file (admin)").add_argument(
        "file", type=Path
    )
    sub(key_commands, "import", "keep the key from a file on this workstation").add_argument(
        "file", type=Path
    )

    audit = sub(commands, "audit", "who saw callers' data: reveals, exports, prints")
    audit.add_argument("--since", type=date.fromisoformat, help="from this day (YYYY-MM-DD)")

    demo = sub(commands, "demo", "fill the database with a demo office")
    demo.add_argument("--tickets", type=bounded_int(0, 5_000_000), default=60)
    demo.add_argument("--seed", type=bounded_int(0, 2**31 - 1), default=12345)
    demo.add_argument("--if-empty", action="store_true", help="only when there are no tickets")
    demo.add_argument(
        "--force", action="store_true", help="add demo tickets to a database that has tickets"
    )

    ticket = sub(commands, "ticket", "work orders and their life")
    actions = ticket.add_subparsers(dest="ticket_command", required=True, metavar="ACTION")

    new = sub(actions, "new", "register a ticket from the city platform")
    new.add_argument("--number", required=True, help="工单编号")
    new.add_argument("--kind", required=True, help="咨询/求助/投诉/举报/建议")
    new.add_argument("--content", required=True, help="诉求内容")
    new.add_argument("--title", default="")
    new.add_argument("--category", default="")
    new.add_argument("--address", default="")
    new.add_argument("--caller-name", default="")
    new.add_argument("--caller-phone", default="")
    new.add_argument("--caller-address", default="")
    new.add_argument("--confidential", action="store_true", help="保密件")
    new.add_argument("--received", type=parse_datetime, help="受理时间 (default: now)")
    new.add_argument("--due", type=parse_datetime, help="办理时限 set by the city")
    new.add_argument(
        "--rule",
        default="",
        help="时限规则（代码或名称，见 rules list）；市平台给定 --due 时以其为准",
    )

    def numbered(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub(actions, name, help_text)
        p.add_argument("number", help="工单编号")
        return p

    for spec in ACTIONS.values():  # each action described once (services/ticket_actions)
        add_action_options(numbered(spec.command, spec.title), spec)

    p = numbered("show", "a ticket with its history")
    p.add_argument(
        "--reveal", action="store_true", help="show the caller's details (recorded as an event)"
    )
    p = numbered("related", "the caller's and the place's other tickets, and similar requests")
    p.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    for name, help_text in (
        ("link", "关联: record two tickets as related (both keep their own life)"),
        ("unlink", "取消关联 of two linked tickets"),
    ):
        p = sub(actions, name, help_text)
        p.add_argument("number", help="工单编号")
        p.add_argument("other", help="the other ticket's 工单编号")
        p.add_argument("--note", default="", help="why (recorded on both)")
    p = sub(actions, "merge", "并单: repeats of one matter follow the main ticket's handling")
    p.add_argument("number", metavar="MAIN", help="the main ticket's 工单编号")
    p.add_argument("repeats", nargs="+", metavar="OTHER", help="the repeats' 工单编号")
    p.add_argument("--reason", default="", help="why they are one matter")
    p = numbered("suggest", "派单建议: the likely units and categories, with the reasons")
    p.add_argument("--limit", type=bounded_int(1, 20), default=3)
    p = numbered("attach", "附件: add files to the ticket (images, PDF, Office, text)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--event",
        default="",
        help="the event they belong to: its number in `ticket show`, or feedback, callback or "
        "commit (the latest of that kind)",
    )
    p = numbered("attachments", "the ticket's files")
    p = sub(actions, "attachment", "one file: get it, or remove it (on record)")
    which = p.add_subparsers(dest="attachment_command", required=True, metavar="ACTION")
    got = sub(which, "get", "write the file out (its opening is on record)")
    got.add_argument("id", type=int)
    got.add_argument("--out", type=Path, required=True)
    sub(which, "remove", "remove the file from its ticket").add_argument("id", type=int)
    limits = sub(which, "limits", "the largest file and ticket total in MB (set: the admin)")
    limits.add_argument("--file-mb", default=None, help="the largest file, 1–500")
    limits.add_argument("--ticket-mb", default=None, help="all of one ticket's files, 1–5000")
    p = numbered("unmerge", "取消并单: the repeat goes on on its own")
    p.add_argument("--reason", default="", help="why (recorded on both)")
    p = sub(actions, "list", "the queue")
    p.add_argument(
        "--state",
        action="append",
        type=parse_state,
        metavar="STATE",
        help="received/待派单, handling/办理中, feedback/已反馈, called_back/已回访, "
        "submitted/已提交审核, archived/办结归档 (repeatable)",
    )
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=bounded_int(1, 10_000), default=50)

    p = sub(commands, "suggest", "派单建议 for a request not stored (or --train the model again)")
    p.add_argument("--title", default="")
    p.add_argument("--content", default="")
    p.add_argument("--address", default="")
    p.add_argument("--category", default="")
    p.add_argument("--limit", type=bounded_int(1, 20), default=3)
    p.add_argument(
        "--train", action="store_true", help="learn the whole archive again, with progress"
    )

    from hotline_desk.cli.knowledge import add_kb_parser

    add_kb_parser(sub, commands)

    white = sub(commands, "whitelist", "白名单: matters confirmed normal, frozen until a date")
    white_commands = white.add_subparsers(dest="whitelist_command", required=True, metavar="ACTION")
    p = sub(
        white_commands, "add", "confirm the matter of ticket NUMBER normal (leader, general desk)"
    )
    p.add_argument("number", help="工单编号")
    p.add_argument("--until", type=parse_date, required=True, help="frozen until (YYYY-MM-DD)")
    p.add_argument("--reason", required=True, help="why it is normal")
    p.add_argument(
        "--answer", default="", help="the confirmed answer (default: the unit's feedback)"
    )
    p = sub(white_commands, "list", "the entries in force (--all: ended ones too)")
    p.add_argument("--all", action="store_true")
    p = sub(white_commands, "remove", "end an entry before its date")
    p.add_argument("id", type=bounded_int(1, 2**31 - 1), help="the entry's number (whitelist list)")
    p.add_argument("--reason", default="")

    cal = sub(commands, "calendar", "the work calendar")
    cal_commands = cal.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    p = sub(cal_commands, "is-workday", "is DATE a working day?")
    p.add_argument("date", type=parse_date)
    p = sub(cal_commands, "add-workdays", "N working days after DATE")
    p.add_argument("date", type=parse_date)
    p.add_argument("n", type=bounded_int(-3660, 3660))  # ten years either way
    p = sub(cal_commands, "next-workday", "the first working day after DATE")
    p.add_argument("date", type=parse_date)
    p = sub(cal_commands, "import", "office entries from CSV (date,workday,note) or JSON")
    p.add_argument("file", type=Path)
    p = sub(
        cal_commands,
        "notice",
        "read the State Council's holiday notice (a .txt of it) for review; --apply saves it",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=bounded_int(2000, 2099), help="when the text does not say")
    p.add_argument("--apply", action="store_true", help="save the entries (after review)")

    due = sub(commands, "due", "unfinished tickets by deadline")
    due.add_argument(
        "--next-working-day",
        action="store_true",
        required=True,
        help="due by the end of the next working day",
    )
    due.add_argument("--include-overdue", action="store_true")

    units = sub(commands, "units", "the directory of handling units (承办单位通讯录)")
    unit_commands = units.add_subparsers(dest="units_command", required=True, metavar="ACTION")
    sub(unit_commands, "list", "every unit with its handler")
    p = sub(unit_commands, "add", "add a unit: full 11-digit mobiles, no short numbers")
    p.add_argument("name", help="单位名称")
    p.add_argument("--handler", required=True, help="承办人")
    p.add_argument("--handler-phone", required=True, help="承办人手机")
    p.add_argument("--leader", required=True, help="分管领导")
    p.add_argument("--leader-phone", required=True, help="分管领导手机")

    imports = sub(commands, "import", "tickets from the city platform's export (.xlsx/.xls/.csv)")
    imports.add_argument("file", type=Path)
    known = imports.add_mutually_exclusive_group()
    known.add_argument(
        "--update",
        dest="existing",
        action="store_const",
        const="update",
        default="update",
        help="bring tickets already here in step with the platform (the default)",
    )
    known.add_argument(
        "--skip-existing",
        dest="existing",
        action="store_const",
        const="skip",
        help="leave tickets already here as they are",
    )
    imports.add_argument("--report", type=Path, help="save the report as .xlsx or .csv")
    imports.add_argument(
        "--mapping", type=Path, help="a mapping JSON (default: the preset that fits)"
    )
    imports.add_argument("--sheet", help="the worksheet (default: the first)")
    imports.add_argument("--dry-run", action="store_true", help="check every row, store nothing")

    conflicts = sub(commands, "conflicts", "fields the office and the platform both changed")
    conflict_commands = conflicts.add_subparsers(dest="conflict_command", metavar="ACTION")
    sub(conflict_commands, "list", "every unsettled conflict (the default)")
    p = sub(conflict_commands, "settle", "take the platform's value or keep the office's")
    p.add_argument("number", help="工单编号")
    p.add_argument("field", help="the field, as listed (title, due_at, state, ...)")
    p.add_argument("--take", required=True, choices=("platform", "local"))

    export = sub(commands, "export", "tickets to .xlsx in the columns import reads back")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--state", action="append", type=parse_state, metavar="STATE", help="only these states"
    )
    export.add_argument("--search", default="")
    export.add_argument(
        "--attachments",
        action="store_true",
        help="write each ticket's files beside the workbook (never a 保密件's)",
    )

    # Its own copy of the common options: "resolve" replaces --format on the
    # parent's actions themselves, which every other sub-command shares.
    report_common = argparse.ArgumentParser(add_help=False)
    _common_options(report_common, suppress=True)
    report = commands.add_parser(
        "report",
        help="the month's statistics, unit assessment and accountability (综合科)",
        parents=[report_common],
        conflict_handler="resolve",
    )
    report.add_argument("--month", required=True, help="YYYY-MM (tickets received that month)")
    report.add_argument("--to", default=None, help="YYYY-MM: a range of months up to this one")
    report.add_argument("--unit", default=None, help="one unit (id or full name)")
    report.add_argument(
        "--format", choices=["text", "json", "xlsx", "pdf"], default="text", help="json, xlsx, pdf"
    )
    report.add_argument("--out", type=Path, default=None, help="the file to write")
    report_rules = sub(commands, "report-rules", "the assessment rules (考核规则) as JSON")
    report_rules.add_argument("--set", type=Path, default=None, help="store rules from a JSON file")
    sheet = sub(commands, "sheet", "the difficult-ticket sheet (疑难工单呈批单) as PDF")
    sheet.add_argument("number", help="工单编号")
    sheet.add_argument("--out", type=Path, required=True, help="the .pdf file")

    backup = sub(
        commands, "backup", "a copy of the store now (SQLite: online; PostgreSQL: pg_dump)"
    )
    backup.add_argument(
        "--to", type=Path, default=None, help="the file (default: the backups folder)"
    )
    restore = sub(
        commands, "restore", "put a backup in place of the SQLite store (kept aside first)"
    )
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--accept-loss",
        action="store_true",
        help="restore a backup that has no admin, losing staff, tokens and sign-in (admin only)",
    )

    move = sub(
        commands, "migrate-to", "copy this SQLite store into the office's empty PostgreSQL database"
    )
    move.add_argument(
        "url", help="postgresql+psycopg://user:password@server/database (must be empty)"
    )

    staff = sub(commands, "staff", "the office's staff list (人员): who may act")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    sub(staff_commands, "list", "everyone on the list with their role")
    p = sub(staff_commands, "add", "add someone, or change their name or role")
    p.add_argument("login")
    p.add_argument("--name", default="", help="姓名")
    p.add_argument(
        "--role",
        default="operator",
        choices=["operator", "leader", "general", "duty", "admin"],
        help="operator 经办人员, leader 分管领导, general 综合科, duty 值班人员, admin 管理员",
    )
    p = sub(staff_commands, "remove", "take someone off the list")
    p.add_argument("login")
    p = sub(staff_commands, "password", "set one's own password, or reset someone's (admin)")
    p.add_argument("login")
    p = sub(staff_commands, "sign-in", "sign-in on a single workstation (always on PostgreSQL)")
    p.add_argument("state", choices=["on", "off"])
    token = sub(staff_commands, "token", "tokens for scripts (admin): act as a person, no password")
    token_commands = token.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    p = sub(
        token_commands, "issue", "a new token for LOGIN, written to a new file only you can read"
    )
    p.add_argument("login")
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the token file to create"
    )
    p.add_argument("--label", default="", help="what the token is for (e.g. 夜间导入)")
    expiry = p.add_mutually_exclusive_group()
    expiry.add_argument(
        "--days", type=int, default=365, help="valid for this many days (default 365)"
    )
    expiry.add_argument("--no-expiry", action="store_true", help="valid until revoked")
    sub(token_commands, "list", "every token issued: whose, what for, until when, last used")
    p = sub(token_commands, "revoke", "stop a token from acting (it stays listed)")
    p.add_argument("id", type=int, help="the token's number in `staff token list`")

    rules = sub(commands, "rules", "time-limit rules")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    sub(rule_commands, "list", "the office's rules")
    p = sub(rule_commands, "set", "change a rule")
    p.add_argument("code")
    p.add_argument("--amount", type=bounded_int(0, 3660))
    p.add_argument("--unit", help="hours, calendar_days or working_days")
    p.add_argument("--name")

    poll = sub(commands, "poll", "look for due, late and new tickets and alert")
    poll.add_argument(
        "--once",
        action="store_true",
        required=True,
        help="exactly one poll with the real notifier, then exit",
    )
    watch = sub(commands, "watch", "the poller without a window, until stopped")
    watch.add_argument(
        "--interval-minutes", type=bounded_int(1, 1440), help="default: the office setting (15)"
    )
    alerts = sub(commands, "alerts", "the in-app alert list")
    alerts.add_argument("--unseen", action="store_true")
    alerts.add_argument("--mark-seen", action="store_true", help="mark them all seen")
    alerts.add_argument("--limit", type=bounded_int(1, 10_000), default=50)
    poll_settings = sub(commands, "poll-settings", "how often to poll and when to group alerts")
    poll_settings.add_argument("--interval-minutes", type=bounded_int(1, 1440))
    poll_settings.add_argument(
        "--digest-above",
        type=bounded_int(1, 1000),
        help="more alerts of one kind than this make one digest",
    )
    poll_settings.add_argument(
        "--duty-kinds",
        help="comma-separated alert kinds for on-duty "
        "staff: " + ",".join(k.value for k in AlertKind),
    )
    poll_settings.add_argument(
        "--import-folder",
        metavar="FOLDER",
        help="each poll imports the platform exports saved here ('' for none)",
    )

    duty = sub(commands, "duty", "the duty roster (值班)")
    duty_commands = duty.add_subparsers(dest="duty_command", required=True, metavar="ACTION")
    p = sub(duty_commands, "add", "put someone on duty")
    p.add_argument("who")
    p.add_argument("--from", dest="starts", type=parse_datetime, required=True)
    p.add_argument("--to", dest="ends", type=parse_datetime, required=True)
    p.add_argument("--note", default="")
    p = sub(duty_commands, "list", "shifts around now")
    p.add_argument("--days", type=bounded_int(1, 366), default=7)
    p = sub(duty_commands, "remove", "remove a shift")
    p.add_argument("id", type=bounded_int(1, 2**31 - 1))

    confirm = sub(commands, "confirm", "the five confirmations (五个确认): live counts")
    confirm.add_argument(
        "--tick",
        type=int,
        choices=range(1, 6),
        action="append",
        metavar="N",
        help="tick confirmation N in the current round",
    )
    confirm.add_argument(
        "--new-round", action="store_true", help="start a round (登录市平台); also a platform check"
    )
    ensures = sub(commands, "ensures", "the six ensures (六个确保) of a ticket")
    ensures.add_argument("number")
    check = sub(commands, "platform-check", "record a check of the city platform")
    check.add_argument("--note", default="")
    check.add_argument("--day", type=parse_date, help="list the checks of that day instead")

    sub(commands, "phone-today", "今日催办: the units to phone today")

    templates = sub(commands, "templates", "reply templates (答复参考范本)")
    template_commands = templates.add_subparsers(
        dest="templates_command", required=True, metavar="ACTION"
    )
    sub(template_commands, "list", "the office's templates")
    p = sub(template_commands, "set", "add or change a template")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument(
        "--required", required=True, help="comma-separated parts: cause,actions,next_steps,basis"
    )
    p.add_argument(
        "--starter",
        action="append",
        default=[],
        metavar="PART=TEXT",
        help="starting text for a part (repeatable)",
    )
    p = sub(template_commands, "remove", "remove a template")
    p.add_argument("code")

    hours = sub(commands, "office-hours", "when the office opens and closes")
    hours.add_argument("--opens", metavar="HH:MM")
    hours.add_argument(
        "--closes", metavar="HH:MM", help="day-based time limits fall due at this time"
    )
    return parser
