"""The five confirmations panel (五个确认) and the 15-minute platform check."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.confirmations import Confirmation, ConfirmationRound
from hotline_desk.domain.ticket import Satisfaction
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import ClickableLabel, close_buttons
from hotline_desk.services.changes import Area, Changes
from hotline_desk.services.confirmations import (
    ConfirmationCount,
    confirmation_panel,
    platform_check_overdue,
    platform_checks_on,
    record_platform_check,
    round_at_start,
    start_round,
    tick,
)
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import list_staff


def satisfaction_name(key: str) -> str:
    """A satisfaction as the panel shows it ("awaiting_callback": not called back yet)."""
    if key == "awaiting_callback":
        return tr("待回访")
    try:
        return tr_domain(Satisfaction(key).label)
    except ValueError:
        return key


class ConfirmationsPanel(QWidget):
    show_confirmation = Signal(int)  # filter the queue to exactly these tickets
    platform_reminder = Signal(int)  # minutes past the 15-minute rule

    def __init__(
        self, context: AppContext, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks or TaskRunner(self)
        self.round: ConfirmationRound | None = None
        # The round as the last write left it (written on the writers' worker).
        self.recorded_round: ConfirmationRound | None = None
        self.counts: dict[Confirmation, ConfirmationCount] = {}
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.login_button = QPushButton(tr("登录市平台"))
        self.login_button.setToolTip(tr("开始新一轮五个确认，并记录一次查看市平台"))
        self.check_button = QPushButton(tr("已查看市平台"))
        self.login_button.clicked.connect(self.new_round)
        self.check_button.clicked.connect(self.record_check)
        self.log_button = QPushButton(tr("今日查看记录"))
        self.log_button.clicked.connect(self.show_log)
        self.reminder = QLabel()
        self.reminder.setStyleSheet("color: #c62828; font-weight: bold")
        self.reminder.setWordWrap(True)
        self.boxes: dict[Confirmation, QCheckBox] = {}
        self.count_buttons: dict[Confirmation, QPushButton] = {}
        self.details: dict[Confirmation, QLabel] = {}
        grid = QGridLayout()
        for row, confirmation in enumerate(Confirmation):
            box = QCheckBox()
            box.setAccessibleName(f"{confirmation.value}. {tr_domain(confirmation.label)}")
            box.clicked.connect(lambda checked, c=confirmation: self._ticked(c, checked))
            # the question wraps in the narrow side column; a click on it ticks the box
            question = ClickableLabel(f"{confirmation.value}. {tr_domain(confirmation.label)}")
            question.setWordWrap(True)
            question.clicked.connect(box.click)
            count = QPushButton("0")
            count.setFlat(True)
            count.setObjectName(f"confirmationCount{confirmation.value}")
            count.setCursor(Qt.CursorShape.PointingHandCursor)
            count.setStyleSheet(
                "QPushButton { color: #1565c0; text-decoration: underline; font-weight: bold;"
                " border: none; padding: 0 6px; }"
            )
            count.setToolTip(tr("在工单列表中只显示这些工单"))
            count.clicked.connect(
                lambda _c=False, c=confirmation: self.show_confirmation.emit(c.value)
            )
            detail = QLabel()
            detail.setWordWrap(True)
            detail.setStyleSheet("color: #555")
            self.boxes[confirmation], self.count_buttons[confirmation] = box, count
            self.details[confirmation] = detail
            # the count first: a narrow side column may cut a long question, never its number
            grid.addWidget(count, row * 2, 0)
            grid.addWidget(box, row * 2, 1)
            grid.addWidget(question, row * 2, 2)
            grid.addWidget(detail, row * 2 + 1, 2)
        grid.setColumnStretch(2, 1)
        buttons = QGridLayout()  # one a line: the side column is narrow at 125 %
        for line, button in enumerate((self.login_button, self.check_button, self.log_button)):
            buttons.addWidget(button, line, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.reminder)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.check_reminder)
        self._timer.start()

    def open_round(self) -> None:
        """A round opens when the app starts (an unfinished one is carried on)."""
        context = self.context
        self.tasks.run("confirmations_round", lambda: round_at_start(context), self._round_opened)

    def _round_opened(self, found: ConfirmationRound) -> None:
        self.round = self.recorded_round = found
        self.refresh()

    # -- counts -----------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.CONFIRMATIONS):
            self.refresh()

    def refresh(self) -> None:
        """Reads the five counts and the platform check off the GUI thread."""
        context = self.context

        def read() -> tuple[list[ConfirmationCount], timedelta | None]:
            return confirmation_panel(context)

        self.tasks.run("confirmations", read, lambda answer: self._show(*answer))

    def _show(self, counts: list[ConfirmationCount], late: timedelta | None) -> None:
        self.counts = {c.confirmation: c for c in counts}
        for confirmation, item in self.counts.items():
            self.count_buttons[confirmation].setText(str(item.count))
            detail = ""
            if confirmation is Confirmation.DUE_SOON:
                detail = tr("{count} 件，其中已逾期 {overdue} 件").format(
                    count=item.count, overdue=item.detail.get("overdue", 0)
                )
            elif item.detail and confirmation is Confirmation.FEEDBACK:
                detail = tr("，").join(
                    f"{satisfaction_name(k)} {v}" for k, v in sorted(item.detail.items())
                )
            elif item.detail:
                detail = "，".join(
                    f"{tr_domain(state_label(k))} {v}" for k, v in sorted(item.detail.items())
                )
            self.details[confirmation].setText(detail)
        self._show_round()
        self._show_reminder(late)

    def _show_round(self) -> None:
        r = self.round
        if r is None:
            self.status.setText(tr("本次尚未开始五个确认"))
            return
        for confirmation, box in self.boxes.items():
            box.setChecked(confirmation in r.ticks)
        done = len(r.ticks)
        if r.finished:
            self.status.setText(
                tr("本轮 {start} 开始，{end} 全部确认").format(
                    start=f"{r.started_at:%H:%M}", end=f"{r.finished_at:%H:%M}"
                )
            )
        else:
            self.status.setText(
                tr("本轮 {start} 开始，已确认 {done}/5（未完成）").format(
                    start=f"{r.started_at:%H:%M}", done=done
                )
            )

    # -- rounds and ticks -----------------------------------------------------------
    def new_round(self) -> None:
        context = self.context

        def start() -> ConfirmationRound:
            self.recorded_round = start_round(context)
            return self.recorded_round

        WriteOp(self, start).success(self._round_opened).run()

    def _ticked(self, confirmation: Confirmation, checked: bool) -> None:
        """A tick is recorded on a worker (the box shows it at once); what the
        store answers is the round shown."""
        if not checked:  # a tick is a record of having looked: it cannot be taken back
            self.boxes[confirmation].setChecked(True)
            return
        context = self.context
        seen = self.counts[confirmation].count if confirmation in self.counts else 0
        self.recorded_round = self.round if self.recorded_round is None else self.recorded_round

        def record() -> ConfirmationRound:
            # Writes run one after another: each tick sees the round the one before left.
            found = self.recorded_round
            if found is None or found.finished:
                found = start_round(context)
            assert found.id is not None
            self.recorded_round = tick(context, found.id, confirmation, seen)
            return self.recorded_round

        def recorded(found: ConfirmationRound) -> None:
            self.round = found
            self._show_round()

        def failed(error: BaseException) -> None:
            self.boxes[confirmation].setChecked(False)
            self.status.setText(failure_text(error))

        WriteOp(self, record).success(recorded).failure(failed).run()

    # -- the 15-minute platform check ---------------------------------------------------
    def record_check(self) -> None:
        context, note = self.context, tr("手动记录")
        WriteOp(self, lambda: record_platform_check(context, note)).success(
            lambda _r: self.check_reminder()
        ).run()

    def show_log(self) -> None:
        """Today's checks of the city platform (who, when), read on a worker."""
        context = self.context

        def read() -> tuple[list[tuple[datetime, str, str]], dict[str, str]]:
            checks = platform_checks_on(context, context.clock.now().date())
            return checks, {m.login: m.name for m in list_staff(context) if m.name}

        self.tasks.run("platform_log", read, lambda answer: self._show_log(*answer))

    def _show_log(self, checks: list[tuple[datetime, str, str]], names: dict[str, str]) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("今日查看市平台记录"))
        listing = self.log_list = QListWidget(dialog)
        for at, who, note in checks:
            listing.addItem(f"{at:%H:%M}  {names.get(who, who)}  {tr_domain(note)}")
        close = close_buttons(dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(tr("共 {n} 次").format(n=len(checks))))
        layout.addWidget(listing)
        layout.addWidget(close)
        self.log_dialog = dialog
        dialog.open()
        return dialog

    def check_reminder(self) -> None:
        """Asks (off the GUI thread) how late the 15-minute platform check is."""
        context = self.context
        self.tasks.run(
            "platform_check", lambda: platform_check_overdue(context), self._show_reminder
        )

    def _show_reminder(self, late: timedelta | None) -> bool:
        if late is None:
            self.reminder.clear()
            return False
        minutes = int(late.total_seconds() // 60) + 15
        self.reminder.setText(
            tr("已 {minutes} 分钟未查看市平台（每15分钟至少一次）").format(minutes=minutes)
        )
        self.platform_reminder.emit(minutes)
        return True


def state_label(value: str) -> str:
    from hotline_desk.domain.ticket import TicketState

    return TicketState(value).label
