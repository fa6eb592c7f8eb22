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
import time as wallclock
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hotline_desk import __version__
from hotline_desk.domain.alerts import AlertKind
from hotline_desk.domain.clock import Clock, FixedClock, SystemClock
from hotline_desk.domain.lifecycle import (
    ActionRefused,
    CallbackAnswers,
    CallPurpose,
    UnitFeedback,
)
from hotline_desk.domain.masking import mask_address, mask_name, mask_phone
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction, Ticket, TicketState
from hotline_desk.services.errors import InputError, InputErrors
from hotline_desk.store.tickets import DuplicateTicket, TicketNotFound

EXIT_INPUT = 2
EXIT_REFUSED = 3
EXIT_NOT_FOUND = 4
ENV_OPERATOR = "HOTLINE_DESK_OPERATOR"


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


# -- parsing helpers ----------------------------------------------------------
def parse_datetime(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date-time; expected YYYY-MM-DD[THH:MM[:SS]]"
        ) from None
    return value.replace(tzinfo=None, microsecond=0)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; expected YYYY-MM-DD") from None


def parse_yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1", "是"):
        return True
    if value in ("no", "n", "false", "0", "否"):
        return False
    raise argparse.ArgumentTypeError(f"{text!r}: expected yes or no (是/否)")


def parse_satisfaction(text: str) -> Satisfaction:
    for item in Satisfaction:
        if text.strip() in (item.value, item.label):
            return item
    raise argparse.ArgumentTypeError(
        f"{text!r}: expected satisfied/满意, basic/基本满意 or unsatisfied/不满意"
    )


def parse_result(text: str) -> FeedbackResult:
    for item in FeedbackResult:
        if text.strip() in (item.value, item.label):
            return item
    raise argparse.ArgumentTypeError(
        f"{text!r}: expected handled/已处理 or no_action_needed/无需处理"
    )


def _when(value: datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value else None


# -- output ---------------------------------------------------------------------
def ticket_json(
    ticket: Ticket, units: dict[int, str] | None = None, reveal: bool = False
) -> dict[str, Any]:
    caller = ticket.caller
    if reveal and not ticket.confidential:
        caller_out = {"name": caller.name, "phone": caller.phone, "address": caller.address}
    else:
        caller_out = {
            "name": mask_name(caller.name),
            "phone": mask_phone(caller.phone),
            "address": mask_address(caller.address),
        }
    units = units or {}
    return {
        "number": ticket.number,
        "state": ticket.state.value,
        "state_label": ticket.state.label,
        "kind": ticket.kind.value,
        "kind_label": ticket.kind.label,
        "title": ticket.title,
        "content": ticket.content,
        "category": ticket.category,
        "address": ticket.address,
        "caller": caller_out,
        "confidential": ticket.confidential,
        "received_at": _when(ticket.received_at),
        "dispatch_due": _when(ticket.dispatch_due_at),
        "due": _when(ticket.due_at),
        "city_due": _when(ticket.city_due_at),
        "main_unit": units.get(ticket.main_unit_id, ticket.main_unit_id)
        if ticket.main_unit_id
        else None,
        "co_units": [units.get(u, u) for u in ticket.co_unit_ids],
        "owner": ticket.owner,
        "first_dispatcher": ticket.first_dispatcher,
        "satisfaction": ticket.satisfaction.value if ticket.satisfaction else None,
        "flags": ticket.flag_names(),
        "transfers": ticket.transfer_count,
        "returns": ticket.return_count,
        "leader_decision": ticket.leader_decision or None,
    }


class Output:
    def __init__(self, fmt: str) -> None:
        self.json = fmt == "json"

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        else:
            print(text() if callable(text) else text)


def _ticket_line(ticket: Ticket) -> str:
    due = f"{ticket.due_at:%Y-%m-%d %H:%M}" if ticket.due_at else "-"
    flags = ",".join(ticket.flag_names())
    return f"{ticket.number}  {ticket.state.label:<6} 时限 {due}  {ticket.title}  {flags}".rstrip()


# -- the parser -----------------------------------------------------------------
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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, suppress=True)
    parser = argparse.ArgumentParser(
        prog="hotline-desk", description="热线工单桌面助手 – 12345 hotline work orders"
    )
    parser.add_argument("--version", action="version", version=f"hotline-desk {__version__}")
    _common_options(parser, suppress=False)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, wait for the first painted page, print the time it took and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sub(parent: Any, name: str, help_text: str) -> argparse.ArgumentParser:
        result: argparse.ArgumentParser = parent.add_parser(name, help=help_text, parents=[common])
        return result

    db = sub(commands, "db", "database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    sub(db_commands, "upgrade", "apply migrations (copies a SQLite file first)")

    demo = sub(commands, "demo", "fill the database with a demo office")
    demo.add_argument("--tickets", type=int, default=60)
    demo.add_argument("--seed", type=int, default=12345)
    demo.add_argument("--if-empty", action="store_true", help="only when there are no tickets")

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

    def numbered(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub(actions, name, help_text)
        p.add_argument("number", help="工单编号")
        return p

    p = numbered("dispatch", "派单 to a main unit (and co-units)")
    p.add_argument("--unit", required=True, help="main unit: id or name")
    p.add_argument("--co-unit", action="append", default=[], help="co-unit (repeatable)")
    p.add_argument("--note", default="")
    call = p.add_mutually_exclusive_group()
    call.add_argument(
        "--called",
        dest="call_reached",
        action="store_const",
        const=True,
        help="log the call to the unit's handler: reached",
    )
    call.add_argument(
        "--call-not-reached",
        dest="call_reached",
        action="store_const",
        const=False,
        help="log the call: not reached",
    )

    p = numbered("transfer", "转办 to another unit")
    p.add_argument("--unit", required=True)
    p.add_argument("--reason", default="")

    p = numbered("return", "退单 by the unit")
    p.add_argument("--reason", required=True)
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--justified", action="store_true")
    verdict.add_argument("--unjustified", action="store_true")
    p.add_argument("--unit", help="with --justified: re-dispatch to this unit now")

    p = numbered("commit", "申请承诺件/延期")
    p.add_argument("--until", type=parse_datetime, required=True, help="requested due date")
    p.add_argument("--reason", required=True)

    p = numbered("decide", "the leader's decision on a commitment request")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true")
    choice.add_argument("--refuse", action="store_true")
    p.add_argument("--due", type=parse_datetime, help="new due date (default: as requested)")
    p.add_argument("--note", default="")

    p = numbered("feedback", "the unit's feedback")
    p.add_argument("--cause", required=True, help="问题原因")
    p.add_argument("--actions", required=True, help="处理情况")
    p.add_argument("--result", type=parse_result, required=True, help="已处理/无需处理")
    p.add_argument("--next-steps", default="")
    p.add_argument("--basis", default="", help="policy or legal basis told to the citizen")
    p.add_argument("--template", default="")

    p = numbered("false-feedback", "虚假反馈: send back to the unit, escalated")
    p.add_argument("--reason", required=True)

    p = numbered("callback", "回访 the citizen")
    reached = p.add_mutually_exclusive_group(required=True)
    reached.add_argument("--reached", action="store_true")
    reached.add_argument("--not-reached", action="store_true")
    p.add_argument("--told", type=parse_yes_no, help="1. result and basis told (yes/no)")
    p.add_argument(
        "--true",
        dest="account_true",
        type=parse_yes_no,
        help="2. the unit's account is true (yes/no)",
    )
    p.add_argument("--misconduct", type=parse_yes_no, help="3. any misconduct (yes/no)")
    p.add_argument("--satisfaction", type=parse_satisfaction, help="4. 满意/基本满意/不满意")
    p.add_argument("--callee", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--stand-in-for", help="login of the dispatching operator you stand in for")

    numbered("submit", "提交市审核组")
    p = numbered("review-return", "审核退回 by the city's review group")
    p.add_argument("--reason", required=True)
    p = numbered("reassign", "重新交办: back to the first dispatcher, 3 working days")
    p.add_argument("--reason", default="")
    numbered("archive", "办结归档")
    p = numbered("escalate", "抄报 as a difficult ticket")
    p.add_argument("--reason", required=True)
    p = numbered("decision", "record the leader's decision on an escalated ticket")
    p.add_argument("--text", required=True)
    p = numbered("call", "log a phone call to the unit's handler")
    p.add_argument("--purpose", choices=[c.value for c in CallPurpose], default="chase")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--reached", action="store_true")
    outcome.add_argument("--not-reached", action="store_true")
    p.add_argument("--unit", help="another unit than the main one")
    p.add_argument("--note", default="")
    p = numbered("show", "a ticket with its history")
    p.add_argument(
        "--reveal", action="store_true", help="show the caller's details (recorded as an event)"
    )
    p = sub(actions, "list", "the queue")
    p.add_argument("--state", action="append", choices=[s.value for s in TicketState])
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=int, default=50)

    cal = sub(commands, "calendar", "the work calendar")
    cal_commands = cal.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    p = sub(cal_commands, "is-workday", "is DATE a working day?")
    p.add_argument("date", type=parse_date)
    p = sub(cal_commands, "add-workdays", "N working days after DATE")
    p.add_argument("date", type=parse_date)
    p.add_argument("n", type=int)
    p = sub(cal_commands, "next-workday", "the first working day after DATE")
    p.add_argument("date", type=parse_date)
    p = sub(cal_commands, "import", "office entries from CSV (date,workday,note) or JSON")
    p.add_argument("file", type=Path)

    due = sub(commands, "due", "unfinished tickets by deadline")
    due.add_argument(
        "--next-working-day",
        action="store_true",
        required=True,
        help="due by the end of the next working day",
    )
    due.add_argument("--include-overdue", action="store_true")

    rules = sub(commands, "rules", "time-limit rules")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    sub(rule_commands, "list", "the office's rules")
    p = sub(rule_commands, "set", "change a rule")
    p.add_argument("code")
    p.add_argument("--amount", type=int)
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
    watch.add_argument("--interval-minutes", type=int, help="default: the office setting (15)")
    alerts = sub(commands, "alerts", "the in-app alert list")
    alerts.add_argument("--unseen", action="store_true")
    alerts.add_argument("--mark-seen", action="store_true", help="mark them all seen")
    alerts.add_argument("--limit", type=int, default=50)
    poll_settings = sub(commands, "poll-settings", "how often to poll and when to group alerts")
    poll_settings.add_argument("--interval-minutes", type=int)
    poll_settings.add_argument(
        "--digest-above", type=int, help="more alerts of one kind than this make one digest"
    )
    poll_settings.add_argument(
        "--duty-kinds",
        help="comma-separated alert kinds for on-duty "
        "staff: " + ",".join(k.value for k in AlertKind),
    )

    duty = sub(commands, "duty", "the duty roster (值班)")
    duty_commands = duty.add_subparsers(dest="duty_command", required=True, metavar="ACTION")
    p = sub(duty_commands, "add", "put someone on duty")
    p.add_argument("who")
    p.add_argument("--from", dest="starts", type=parse_datetime, required=True)
    p.add_argument("--to", dest="ends", type=parse_datetime, required=True)
    p.add_argument("--note", default="")
    p = sub(duty_commands, "list", "shifts around now")
    p.add_argument("--days", type=int, default=7)
    p = sub(duty_commands, "remove", "remove a shift")
    p.add_argument("id", type=int)

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


# -- running ----------------------------------------------------------------------
def _operator(args: argparse.Namespace) -> str:
    explicit = getattr(args, "operator", None)
    if explicit:
        return str(explicit)
    from_env = os.environ.get(ENV_OPERATOR)
    if from_env:
        return from_env
    try:
        return os.getlogin()
    except OSError:
        import getpass

        return getpass.getuser()


def make_clock(args: argparse.Namespace) -> Clock:
    now = getattr(args, "now", None)
    return FixedClock(now) if now else SystemClock()


def open_context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from hotline_desk.services.context import AppContext
    from hotline_desk.store.database import resolve_database_url

    url = resolve_database_url(getattr(args, "db", None))
    return AppContext.open(url, make_clock(args), _operator(args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Output(getattr(args, "format", "text") or "text")
    if args.command is None:
        from hotline_desk.gui.app import run_gui

        return run_gui(args, smoke=args.smoke)
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
    except TicketNotFound as error:
        _fail(out, str(error), "not_found")
        return EXIT_NOT_FOUND
    except (InputError, InputErrors, DuplicateTicket, CliError) as error:
        _fail(out, str(error), "invalid")
        return getattr(error, "code", EXIT_INPUT)


def _fail(out: Output, message: str, kind: str, **extra: Any) -> None:
    if out.json:
        print(json.dumps({"error": kind, "message": message, **extra}, ensure_ascii=False))
    print(f"hotline-desk: {message}", file=sys.stderr)


def _dispatch(args: argparse.Namespace, out: Output) -> int:
    context = open_context(args)
    try:
        handler = {
            "db": _cmd_db,
            "demo": _cmd_demo,
            "ticket": _cmd_ticket,
            "calendar": _cmd_calendar,
            "due": _cmd_due,
            "rules": _cmd_rules,
            "office-hours": _cmd_office_hours,
            "templates": _cmd_templates,
            "confirm": _cmd_confirm,
            "phone-today": _cmd_phone_today,
            "ensures": _cmd_ensures,
            "platform-check": _cmd_platform_check,
            "poll": _cmd_poll,
            "watch": _cmd_watch,
            "alerts": _cmd_alerts,
            "poll-settings": _cmd_poll_settings,
            "duty": _cmd_duty,
        }[args.command]
        return handler(args, out, context)
    finally:
        context.close()


def _cmd_db(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.store.database import current_revision

    revision = current_revision(context.db.engine)
    out.emit(
        {"url": context.db.engine.url.render_as_string(hide_password=True), "revision": revision},
        f"database at revision {revision}",
    )
    return 0


def _cmd_demo(args: argparse.Namespace, out: Output, context: Any) -> int:
    from sqlalchemy import func, select

    from hotline_desk.services.demo import generate
    from hotline_desk.store.models import TicketRow

    if args.tickets < 0:
        raise CliError("--tickets must be 0 or more")
    if args.if_empty:
        with context.db.session() as session:
            if session.scalar(select(func.count(TicketRow.id))):
                out.emit({"tickets": 0, "skipped": True}, "database has tickets; demo skipped")
                return 0
    started = wallclock.perf_counter()

    def progress(done: int) -> None:
        if not out.json and args.tickets >= 100000:
            print(f"  {done:,} / {args.tickets:,} tickets", file=sys.stderr)

    result = generate(context, args.tickets, seed=args.seed, progress=progress)
    seconds = wallclock.perf_counter() - started
    out.emit(
        {
            "tickets": result.tickets,
            "events": result.events,
            "by_state": result.by_state,
            "seconds": round(seconds, 2),
        },
        f"demo office: {result.tickets} tickets, {result.events} events in {seconds:.1f} s "
        + ", ".join(f"{TicketState(k).label} {v}" for k, v in sorted(result.by_state.items())),
    )
    return 0


def _cmd_ticket(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.tickets import NewTicket, TicketService

    service = TicketService(context)
    command = args.ticket_command
    if command == "new":
        ticket = service.create(
            NewTicket(
                number=args.number,
                kind=args.kind,
                content=args.content,
                received_at=args.received,
                title=args.title,
                category=args.category,
                address=args.address,
                caller_name=args.caller_name,
                caller_phone=args.caller_phone,
                caller_address=args.caller_address,
                confidential=args.confidential,
                city_due_at=args.due,
            )
        )
        out.emit(
            ticket_json(ticket),
            lambda: (
                f"registered {_ticket_line(ticket)}; "
                f"dispatch due {ticket.dispatch_due_at:%Y-%m-%d %H:%M}"
            ),
        )
        return 0
    if command == "show":
        return _show(args, out, service)
    if command == "list":
        return _list(args, out, context)
    number = args.number
    if command == "dispatch":
        ticket = service.dispatch(number, args.unit, args.co_unit, args.note, args.call_reached)
    elif command == "transfer":
        ticket = service.transfer(number, args.unit, args.reason)
    elif command == "return":
        if args.unjustified and args.unit:
            raise CliError("--unit goes with --justified only")
        ticket = service.return_ticket(number, args.reason, args.justified, args.unit)
    elif command == "commit":
        ticket = service.request_commitment(number, args.until, args.reason)
    elif command == "decide":
        ticket = service.decide_commitment(number, args.approve, args.due, args.note)
    elif command == "feedback":
        ticket = service.feedback(
            number,
            UnitFeedback(
                args.cause, args.actions, args.result, args.next_steps, args.basis, args.template
            ),
        )
    elif command == "false-feedback":
        ticket = service.reject_feedback(number, args.reason)
    elif command == "callback":
        ticket = service.callback(
            number,
            CallbackAnswers(
                reached=args.reached,
                result_and_basis_told=args.told,
                account_true=args.account_true,
                misconduct=args.misconduct,
                satisfaction=args.satisfaction,
                callee=args.callee,
                notes=args.notes,
                stand_in_for=args.stand_in_for,
            ),
        )
    elif command == "submit":
        ticket = service.submit(number)
    elif command == "review-return":
        ticket = service.review_return(number, args.reason)
    elif command == "reassign":
        ticket = service.reassign(number, args.reason)
    elif command == "archive":
        ticket = service.archive(number)
    elif command == "escalate":
        ticket = service.escalate(number, args.reason)
    elif command == "decision":
        ticket = service.leader_decision(number, args.text)
    elif command == "call":
        ticket = service.log_call(
            number, CallPurpose(args.purpose), args.reached, args.note, args.unit
        )
    else:  # pragma: no cover - argparse rejects unknown actions
        raise CliError(f"unknown ticket action {command}")
    out.emit(ticket_json(ticket), lambda: _ticket_line(ticket))
    return 0


def _show(args: argparse.Namespace, out: Output, service: Any) -> int:
    if args.reveal:
        service.reveal_caller(args.number)
    view = service.show(args.number)
    data = ticket_json(view.ticket, view.unit_names, reveal=args.reveal)
    data["events"] = [
        {
            "at": _when(e.at),
            "actor": e.actor,
            "action": e.action,
            "from": e.from_state.value,
            "to": e.to_state.value,
            "note": e.note,
            "data": e.data,
        }
        for e in view.events
    ]

    def text() -> str:
        t = view.ticket
        lines = [
            _ticket_line(t),
            f"  类型 {t.kind.label}  单位 {view.main_unit or '-'}  经办人 {t.owner or '-'}",
            f"  来电人 {data['caller']['name']} {data['caller']['phone']}",
            f"  内容 {t.content}",
            "  历史:",
        ]
        lines += [
            f"    {e['at']}  {e['actor']:<10} {e['action']:<16} {e['from']} -> {e['to']}"
            f"  {e['note']}".rstrip()
            for e in data["events"]
        ]
        return "\n".join(lines)

    out.emit(data, text)
    return 0


def _list(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.store.tickets import QueueQuery, TicketStore

    query = QueueQuery(
        states=[TicketState(s) for s in (args.state or [])], search=args.search, limit=args.limit
    )
    with context.db.session() as session:
        store = TicketStore(session)
        tickets, total = store.page(query), store.count(query)
    out.emit(
        {"total": total, "tickets": [ticket_json(t) for t in tickets]},
        lambda: "\n".join([_ticket_line(t) for t in tickets] + [f"({total} in all)"]),
    )
    return 0


def _day_json(info: Any) -> dict[str, Any]:
    return {
        "date": info.day.isoformat(),
        "workday": info.workday,
        "estimate": info.estimate,
        "source": info.source.value,
        "note": info.note,
    }


def _cmd_calendar(args: argparse.Namespace, out: Output, context: Any) -> int:
    calendar = context.calendar
    command = args.calendar_command
    if command == "import":
        from hotline_desk.services.calendar_import import import_calendar

        if not args.file.is_file():
            raise CliError(f"no such file: {args.file}")
        result = import_calendar(context, args.file)
        out.emit(
            {"added": result.added, "updated": result.updated},
            f"calendar: {result.added} added, {result.updated} updated",
        )
        return 0
    if command == "is-workday":
        info = calendar.day(args.date)
        out.emit(
            _day_json(info),
            lambda: (
                f"{info.day} {'工作日' if info.workday else '休息日'}"
                f"{' (estimate)' if info.estimate else ''} {info.note}".rstrip()
            ),
        )
        return 0
    if command == "next-workday":
        result_day = calendar.next_workday(args.date)
    else:
        result_day = calendar.add_workdays(args.date, args.n)
    estimate = calendar.any_estimate(args.date, result_day)
    data = {
        "from": args.date.isoformat(),
        "date": result_day.isoformat(),
        "estimate": estimate,
        "workday": calendar.is_workday(result_day),
    }
    out.emit(data, f"{result_day}{' (estimate)' if estimate else ''}")
    return 0


def _cmd_due(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.tickets import TicketService

    bound, tickets = TicketService(context).due_by_next_workday(args.include_overdue)
    now = context.clock.now()
    items = [{**ticket_json(t), "overdue": t.is_overdue(now)} for t in tickets]
    data = {"now": _when(now), "until": _when(bound), "count": len(items), "tickets": items}
    out.emit(
        data,
        lambda: "\n".join(
            [f"due before {bound:%Y-%m-%d %H:%M}: {len(items)} ticket(s)"]
            + [_ticket_line(t) for t in tickets]
        ),
    )
    return 0


def _cmd_office_hours(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.office_settings import set_office_hours

    if args.opens is not None or args.closes is not None:
        set_office_hours(context, args.opens, args.closes)
    hours = context.office_hours()
    opens, closes = f"{hours.opens:%H:%M}", f"{hours.closes:%H:%M}"
    out.emit({"opens": opens, "closes": closes}, f"office hours {opens}-{closes}")
    return 0


def _cmd_rules(args: argparse.Namespace, out: Output, context: Any) -> int:
    if args.rules_command == "set":
        from hotline_desk.services.office_settings import update_rule

        rule = update_rule(context, args.code, args.amount, args.unit, args.name)
        out.emit(rule.to_mapping(), f"{rule.code}: {rule.amount} {rule.unit.value}")
        return 0
    rules = sorted(context.rules().values(), key=lambda r: r.code)
    out.emit(
        [r.to_mapping() for r in rules],
        lambda: "\n".join(f"{r.code:<28} {r.amount:>3} {r.unit.value:<14} {r.name}" for r in rules),
    )
    return 0


def _alert_json(alert: Any, result: Any) -> dict[str, Any]:
    return {
        "kind": alert.kind.value,
        "label": alert.kind.label,
        "number": alert.number,
        "title": alert.title,
        "due": _when(alert.due),
        "channel": result.channel_of(alert.number, alert.kind),
    }


def _cmd_poll(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.notifier import default_notifier
    from hotline_desk.services.poller import Poller

    result = Poller(context, default_notifier()).run_once()
    data = {
        "at": _when(result.at),
        "office_hours": result.office_hours,
        "on_duty": result.on_duty,
        "alerts": [_alert_json(a, result) for a in result.alerts],
        "notifications": [
            {"title": d.notification.title, "body": d.notification.body, "channel": d.channel}
            for d in result.deliveries
        ],
    }
    out.emit(
        data,
        lambda: "\n".join(
            [f"{len(result.alerts)} new alert(s), {len(result.deliveries)} notification(s)"]
            + [
                f"  [{d.channel or 'in-app'}] {d.notification.title}  {d.notification.body}"
                for d in result.deliveries
            ]
        ),
    )
    return 0


def _cmd_watch(args: argparse.Namespace, out: Output, context: Any) -> int:
    import logging
    import signal
    import threading
    from datetime import timedelta

    from hotline_desk.services.notifier import default_notifier
    from hotline_desk.services.poller import Poller, poll_interval
    from hotline_desk.services.scheduler import PollScheduler

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    interval = (
        timedelta(minutes=args.interval_minutes)
        if args.interval_minutes
        else poll_interval(context)
    )
    poller = Poller(context, default_notifier())
    scheduler = PollScheduler(
        poller.run_once, context.clock, interval, between=poller.check_new_tickets
    )
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    scheduler.start()
    print(f"watching every {interval}; Ctrl+C stops", file=sys.stderr)
    stop.wait()
    scheduler.shutdown()
    return 0


def _cmd_alerts(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.store.alerts import mark_seen, recent_alerts

    with context.db.session() as session:
        rows = recent_alerts(session, args.limit, args.unseen)
        items = [
            {
                "id": r.id,
                "at": _when(r.created_at),
                "kind": r.kind,
                "number": r.number,
                "title": r.title,
                "body": r.body,
                "channel": r.channel,
                "recipient": r.recipient,
                "seen": r.seen_at is not None,
            }
            for r in rows
        ]
        if args.mark_seen:
            mark_seen(session, context.clock.now())
    out.emit(
        items,
        lambda: (
            "\n".join(
                f"{'  ' if i['seen'] else '* '}{i['at']}  {i['title']}  {i['body']}" for i in items
            )
            or "no alerts"
        ),
    )
    return 0


def _cmd_poll_settings(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.poller import (
        SETTING_DIGEST_ABOVE,
        SETTING_INTERVAL,
        duty_kinds,
        poll_interval,
        set_duty_kinds,
    )

    if args.interval_minutes is not None:
        if not 1 <= args.interval_minutes <= 24 * 60:
            raise InputError(
                "interval-minutes",
                "a whole number of minutes from 1 to 1440",
                args.interval_minutes,
            )
        context.set_setting(SETTING_INTERVAL, str(args.interval_minutes))
    if args.digest_above is not None:
        if args.digest_above < 1:
            raise InputError("digest-above", "a whole number of 1 or more", args.digest_above)
        context.set_setting(SETTING_DIGEST_ABOVE, str(args.digest_above))
    if args.duty_kinds is not None:
        set_duty_kinds(context, args.duty_kinds.split(","))
    data = {
        "interval_minutes": int(poll_interval(context).total_seconds() // 60),
        "digest_above": int(context.setting(SETTING_DIGEST_ABOVE, "3")),
        "duty_kinds": sorted(k.value for k in duty_kinds(context)),
    }
    out.emit(data, lambda: "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0


def _cmd_duty(args: argparse.Namespace, out: Output, context: Any) -> int:
    from datetime import timedelta

    from hotline_desk.domain.duty import DutyShift
    from hotline_desk.store.alerts import add_shift, remove_shift, shifts_between

    if args.duty_command == "add":
        try:
            shift = DutyShift(args.who.strip(), args.starts, args.ends)
        except ValueError as error:
            raise InputError("to", "an end after the start", _when(args.ends)) from error
        if not shift.who:
            raise InputError("who", "the login or name of the person on duty", args.who)
        with context.db.session() as session:
            shift_id = add_shift(session, shift, args.note)
        out.emit(
            {"id": shift_id},
            f"shift {shift_id}: {shift.who} "
            f"{shift.starts:%Y-%m-%d %H:%M} - {shift.ends:%Y-%m-%d %H:%M}",
        )
        return 0
    if args.duty_command == "remove":
        with context.db.session() as session:
            if not remove_shift(session, args.id):
                raise CliError(f"no duty shift with id {args.id}", EXIT_NOT_FOUND)
        out.emit({"removed": args.id}, f"shift {args.id} removed")
        return 0
    now = context.clock.now()
    with context.db.session() as session:
        shifts = shifts_between(session, now - timedelta(days=1), now + timedelta(days=args.days))
    out.emit(
        [
            {
                "id": s.id,
                "who": s.who,
                "from": _when(s.starts),
                "to": _when(s.ends),
                "now": s.covers(now),
            }
            for s in shifts
        ],
        lambda: (
            "\n".join(
                f"{s.id:>4} {s.who:<12} {s.starts:%Y-%m-%d %H:%M} - "
                f"{s.ends:%Y-%m-%d %H:%M}{'  (on duty now)' if s.covers(now) else ''}"
                for s in shifts
            )
            or "no shifts"
        ),
    )
    return 0


def _cmd_templates(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.domain.reply_templates import ReplyTemplate
    from hotline_desk.services.reply_templates import (
        list_templates,
        remove_template,
        save_template,
    )

    if args.templates_command == "set":
        starters = {}
        for item in args.starter:
            part, sep, text = item.partition("=")
            if not sep:
                raise InputError("starter", "PART=TEXT", item)
            starters[part.strip()] = text
        try:
            template = ReplyTemplate(
                args.code,
                args.name,
                tuple(p.strip() for p in args.required.split(",") if p),
                starters,
            )
        except ValueError as error:
            raise InputError("required/starter", str(error).split(": ", 1)[-1]) from None
        save_template(context, template)
        out.emit(template.to_mapping(), f"template {template.code} saved")
        return 0
    if args.templates_command == "remove":
        if not remove_template(context, args.code):
            raise CliError(f"no template {args.code!r}", EXIT_NOT_FOUND)
        out.emit({"removed": args.code}, f"template {args.code} removed")
        return 0
    items = list_templates(context)
    out.emit(
        [t.to_mapping() for t in items],
        lambda: "\n".join(f"{t.code:<12} {t.name}  必填：{','.join(t.required)}" for t in items),
    )
    return 0


def _cmd_confirm(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.domain.confirmations import Confirmation
    from hotline_desk.services.confirmations import (
        confirmation_counts,
        current_round,
        start_round,
        tick,
    )

    counts = confirmation_counts(context)
    round_ = current_round(context)
    if args.new_round or (args.tick and (round_ is None or round_.finished)):
        round_ = start_round(context)
    for number in args.tick or []:
        assert round_ is not None and round_.id is not None
        seen = counts[number - 1].count
        round_ = tick(context, round_.id, Confirmation(number), seen)
    data = [
        {
            "index": c.confirmation.value,
            "label": c.label,
            "count": c.count,
            "detail": c.detail,
            "ticked": bool(round_ and c.confirmation in round_.ticks),
        }
        for c in counts
    ]
    out.emit(
        data,
        lambda: "\n".join(
            f"{'[x]' if d['ticked'] else '[ ]'} {d['index']}. {d['label']}: {d['count']}"
            + (f"  {d['detail']}" if d["detail"] else "")
            for d in data
        ),
    )
    return 0


def _cmd_ensures(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.ensures import ticket_ensures

    results = ticket_ensures(context, args.number)
    marks = {"met": "✓", "missing": "✗", "not_yet": "…"}
    data = [
        {
            "index": r.ensure.value,
            "label": r.ensure.label,
            "status": r.status.value,
            "missing": r.missing,
            "detail": r.detail,
        }
        for r in results
    ]
    out.emit(
        data,
        lambda: "\n".join(
            f"{marks[d['status']]} {d['index']}. {d['label']}  {d['detail']}".rstrip() for d in data
        ),
    )
    return 0


def _cmd_platform_check(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.confirmations import platform_checks_on, record_platform_check

    if args.day is not None:
        checks = platform_checks_on(context, args.day)
        out.emit(
            [{"at": _when(at), "operator": who, "note": note} for at, who, note in checks],
            lambda: (
                "\n".join(f"{at:%H:%M}  {who}  {note}" for at, who, note in checks) or "no checks"
            ),
        )
        return 0
    at = record_platform_check(context, args.note)
    out.emit({"at": _when(at)}, f"platform check recorded at {at:%Y-%m-%d %H:%M}")
    return 0


def _cmd_phone_today(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.phone_today import phone_today

    tasks = phone_today(context)
    data = [
        {
            "unit": t.unit,
            "handler": t.handler,
            "phone": t.phone,
            "reason": t.reason.value,
            "reason_label": t.reason.label,
            "tickets": t.numbers,
        }
        for t in tasks
    ]
    out.emit(
        data,
        lambda: (
            "\n".join(
                f"{t.unit}  {t.handler} {t.phone}  {t.reason.label}：{'、'.join(t.numbers)}"
                for t in tasks
            )
            or "nothing to phone today"
        ),
    )
    return 0
