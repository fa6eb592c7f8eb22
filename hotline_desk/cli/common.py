"""Shared pieces of the command line: exit codes, argument parsing, output."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from hotline_desk.domain.masking import shown_caller
from hotline_desk.domain.ticket import Ticket, TicketState
from hotline_desk.domain.time_limits import due_is_estimate

EXIT_INPUT = 2

EXIT_REFUSED = 3

EXIT_NOT_FOUND = 4
# An unexpected error (a bug): one sentence on the console, its type and place in the log.
EXIT_UNEXPECTED = 1


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


# Dates the office can mean: a work calendar and its deadlines, not the year 9999.
FIRST_YEAR, LAST_YEAR = 2000, 2099


def _within_years(value: date, text: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"「{text}」应为 {FIRST_YEAR}–{LAST_YEAR} 年之间的日期")


def parse_datetime(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"「{text}」应为日期时间 YYYY-MM-DD[THH:MM[:SS]]"
        ) from None
    _within_years(value.date(), text)
    return value.replace(tzinfo=None, microsecond=0)


def parse_date(text: str) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」应为日期 YYYY-MM-DD") from None
    _within_years(value, text)
    return value


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (no 2**70 reaches SQL)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"「{text}」应为整数") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"「{text}」应为 {low} 到 {high} 之间的整数")
        return value

    parse.__name__ = "整数"
    return parse


def parse_state(text: str) -> TicketState:
    """A state by its key or its Chinese label."""
    cleaned = text.strip()
    for state in TicketState:
        if cleaned in (state.value, state.label):
            return state
    allowed = ", ".join(f"{s.value}/{s.label}" for s in TicketState)
    raise argparse.ArgumentTypeError(f"{text!r}: expected one of {allowed}")


def when(value: datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value else None


def ticket_json(
    ticket: Ticket,
    units: dict[int, str] | None = None,
    reveal: bool = False,
    calendar: Any = None,
) -> dict[str, Any]:
    shown = shown_caller(ticket, revealed=reveal)  # None for a 保密件: nothing at all
    caller_out = (
        {"name": shown.name, "phone": shown.phone, "address": shown.address} if shown else None
    )
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
        "rule": ticket.limit_rule,
        "due_estimate": due_is_estimate(ticket, calendar) if calendar is not None else None,
        "received_at": when(ticket.received_at),
        "dispatch_due": when(ticket.dispatch_due_at),
        "due": when(ticket.due_at),
        "city_due": when(ticket.city_due_at),
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


def ticket_line(ticket: Ticket) -> str:
    due = f"{ticket.due_at:%Y-%m-%d %H:%M}" if ticket.due_at else "-"
    flags = ",".join(ticket.flag_names())
    return f"{ticket.number}  {ticket.state.label:<6} 时限 {due}  {ticket.title}  {flags}".rstrip()


ENV_PASSWORD = "HOTLINE_DESK_PASSWORD"


def ask_secret(prompt: str, env: str, confirm: bool = False, otherwise: str = "") -> str:
    """A password from the environment variable ``env`` (scripts), or typed at
    the terminal without echo; never an argument (it would show in the
    process list and the shell's history). ``otherwise`` names another way in
    the message when neither is there."""
    import getpass
    import os
    import sys

    given = os.environ.get(env)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"需要密码：请在终端中运行，或由脚本设置环境变量 {env}{otherwise}")
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输一次：") != secret:
        raise CliError("两次输入的密码不一致")
    return secret
