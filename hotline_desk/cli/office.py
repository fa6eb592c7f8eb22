"""Sub-commands about the office's setup: calendar, rules, office hours, reply templates."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from hotline_desk.cli.common import (
    EXIT_NOT_FOUND,
    CliError,
    Output,
)
from hotline_desk.domain.auth import ScriptToken
from hotline_desk.domain.related import REASON_LABELS
from hotline_desk.services.errors import InputError


def _day_json(info: Any) -> dict[str, Any]:
    return {
        "date": info.day.isoformat(),
        "workday": info.workday,
        "estimate": info.estimate,
        "source": info.source.value,
        "note": info.note,
    }


def moved_json(result: Any) -> list[dict[str, str]]:
    return [
        {"number": n, "old_due": f"{old:%Y-%m-%d %H:%M}", "new_due": f"{new:%Y-%m-%d %H:%M}"}
        for n, old, new in (result.moved if result else [])
    ]


def moved_lines(result: Any) -> list[str]:
    """The tickets whose due date the new calendar moved, one line each."""
    if not result or not result.moved:
        return []
    return [f"按新日历重算了 {len(result.moved)} 件工单的办理时限："] + [
        f"  {n}  {old:%Y-%m-%d %H:%M} → {new:%Y-%m-%d %H:%M}" for n, old, new in result.moved
    ]


def cmd_calendar(args: argparse.Namespace, out: Output, context: Any) -> int:
    calendar = context.calendar
    command = args.calendar_command
    if command == "import":
        from hotline_desk.services.calendar_import import import_calendar

        if not args.file.is_file():
            raise CliError(f"找不到文件：{args.file}")
        result = import_calendar(context, args.file)
        out.emit(
            {"added": result.added, "updated": result.updated, "moved": moved_json(result)},
            lambda: "\n".join(
                [
                    f"工作日历：新增 {result.added} 天，更新 {result.updated} 天",
                    *moved_lines(result),
                ]
            ),
        )
        return 0
    if command == "notice":
        from hotline_desk.services.calendar_import import apply_days, read_notice_file

        if not args.file.is_file():
            raise CliError(f"找不到文件：{args.file}")
        reading = read_notice_file(args.file, args.year)
        entries = [
            {"date": d.day.isoformat(), "workday": d.workday, "note": d.note} for d in reading.days
        ]
        if args.apply and reading.problems:
            raise CliError("通知中有读不出的内容，未保存任何日期：" + "；".join(reading.problems))
        applied = apply_days(context, reading.days) if args.apply else None
        out.emit(
            {
                "year": reading.year,
                "days": entries,
                "problems": reading.problems,
                "applied": bool(applied),
                "moved": moved_json(applied),
            },
            lambda: "\n".join(
                [f"{reading.year} 年：{len(entries)} 天"]
                + [f"  {d.day} {'上班' if d.workday else '放假'}  {d.note}" for d in reading.days]
                + [f"  读不出：{p}" for p in reading.problems]
                + [
                    f"已保存（新增 {applied.added} 天，更新 {applied.updated} 天）"
                    if applied
                    else "未保存：核对无误后加 --apply 保存"
                ]
                + moved_lines(applied)
            ),
        )
        return 0
    if command == "is-workday":
        info = calendar.day(args.date)
        out.emit(
            _day_json(info),
            lambda: (
                f"{info.day} {'工作日' if info.workday else '休息日'}"
                f"{'（推算）' if info.estimate else ''} {info.note}".rstrip()
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
    out.emit(data, f"{result_day}{'（推算，未见当年国务院放假通知）' if estimate else ''}")
    return 0


def cmd_office_hours(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.office_settings import set_office_hours

    if args.opens is not None or args.closes is not None:
        set_office_hours(context, args.opens, args.closes)
    hours = context.office_hours()
    opens, closes = f"{hours.opens:%H:%M}", f"{hours.closes:%H:%M}"
    out.emit({"opens": opens, "closes": closes}, f"办公时间 {opens}–{closes}")
    return 0


def cmd_units(args: argparse.Namespace, out: Output, context: Any) -> int:
    """The directory of handling units (承办单位通讯录)."""
    from hotline_desk.services.directory import list_units
    from hotline_desk.services.units import UnitInput, save_unit

    if args.units_command == "add":
        unit = save_unit(
            context,
            UnitInput(args.name, args.handler, args.handler_phone, args.leader, args.leader_phone),
        )
        out.emit(
            {"id": unit.id, "name": unit.name},
            f"已登记承办单位 {unit.name}（承办人 {unit.handler_name} {unit.handler_phone}）",
        )
        return 0
    units = list_units(context)
    out.emit(
        [
            {"id": u.id, "name": u.name, "handler": u.handler_name, "phone": u.handler_phone}
            for u in units
        ],
        lambda: "\n".join(f"{u.id:>3} {u.name}  {u.handler_name} {u.handler_phone}" for u in units),
    )
    return 0


def cmd_import(args: argparse.Namespace, out: Output, context: Any) -> int:
    """Tickets from a platform export; bad rows are reported, never stop the rest."""
    from hotline_desk.domain.platform_sync import FIELD_LABELS, shown
    from hotline_desk.services.import_report import save_report
    from hotline_desk.services.importer import ExistingTickets, import_file, load_mapping
    from hotline_desk.services.staff import check_actor

    if not args.file.is_file():
        raise CliError(f"找不到文件：{args.file}")
    if args.report is not None and args.report.suffix.lower() not in (".xlsx", ".csv"):
        raise CliError(f"报告文件应为 .xlsx 或 .csv：{args.report}")
    if not args.dry_run:
        check_actor(context)
    mapping = load_mapping(args.mapping) if args.mapping else None
    existing = ExistingTickets(args.existing)
    report = import_file(context, args.file, mapping, args.sheet, args.dry_run, existing)
    if args.report is not None:
        save_report(report, args.report)

    def field_label(name: str) -> str:
        return FIELD_LABELS.get(name, name)

    def listed(lines: list[str]) -> list[str]:
        return lines[:50] + ([f"  ……另有 {len(lines) - 50} 处"] if len(lines) > 50 else [])

    out.emit(
        report.to_json(),
        lambda: "\n".join(
            [
                f"{report.file}（映射：{report.mapping}）：读取 {report.read} 行，"
                f"{'可导入' if args.dry_run else '导入'} {report.imported} 件，"
                f"更新 {report.updated} 件，无变化 {report.unchanged} 件，"
                f"拒绝 {report.rejected} 行，不一致 {len(report.conflicts)} 处"
            ]
            + listed(
                [
                    f"  第 {e.row} 行「{e.field}」：{e.reason}"
                    + (f"（实际为「{e.got}」）" if e.got else "")
                    for e in report.shown_errors()
                ]
            )
            + listed([f"  {n}：{change}" for n, change in report.changes])
            + listed(
                [
                    f"  不一致：{c.number}「{field_label(c.field)}」"
                    f"本地「{shown(c.field, c.local)}」，市平台「{shown(c.field, c.platform)}」"
                    for c in report.conflicts
                ]
            )
            + (
                [f"{len(report.repeats)} 件工单重复尚未办结的事项（可能重复投诉）"]
                + listed(
                    [f"  {n} 与未办结的 {o}：{REASON_LABELS[why]}" for n, o, why in report.repeats]
                )
                if report.repeats
                else []
            )
            + ([f"已停止：{report.stopped}"] if report.stopped else [])
            + (
                [f"另有 {report.unlisted_rows} 行被拒绝，未逐行列出"]
                if report.unlisted_rows
                else []
            )
            + ([f"新增单位：{'、'.join(report.new_units)}"] if report.new_units else [])
            + ([f"未用的列：{'、'.join(report.unused_columns)}"] if report.unused_columns else [])
            + ([f"报告已保存：{args.report}"] if args.report else [])
        ),
    )
    return 0


def cmd_conflicts(args: argparse.Namespace, out: Output, context: Any) -> int:
    """Conflicts the imports found, and settling one (an event on the ticket)."""
    from hotline_desk.domain.platform_sync import shown
    from hotline_desk.services import platform_conflicts
    from hotline_desk.services.staff import check_actor

    if args.conflict_command == "settle":
        check_actor(context)
        take = args.take == "platform"
        platform_conflicts.settle(context, args.number, args.field, take)
        out.emit(
            {"number": args.number, "field": args.field, "take": args.take},
            f"{args.number}「{args.field}」：{'采用市平台的值' if take else '保留本地的值'}",
        )
        return 0
    found = platform_conflicts.open_conflicts(context)
    out.emit(
        [
            {
                "number": c.number,
                "field": c.field,
                "local": c.local,
                "platform": c.platform,
                "at": c.at.isoformat(),
                "source": c.source,
            }
            for c in found
        ],  # fmt: skip
        lambda: (
            "\n".join(
                f"{c.number}  {c.field}（{c.field_label}）"
                f"  本地「{shown(c.field, c.local)}」  市平台「{shown(c.field, c.platform)}」"
                for c in found
            )
            or "没有未处理的不一致"
        ),
    )
    return 0


def cmd_export(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.domain.queue_query import QueueQuery
    from hotline_desk.services.exporter import export_tickets

    if args.file.suffix.lower() != ".xlsx":
        raise CliError(f"导出文件应为 .xlsx：{args.file}")
    query = QueueQuery(states=list(args.state or []), search=args.search, order="newest")
    count = export_tickets(context, args.file, query, with_attachments=args.attachments)
    out.emit({"file": str(args.file), "tickets": count}, f"已导出 {count} 件工单到 {args.file}")
    return 0


ENV_NEW_PASSWORD = "HOTLINE_DESK_NEW_PASSWORD"


def _token_record(token: ScriptToken) -> dict[str, Any]:
    def when(value: datetime | None) -> str | None:
        return value.isoformat(timespec="minutes") if value is not None else None

    return {
        "id": token.id,
        "login": token.login,
        "label": token.label,
        "issued_by": token.issued_by,
        "issued_at": when(token.issued_at),
        "expires_at": when(token.expires_at),
        "revoked_at": when(token.revoked_at),
        "last_used_at": when(token.last_used_at),
    }


def _token_line(token: ScriptToken) -> str:
    if token.revoked_at is not None:
        status = f"已撤销 {token.revoked_at:%Y-%m-%d %H:%M}"
    elif token.expires_at is not None:
        status = f"有效至 {token.expires_at:%Y-%m-%d %H:%M}"
    else:
        status = "长期有效"
    used = f"上次使用 {token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "未使用过"
    label = f"（{token.label}）" if token.label else ""
    return (
        f"{token.id:>4}  {token.login}{label}  {token.issued_at:%Y-%m-%d} 由 {token.issued_by} "
        f"发放  {status}  {used}"
    )


def _staff_token(args: argparse.Namespace, out: Output, context: Any) -> int:
    """Script tokens: issue (to a new file), list, revoke – the admin's."""
    from hotline_desk.services import script_tokens

    if args.token_command == "issue":
        days = None if args.no_expiry else args.days
        issued = script_tokens.issue_token_file(context, args.login, args.out, args.label, days)
        out.emit(
            {**_token_record(issued.token), "file": str(args.out)},
            f"已为 {issued.token.login} 发放脚本令牌 {issued.token.id}，写入 {args.out}"
            "（只有您可读；请像密码一样保管）",
        )
        return 0
    if args.token_command == "revoke":
        token = script_tokens.revoke_token(context, args.id)
        out.emit(_token_record(token), f"已撤销脚本令牌 {token.id}（{token.login}）")
        return 0
    tokens = script_tokens.list_tokens(context)
    out.emit(
        [_token_record(t) for t in tokens],
        lambda: "\n".join(map(_token_line, tokens)) or "尚未发放脚本令牌",
    )
    return 0


def cmd_staff(args: argparse.Namespace, out: Output, context: Any) -> int:
    """The staff list (人员): only those on it act; editing it is an act too."""
    from hotline_desk.services.staff import check_actor, list_staff, remove_staff, save_staff

    if args.staff_command == "add":
        check_actor(context)
        member = save_staff(context, args.login, args.name, args.role)
        out.emit(
            {"login": member.login, "name": member.name, "role": member.role},
            f"已登记 {member.login}（{member.name}，{member.role_label}）",
        )
        return 0
    if args.staff_command == "password":
        from hotline_desk.cli.common import ask_secret
        from hotline_desk.services.auth import set_password

        password = ask_secret(f"{args.login} 的新密码：", ENV_NEW_PASSWORD, confirm=True)
        set_password(context, args.login, password)
        out.emit({"login": args.login, "password": "set"}, f"已设置 {args.login} 的密码")
        return 0
    if args.staff_command == "token":
        return _staff_token(args, out, context)
    if args.staff_command == "sign-in":
        from hotline_desk.services.auth import set_sign_in

        set_sign_in(context, args.state == "on")
        out.emit(
            {"sign_in": args.state == "on"}, "已开启登录" if args.state == "on" else "已关闭登录"
        )
        return 0
    if args.staff_command == "remove":
        check_actor(context)
        if not remove_staff(context, args.login):
            raise CliError(f"人员名单中没有「{args.login}」", EXIT_NOT_FOUND)
        out.emit({"removed": args.login}, f"已从人员名单删除 {args.login}")
        return 0
    members = list_staff(context)
    out.emit(
        [{"login": m.login, "name": m.name, "role": m.role} for m in members],
        lambda: (
            "\n".join(f"{m.login:<12} {m.name}  {m.role_label}" for m in members)
            or "人员名单为空：第一个办理工单的人会被登记为经办人员"
        ),
    )
    return 0


def cmd_rules(args: argparse.Namespace, out: Output, context: Any) -> int:
    if args.rules_command == "set":
        from hotline_desk.services.office_settings import update_rule

        rule = update_rule(context, args.code, args.amount, args.unit, args.name)
        out.emit(rule.to_mapping(), f"{rule.name}（{rule.code}）：{rule.amount} {rule.unit.label}")
        return 0
    rules = sorted(context.rules().values(), key=lambda r: r.code)
    out.emit(
        [r.to_mapping() for r in rules],
        lambda: "\n".join(f"{r.code:<28} {r.amount:>3} {r.unit.label:<5} {r.name}" for r in rules),
    )
    return 0


def cmd_templates(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.domain.reply_templates import FEEDBACK_PARTS, ReplyTemplate
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
                raise InputError("starter", "PART=TEXT 的形式", item)
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
        out.emit(template.to_mapping(), f"已保存答复模板 {template.code}（{template.name}）")
        return 0
    if args.templates_command == "remove":
        if not remove_template(context, args.code):
            raise CliError(f"没有代码为「{args.code}」的答复模板", EXIT_NOT_FOUND)
        out.emit({"removed": args.code}, f"已删除答复模板 {args.code}")
        return 0
    items = list_templates(context)
    out.emit(
        [t.to_mapping() for t in items],
        lambda: "\n".join(
            f"{t.code:<12} {t.name}  必填：{'、'.join(FEEDBACK_PARTS[p] for p in t.required)}"
            for t in items
        ),
    )
    return 0
