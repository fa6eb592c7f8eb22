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
    out.emit(
        {
            "restored": str(args.file),
            "revision": info.revision,
            "tickets": info.tickets,
            "kept": str(aside),
        },
        f"已从 {args.file} 恢复（{info.tickets} 件工单，结构版本 {info.revision}）；原数据库另存为 {aside}",
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
