"""The general desk's commands: the monthly report, its rules, the difficult-ticket sheet."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hotline_desk.cli.common import CliError, Output

SUFFIXES = {"xlsx": ".xlsx", "pdf": ".pdf", "json": ".json"}


def _report_format(args: argparse.Namespace) -> str:
    """--format, or the --out file's suffix; text on the console otherwise."""
    fmt = getattr(args, "format", "text")
    if fmt == "text" and args.out is not None:
        by_suffix = {v: k for k, v in SUFFIXES.items()}
        fmt = by_suffix.get(args.out.suffix.lower(), "")
        if not fmt:
            raise CliError(f"--out 应为 .xlsx、.pdf 或 .json 文件：{args.out}")
    if fmt in ("xlsx", "pdf") and args.out is None:
        raise CliError(f"--format {fmt} 须用 --out 指定文件")
    if args.out is not None and args.out.suffix.lower() != SUFFIXES.get(fmt, args.out.suffix):
        raise CliError(f"--format {fmt} 的文件应以 {SUFFIXES[fmt]} 结尾：{args.out}")
    return fmt


def cmd_report(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.statistics import add_months, month_report, trend, weekly

    fmt = _report_format(args)
    report = month_report(context, args.month, args.to, unit=args.unit)
    if fmt == "json":
        text = json.dumps(report.as_json(), ensure_ascii=False, indent=2)
        if args.out is None:
            print(text)
        else:
            args.out.write_text(text + "\n", encoding="utf-8")
            print(f"已写出 {args.out}")
        return 0
    weeks = weekly(context, report.last, refresh=False)
    if fmt == "xlsx":
        from hotline_desk.services.report_workbook import write_report_xlsx

        write_report_xlsx(report, weeks, args.out)
        print(f"已写出 {args.out}")
        return 0
    if fmt == "pdf":
        from hotline_desk.printing.app import ensure_app
        from hotline_desk.printing.documents import report_document, write_pdf

        ensure_app()
        months = trend(context, report.last, 12, refresh=False)
        write_pdf(report_document(report, months, weeks), args.out, f"月度统计 {report.period}")
        print(f"已写出 {args.out}")
        return 0
    out.emit(report.as_json(), lambda: _text(report.as_json(), add_months))
    return 0


def _percent(value: object) -> str:
    return "—" if value is None else f"{float(value) * 100:.1f}%"  # type: ignore[arg-type]


def _text(data: dict[str, Any], _add: Any) -> str:
    lines = [
        f"{data['month']} 月度统计（截至 {data['as_of']}）",
        f"交办 {data['total']}（事项 {data['matters']}，重复投诉 {data['repeats']}）  办结 {data['completed']}（{_percent(data['completion_rate'])}）"
        f"  满意率 {_percent(data['satisfaction_rate'])}"
        f"（接通 {data['reached']}，无法联系 {data['unreachable']}，保密件 {data['confidential']}）",
        f"退单 {data['returns']}（无故 {data['unjustified_returns']}）  转办 {data['transfers']}"
        f"  逾期 {data['overdue']}  承诺件 {data['commitments']}  重新交办 {data['reassigned']}"
        f"  审核退回 {data['review_returns']}  虚假反馈 {data['false_feedback']}",
        f"按时派单率 {_percent(data['on_time_dispatch_rate'])}"
        f"  按时办结率 {_percent(data['on_time_completion_rate'])}",
        "承办单位（得分）：",
    ]
    lines += [
        f"  {u['name']}  {u.get('score', '—')}  交办 {u['total']}  重复投诉 {u['repeats']}  办结率 {_percent(u['completion_rate'])}"
        f"  逾期答复 {u['overdue_replies']}  无故退单 {u['unjustified_returns']}"
        for u in data["units"]
    ]
    for flag in data["accountability"]["flagged"]:
        lines.append(f"须报告：{flag['operator']} — {'；'.join(flag['reasons'])}")
    return "\n".join(lines)


def cmd_report_rules(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.services.statistics import assessment_rules, save_assessment_rules

    if args.set is not None:
        try:
            text = args.set.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CliError(f"读不了 {args.set}：{error}") from None
        rules = save_assessment_rules(context, text)
        print(f"已保存考核规则（{len(rules.deductions)} 项扣分）")
        return 0
    print(assessment_rules(context).to_json())
    return 0


def cmd_sheet(args: argparse.Namespace, out: Output, context: Any) -> int:
    from hotline_desk.printing.app import ensure_app
    from hotline_desk.printing.documents import sheet_document, write_pdf
    from hotline_desk.services.difficult_sheet import sheet_for

    out_file: Path = args.out
    if out_file.suffix.lower() != ".pdf":
        raise CliError(f"呈批单应写成 .pdf 文件：{out_file}")
    sheet = sheet_for(context, args.number)
    ensure_app()
    document = sheet_document(sheet, context.clock.now())
    write_pdf(document, out_file, f"疑难工单呈批单 {args.number}")
    out.emit(
        {
            "file": str(out_file),
            "reasons": list(sheet.content.reasons),
            "instruction": bool(sheet.content.instruction),
        },
        f"已写出 {out_file}",
    )
    return 0
