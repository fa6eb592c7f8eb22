"""``ticket attach|attachments|attachment get|remove`` (附件)."""

from __future__ import annotations

import argparse
from typing import Any

from hotline_desk.cli.common import Output


def _json(a: Any) -> dict[str, object]:
    return {
        "id": a.id, "number": a.ticket_number, "name": a.name, "kind": a.kind, "size": a.size,
        "sha256": a.digest, "event": a.event_action or None, "event_number": a.event_seq,
        "added_by": a.added_by, "added_by_name": a.adder,
        "added_at": a.added_at.isoformat(" ", "seconds"),
    }  # fmt: skip


def _line(a: Any) -> str:
    from hotline_desk.domain.attachments import shown_size
    from hotline_desk.domain.lifecycle import action_label

    on = f"  属于第 {a.event_seq} 条记录（{action_label(a.event_action)}）" if a.event_seq else ""
    return (
        f"{a.id:>5}  {a.name}  {a.kind_label}  {shown_size(a.size)}  "
        f"{a.added_at:%Y-%m-%d %H:%M} {a.adder}{on}"
    )


def cmd_attachments(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services import attachments

    command = args.ticket_command
    if command == "attach":
        added = attachments.attach(
            context, args.number, attachments.read_files(args.files), args.event
        )
        out.emit(
            [_json(a) for a in added],
            lambda: (
                f"已为工单 {args.number} 添加 {len(added)} 个附件：\n"
                + "\n".join(_line(a) for a in added)
            ),
        )
    elif command == "attachments":
        found = attachments.attachments_of(context, args.number)
        out.emit(
            [_json(a) for a in found],
            lambda: "\n".join(_line(a) for a in found) or f"工单 {args.number} 没有附件",
        )
    elif args.attachment_command == "limits":
        file_mb, ticket_mb = attachments.attachment_limits(context)
        if args.file_mb is not None or args.ticket_mb is not None:
            file_mb, ticket_mb = attachments.set_attachment_limits(
                context,
                file_mb if args.file_mb is None else args.file_mb,
                ticket_mb if args.ticket_mb is None else args.ticket_mb,
            )
        out.emit(
            {"file_mb": file_mb, "ticket_mb": ticket_mb},
            f"附件上限：单个文件 {file_mb} MB，每件工单合计 {ticket_mb} MB",
        )
    elif args.attachment_command == "get":
        saved = attachments.save_attachment(context, args.id, args.out)
        out.emit(_json(saved), f"已保存附件 {saved.name} 到 {args.out}")
    else:
        removed = attachments.remove_attachment(context, args.id)
        out.emit(_json(removed), f"已删除工单 {removed.ticket_number} 的附件 {removed.name}")
    return 0
