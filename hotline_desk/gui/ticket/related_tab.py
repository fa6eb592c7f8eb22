"""相关工单: the ticket's related tickets beside its history – merged (并单),
linked, the same caller, the same place, nearly the same request – each with
why, its state, unit and outcome; double-click (or Enter) opens one.

Below the list the operator relates tickets: 关联 (both keep their life),
并入本工单 (the chosen ones follow this ticket's handling) and 取消关联/并单;
each asks why in a small form and is saved on a worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.related import LINKED, MERGED, REASON_LABELS, Related, RelatedTicket
from hotline_desk.gui.qt.form_dialog import Field, FormDialog, FormSpec
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.widgets import fill_table, read_only_table
from hotline_desk.services import merging
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.ticket_actions import Kind

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class RelatedTab(QWidget):
    ticket_requested = Signal(str)

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary = QLabel()
        self.summary.setObjectName("relatedSummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            [tr("工单编号"), tr("相关原因"), tr("受理时间"), tr("状态"), tr("承办单位"), tr("摘要")]
        )
        self.table.setObjectName("relatedTable")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons below
        self.table.cellActivated.connect(lambda row, _c: self._open(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        self.table.itemSelectionChanged.connect(self._enable)
        self.link_button = QPushButton(tr("关联(&L)…"))
        self.link_button.setObjectName("relatedLink")
        self.link_button.setToolTip(tr("选中的工单与本工单关联，各自办理"))
        self.merge_button = QPushButton(tr("并单(&M)…"))
        self.merge_button.setObjectName("relatedMerge")
        self.merge_button.setToolTip(tr("选中的重复件并入本工单，随本工单派单、反馈、回访和办结"))
        self.undo_button = QPushButton(tr("取消(&U)…"))
        self.undo_button.setObjectName("relatedUndo")
        self.undo_button.setToolTip(tr("取消选中工单与本工单的关联或并单"))
        self.link_button.clicked.connect(self.ask_link)
        self.merge_button.clicked.connect(self.ask_merge)
        self.undo_button.clicked.connect(self.ask_undo)
        buttons = QHBoxLayout()
        for button in (self.link_button, self.merge_button, self.undo_button):
            button.setMinimumWidth(button.sizeHint().width())  # its whole label, always
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.shown_for = ""
        self.found: list[RelatedTicket] = []
        self.dialog: FormDialog | None = None
        self._enable()

    def show_related(self, number: str, found: Related) -> None:
        self.shown_for = number
        self.found = list(found.tickets)
        rows = [
            [
                r.number,
                tr("、").join(tr_domain(REASON_LABELS[k]) for k in r.reasons)
                + ("" if r.reasons[0] in (MERGED, LINKED) else f" {r.score:.0%}"),
                f"{r.received_at:%Y-%m-%d}",
                tr_domain(r.state.label) + (f"（{tr_domain(r.outcome)}）" if r.outcome else ""),
                r.unit or "—",
                r.title,
            ]
            for r in found.tickets
        ]
        for first, related in zip(fill_table(self.table, rows), found.tickets, strict=True):
            first.setData(NUMBER_ROLE, related.number)
        # A row chosen before is another ticket now (merged ones come first):
        # nothing stays chosen that the operator did not choose in this list.
        self.table.clearSelection()
        self.table.setCurrentItem(None)
        text = (
            tr("{n} 件相关工单，双击打开").format(n=len(found.tickets))
            if found.tickets
            else tr("没有相关工单")
        )
        if found.hidden_callers:
            text += tr("；另有同一来电人的保密件 {n} 件，不列出").format(n=found.hidden_callers)
        self.summary.setText(text)
        self._enable()

    def show_failure(self, text: str) -> None:
        self.summary.setText(text)
        self.found = []
        self.table.setRowCount(0)
        self._enable()

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.ticket_requested.emit(str(item.data(NUMBER_ROLE)))

    # -- relating ----------------------------------------------------------------
    def selected(self) -> list[RelatedTicket]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.found[row] for row in rows if row < len(self.found)]

    def _enable(self) -> None:
        chosen = self.selected()
        bound = [r for r in chosen if r.reasons[0] in (MERGED, LINKED)]
        usable = self.context is not None and bool(chosen)
        self.link_button.setEnabled(usable and not bound)
        self.merge_button.setEnabled(usable and not any(r.reasons[0] == MERGED for r in chosen))
        self.undo_button.setEnabled(usable and len(chosen) == 1 and bool(bound))

    def ask_link(self) -> FormDialog | None:
        numbers = [r.number for r in self.selected()]
        this = self.shown_for

        def save(values: dict[str, object]) -> None:
            assert self.context is not None
            for number in numbers:
                merging.link(self.context, this, number, str(values.get("reason") or ""))

        note = tr("{numbers} 与本工单 {this} 关联：各自办理，办理记录中互相注明。").format(
            numbers=tr("、").join(numbers), this=this
        )
        return self._ask(tr("关联工单"), note, False, save, numbers)

    def ask_merge(self) -> FormDialog | None:
        numbers = [r.number for r in self.selected()]
        this = self.shown_for

        def save(values: dict[str, object]) -> None:
            assert self.context is not None
            merging.merge(self.context, this, numbers, str(values.get("reason") or ""))

        note = tr(
            "{numbers} 并入主工单 {this}：保留各自的工单编号并分别答复市平台，随主工单派单、"
            "反馈和办结；同一来电人的随主工单回访。可随时取消并单。"
        ).format(numbers=tr("、").join(numbers), this=this)
        return self._ask(tr("并单"), note, True, save, numbers)

    def ask_undo(self) -> FormDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        other, this = chosen[0].number, self.shown_for

        def save(values: dict[str, object]) -> None:
            assert self.context is not None
            merging.undo_relation(self.context, this, other, str(values.get("reason") or ""))

        note = (
            tr("取消 {other} 与本工单的并单：重复件从现在的状态起单独办理。")
            if chosen[0].reasons[0] == MERGED
            else tr("取消 {other} 与本工单的关联。")
        ).format(other=other)
        return self._ask(tr("取消关联/并单"), note, False, save, [other])

    def _ask(
        self,
        title: str,
        note: str,
        reason_required: bool,
        save: Callable[[dict[str, object]], None],
        numbers: list[str],
    ) -> FormDialog:
        spec = FormSpec(
            title,
            [Field("reason", tr("理由"), Kind.TEXT, required=reason_required)],
            note=note,
            missing=lambda v: (
                [] if str(v.get("reason") or "").strip() or not reason_required else ["reason"]
            ),
        )
        dialog = FormDialog(spec, save, self, Changes.of_tickets(self.shown_for, *numbers))
        dialog.setObjectName("form_related")
        self.dialog = dialog
        dialog.open()
        return dialog
