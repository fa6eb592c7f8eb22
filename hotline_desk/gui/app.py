"""Starting the Qt application.

The full operator window arrives with its own issue; this window already
shows the real queue from the store so that the GUI entry point is honest.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.ticket import UNFINISHED_STATES
from hotline_desk.services.context import AppContext
from hotline_desk.store.tickets import QueueQuery, TicketStore

COLUMNS = ["工单编号", "受理时间", "诉求类型", "摘要", "状态", "办理时限", "标记"]


class PlaceholderWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setWindowTitle("热线工单桌面助手")
        self.resize(1100, 640)
        self.context = context
        central = QWidget()
        layout = QVBoxLayout(central)
        self.summary = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

    def load_first_page(self) -> int:
        with self.context.db.session() as session:
            store = TicketStore(session)
            tickets = store.page(QueueQuery(states=sorted(UNFINISHED_STATES), limit=100))
        self.table.setRowCount(len(tickets))
        for row, t in enumerate(tickets):
            values = [
                t.number,
                f"{t.received_at:%Y-%m-%d %H:%M}",
                t.kind.label,
                t.title,
                t.state.label,
                f"{t.due_at:%Y-%m-%d %H:%M}" if t.due_at else "",
                "、".join(t.flag_names()),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.summary.setText(
            f"当前时间 {self.context.clock.now():%Y-%m-%d %H:%M}  "
            f"显示 {len(tickets)} 件工单（按办理时限排序）"
        )
        return len(tickets)


def run_gui(args: argparse.Namespace, smoke: bool = False) -> int:
    from hotline_desk.cli import open_context

    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    context = open_context(args)
    window = PlaceholderWindow(context)
    window.load_first_page()
    window.show()
    if smoke:

        def done() -> None:
            print(f"first page painted in {time.perf_counter() - started:.3f} s")
            app.quit()

        QTimer.singleShot(0, done)
    code = app.exec()
    context.close()
    return int(code)
