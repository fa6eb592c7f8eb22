"""``hotline-desk suggest`` and ``ticket suggest NUMBER``: the dispatch
suggestion (派单建议) – ranked units and categories, each with its score and
reasons."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from hotline_desk.cli.common import Output
from hotline_desk.services.errors import InputError


def emit_suggestion(out: Output, found: Any) -> None:
    def text() -> str:
        if not found.units and not found.categories:
            return f"没有建议：档案中可供学习的已办结工单 {found.learnt} 件"
        lines = ["建议承办单位："]
        lines += [
            f"  {s.name}  {s.score:.0%}  {'；'.join(s.reason_texts)}" for s in found.units
        ] or ["  （无）"]
        lines.append("建议分类：")
        lines += [
            f"  {s.name}  {s.score:.0%}  {'；'.join(s.reason_texts)}" for s in found.categories
        ] or ["  （无）"]
        lines.append(f"（从 {found.learnt} 件已办结工单学得；仅供参考，由经办人决定）")
        return "\n".join(lines)

    out.emit(found.as_json(), text)


def cmd_suggest(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.suggestion import model_for, suggest

    if args.train:
        started = time.perf_counter()

        def progress(count: int) -> None:
            print(f"\r已学习 {count:,} 件已办结工单…", end="", file=sys.stderr, flush=True)

        model = model_for(context, from_scratch=True, progress=progress)
        seconds = time.perf_counter() - started
        print(file=sys.stderr)
        out.emit(
            {"learnt": model.learnt, "seconds": round(seconds, 1)},
            f"派单建议已重新学习：{model.learnt:,} 件已办结工单，用时 {seconds:.1f} 秒",
        )
        return 0
    if not (args.title.strip() or args.content.strip()):
        raise InputError("--title/--content", "诉求的标题或内容")
    emit_suggestion(
        out, suggest(context, args.title, args.content, args.address, args.category, args.limit)
    )
    return 0
