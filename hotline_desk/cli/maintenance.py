"""The store's upkeep on the command line: backup, restore, moving to the office server."""

from __future__ import annotations

import argparse
from typing import Any

from hotline_desk.cli.common import CliError, Output


def cmd_backup(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.backups import BackupError, backup_now

    try:
        done = backup_now(context, args.to)
    except BackupError as error:
        raise CliError(str(error)) from None
    out.emit(
        {"file": str(done.file), "tool": done.tool, "bytes": done.file.stat().st_size},
        f"已备份到 {done.file}（{done.file.stat().st_size // 1024} KB）",
    )
    return 0


def cmd_restore(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.backups import BackupError, restore_from

    try:
        aside, info = restore_from(context, args.file, accept_losses=args.accept_loss)
    except BackupError as error:
        raise CliError(str(error)) from None
    from hotline_desk.services.trail import verify_trail

    trail = verify_trail(context) if context.db.trail_key is not None else None
    broken = [b.number for b in trail.breaks] if trail is not None else []
    checked = (
        "办理记录未能核对：本工作站没有这份备份的记录密钥（db trail-key import）"
        if trail is None
        else f"办理记录已核对，{len(broken)} 件不可信：{'、'.join(broken[:20])}"
        if broken
        else "办理记录已核对，全部完好"
    )
    out.emit(
        {
            "restored": str(args.file),
            "revision": info.revision,
            "tickets": info.tickets,
            "kept": str(aside),
            "trail_checked": trail is not None,
            "broken": broken,
        },
        f"已从 {args.file} 恢复（{info.tickets} 件工单，结构版本 {info.revision}）；"
        f"原数据库另存为 {aside}；{checked}",
    )
    return 0


def cmd_migrate_to(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.move_to_server import CopyRefused, migrate_to

    try:
        copied = migrate_to(context, args.url)
    except CopyRefused as error:
        raise CliError(str(error)) from None
    total = sum(t.rows for t in copied)
    out.emit(
        {"tables": {t.table: t.rows for t in copied}, "rows": total, "checked": True},
        lambda: "\n".join(
            [f"  {t.table:<22} {t.rows:>8} 行" for t in copied]
            + [f"已复制并逐行核对 {total} 行（{len(copied)} 张表）"]
        ),
    )
    return 0
