"""Sub-commands about the poll and alerts: poll, watch, alerts, poll-settings, duty."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from hotline_desk.cli.common import (
    EXIT_NOT_FOUND,
    CliError,
    Output,
    when,
)
from hotline_desk.domain import settings


def _alert_json(alert: Any, result: Any) -> dict[str, Any]:
    return {
        "kind": alert.kind.value,
        "label": alert.kind.label,
        "number": alert.number,
        "title": alert.title,
        "due": when(alert.due),
        "channel": result.channel_of(alert.number, alert.kind),
    }


def cmd_poll(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.notifier import default_notifier
    from hotline_desk.services.poller import Poller

    poller = Poller(context, default_notifier())
    try:
        result = poller.run_once()
    finally:
        poller.close()
    data = {
        "at": when(result.at),
        "office_hours": result.office_hours,
        "on_duty": result.on_duty,
        "alerts": [_alert_json(a, result) for a in result.alerts],
        "notifications": [
            {"title": d.notification.title, "body": d.notification.body, "channel": d.channel}
            for d in result.deliveries
        ],
        "imported_files": [
            {
                "file": f.file,
                "moved_to": str(f.moved_to),
                "report": f.report.to_json() if f.report else None,
                "problem": f.problem,
            }
            for f in result.imported
        ],
    }
    out.emit(
        data,
        lambda: "\n".join(
            [
                f"导入文件夹：{f.file} → {f.moved_to.parent.name}/"
                + (
                    f"（导入 {f.report.imported} 件，更新 {f.report.updated} 件，"
                    f"拒绝 {f.report.rejected} 行）"
                    if f.report
                    else f"（{f.problem}）"
                )
                for f in result.imported
            ]
            + [f"新提醒 {len(result.alerts)} 条，桌面通知 {len(result.deliveries)} 条"]
            + [
                f"  [{d.channel or '仅窗口内'}] {d.notification.title}  {d.notification.body}"
                for d in result.deliveries
            ]
        ),
    )
    return 0


def cmd_watch(args: argparse.Namespace, out: Output, context: Any) -> int:
    import logging
    import signal
    import threading
    from datetime import timedelta

    from hotline_desk.log_setup import show_on_console
    from hotline_desk.services.notifier import default_notifier
    from hotline_desk.services.poller import Poller, poll_interval
    from hotline_desk.services.scheduler import PollScheduler

    show_on_console(logging.INFO)
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
    minutes = int(interval.total_seconds() // 60)
    print(f"每 {minutes} 分钟检查一次；按 Ctrl+C 停止", file=sys.stderr)
    stop.wait()
    scheduler.shutdown()
    poller.close()
    return 0


def cmd_alerts(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.alert_list import alert_list, mark_alerts_seen

    items = [
        {
            "id": a.id,
            "at": when(a.created_at),
            "kind": a.kind.value,
            "number": a.number,
            "title": a.title,
            "body": a.body,
            "channel": a.channel,
            "recipient": a.recipient,
            "seen": a.seen,
        }
        for a in alert_list(context, args.limit, args.unseen).entries
    ]
    if args.mark_seen:
        mark_alerts_seen(context)
    out.emit(
        items,
        lambda: (
            "\n".join(
                f"{'  ' if i['seen'] else '* '}{i['at']}  {i['title']}  {i['body']}" for i in items
            )
            or "没有提醒"
        ),
    )
    return 0


def cmd_poll_settings(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.poller import (
        duty_kinds,
        poll_interval,
        set_duty_kinds,
        set_poll_settings,
    )
    from hotline_desk.services.watched_folder import set_watched_folder, watched_folder

    set_poll_settings(context, args.interval_minutes, args.digest_above)
    if args.duty_kinds is not None:
        set_duty_kinds(context, args.duty_kinds.split(","))
    if args.import_folder is not None:
        set_watched_folder(context, args.import_folder)
    folder = watched_folder(context)
    data = {
        "interval_minutes": int(poll_interval(context).total_seconds() // 60),
        "digest_above": context.get(settings.DIGEST_ABOVE),
        "duty_kinds": sorted(k.value for k in duty_kinds(context)),
        "import_folder": str(folder) if folder else "",
    }
    out.emit(
        data,
        lambda: (
            f"检查间隔：{data['interval_minutes']} 分钟\n"
            f"同一次检查超过 {data['digest_above']} 条提醒时合并为一条通知\n"
            "值班时段提醒的类别："
            + "、".join(k.label for k in sorted(duty_kinds(context), key=lambda k: k.value))
            + f"\n导入文件夹：{folder or '未设置'}"
        ),
    )
    return 0


def cmd_duty(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.duty_roster import (
        add_duty_shift,
        remove_duty_shift,
        shifts_around,
    )

    if args.duty_command == "add":
        shift = add_duty_shift(context, args.who, args.starts, args.ends, args.note)
        out.emit(
            {"id": shift.id},
            f"已排班 {shift.id}：{shift.who} "
            f"{shift.starts:%Y-%m-%d %H:%M} 至 {shift.ends:%Y-%m-%d %H:%M}",
        )
        return 0
    if args.duty_command == "remove":
        if not remove_duty_shift(context, args.id):
            raise CliError(f"没有编号为 {args.id} 的值班安排", EXIT_NOT_FOUND)
        out.emit({"removed": args.id}, f"已删除值班安排 {args.id}")
        return 0
    now = context.clock.now()
    shifts = shifts_around(context, days_back=1, days_ahead=args.days)
    out.emit(
        [
            {
                "id": s.id,
                "who": s.who,
                "from": when(s.starts),
                "to": when(s.ends),
                "now": s.covers(now),
            }
            for s in shifts
        ],
        lambda: (
            "\n".join(
                f"{s.id:>4} {s.who:<12} {s.starts:%Y-%m-%d %H:%M} 至 "
                f"{s.ends:%Y-%m-%d %H:%M}{'  （正在值班）' if s.covers(now) else ''}"
                for s in shifts
            )
            or "没有值班安排"
        ),
    )
    return 0
