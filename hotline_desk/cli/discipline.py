"""Sub-commands about the office's discipline: confirm, ensures, platform-check, phone-today."""

from __future__ import annotations

import argparse
from typing import Any

from hotline_desk.cli.common import (
    Output,
    when,
)
from hotline_desk.domain.ticket import Satisfaction, TicketState


def cmd_confirm(args: argparse.Namespace, out: Output, context: Any) -> int:
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
            + (f"  {detail_text(d['detail'])}" if d["detail"] else "")
            for d in data
        ),
    )
    return 0


def cmd_ensures(args: argparse.Namespace, out: Output, context: Any) -> int:
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


def cmd_platform_check(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.confirmations import platform_checks_on, record_platform_check

    if args.day is not None:
        checks = platform_checks_on(context, args.day)
        out.emit(
            [{"at": when(at), "operator": who, "note": note} for at, who, note in checks],
            lambda: (
                "\n".join(f"{at:%H:%M}  {who}  {note}" for at, who, note in checks) or "no checks"
            ),
        )
        return 0
    at = record_platform_check(context, args.note)
    out.emit({"at": when(at)}, f"已记录查看市平台：{at:%Y-%m-%d %H:%M}")
    return 0


def cmd_phone_today(args: argparse.Namespace, out: Output, context: Any) -> int:
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


DETAIL_WORDS = {
    "overdue": "已逾期",
    "awaiting_callback": "待回访",
    **{s.value: s.label for s in Satisfaction},
    **{s.value: s.label for s in TicketState},
}


def detail_text(detail: dict[str, int]) -> str:
    """A count's breakdown in words (已反馈 1，已提交审核 6) – never a Python dict."""
    return "，".join(f"{DETAIL_WORDS.get(k, k)} {v}" for k, v in sorted(detail.items()))
