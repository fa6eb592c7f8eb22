"""``hotline-desk audit`` (who saw callers' data) and the sealed trail's
``db verify`` and ``db trail-key export|import``."""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from typing import Any

from hotline_desk.cli.common import CliError, Output


def cmd_audit(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.access_log import access_entries

    since = datetime.combine(args.since, datetime.min.time()) if args.since else None
    entries = access_entries(context, since)
    out.emit(
        [
            {
                "at": e.at.isoformat(" ", "seconds"),
                "actor": e.actor,
                "what": e.what,
                "subject": e.subject,
                "callers": e.callers,
                "detail": e.detail,
            }
            for e in entries
        ],
        lambda: (
            "\n".join(
                f"{e.at:%Y-%m-%d %H:%M}  {e.actor:<10} {e.label}  {e.subject}  "
                f"{e.callers} 位来电人" + (f"  {e.detail}" if e.detail else "")
                for e in entries
            )
            or "没有访问记录"
        ),
    )
    return 0


def cmd_verify(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.staff import list_staff
    from hotline_desk.services.trail import verify_trail

    report = verify_trail(context, processes=os.cpu_count() or 1)
    names = {m.login: m.name for m in list_staff(context) if m.name}
    sealed = "；".join(
        f"{at:%Y-%m-%d %H:%M} 由 {names.get(by, by)} 封存 {t} 件" for at, by, t, _e in report.sealed
    )

    def text() -> str:
        lines = [
            f"{b.number}：{b.text()}" + (f"（记录号 {b.event_id}）" if b.event_id else "")
            for b in report.breaks
        ]
        summary = (
            f"已核对 {report.checked} 件工单的办理记录，全部完好"
            if report.ok
            else f"已核对 {report.checked} 件工单，{len(report.breaks)} 件的办理记录被改动过："
        )
        return "\n".join([summary, *lines, f"（{report.seconds:.1f} 秒；{sealed or '尚未封存'}）"])

    out.emit(report.to_json(), text)
    return 0 if report.ok else 1


def cmd_trail_key(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.trail import store_fingerprint
    from hotline_desk.services.trail_keys import export_key, import_key

    if args.key_command == "export":
        fingerprint = export_key(context, args.file)
        out.emit(
            {"file": str(args.file), "fingerprint": fingerprint},
            f"已把记录密钥（指纹 {fingerprint}）写入 {args.file}（只有您可读）："
            "在每台工作站运行 hotline-desk db trail-key import 该文件，然后删除它",
        )
        return 0
    if args.key_command == "import":
        fingerprint = import_key(args.file, store_fingerprint(context))
        out.emit(
            {"file": str(args.file), "fingerprint": fingerprint},
            f"已导入记录密钥（指纹 {fingerprint}）：重新启动 hotline-desk 后即可办理工单",
        )
        return 0
    raise CliError("db trail-key 需要 export 或 import")
