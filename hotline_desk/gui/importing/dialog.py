"""工单 → 导入…: bring in the city platform's export.

One dialog, top to bottom as the operator works: the file (and its sheet),
a preview of its first rows, the mapping guessed for it – editable column by
column and savable under a name for the office – what to do with tickets
already here, then a progress bar with 取消 while the import runs on a
worker, and the report (counts, rejected rows, conflicts) to read and save.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.import_mapping import FIELD_LABELS, FIELDS, REQUIRED, ImportMapping
from hotline_desk.domain.platform_sync import shown
from hotline_desk.domain.related import REASON_LABELS
from hotline_desk.gui.qt.error_text import attempt, error_text, failure_text
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import error_label, fill_table, in_user_folder, remember_folder
from hotline_desk.services.context import AppContext
from hotline_desk.services.import_report import ImportReport, save_report
from hotline_desk.services.importer import (
    ExistingTickets,
    Preview,
    all_mappings,
    import_file,
    preview,
    save_mapping,
)

NOT_IMPORTED = ""


class _Progress(QObject):
    """Carries the worker's row count to the GUI thread (a queued signal)."""

    rows = Signal(int)


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportReport, once the import has ended

    def __init__(
        self, context: AppContext, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导入工单"))
        self.resize(1000, 660)
        self.context, self.tasks = context, tasks
        self.path: Path | None = None
        self.current: Preview | None = None
        self.cancel_requested = threading.Event()
        self.report: ImportReport | None = None
        self.progress_signal = _Progress(self)
        self.progress_signal.rows.connect(self._show_progress)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(tr("市平台导出的 .xlsx、.xls 或 .csv 文件"))
        choose = QPushButton(tr("选择文件(&F)…"))
        choose.clicked.connect(self._ask_file)
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(lambda _t: self._load_preview())
        self.mappings = QComboBox()
        self.mappings.activated.connect(lambda _i: self._load_preview(self.mappings.currentData()))
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(choose)
        top.addWidget(QLabel(tr("工作表")))
        top.addWidget(self.sheet)
        top.addWidget(QLabel(tr("映射")))
        top.addWidget(self.mappings)

        self.found = QLabel()
        self.found.setWordWrap(True)
        self.rows = QTableWidget(0, 0)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns = QTableWidget(len(FIELDS), 2)
        self.columns.setHorizontalHeaderLabels([tr("字段"), tr("文件中的列")])
        self.columns.verticalHeader().hide()
        self.choosers: dict[str, QComboBox] = {}
        for row, key in enumerate(FIELDS):
            label = tr_domain(FIELD_LABELS[key]) + (" *" if key in REQUIRED else "")
            self.columns.setCellWidget(row, 0, QLabel(label))
            chooser = QComboBox()
            self.columns.setCellWidget(row, 1, chooser)
            self.choosers[key] = chooser
        self.columns.setColumnWidth(0, 110)
        self.columns.horizontalHeader().setStretchLastSection(True)
        save = QPushButton(tr("保存为映射(&S)…"))
        save.clicked.connect(self._ask_save_mapping)
        mapping_side = QVBoxLayout()
        mapping_side.addWidget(self.columns, 1)
        mapping_side.addWidget(save)
        mapping_box = QWidget()
        mapping_box.setLayout(mapping_side)
        split = QSplitter()
        split.addWidget(self.rows)
        split.addWidget(mapping_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.update_known = QRadioButton(tr("与市平台同步（变化记入工单历史）"))
        self.skip_known = QRadioButton(tr("跳过已有工单"))
        self.update_known.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.update_known)
        group.addButton(self.skip_known)
        self.dry_run = QCheckBox(tr("只检查，不导入"))
        options = QFormLayout()
        known_row = QHBoxLayout()
        known_row.addWidget(self.update_known)
        known_row.addWidget(self.skip_known)
        known_row.addWidget(self.dry_run)
        known_row.addStretch(1)
        options.addRow(tr("已有工单"), known_row)

        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.error = error_label()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels([tr("行号"), tr("字段"), tr("原因")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.hide()
        self.start = QPushButton(tr("导入(&I)"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.run_import)
        self.cancel = QPushButton(tr("取消导入"))
        self.cancel.clicked.connect(self.cancel_requested.set)
        self.cancel.hide()
        self.save_report = QPushButton(tr("保存报告(&R)…"))
        self.save_report.clicked.connect(self._ask_save_report)
        self.save_report.hide()
        self.settle_conflicts = QPushButton(tr("处理不一致(&D)…"))
        self.settle_conflicts.hide()
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 1)
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save_report)
        buttons.addWidget(self.settle_conflicts)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.found)
        layout.addWidget(split, 3)
        layout.addLayout(options)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problems, 2)
        layout.addLayout(buttons)
        self._fill_mappings()
        self.start.setEnabled(False)

    # -- the file and its preview ------------------------------------------------
    def _fill_mappings(self, chosen: str = "") -> None:
        """The presets and the office's saved mappings, read on a worker."""
        context = self.context
        self.tasks.run(
            "mappings",
            lambda: all_mappings(context),
            lambda found: self._show_mappings(found, chosen),
        )

    def _show_mappings(self, mappings: list[ImportMapping], chosen: str) -> None:
        self.mappings.clear()
        self.mappings.addItem(tr("自动选择"), None)
        for mapping in mappings:
            self.mappings.addItem(tr_domain(mapping.shown_name), mapping)
        if chosen:
            self.mappings.setCurrentIndex(max(0, self.mappings.findText(chosen)))

    def _ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("选择市平台导出的文件"),
            in_user_folder(),
            tr("导出文件 (*.xlsx *.xls *.csv *.ods)"),
        )
        remember_folder(path)
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Shows ``path``'s first rows and the mapping that fits it best."""
        self.path = path
        self.file.setText(str(path))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.blockSignals(False)
        self.report = None
        self.outcome.clear()
        self.problems.hide()
        self.save_report.hide()
        self._load_preview(self.mappings.currentData())

    def _load_preview(self, mapping: ImportMapping | None = None) -> None:
        """Reads the first rows on a worker (a large workbook takes a moment)."""
        if self.path is None:
            return
        self.error.clear()
        self.start.setEnabled(False)
        self.found.setText(tr("正在读取……"))
        context, path, sheet = self.context, self.path, self.sheet.currentText() or None
        self.tasks.run(
            "import-preview",
            lambda: preview(context, path, sheet, mapping),
            self._show_preview,
            self._preview_failed,
        )

    def _preview_failed(self, error: BaseException) -> None:
        text = error_text(error)
        if text is None:
            raise error
        self.found.clear()
        self.error.setText(text)

    def _show_preview(self, found: Preview) -> None:
        self.current = found
        if found.sheets and self.sheet.count() == 0:
            self.sheet.blockSignals(True)
            self.sheet.addItems(found.sheets)
            self.sheet.blockSignals(False)
        self.sheet.setEnabled(bool(found.sheets))
        self.rows.setColumnCount(len(found.header))
        self.rows.setHorizontalHeaderLabels(found.header)
        fill_table(self.rows, found.rows)
        for key, chooser in self.choosers.items():
            chooser.clear()
            chooser.addItem(tr("（不导入）"), NOT_IMPORTED)
            for name in found.header:
                if name:
                    chooser.addItem(name, name)
            index = found.located.get(key)
            if index is not None:
                chooser.setCurrentIndex(chooser.findData(found.header[index]))
        if found.mapping is None:
            self.found.setText(
                tr("第 {row} 行像是表头，但没有映射认得它：请为每个字段选择列。").format(
                    row=found.header_row
                )
            )
        else:
            self.found.setText(
                tr("表头在第 {row} 行；映射「{name}」认出 {count} 列。").format(
                    row=found.header_row,
                    name=tr_domain(found.mapping.shown_name),
                    count=len(found.located),
                )
            )
        self.start.setEnabled(True)

    def chosen_columns(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.choosers.items() if c.currentData()}

    def mapping(self) -> ImportMapping:
        """The mapping as the operator left it: the guessed one with their columns."""
        base = (self.current.mapping if self.current else None) or ImportMapping({})
        return base.with_columns(self.chosen_columns(), base.name or tr("手工映射"))

    def _ask_save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, tr("保存映射"), tr("映射名称（本单位共用）："))
        if ok:
            self.save_mapping_as(name)

    def save_mapping_as(self, name: str) -> None:
        context, mapping = self.context, self.mapping()

        def saved(kept: ImportMapping) -> None:
            self._fill_mappings(kept.name)
            self.found.setText(tr("映射「{name}」已保存。").format(name=kept.name))

        write(self, lambda: save_mapping(context, mapping, name), self.error, saved)

    # -- running it --------------------------------------------------------------
    def run_import(self) -> None:
        if self.path is None:
            return
        missing = [k for k in REQUIRED if k not in self.chosen_columns()]
        if missing:
            self.error.setText(
                tr("请为必填字段选择列：{fields}").format(
                    fields=tr("、").join(tr_domain(FIELD_LABELS[k]) for k in missing)
                )
            )
            return
        self.error.clear()
        self.cancel_requested.clear()
        context, path, mapping = self.context, self.path, self.mapping()
        sheet = self.sheet.currentText() or None
        dry_run = self.dry_run.isChecked()
        existing = ExistingTickets.SKIP if self.skip_known.isChecked() else ExistingTickets.UPDATE
        signal, stop = self.progress_signal.rows, self.cancel_requested

        def progress(rows: int) -> bool:
            signal.emit(rows)
            return not stop.is_set()

        self.bar.setFormat(tr("已读 %v 行"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.start.setEnabled(False)
        self.cancel.show()
        self.tasks.run(
            "import",
            lambda: import_file(context, path, mapping, sheet, dry_run, existing, progress),
            self._finished,
            self._failed,
        )

    def _show_progress(self, rows: int) -> None:
        self.bar.setRange(0, max(rows, 1))
        self.bar.setValue(rows)

    def _failed(self, error: BaseException) -> None:
        self._stopped()
        self.error.setText(tr("导入失败：{problem}").format(problem=failure_text(error)))

    def _stopped(self) -> None:
        self.bar.hide()
        self.cancel.hide()
        self.start.setEnabled(True)

    def _finished(self, report: ImportReport) -> None:
        self._stopped()
        self.report = report
        lines = [
            tr("读取 {read} 行：新导入 {imported} 件，更新 {updated} 件，无变化 {unchanged} 件，"
               "拒绝 {rejected} 行，与市平台不一致 {conflicts} 处。").format(
                read=report.read, imported=report.imported, updated=report.updated,
                unchanged=report.unchanged, rejected=report.rejected,
                conflicts=len(report.conflicts),
            )
        ]  # fmt: skip
        if self.dry_run.isChecked():
            lines.append(tr("只检查：什么也没有保存。"))
        if report.cancelled:
            lines.append(tr("已取消：已导入的保留，再次导入同一文件可补全。"))
        if report.stop_pattern:
            lines.append(tr_domain(report.stop_pattern).format(**report.stop_params))
        if report.unlisted_rows:
            lines.append(tr("另有 {n} 行被拒绝，未逐行列出").format(n=report.unlisted_rows))
        if report.repeats:
            lines.append(
                tr("{n} 件工单重复尚未办结的事项（同一来电人或同一地点），见下表").format(
                    n=len(report.repeats)
                )
            )
        if report.new_units:
            lines.append(tr("新增单位：{units}").format(units=tr("、").join(report.new_units)))
        if report.unused_columns:
            lines.append(
                tr("未用的列：{columns}").format(columns=tr("、").join(report.unused_columns))
            )
        self.outcome.setText("\n".join(lines))
        rows = [
            [
                str(e.row),
                tr_domain(FIELD_LABELS.get(e.field, e.field)),
                tr_domain(e.reason)
                + (tr("（实际为「{got}」）").format(got=e.got) if e.got else ""),
            ]
            for e in report.shown_errors()
        ]
        rows += [
            [
                str(c.row),
                tr_domain(FIELD_LABELS.get(c.field, c.field)),
                tr("{number} 与市平台不一致：本地「{local}」，市平台「{platform}」").format(
                    number=c.number,
                    local=tr_domain(shown(c.field, c.local)),
                    platform=tr_domain(shown(c.field, c.platform)),
                ),
            ]
            for c in report.conflicts
        ]
        rows += [
            [
                "",
                tr("重复投诉"),
                tr("{number} 与未办结的 {open} 为{why}").format(
                    number=number, open=open_number, why=tr_domain(REASON_LABELS[why])
                ),
            ]
            for number, open_number, why in report.repeats
        ]
        fill_table(self.problems, rows)
        self.problems.setVisible(bool(rows))
        self.save_report.show()
        self.settle_conflicts.setVisible(bool(report.conflicts))
        self.imported.emit(report)

    def _ask_save_report(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("保存导入报告"),
            in_user_folder(tr("导入报告.xlsx")),
            tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"),
        )
        remember_folder(path)
        if path:
            self.save_report_to(Path(path))

    def save_report_to(self, path: Path) -> bool:
        report = self.report
        if report is None:
            return False
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        if attempt(lambda: save_report(report, path), self.error):
            self.outcome.setText(
                self.outcome.text() + "\n" + tr("报告已保存：{file}").format(file=path.name)
            )
            return True
        return False

    def reject(self) -> None:
        self.cancel_requested.set()  # closing while it runs stops it after its batch
        super().reject()
