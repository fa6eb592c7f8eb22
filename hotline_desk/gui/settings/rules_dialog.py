"""设置 → 办理时限: the office's time-limit rules and office hours, with the
same checks as ``hotline-desk rules set`` and ``office-hours``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.time_limits import LimitUnit, OfficeHours, TimeLimitRule
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.office_settings import set_office_hours, update_rule

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


class RulesDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        rules: list[TimeLimitRule],
        hours: OfficeHours,
        parent: QWidget | None = None,
    ) -> None:
        """``rules`` (by code: 12345 first) and ``hours`` are read on a worker
        before the dialog opens (``office_rules``)."""
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("办理时限"))
        self.resize(720, 520)
        self.context = context
        self.rules = rules
        self.table = QTableWidget(len(self.rules), 3)
        self.table.setHorizontalHeaderLabels([tr("名称"), tr("时限"), tr("单位")])
        self.amounts: dict[str, QSpinBox] = {}
        self.units: dict[str, QComboBox] = {}
        for row, rule in enumerate(self.rules):
            name = QTableWidgetItem(rule.name)  # the rule's code stays the store's
            name.setToolTip(rule.note)
            self.table.setItem(row, 0, name)
            amount = QSpinBox()
            amount.setRange(0, 3660)
            amount.setValue(rule.amount)
            unit = QComboBox()
            for choice in LimitUnit:
                unit.addItem(tr_domain(choice.label), choice.value)
            unit.setCurrentIndex(unit.findData(rule.unit.value))
            self.table.setCellWidget(row, 1, amount)
            self.table.setCellWidget(row, 2, unit)
            self.amounts[rule.code], self.units[rule.code] = amount, unit
        self.table.resizeColumnsToContents()
        self.opens = QTimeEdit(QTime(hours.opens.hour, hours.opens.minute))
        self.closes = QTimeEdit(QTime(hours.closes.hour, hours.closes.minute))
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        form = QFormLayout()
        form.addRow(tr("上班时间(&O)"), self.opens)
        form.addRow(tr("下班时间(&C)"), self.closes)
        note = QLabel(tr("按日计的时限在最后一天的下班时间到期。改动只影响此后计算的时限。"))
        note.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Saved on a worker; a refusal keeps the dialog as it is."""
        context = self.context
        opens, closes = self.opens.time().toString("HH:mm"), self.closes.time().toString("HH:mm")
        changed = [
            (rule.code, self.amounts[rule.code].value(), str(self.units[rule.code].currentData()))
            for rule in self.rules
        ]
        changed = [
            (code, amount, unit)
            for (code, amount, unit), rule in zip(changed, self.rules, strict=True)
            if amount != rule.amount or unit != rule.unit.value
        ]

        def save() -> None:
            set_office_hours(context, opens, closes)
            for code, amount, unit in changed:
                update_rule(context, code, amount, unit)

        write(self, save, self.error, lambda _r: super(RulesDialog, self).accept(), REFERENCE)


REFERENCE = Changes.of_reference()


def office_rules(context: AppContext) -> tuple[list[TimeLimitRule], OfficeHours]:
    """What the dialog shows (read on a worker)."""
    return sorted(context.rules().values(), key=lambda r: r.code), context.office_hours()


def open_from(window: MainWindow) -> None:
    """The rules are read on a worker; the dialog opens with them
    (``window.rules_dialog``)."""
    context = window.context

    def opened(answer: tuple[list[TimeLimitRule], OfficeHours]) -> None:
        window.rules_dialog = RulesDialog(context, *answer, parent=window)
        window.rules_dialog.open()

    window.tasks.run("rules_dialog", lambda: office_rules(context), opened)
