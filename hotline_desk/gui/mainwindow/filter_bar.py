"""The queue's filters: state, unit, kind, mine, due soon, overdue, flags, search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from hotline_desk.domain.queue_query import SEARCH_MAX, QueueQuery
from hotline_desk.domain.ticket import UNFINISHED_STATES, TicketKind, TicketState
from hotline_desk.domain.time_limits import end_of_next_workday
from hotline_desk.gui.qt.i18n import tr, tr_domain

FLAG_LABELS = {
    "commitment_pending": QT_TRANSLATE_NOOP("", "承诺件待批"), "returned": QT_TRANSLATE_NOOP("", "退单"),
    "reassigned": QT_TRANSLATE_NOOP("", "重新交办"),
    "difficult": QT_TRANSLATE_NOOP("", "疑难"), "confidential": QT_TRANSLATE_NOOP("", "保密"),
    "unjustified_return": QT_TRANSLATE_NOOP("", "无故退单"),
    "false_feedback": QT_TRANSLATE_NOOP("", "虚假反馈"), "rehandling": QT_TRANSLATE_NOOP("", "重办"),
    "feedback_incomplete": QT_TRANSLATE_NOOP("", "反馈不规范"),
    "ensures_missing": QT_TRANSLATE_NOOP("", "六个确保有缺项"),
}  # fmt: skip
OPEN = "open"
ALL = "all"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        units: dict[int, str],
        operator: str,
        now: Callable[[], datetime],
        calendar: Callable[[], Any],  # the work calendar, read when first needed
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operator, self.now, self.calendar = operator, now, calendar
        self.state = QComboBox()
        self.state.addItem(tr("未办结"), OPEN)
        self.state.addItem(tr("全部状态"), ALL)
        for state in TicketState:
            self.state.addItem(tr_domain(state.label), state.value)
        self.unit = QComboBox()
        self.unit.addItem(tr("全部单位"), None)
        self.set_units(units)
        self.kind = QComboBox()
        self.kind.addItem(tr("全部类型"), None)
        for kind in TicketKind:
            self.kind.addItem(tr_domain(kind.label), kind.value)
        self.flag = QComboBox()
        self.flag.addItem(tr("全部标记"), None)
        for key, label in FLAG_LABELS.items():
            self.flag.addItem(tr(label), key)
        self.mine = QCheckBox(tr("我的"))
        self.due_soon = QCheckBox(tr("下一工作日前到期"))
        self.overdue = QCheckBox(tr("已逾期"))
        self.search = QLineEdit()
        self.search.setMaxLength(SEARCH_MAX)
        self.search.setPlaceholderText(tr("搜索编号、标题、内容、地址（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        # Two rows, so that the bar fits a 1024-pixel-wide screen in both languages.
        for combo in (self.state, self.unit, self.kind, self.flag):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.unit.setMinimumContentsLength(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        for widget in (self.mine, self.due_soon, self.overdue):
            first.addWidget(widget)
        second = QHBoxLayout()
        for widget in (self.state, self.unit, self.kind, self.flag):
            second.addWidget(widget, 1)
        layout.addLayout(first)
        layout.addLayout(second)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed.emit)
        for combo in (self.state, self.unit, self.kind, self.flag):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.mine, self.due_soon, self.overdue):
            box.toggled.connect(lambda _on: self.changed.emit())
        self.search.textChanged.connect(lambda _t: self._debounce.start())

    def set_units(self, units: dict[int, str]) -> None:
        """The unit choices (read with the queue's first page); the choice stays."""
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for unit_id, name in sorted(units.items(), key=lambda item: item[1]):
            self.unit.addItem(name, unit_id)
        found = self.unit.findData(chosen)
        self.unit.setCurrentIndex(max(found, 0))
        self.unit.blockSignals(False)

    def query(self) -> QueueQuery:
        state = self.state.currentData()
        if state == OPEN:
            states = sorted(UNFINISHED_STATES)
        elif state == ALL:
            states = []
        else:
            states = [TicketState(state)]
        now = self.now()
        due_before = None
        due_from = None
        if self.overdue.isChecked():
            due_before = now
            states = [s for s in (states or sorted(UNFINISHED_STATES)) if s in UNFINISHED_STATES]
        elif self.due_soon.isChecked():
            due_from, due_before = now, end_of_next_workday(now, self.calendar())
            states = [s for s in (states or sorted(UNFINISHED_STATES)) if s in UNFINISHED_STATES]
        kind = self.kind.currentData()
        flag = self.flag.currentData()
        return QueueQuery(
            states=states,
            unit_id=self.unit.currentData(),
            owner=self.operator if self.mine.isChecked() else None,
            due_from=due_from,
            due_before=due_before,
            search=self.search.text().strip(),
            kinds=[TicketKind(kind)] if kind else [],
            flags=[flag] if flag else [],
        )

    # -- saved views ---------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state.currentData(),
            "unit": self.unit.currentData(),
            "kind": self.kind.currentData(),
            "flag": self.flag.currentData(),
            "mine": self.mine.isChecked(),
            "due_soon": self.due_soon.isChecked(),
            "overdue": self.overdue.isChecked(),
            "search": self.search.text(),
        }

    def from_dict(self, view: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            for combo, key in (
                (self.state, "state"),
                (self.unit, "unit"),
                (self.kind, "kind"),
                (self.flag, "flag"),
            ):
                index = combo.findData(view.get(key))
                combo.setCurrentIndex(max(index, 0))
            self.mine.setChecked(bool(view.get("mine")))
            self.due_soon.setChecked(bool(view.get("due_soon")))
            self.overdue.setChecked(bool(view.get("overdue")))
            self.search.setText(str(view.get("search") or ""))
        finally:
            self.blockSignals(False)
        self._debounce.stop()
        self.changed.emit()
