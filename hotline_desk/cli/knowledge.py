"""``hotline-desk kb``: the knowledge base (知识库) – add, edit, show, list,
search, import, export, retire; ``--format json`` for scripts."""

from __future__ import annotations

import argparse
from typing import Any

from hotline_desk.cli.common import Output

ENTRY_OPTIONS = ("title", "category", "answer", "basis", "source_unit", "keywords",
                 "effective", "review_due")  # fmt: skip


def add_kb_parser(sub: Any, commands: Any) -> None:
    kb = sub(commands, "kb", "知识库: the office's answers and their policy basis")
    actions = kb.add_subparsers(dest="kb_command", required=True, metavar="ACTION")

    def entry_options(p: argparse.ArgumentParser, required: bool) -> None:
        p.add_argument("--title", required=required)
        p.add_argument("--answer", required=required, help="答复内容")
        p.add_argument("--category", help="分类，如 社会保障/养老保险/缴费")
        p.add_argument("--basis", help="政策法规依据：文件名称、文号、条款")
        p.add_argument("--source-unit", help="来源单位")
        p.add_argument("--keywords")
        p.add_argument("--effective", help="生效日期 YYYY-MM-DD")
        p.add_argument("--review-due", help="复核日期 YYYY-MM-DD")

    entry_options(sub(actions, "add", "a new entry (综合科, admin)"), True)
    p = sub(actions, "edit", "change an entry's fields (a new version)")
    p.add_argument("id", type=int)
    entry_options(p, False)
    sub(actions, "show", "an entry with its versions").add_argument("id", type=int)
    sub(actions, "retire", "已失效: kept, no longer offered").add_argument("id", type=int)
    for name, help_text in (("search", "entries holding every term"), ("list", "the newest")):
        p = sub(actions, name, help_text)
        if name == "search":
            p.add_argument("query", help="two or more characters; terms apart by spaces")
        p.add_argument("--category", default="")
        p.add_argument("--unit", default="")
        p.add_argument(
            "--status", action="append", choices=["active", "review", "retired"],
            help="有效/待复核/已失效 (repeatable; default active and review)",
        )  # fmt: skip
        p.add_argument("--limit", type=int, default=20)
    sub(actions, "import", "rows of an .xlsx with the export's headers").add_argument("file")
    p = sub(
        actions, "categories", "the office's category tree; --import a 一级/二级/三级分类 sheet"
    )
    p.add_argument("--import", dest="tree", metavar="FILE", help="replace the tree from a workbook")
    p = sub(actions, "export", "every entry to an .xlsx")
    p.add_argument("file")
    p.add_argument("--in-force", action="store_true", help="leave the retired ones out")


def _json(entry: Any, today: Any) -> dict[str, object]:
    return {
        "id": entry.id, "title": entry.title, "category": entry.category,
        "answer": entry.answer, "basis": entry.basis, "source_unit": entry.source_unit,
        "keywords": entry.keywords,
        "effective": entry.effective.isoformat() if entry.effective else None,
        "review_due": entry.review_due.isoformat() if entry.review_due else None,
        "status": entry.shown_status(today), "version": entry.version,
        "updated_at": entry.updated_at.isoformat(" ", "seconds") if entry.updated_at else None,
        "updated_by": entry.updated_by,
    }  # fmt: skip


def _line(entry: Any, today: Any) -> str:
    from hotline_desk.domain.knowledge import STATUS_LABELS

    return (
        f"{entry.id:>5}  {STATUS_LABELS[entry.shown_status(today)]}  {entry.category or '-'}  "
        f"{entry.title}" + (f"  〔{entry.basis}〕" if entry.basis else "")
    )


def cmd_kb(args: argparse.Namespace, out: Output, context: Any) -> int:
    from pathlib import Path

    from hotline_desk.domain.knowledge import CHANGE_LABELS, STATUS_LABELS, field_label
    from hotline_desk.services import knowledge

    today = context.clock.now().date()
    command = args.kb_command
    if command in ("add", "edit"):
        values = {k: getattr(args, k) for k in ENTRY_OPTIONS if getattr(args, k) is not None}
        entry = (
            knowledge.add_entry(context, values)
            if command == "add"
            else knowledge.edit_entry(context, args.id, values)
        )
        out.emit(
            _json(entry, today), f"知识库第 {entry.id} 条（第 {entry.version} 版）：{entry.title}"
        )
    elif command == "retire":
        entry = knowledge.retire_entry(context, args.id)
        out.emit(_json(entry, today), f"知识库第 {entry.id} 条已失效：{entry.title}")
    elif command == "show":
        entry, changes = knowledge.show(context, args.id)
        data = _json(entry, today) | {
            "versions": [
                {"version": c.version, "at": c.at.isoformat(" ", "seconds"), "actor": c.actor,
                 "action": c.action, "changes": {k: list(v) for k, v in c.changes.items()}}
                for c in changes
            ]
        }  # fmt: skip

        def text() -> str:
            lines = [
                f"{entry.title}（第 {entry.id} 条，{STATUS_LABELS[entry.shown_status(today)]}）",
                f"分类 {entry.category or '-'}  来源单位 {entry.source_unit or '-'}  "
                f"生效 {entry.effective or '-'}  复核 {entry.review_due or '-'}",
                f"答复：{entry.answer}",
                f"依据：{entry.basis or '-'}",
                "版本：",
            ]
            for c in changes:
                what = "、".join(field_label(k) for k in c.changes)
                lines.append(
                    f"  第 {c.version} 版 {c.at:%Y-%m-%d %H:%M} {c.actor} "
                    f"{CHANGE_LABELS.get(c.action, c.action)} {what}"
                )
            return "\n".join(lines)

        out.emit(data, text)
    elif command in ("search", "list"):
        statuses = tuple(args.status or ("active", "review"))
        found = knowledge.search(
            context, getattr(args, "query", ""), args.category, args.unit, statuses, args.limit
        )
        out.emit(
            [_json(f.entry, today) | {"score": round(f.score, 2)} for f in found],
            lambda: "\n".join(_line(f.entry, today) for f in found) or "没有找到知识条目",
        )
    elif command == "categories":
        if args.tree:
            count = knowledge.import_categories(context, Path(args.tree))
            out.emit({"categories": count}, f"知识库分类已导入：{count} 个")
        else:
            found = knowledge.categories(context)
            out.emit(found, lambda: "\n".join(found) or "还没有分类")
    elif command == "import":
        report = knowledge.import_entries(context, Path(args.file))
        out.emit(
            {"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
             "problems": [{"row": r, "field": f, "reason": w} for r, f, w in report.problems]},
            lambda: "\n".join(
                [f"知识库导入：新增 {report.added}，更新 {report.updated}，无变化 {report.unchanged}，"
                 f"有问题 {len(report.problems)} 行"]
                + [f"  第 {r} 行：{w}" for r, _f, w in report.problems]
            ),
        )  # fmt: skip
        return 0 if not report.problems else 1
    else:
        count = knowledge.export_entries(context, Path(args.file), not args.in_force)
        out.emit({"exported": count, "file": args.file}, f"已导出 {count} 条知识条目到 {args.file}")
    return 0
