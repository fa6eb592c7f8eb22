"""The ticket queue as a lazy Qt table model.

Rows arrive a page at a time, read off the GUI thread by the window's
TaskRunner: the count and the first page when the query changes, further
pages as the view scrolls (canFetchMore / fetchMore). A page of an old query
is dropped (the runner's channel, and the offset check here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hotline_desk.domain.masking import shown_caller
from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.remaining import Remaining, Urgency, ticket_remaining
from hotline_desk.domain.ticket import Ticket
from hotline_desk.domain.time_limits import due_is_estimate
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.services.context import AppContext
from hotline_desk.services.queue import COUNT_CAP, QueuePage, read_page

PAGE_SIZE = 200

# (header, sort key in the store, value)
COLUMNS: list[tuple[str, str, Callable[[Ticket, Directory], str]]] = [
    (QT_TRANSLATE_NOOP("", "工单编号"), "number", lambda t, _u: t.number),
    (
        QT_TRANSLATE_NOOP("", "剩余时间"),
        "deadline",
        lambda _t, _u: "",
    ),  # computed with the clock, see data()
    (
        QT_TRANSLATE_NOOP("", "受理时间"),
        "received_at",
        lambda t, _u: f"{t.received_at:%Y-%m-%d %H:%M}",
    ),
    (QT_TRANSLATE_NOOP("", "诉求类型"), "kind", lambda t, _u: tr_domain(t.kind.label)),
    (QT_TRANSLATE_NOOP("", "摘要"), "title", lambda t, _u: t.title or t.content[:30]),
    (
        QT_TRANSLATE_NOOP("", "承办单位"),
        "main_unit_id",
        lambda t, d: d.units.get(t.main_unit_id, "") if t.main_unit_id else "",
    ),
    (QT_TRANSLATE_NOOP("", "状态"), "state", lambda t, _u: tr_domain(t.state.label)),
    (
        QT_TRANSLATE_NOOP("", "派单时限"),
        "dispatch_due_at",
        lambda t, _u: f"{t.dispatch_due_at:%m-%d %H:%M}",
    ),
    (
        QT_TRANSLATE_NOOP("", "办理时限"),
        "due_at",
        lambda t, _u: f"{t.due_at:%Y-%m-%d %H:%M}" if t.due_at else "",
    ),
    (QT_TRANSLATE_NOOP("", "经办人"), "owner", lambda t, d: d.name(t.owner)),
    (QT_TRANSLATE_NOOP("", "标记"), "", lambda t, _u: "、".join(map(tr_domain, t.flag_names()))),
]
REMAINING_COLUMN = 1


@dataclass(frozen=True)
class Directory:
    """Names the queue shows instead of ids and logins."""

    units: dict[int, str]  # unit id -> name
    people: dict[str, str]  # login -> name

    def name(self, login: str | None) -> str:
        """A person by name where the staff list has one, else the login."""
        return self.people.get(login, login) if login else ""


def tr_domain_remaining(left: Remaining) -> str:
    """The remaining-time text, translated with its numbers kept."""
    return tr(left.pattern).format(n=left.amount) if left.pattern else left.text


KIND_COLUMN, TITLE_COLUMN, STATE_COLUMN, DUE_COLUMN = 3, 4, 6, 8
NUMBER_ROLE = Qt.ItemDataRole.UserRole

URGENCY_COLOURS = {
    Urgency.OVERDUE: QColor("#ffcdd2"),
    Urgency.NEXT_WORKDAY: QColor("#ffe0b2"),
    Urgency.THREE_WORKDAYS: QColor("#fff9c4"),
}


class TicketQueueModel(QAbstractTableModel):
    count_changed = Signal(int)
    first_page_loaded = Signal()
    load_failed = Signal(object)  # the exception

    units_loaded = Signal(object)  # dict: unit id -> name, with each query's first page

    def __init__(
        self, context: AppContext, tasks: TaskRunner | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks or TaskRunner(self)
        self.pool = self.tasks.pool
        self.query = QueueQuery(limit=PAGE_SIZE)
        self.tickets: list[Ticket] = []
        self.total = 0
        self.generation = 0
        self.loading = False
        self._last_page_full = False
        self.units: dict[int, str] = {}
        self.directory = Directory({}, {})

    # -- loading ------------------------------------------------------------
    def set_query(self, query: QueueQuery) -> None:
        self.beginResetModel()
        self.query = replace(query, limit=PAGE_SIZE, offset=0)
        self.tickets = []
        self.total = 0
        self.generation += 1
        self.loading = False
        self.endResetModel()
        self._load(0, with_count=True)

    def reload(self) -> None:
        self.set_query(self.query)

    def _load(self, offset: int, with_count: bool) -> None:
        self.loading = True
        context, query, generation = (
            self.context,
            replace(self.query, offset=offset),
            self.generation,
        )
        self.tasks.run(
            "queue",
            lambda: read_page(context, query, with_count, COUNT_CAP),
            lambda page: self._on_loaded(generation, offset, page),
            lambda error: self._on_failed(generation, error),
        )

    def _on_loaded(self, generation: int, offset: int, page: QueuePage) -> None:
        if generation != self.generation or offset != len(self.tickets):
            return  # a page of an earlier query
        self.loading = False
        tickets, total = page.tickets, page.total
        if page.units is not None:
            self.units = page.units
            self.directory = Directory(page.units, page.people or {})
            self.units_loaded.emit(page.units)
        if total >= 0:
            self.total = total
            self.count_changed.emit(total)
        self._last_page_full = len(tickets) == PAGE_SIZE
        if tickets:
            self.beginInsertRows(
                QModelIndex(), len(self.tickets), len(self.tickets) + len(tickets) - 1
            )
            self.tickets.extend(tickets)
            self.endInsertRows()
        if offset == 0:
            self.first_page_loaded.emit()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self.generation:
            self.loading = False
            self.load_failed.emit(error)

    @property
    def capped(self) -> bool:
        """The count stopped at the cap: there are more than COUNT_CAP tickets."""
        return self.total > COUNT_CAP

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or self.loading:
            return False
        if self.capped and len(self.tickets) >= self.total:
            return self._last_page_full
        return len(self.tickets) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load(len(self.tickets), with_count=False)

    # -- the table ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.tickets)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tickets):
            return None
        ticket = self.tickets[index.row()]
        column = index.column()
        if role == NUMBER_ROLE:
            return ticket.number
        if column == REMAINING_COLUMN and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            left = ticket_remaining(ticket, self.context.clock.now(), self.context.calendar)
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_domain_remaining(left)
            colour = URGENCY_COLOURS.get(left.urgency)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][2](ticket, self.directory)
        if role == Qt.ItemDataRole.ToolTipRole and column == DUE_COLUMN:
            if due_is_estimate(ticket, self.context.calendar):
                return tr("按估算的工作日历计算：当年节假日安排尚未录入")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
            shown = shown_caller(ticket)  # masked; nothing at all for a 保密件
            caller = shown.name if shown else tr("保密件，不显示")
            return tr("{content}\n来电人：{caller}").format(
                content=ticket.content, caller=caller or "—"
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else ""
        if not key:
            return
        self.set_query(
            replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    def ticket_at(self, row: int) -> Ticket | None:
        return self.tickets[row] if 0 <= row < len(self.tickets) else None

    def row_of(self, number: str) -> int:
        for row, ticket in enumerate(self.tickets):
            if ticket.number == number:
                return row
        return -1
