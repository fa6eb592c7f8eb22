"""The month's report as the workbook the general desk hands in (.xlsx):
a summary, the units with their scores, every deduction with its ticket, the
accountability ledger, the operators, the weekly view and the typical cases.

Written in Chinese, the language it is handed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hotline_desk.services.private_files import private_output
from hotline_desk.services.safe_sheets import append_rows
from hotline_desk.services.statistics import MonthReport, WeekLine

# (key of Figures.as_dict, Chinese heading, is a rate)
FIGURE_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("total", "交办总量", False),
    ("matters", "事项数（并单后）", False),
    ("repeats", "重复投诉（并单）", False),
    ("completed", "办结数", False),
    ("completion_rate", "办结率", True),
    ("satisfaction_rate", "满意率", True),
    ("reached", "回访接通", False),
    ("unreachable", "无法联系", False),
    ("confidential", "保密件", False),
    ("returns", "退单数", False),
    ("unjustified_returns", "无故退单", False),
    ("transfers", "转办数", False),
    ("overdue", "逾期办理数", False),
    ("overdue_replies", "逾期答复", False),
    ("commitments", "申请承诺件数", False),
    ("reassigned", "重新交办", False),
    ("review_returns", "审核退回", False),
    ("false_feedback", "虚假反馈", False),
    ("on_time_dispatch_rate", "按时派单率", True),
    ("on_time_completion_rate", "按时办结率", True),
)


def rate_text(value: object) -> str:
    return "—" if value is None else f"{float(value) * 100:.1f}%"  # type: ignore[arg-type]


def write_report_xlsx(report: MonthReport, weeks: Sequence[WeekLine], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data = report.as_json()
    book = Workbook()
    bold = Font(bold=True)

    def sheet(
        title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], first: bool = False
    ) -> Any:
        ws = book.active if first else book.create_sheet()
        ws.title = title
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = bold
        append_rows(ws, rows)
        for column in ws.columns:
            width = max(len(str(c.value or "")) for c in column)
            ws.column_dimensions[column[0].column_letter].width = min(60, max(10, width * 1.6))
        ws.freeze_panes = "A2"
        return ws

    summary = sheet(
        "汇总",
        ["指标", "数值"],
        [("统计月份", data["month"]), ("统计时间", data["as_of"])]
        + [(title, data[key]) for key, title, _ in FIGURE_COLUMNS],
        first=True,
    )
    for row in summary.iter_rows(min_row=2):
        key = next((k for k, t, r in FIGURE_COLUMNS if t == row[0].value and r), None)
        if key:
            row[1].number_format = "0.0%"

    def figure_rows(lines: Sequence[dict[str, Any]], extra: Sequence[str]) -> list[list[Any]]:
        return [
            [line["name"], *(line.get(k) for k in extra), *(line[k] for k, _, _ in FIGURE_COLUMNS)]
            for line in lines
        ]

    units = sheet(
        "单位考核",
        ["承办单位", "得分", "扣分", *(t for _, t, _ in FIGURE_COLUMNS)],
        figure_rows(data["units"], ["score", "deducted"]),  # type: ignore[arg-type]
    )
    _percent_columns(units, 3)
    sheet(
        "扣分明细",
        ["承办单位", "工单编号", "扣分事项", "时间", "扣分", "说明"],
        [
            (d["unit"], d["number"], d["label"], d["at"], d["points"], d["detail"])
            for d in data["deductions"]  # type: ignore[attr-defined]
        ],
    )
    ledger = data["accountability"]
    sheet(
        "责任追究",
        ["对象", "类别", "工单编号", "事项", "时间", "说明"],
        [
            (line["unit"], "承办单位", i["number"], i["label"], i["at"], i["detail"])
            for line in ledger["units"]  # type: ignore[index]
            for i in line["items"]
        ]
        + [
            (line["operator"], "经办人", i["number"], i["label"], i["at"], i["detail"])
            for line in ledger["operators"]  # type: ignore[index]
            for i in line["items"]
        ],
    )
    sheet(
        "须报告的经办人",
        ["经办人", "原因", "未按期办结工单", "延误工单（天数）"],
        [
            (
                f["operator"],
                "；".join(f["reasons"]),
                "、".join(f["unfinished"]),
                "、".join(f"{d['number']}（{d['days']:g}）" for d in f["delayed"]),
            )
            for f in ledger["flagged"]  # type: ignore[index]
        ],
    )
    operators = sheet(
        "经办人",
        ["经办人", *(t for _, t, _ in FIGURE_COLUMNS)],
        figure_rows(data["operators"], []),  # type: ignore[arg-type]
    )
    _percent_columns(operators, 1)
    sheet(
        "周统计",
        ["周", "经办人", "办理数", "办结数", "按期办结", "办结率"],
        [
            (w.week, w.operator, w.handled, w.completed, w.on_time, rate_text(w.completion_rate))
            for w in weeks
        ],
    )
    kinds = sheet(
        "按类型",
        ["诉求类型", *(t for _, t, _ in FIGURE_COLUMNS)],
        figure_rows(data["kinds"], []),  # type: ignore[arg-type]
    )
    _percent_columns(kinds, 1)
    typical = sheet(
        "典型工单",
        ["工单编号", "标题", "摘要"],
        [(t["number"], t["title"], t["summary"]) for t in data["typical"]],  # type: ignore[attr-defined]
    )
    for row in typical.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True)
    book.save(private_output(path))


def _percent_columns(ws: Any, before: int) -> None:
    """Formats the rate columns (after ``before`` leading columns) as percentages."""
    for offset, (_, _, is_rate) in enumerate(FIGURE_COLUMNS):
        if not is_rate:
            continue
        for (cell,) in ws.iter_rows(
            min_row=2, min_col=before + offset + 1, max_col=before + offset + 1
        ):
            cell.number_format = "0.0%"
