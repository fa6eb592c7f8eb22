"""Sub-commands about tickets: db, demo, ticket *, due."""

from __future__ import annotations

import argparse
import sys
import time as wallclock
from typing import Any

from hotline_desk.cli.common import (
    CliError,
    Output,
    ticket_json,
    ticket_line,
    when,
)
from hotline_desk.domain.history import event_facts
from hotline_desk.domain.lifecycle import action_label
from hotline_desk.domain.masking import masked_event_data
from hotline_desk.domain.ticket import TicketState
from hotline_desk.services.errors import InputError
from hotline_desk.services.ticket_actions import ACTIONS, missing_fields, run_action


def cmd_db(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.cli.audit import cmd_trail_key, cmd_verify
    from hotline_desk.services.context import database_status

    if args.db_command == "verify":
        return cmd_verify(args, out, context)
    if args.db_command == "trail-key":
        return cmd_trail_key(args, out, context)

    url, revision = database_status(context)
    out.emit({"url": url, "revision": revision}, f"数据库 {url}，结构版本 {revision}")
    return 0


def cmd_demo(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.demo import generate
    from hotline_desk.services.tickets import TicketService

    if args.tickets < 0:
        raise CliError("--tickets 应为 0 或更大的整数")
    if args.if_empty and not TicketService(context).store_is_empty():
        if out.json:  # silent in text: scripts/start.sh runs this on every start
            out.emit({"tickets": 0, "skipped": True}, "")
        return 0
    if not args.force and not TicketService(context).store_is_empty():
        raise CliError(
            "这个数据库已经有工单（一个办公室的数据）：演示数据只放进新的空数据库，"
            "如 --db demo.sqlite3；测试用的数据库可加 --force"
        )
    started = wallclock.perf_counter()

    def progress(done: int) -> None:
        if not out.json and args.tickets >= 100000:
            print(f"  {done:,} / {args.tickets:,} tickets", file=sys.stderr)

    result = generate(context, args.tickets, seed=args.seed, progress=progress)
    from hotline_desk.services.demo_evidence import add_demo_evidence

    entries, files = add_demo_evidence(context)  # 知识库 entries, a unit's photos
    seconds = wallclock.perf_counter() - started
    out.emit(
        {
            "tickets": result.tickets,
            "events": result.events,
            "by_state": result.by_state,
            "knowledge_entries": entries,
            "attachments": files,
            "seconds": round(seconds, 2),
        },
        f"演示办公室：{result.tickets} 件工单，{result.events} 条办理记录，用时 {seconds:.1f} 秒；"
        + "，".join(f"{TicketState(k).label} {v}" for k, v in sorted(result.by_state.items()))
        + f"；知识库 {entries} 条，附件 {files} 个",
    )
    return 0


def cmd_ticket(args: argparse.Namespace, out: Output, context: Any) -> int:
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
                rule=args.rule,
            )
        )
        _tell_registered(service)
        out.emit(
            ticket_json(ticket, calendar=context.calendar),
            lambda: (
                f"已登记 {ticket_line(ticket)}；派单时限 {ticket.dispatch_due_at:%Y-%m-%d %H:%M}"
            ),
        )
        return 0
    if command == "show":
        return _show(args, out, service)
    if command == "related":
        return _related(args, out, context)
    if command == "list":
        return _list(args, out, context)
    if command in ("link", "unlink", "merge", "unmerge"):
        return _between_tickets(args, out, context)
    if command in ("attach", "attachments", "attachment"):
        from hotline_desk.cli.attachments import cmd_attachments

        return cmd_attachments(args, out, context)
    if command == "suggest":
        from hotline_desk.cli.suggest import emit_suggestion
        from hotline_desk.services.suggestion import suggest_for_ticket

        emit_suggestion(out, suggest_for_ticket(context, args.number, args.limit))
        return 0
    spec = next(spec for spec in ACTIONS.values() if spec.command == command)
    values = {field.key: getattr(args, field.key) for field in spec.fields}
    missing = missing_fields(list(spec.fields), values)
    if missing:
        named = "、".join(f"{field.cli_option}（{field.label}）" for field in missing)
        raise CliError(f"「{spec.title}」还不能记录，缺少：{named}（未记录任何内容）")
    ticket = run_action(service, spec.action, args.number, values)
    _tell_registered(service)
    out.emit(ticket_json(ticket, calendar=context.calendar), lambda: ticket_line(ticket))
    return 0


def _tell_registered(service: Any) -> None:
    if service.registered:
        print(
            f"hotline-desk: 人员名单原为空，已将 {service.registered} 登记为经办人员"
            "（可用 hotline-desk staff 管理）",
            file=sys.stderr,
        )


def _related(args: argparse.Namespace, out: Output, context: Any) -> int:
    """相关工单: each with why (phone, address, text) and a score."""
    from hotline_desk.services.related import related_tickets

    if not 1 <= args.limit <= 200:
        raise InputError("--limit", "1–200 之间的整数", args.limit)
    found = related_tickets(context, args.number, args.limit)
    data = {
        "number": args.number,
        "related": [
            {
                "number": r.number,
                "why": list(r.reasons),
                "score": r.score,
                "received_at": when(r.received_at),
                "state": r.state.value,
                "title": r.title,
                "unit": r.unit,
                "outcome": r.outcome,
            }
            for r in found.tickets
        ],
        "hidden_same_caller": found.hidden_callers,
    }

    def text() -> str:
        lines = [
            f"{r.number}  {r.received_at:%Y-%m-%d}  {r.state.label}  {r.unit or '-'}  "
            f"{r.reason_text} {r.score:.0%}  {r.title}"
            for r in found.tickets
        ] or [f"{args.number} 没有相关工单"]
        if found.hidden_callers:
            lines.append(f"另有同一来电人的保密件 {found.hidden_callers} 件（不列出）")
        return "\n".join(lines)

    out.emit(data, text)
    return 0


def _between_tickets(args: argparse.Namespace, out: Output, context: Any) -> int:
    """关联, 取消关联, 并单, 取消并单 – each says what it recorded."""
    from hotline_desk.services import merging

    command, number = args.ticket_command, args.number
    if command == "link":
        merging.link(context, number, args.other, args.note)
        data, text = {"linked": [number, args.other]}, f"已关联 {number} 与 {args.other}"
    elif command == "unlink":
        merging.unlink(context, number, args.other, args.note)
        data, text = {"unlinked": [number, args.other]}, f"已取消 {number} 与 {args.other} 的关联"
    elif command == "merge":
        merged = merging.merge(context, number, args.repeats, args.reason)
        repeats = [t.number for t in merged.repeats]
        data = {
            "main": number,
            "repeats": [{"number": t.number, "state": t.state.value} for t in merged.repeats],
        }
        text = f"已将 {'、'.join(repeats)} 并入主工单 {number}，随主工单办理"
    else:
        ticket = merging.unmerge(context, number, args.reason)
        data = {"unmerged": number, "state": ticket.state.value}
        text = f"{number} 已取消并单，按「{ticket.state.label}」单独办理"
    out.emit(data, text)
    return 0


def _show(args: argparse.Namespace, out: Output, service: Any) -> int:
    if args.reveal:
        service.reveal_caller(args.number)
    view = service.show(args.number)
    data = ticket_json(
        view.ticket, view.unit_names, reveal=args.reveal, calendar=service.context.calendar
    )
    data["events"] = [
        {
            "number": seq,
            "at": when(e.at),
            "actor": e.actor,
            "action": e.action,
            "from": e.from_state.value,
            "to": e.to_state.value,
            "note": e.note,
            "data": masked_event_data(e.data, view.ticket, args.reveal),
        }
        for seq, e in enumerate(view.events, start=1)
    ]

    def text() -> str:
        t = view.ticket
        lines = [
            ticket_line(t),
            f"  类型 {t.kind.label}  单位 {view.main_unit or '-'}  经办人 {view.name(t.owner) or '-'}",
            "  来电人 "
            + (
                f"{data['caller']['name']} {data['caller']['phone']}"
                if data["caller"]
                else "保密件，不显示"
            ),
            f"  内容 {t.content}",
            "  办理记录：",
        ]
        facts = event_facts(view.events, callee_revealed=args.reveal, name=view.name)
        lines += [
            f"    {seq:>3}. {when(e.at)}  {view.name(e.actor):<6} {action_label(e.action):<8} "
            + (f"{e.from_state.label} → {e.to_state.label}" if e.from_state != e.to_state else "")
            + ("  " + "；".join(f.text() for f in said)).rstrip()
            for seq, (e, said) in enumerate(zip(view.events, facts, strict=True), start=1)
        ]
        return "\n".join(lines)

    out.emit(data, text)
    return 0


def _list(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.domain.queue_query import QueueQuery
    from hotline_desk.services.queue import read_page

    query = QueueQuery(states=list(args.state or []), search=args.search, limit=args.limit)
    page = read_page(context, query, with_count=True, count_cap=None)
    tickets, total = page.tickets, page.total
    out.emit(
        {"total": total, "tickets": [ticket_json(t, calendar=context.calendar) for t in tickets]},
        lambda: "\n".join([ticket_line(t) for t in tickets] + [f"（共 {total} 件）"]),
    )
    return 0


def cmd_due(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.tickets import TicketService

    bound, tickets = TicketService(context).due_by_next_workday(args.include_overdue)
    now = context.clock.now()
    items = [
        {**ticket_json(t, calendar=context.calendar), "overdue": t.is_overdue(now)} for t in tickets
    ]
    data = {"now": when(now), "until": when(bound), "count": len(items), "tickets": items}
    out.emit(
        data,
        lambda: "\n".join(
            [f"{bound:%Y-%m-%d %H:%M} 前到期：{len(items)} 件"] + [ticket_line(t) for t in tickets]
        ),
    )
    return 0
