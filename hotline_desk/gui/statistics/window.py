"""统计 → 月度统计…: the general desk's month – figures, the 12-month trend,
units ranked with their scores, operators and their weeks, the
accountability ledger, typical cases and the assessment rules.

Computed on the task runner's worker (never blocking the window); a click on
a figure or a count lists the tickets behind it in the main window's queue.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.assessment import AssessmentRules
from hotline_desk.domain.statistics import (
    WEEK_LABEL,
    Figures,
    FigureSelection,
    FindingKind,
    week_span,
)
from hotline_desk.gui.qt.error_text import failure_text, filled
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import error_label, in_user_folder, remember_folder
from hotline_desk.printing.charts import score_range, trend_chart, units_chart
from hotline_desk.services.changes import Area, Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.report_workbook import rate_text
from hotline_desk.services.staff import list_staff
from hotline_desk.services.statistics import (
    Line,
    MonthReport,
    WeekLine,
    month_report,
    save_assessment_rules,
    trend,
    weekly,
)

SELECTION = Qt.ItemDataRole.UserRole  # a cell's FigureSelection, or a row's ticket number


@dataclass
class Computed:
    report: MonthReport
    months: list[tuple[str, Figures]]
    weeks: list[WeekLine]
    people: dict[str, str] = field(default_factory=dict)  # login -> name

    def name(self, login: str) -> str:
        return self.people.get(login, login)


class _Progress(QObject):
    """Carries the count of tickets whose facts were derived to the GUI thread."""

    tickets = Signal(int)


def compute(
    context: AppContext, month: str, progress: Callable[[int], None] | None = None
) -> Computed:
    """The month, its trend and weeks; tickets without facts (a database from
    before the statistics) are derived first, their count told to ``progress``."""
    report = month_report(context, month, progress=progress)
    people = {m.login: m.name for m in list_staff(context) if m.name}
    return Computed(
        report,
        trend(context, month, 12, refresh=False),
        weekly(context, month, refresh=False),
        people,
    )


def _week_params(week: str) -> dict[str, object]:
    number, first, last = week_span(week)
    return {"week": number, "first": f"{first:%m-%d}", "last": f"{last:%m-%d}"}


def figure_texts() -> list[tuple[str, str, str]]:
    """(report key, label, figure or finding to list) of the overview's figures."""
    return [
        ("total", tr("交办总量"), "total"),
        ("matters", tr("事项（并单后）"), "total"),
        ("repeats", tr("重复投诉"), "repeats"),
        ("completed", tr("办结"), "completed"),
        ("completion_rate", tr("办结率"), "completed"),
        ("satisfaction_rate", tr("满意率"), "satisfied"),
        ("reached", tr("回访接通"), "reached"),
        ("unreachable", tr("无法联系"), "unreachable"),
        ("confidential", tr("保密件"), "confidential"),
        ("returns", tr("退单"), FindingKind.RETURN.value),
        ("unjustified_returns", tr("无故退单"), FindingKind.UNJUSTIFIED_RETURN.value),
        ("transfers", tr("转办"), FindingKind.TRANSFER.value),
        ("overdue", tr("逾期办理"), "overdue"),
        ("overdue_replies", tr("逾期答复"), FindingKind.OVERDUE_REPLY.value),
        ("commitments", tr("申请承诺件"), FindingKind.COMMITMENT.value),
        ("reassigned", tr("重新交办"), FindingKind.REASSIGNED.value),
        ("review_returns", tr("审核退回"), FindingKind.REVIEW_RETURN.value),
        ("false_feedback", tr("虚假反馈"), FindingKind.FALSE_FEEDBACK.value),
        ("on_time_dispatch_rate", tr("按时派单率"), "late_dispatch"),
        ("on_time_completion_rate", tr("按时办结率"), "on_time_completed"),
        ("typical", tr("典型工单"), "typical"),
    ]


def chart_text(text: str) -> str:
    return {
        "近12个月趋势": tr("近12个月趋势"),
        "交办总量": tr("交办总量"),
        "办结率": tr("办结率"),
        "满意率": tr("满意率"),
        "按时办结率": tr("按时办结率"),
        "承办单位考核得分": tr("承办单位考核得分"),
    }.get(text, text)


def selection(
    month: str, key: str, unit_id: int | None = None, operator: str | None = None
) -> FigureSelection:
    try:
        finding: FindingKind | None = FindingKind(key)
    except ValueError:
        finding = None
    if finding is not None:
        return FigureSelection(month, month, finding=finding, unit_id=unit_id, operator=operator)
    return FigureSelection(month, month, key, unit_id=unit_id, operator=operator)


class StatisticsWindow(QDialog):
    """The statistics window; ``show_tickets`` is asked to list a figure's tickets."""

    computed = Signal()

    def __init__(
        self,
        context: AppContext,
        tasks: TaskRunner,
        show_tickets: Callable[[FigureSelection, str], None],
        open_ticket: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("月度统计"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.context, self.tasks = context, tasks
        self.show_tickets, self.open_ticket = show_tickets, open_ticket
        self.result: Computed | None = None
        self.progress = _Progress(self)
        self.progress.tickets.connect(self._show_progress)
        now = context.clock.now()
        self.month = QDateEdit(QDate(now.year, now.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button = QPushButton(tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.xlsx_button = QPushButton(tr("导出 Excel…"))
        self.xlsx_button.clicked.connect(self._ask_xlsx)
        self.pdf_button = QPushButton(tr("导出 PDF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button = QPushButton(tr("打印预览…"))
        self.print_button.clicked.connect(self.print_preview)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.status = QLabel()
        top = QHBoxLayout()
        for widget in (QLabel(tr("月份")), self.month, self.refresh_button):
            top.addWidget(widget)
        top.addWidget(self.busy)
        top.addWidget(self.status, 1)
        for widget in (self.xlsx_button, self.pdf_button, self.print_button):
            top.addWidget(widget)

        self.tabs = QTabWidget()
        self.figure_buttons: dict[str, QPushButton] = {}
        self.tabs.addTab(self._overview_tab(), tr("概况"))
        self.units = self._table()
        self.units_chart = self._chart_view()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.units)
        split.addWidget(self.units_chart)
        split.setSizes([640, 420])
        self.tabs.addTab(split, tr("承办单位"))
        self.operators = self._table()
        self.weeks = self._table()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.operators)
        split.addWidget(self.weeks)
        self.tabs.addTab(split, tr("经办人"))
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        self.ledger = self._table()
        ledger_tab = QWidget()
        ledger_layout = QVBoxLayout(ledger_tab)
        ledger_layout.addWidget(self.flagged)
        ledger_layout.addWidget(self.ledger)
        self.tabs.addTab(ledger_tab, tr("责任追究"))
        self.typical = self._table()
        self.tabs.addTab(self.typical, tr("典型工单"))
        self.tabs.addTab(self._rules_tab(), tr("考核规则"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.resize(1100, 640)
        self.refresh()

    # -- layout ------------------------------------------------------------------
    def _table(self) -> QTableWidget:
        table = QTableWidget()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.cellDoubleClicked.connect(
            lambda row, column, t=table: self._cell_chosen(t, row, column)
        )
        table.cellActivated.connect(lambda row, column, t=table: self._cell_chosen(t, row, column))
        return table

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(180)
        return view

    def _overview_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout()
        for index, (key, label, target) in enumerate(figure_texts()):
            button = QPushButton(label)
            button.setToolTip(tr("列出这些工单"))
            button.setMinimumHeight(44)
            button.clicked.connect(
                lambda _c=False, k=key, t=target, text=label: self._list_figure(t, text)
            )
            self.figure_buttons[key] = button
            grid.addWidget(button, index // 5, index % 5)
        self.trend_chart = self._chart_view()
        layout = QVBoxLayout(tab)
        layout.addLayout(grid)
        layout.addWidget(self.trend_chart, 1)
        return tab

    def _rules_tab(self) -> QWidget:
        """The assessment rules as a form: the starting score, what each finding
        costs a unit (and at most a month), when an operator is to be reported.
        Filled from the month's computation (read on the worker)."""
        from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QSpinBox

        tab = QWidget()
        self.rules_base = QDoubleSpinBox()
        self.rules_base.setRange(0, 1000)
        self.rules_base.setSuffix(tr(" 分"))
        self.rules_table = QTableWidget(len(FindingKind), 3)
        self.rules_table.setHorizontalHeaderLabels(
            [tr("扣分事项"), tr("每件扣分"), tr("每月最多扣")]
        )
        self.rules_table.verticalHeader().hide()
        self.rules_points: dict[FindingKind, QDoubleSpinBox] = {}
        self.rules_caps: dict[FindingKind, QDoubleSpinBox] = {}
        for row, kind in enumerate(FindingKind):
            self.rules_table.setItem(row, 0, QTableWidgetItem(tr_domain(kind.label)))
            points, cap = QDoubleSpinBox(), QDoubleSpinBox()
            for box in (points, cap):
                box.setRange(0, 100)
                box.setSingleStep(0.1)
                box.setDecimals(2)
            points.setSpecialValueText(tr("不扣分"))
            cap.setSpecialValueText(tr("不限"))
            self.rules_table.setCellWidget(row, 1, points)
            self.rules_table.setCellWidget(row, 2, cap)
            self.rules_points[kind], self.rules_caps[kind] = points, cap
        self.rules_table.resizeColumnsToContents()
        self.rules_unfinished = QSpinBox()
        self.rules_unfinished.setRange(0, 1000)
        self.rules_unfinished.setSuffix(tr(" 件"))
        self.rules_delay = QDoubleSpinBox()
        self.rules_delay.setRange(0, 365)
        self.rules_delay.setSuffix(tr(" 天"))
        self.rules_error = error_label()
        save = QPushButton(tr("保存规则"))
        save.clicked.connect(self.save_rules)
        form = QFormLayout()
        form.addRow(tr("单位起始分"), self.rules_base)
        form.addRow(tr("经办人每月未按期办结超过"), self.rules_unfinished)
        form.addRow(tr("或有工单延误超过"), self.rules_delay)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("须报告。每类事项对单位的扣分：")))
        layout.addWidget(self.rules_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.rules_error, 1)
        row.addWidget(save)
        layout.addLayout(row)
        return tab

    def show_rules(self, rules: AssessmentRules) -> None:
        self.rules_base.setValue(rules.base)
        self.rules_unfinished.setValue(rules.unfinished_limit)
        self.rules_delay.setValue(rules.delay_days_limit)
        for kind in FindingKind:
            found = rules.deduction(kind)
            self.rules_points[kind].setValue(found.points if found else 0)
            cap = found.monthly_cap if found else None
            self.rules_caps[kind].setValue(cap or 0)

    def rules_in_form(self) -> str:
        """The form's rules in the form the store keeps them (checked when saved)."""
        deductions = [
            {
                "kind": kind.value,
                "points": self.rules_points[kind].value(),
                "monthly_cap": self.rules_caps[kind].value() or None,
            }
            for kind in FindingKind
            if self.rules_points[kind].value() > 0
        ]
        return json.dumps(
            {
                "base": self.rules_base.value(),
                "deductions": deductions,
                "unfinished_limit": self.rules_unfinished.value(),
                "delay_days_limit": self.rules_delay.value(),
            }
        )

    # -- computing -------------------------------------------------------------------
    @property
    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        month = self.month_text
        self.busy.show()
        self.status.setText(tr("正在统计 {month}…").format(month=month))
        for button in (self.refresh_button, self.xlsx_button, self.pdf_button, self.print_button):
            button.setEnabled(False)
        context, told = self.context, self.progress.tickets
        self.tasks.run(
            "statistics", lambda: compute(context, month, told.emit), self._show, self._failed
        )

    def _show_progress(self, tickets: int) -> None:
        self.status.setText(
            tr("正在整理历史工单的统计数据：已完成 {n} 件…").format(n=f"{tickets:,}")
        )

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        self.status.setText(tr("统计失败：{problem}").format(problem=failure_text(error)))

    def _show(self, result: Computed) -> None:
        self.result = result
        report = result.report
        self.busy.hide()
        for button in (self.refresh_button, self.xlsx_button, self.pdf_button, self.print_button):
            button.setEnabled(True)
        self.status.setText(
            tr("{month}：按受理时间归月，统计于 {as_of}").format(
                month=report.period, as_of=f"{report.as_of:%Y-%m-%d %H:%M}"
            )
        )
        data = report.totals.as_dict()
        for key, label, _target in figure_texts():
            value = data[key]
            shown = rate_text(value) if key.endswith("_rate") else str(value)
            self.figure_buttons[key].setText(f"{label}\n{shown}")
        self.trend_chart.setChart(trend_chart(result.months, chart_text))
        self.show_rules(report.rules)
        self._fill_units(report)
        self._fill_operators(report, result.weeks)
        self._fill_ledger(report)
        self._fill(
            self.typical,
            [tr("工单编号"), tr("标题"), tr("摘要")],
            [[(n, n), (t, n), (s, n)] for n, t, s in report.typical],
        )
        self.computed.emit()

    def _fill(
        self, table: QTableWidget, headers: list[str], rows: list[list[tuple[str, Any]]]
    ) -> None:
        """Rows of (text, what a double-click lists: a FigureSelection or a ticket number)."""
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, target) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setData(SELECTION, target)
                if target is not None:
                    item.setToolTip(
                        tr("双击列出这些工单")
                        if isinstance(target, FigureSelection)
                        else tr("双击打开工单")
                    )
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def _figure_row(
        self, line: Line, columns: list[tuple[str, str]], **who: Any
    ) -> list[tuple[str, Any]]:
        data = line.figures.as_dict()
        cells: list[tuple[str, Any]] = []
        for key, target in columns:
            value = data[key]
            text = rate_text(value) if key.endswith("_rate") else str(value)
            cells.append(
                (text, selection(self.result.report.first, target, **who) if self.result else None)
            )
        return cells

    @staticmethod
    def _name(line: Line) -> str:
        return line.name if line.key else tr("（未派单）")

    UNIT_COLUMNS = [
        ("total", "total"),
        ("repeats", "repeats"),
        ("completion_rate", "completed"),
        ("overdue_replies", FindingKind.OVERDUE_REPLY.value),
        ("unjustified_returns", FindingKind.UNJUSTIFIED_RETURN.value),
        ("false_feedback", FindingKind.FALSE_FEEDBACK.value),
        ("unsatisfied", FindingKind.UNSATISFIED.value),
        ("returns", FindingKind.RETURN.value),
        ("transfers", FindingKind.TRANSFER.value),
        ("commitments", FindingKind.COMMITMENT.value),
    ]

    def _fill_units(self, report: MonthReport) -> None:
        headers = [
            tr("承办单位"), tr("得分"), tr("扣分"), tr("交办"), tr("重复投诉"), tr("办结率"),
            tr("逾期答复"), tr("无故退单"), tr("虚假反馈"), tr("不满意"), tr("退单"), tr("转办"),
            tr("承诺件"),
        ]  # fmt: skip
        rows = []
        for line in report.units:
            unit_id = line.key if isinstance(line.key, int) else None
            score = line.score
            rows.append(
                [
                    (self._name(line), selection(report.first, "total", unit_id=unit_id)),
                    (f"{score.score:g}" if score else "—", None),
                    (f"{score.deducted:g}" if score else "—", None),
                    *self._figure_row(line, self.UNIT_COLUMNS, unit_id=unit_id),
                ]
            )
        self._fill(self.units, headers, rows)
        ranked = [line for line in report.units if line.score is not None][:12]
        scores = [line.score.score for line in ranked if line.score]
        self.units_chart.setChart(
            units_chart(
                [line.name for line in ranked],
                scores,
                "承办单位考核得分",
                score_range(scores, report.rules.base),
                chart_text,
            )
        )

    OPERATOR_COLUMNS = [
        ("total", "total"),
        ("completion_rate", "completed"),
        ("on_time_dispatch_rate", FindingKind.LATE_DISPATCH.value),
        ("on_time_completion_rate", "on_time_completed"),
        ("overdue", "overdue"),
        ("callbacks_missing", FindingKind.CALLBACK_MISSING.value),
    ]

    def _fill_operators(self, report: MonthReport, weeks: list[WeekLine]) -> None:
        headers = [
            tr("经办人"), tr("办理"), tr("办结率"), tr("按时派单率"), tr("按时办结率"),
            tr("逾期办理"), tr("未回访"),
        ]  # fmt: skip
        rows = []
        for line in report.operators:
            operator = line.key if isinstance(line.key, str) else ""
            rows.append(
                [
                    (self.result.name(line.name) if self.result else line.name, None),
                    *self._figure_row(line, self.OPERATOR_COLUMNS, operator=operator),
                ]
            )
        self._fill(self.operators, headers, rows)
        self._fill(
            self.weeks,
            [tr("周"), tr("经办人"), tr("办理"), tr("办结"), tr("按期办结"), tr("办结率")],
            [
                [
                    (filled(WEEK_LABEL, _week_params(w.week)), None),
                    (self.result.name(w.operator) if self.result else w.operator, None),
                    (str(w.handled), None),
                    (str(w.completed), None),
                    (str(w.on_time), None),
                    (rate_text(w.completion_rate), None),
                ]
                for w in weeks
            ],
        )

    def _fill_ledger(self, report: MonthReport) -> None:
        named = self.result.name if self.result else str
        flagged = [
            f"{named(flag.operator)}：{'；'.join(flag.reasons(report.rules))}"
            for flag in report.flagged
        ]
        self.flagged.setText(
            tr("须报告：") + "　".join(flagged) if flagged else tr("本月没有须报告的经办人。")
        )
        rows = []
        for kind_label, lines in (
            (tr("承办单位"), report.unit_ledger),
            (tr("经办人"), report.operator_ledger),
        ):
            for line in lines:
                for item in line.items:
                    rows.append(
                        [
                            (named(line.who), None),
                            (kind_label, None),
                            (item.number, item.number),
                            (tr_domain(item.kind.label), item.number),
                            (item.at, item.number),
                            (item.detail, item.number),
                        ]
                    )
        self._fill(
            self.ledger,
            [tr("对象"), tr("类别"), tr("工单编号"), tr("事项"), tr("时间"), tr("说明")],
            rows,
        )

    # -- clicks ----------------------------------------------------------------------
    def _list_figure(self, target: str, label: str) -> None:
        if self.result is None:
            return
        month = self.result.report.first
        self.show_tickets(selection(month, target), f"{month} {label.splitlines()[0]}")

    def _cell_chosen(self, table: QTableWidget, row: int, column: int) -> None:
        item = table.item(row, column)
        target = item.data(SELECTION) if item is not None else None
        if isinstance(target, FigureSelection):
            header = table.horizontalHeaderItem(column)
            name = table.item(row, 0).text() if table.item(row, 0) else ""
            self.show_tickets(target, f"{target.first} {name} {header.text() if header else ''}")
        elif isinstance(target, str) and target:
            self.open_ticket(target)

    # -- rules, files, printing ------------------------------------------------------
    def save_rules(self) -> None:
        """Saved on a worker; a refusal leaves what was typed to be mended."""
        context, text = self.context, self.rules_in_form()

        def saved(_rules: AssessmentRules) -> None:
            self.rules_error.show_done(tr("已保存考核规则"))
            self.refresh()

        write(self, lambda: save_assessment_rules(context, text), self.rules_error, saved)

    def on_changed(self, changes: Changes) -> None:
        """Tickets changed under the figures shown: said, not recomputed at once
        (a month at a county's volume takes a while)."""
        if changes.touches(Area.STATISTICS) and self.refresh_button.isEnabled():
            self.status.setText(tr("工单有变化，按「刷新」重新统计"))

    def _ask_xlsx(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self,
            tr("导出月度统计"),
            in_user_folder(f"{self.month_text}.xlsx"),
            tr("Excel 工作簿 (*.xlsx)"),
        )
        remember_folder(path)
        if path:
            self.export_xlsx(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export_xlsx(self, path: Path) -> None:
        from hotline_desk.services.report_workbook import write_report_xlsx

        if self.result is None:
            return
        result = self.result
        self.tasks.run(
            "statistics-file",
            lambda: write_report_xlsx(result.report, result.weeks, path),
            lambda _r: self.status.setText(tr("已导出 {file}").format(file=path.name)),
            self._failed,
        )

    def _ask_pdf(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self,
            tr("导出月度统计"),
            in_user_folder(f"{self.month_text}.pdf"),
            tr("PDF 文件 (*.pdf)"),
        )
        remember_folder(path)
        if path:
            self.export_pdf(Path(path if path.endswith(".pdf") else path + ".pdf"))

    def _document(self) -> Any:
        from hotline_desk.printing.documents import report_document

        assert self.result is not None
        return report_document(self.result.report, self.result.months, self.result.weeks)

    def export_pdf(self, path: Path) -> None:
        """Painting belongs to the GUI thread: the PDF is written here (about a second)."""
        from hotline_desk.printing.documents import write_pdf

        if self.result is None:
            return
        try:
            write_pdf(self._document(), path, tr("月度统计") + " " + self.result.report.period)
        except OSError as error:
            self.status.setText(tr("导出失败：{problem}").format(problem=error))
            return
        self.status.setText(tr("已导出 {file}").format(file=path.name))

    def print_preview(self) -> QDialog | None:
        from hotline_desk.gui.qt.print_preview import PrintPreview

        if self.result is None:
            return None
        preview = PrintPreview(self._document(), tr("打印预览"), tr("月度统计"), self)
        preview.open()
        self.preview = preview
        return preview
