"""``hotline-desk whitelist add|list|remove`` (白名单)."""

from __future__ import annotations

import argparse
from typing import Any

from hotline_desk.cli.common import Output


def _entry_json(entry: Any, today: Any) -> dict[str, object]:
    return {
        "id": entry.id,
        "source": entry.source_number,
        "address": entry.address,
        "kind": entry.kind,
        "category": entry.category,
        "reason": entry.reason,
        "answer": entry.answer,
        "until": entry.until.isoformat(),
        "status": entry.status(today),
        "created_by": entry.created_by,
        "created_at": entry.created_at.isoformat(" ", "seconds"),
    }


def _entry_line(entry: Any, today: Any) -> str:
    return (
        f"{entry.id:>4}  {entry.status(today)}  至 {entry.until}  {entry.source_number}  "
        f"{entry.address}  {entry.category or '-'}  {entry.reason}"
    )


def cmd_whitelist(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services import whitelist

    today = context.clock.now().date()
    if args.whitelist_command == "add":
        entry = whitelist.add(context, args.number, args.until, args.reason, args.answer)
        out.emit(
            _entry_json(entry, today),
            f"已列入白名单（第 {entry.id} 条）：{entry.address} 的同类诉求至 {entry.until} "
            "到达时将标记为已确认正常",
        )
    elif args.whitelist_command == "remove":
        entry = whitelist.remove(context, args.id, args.reason)
        out.emit(_entry_json(entry, today), f"已移出白名单（第 {entry.id} 条）")
    else:
        entries = whitelist.entries(context, include_ended=args.all)
        out.emit(
            [_entry_json(e, today) for e in entries],
            lambda: "\n".join(_entry_line(e, today) for e in entries) or "白名单为空",
        )
    return 0
