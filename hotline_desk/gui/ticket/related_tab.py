"""相关工单: the ticket's related tickets beside its history – the same caller,
the same place, nearly the same request – each with why, its state, unit and
outcome; double-click (or Enter) opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from hotline_desk.domain.related import REASON_LABELS, Related
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.widgets import fill_table

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class RelatedTab(QWidget):
    ticket_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("relatedSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("relatedTable")
        self.table.setHorizontalHeaderLabels(
            [tr("工单编号"), tr("相关原因"), tr("受理时间"), tr("状态"), tr("承办单位"), tr("摘要")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellActivated.connect(lambda row, _c: self._open(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.shown_for = ""

    def show_related(self, number: str, found: Related) -> None:
        self.shown_for = number
        rows = [
            [
                r.number,
                tr("、").join(tr_domain(REASON_LABELS[k]) for k in r.reasons) + f" {r.score:.0%}",
                f"{r.received_at:%Y-%m-%d}",
                tr_domain(r.state.label) + (f"（{tr_domain(r.outcome)}）" if r.outcome else ""),
                r.unit or "—",
                r.title,
            ]
            for r in found.tickets
        ]
        for first, related in zip(fill_table(self.table, rows), found.tickets, strict=True):
            first.setData(NUMBER_ROLE, related.number)
        text = (
            tr("{n} 件相关工单，双击打开").format(n=len(found.tickets))
            if found.tickets
            else tr("没有相关工单")
        )
        if found.hidden_callers:
            text += tr("；另有同一来电人的保密件 {n} 件，不列出").format(n=found.hidden_callers)
        self.summary.setText(text)

    def show_failure(self, text: str) -> None:
        self.summary.setText(text)
        self.table.setRowCount(0)

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.ticket_requested.emit(str(item.data(NUMBER_ROLE)))
