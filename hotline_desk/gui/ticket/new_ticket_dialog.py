"""Registering a ticket typed in from the city platform (新建工单)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QWidget,
)

from hotline_desk.domain.errors import DuplicateTicket
from hotline_desk.domain.related import REASON_LABELS, Related, request_words
from hotline_desk.domain.ticket import Ticket, TicketKind
from hotline_desk.gui.forms.ui_new_ticket_dialog import Ui_NewTicketDialog
from hotline_desk.gui.qt.datetime_edit import from_qt, to_qt
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import ask_to_discard
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.services.related import Probe, related_to
from hotline_desk.services.tickets import DueReference, NewTicket, TicketService

CITY_DUE = "city"  # the rule choice "the city's own date", typed from the ticket
NO_DUE = datetime(2000, 1, 1)  # the due field's empty value (shown as 请照市平台工单填写)


class NewTicketDialog(QDialog):
    created = Signal(str)
    open_ticket = Signal(str)

    def __init__(
        self, context: AppContext, reference: DueReference, parent: QWidget | None = None
    ) -> None:
        """``reference`` (read on a worker before) is what the deadlines shown
        while typing are computed from: nothing here reads the store on the
        GUI thread; the duplicate hint reads and the save writes on a worker."""
        super().__init__(parent)
        self.reference = reference
        self.tasks = runner_for(parent)
        # The layout is the Designer form ui/new_ticket_dialog.ui (compiled by
        # scripts/build_forms.py); behaviour lives here.
        self.ui = Ui_NewTicketDialog()
        self.ui.setupUi(self)
        self.service = TicketService(context)
        now = context.clock.now()
        ui = self.ui
        self.number, self.kind, self.title, self.content = ui.number, ui.kind, ui.title, ui.content
        self.address, self.category = ui.address, ui.category
        self.caller_name, self.caller_phone = ui.caller_name, ui.caller_phone
        self.caller_address, self.confidential = ui.caller_address, ui.confidential
        self.received, self.due, self.rule = ui.received, ui.due, ui.rule
        self.duplicates, self.error = ui.duplicates, ui.error
        for kind in TicketKind:
            self.kind.addItem(tr_domain(kind.label), kind.value)
        self.received.setDateTime(to_qt(now))
        # A 12345 ticket carries the city's own 办理时限: typing it is the default,
        # and the field starts empty – a date the program guessed is never
        # recorded as the city's. A rule of the office may be chosen instead;
        # the due date then follows it until the operator types another.
        self.rule.addItem(tr("市平台给定的办理时限"), CITY_DUE)
        for rule in reference.rules:
            self.rule.addItem(rule.name, rule.code)  # the code is the store's, not the screen's
        self.rule.setCurrentIndex(0)
        self.due.setMinimumDateTime(to_qt(NO_DUE))
        self.due.setSpecialValueText(tr("请照市平台工单填写"))
        self._due_from_rule = False  # the date shown was computed, not typed
        self._due_warned = False  # the message below is about the due date
        self._setting_due = False
        self.due.setDateTime(to_qt(NO_DUE))
        self.due.dateTimeChanged.connect(lambda _d: self._due_edited())
        self.due.installEventFilter(self)  # the empty field offers a date to type over
        self.rule.currentIndexChanged.connect(lambda _i: self.follow_rule())
        self.received.dateTimeChanged.connect(lambda _d: self.follow_rule())
        self.duplicates.setObjectName("duplicateHint")
        self.error.setObjectName("formError")
        self.duplicates.linkActivated.connect(self.open_ticket.emit)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(400)
        self._hint_timer.timeout.connect(self.check_duplicates)
        self.caller_phone.textChanged.connect(lambda _t: self._hint_timer.start())
        self.address.textChanged.connect(lambda _t: self._hint_timer.start())
        self.content.textChanged.connect(self._hint_timer.start)

    def _focus_field(self, error: Exception) -> None:
        fields = {
            "工单编号": self.number,
            "诉求类型": self.kind,
            "诉求内容": self.content,
            "受理时间": self.received,
            "办理时限": self.due,
            "来电号码": self.caller_phone,
        }
        widget = self.number if isinstance(error, DuplicateTicket) else None
        if isinstance(error, InputError):
            widget = fields.get(error.field)
        if widget is not None:
            widget.setFocus()

    def data(self) -> NewTicket:
        return NewTicket(
            number=self.number.text(),
            kind=str(self.kind.currentData()),
            content=self.content.toPlainText(),
            received_at=from_qt(self.received.dateTime()),
            title=self.title.text(),
            category=self.category.text(),
            address=self.address.text(),
            caller_name=self.caller_name.text(),
            caller_phone=self.caller_phone.text(),
            caller_address=self.caller_address.text(),
            confidential=self.confidential.isChecked(),
            city_due_at=self.due_typed(),
            rule="" if self.city_given() else str(self.rule.currentData() or ""),
        )

    def city_given(self) -> bool:
        return self.rule.currentData() == CITY_DUE

    def due_typed(self) -> datetime | None:
        """The 办理时限 the operator typed (the city's), or None."""
        due = from_qt(self.due.dateTime())
        return None if due <= NO_DUE or self._due_from_rule else due

    def rule_due(self) -> datetime:
        """The due date the chosen rule (the office's default one for the city's
        choice) gives for the time received."""
        received = from_qt(self.received.dateTime())
        code = "" if self.city_given() else str(self.rule.currentData() or "")
        return self.reference.due(received, code)

    def _set_due(self, value: datetime, from_rule: bool) -> None:
        self._due_from_rule = from_rule
        self._setting_due = True
        self.due.setDateTime(to_qt(value))
        self._setting_due = False
        self.check_due()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Entering the empty 办理时限 puts the day received in it to type over
        (digits move through its parts); leaving it untouched empties it again."""
        if watched is self.due and self.city_given():
            if event.type() == QEvent.Type.FocusIn and from_qt(self.due.dateTime()) <= NO_DUE:
                self._set_due(from_qt(self.received.dateTime()), from_rule=True)
                self.due.setSelectedSection(QDateTimeEdit.Section.YearSection)
            elif event.type() == QEvent.Type.FocusOut and self._due_from_rule:
                self._set_due(NO_DUE, from_rule=False)
        return super().eventFilter(watched, event)

    def _due_edited(self) -> None:
        if not self._setting_due:  # the operator typed it: the city's date
            self._due_from_rule = False
            self.check_due()

    def follow_rule(self) -> None:
        """A rule moves the due date with it; the city's choice empties a date
        the rule had computed (only a typed one is the city's)."""
        if self.city_given():
            if self._due_from_rule:
                self._set_due(NO_DUE, from_rule=False)
            return
        self._set_due(self.rule_due(), from_rule=True)

    def check_duplicates(self) -> None:
        """Asks a worker for tickets this one may repeat; shown when answered."""
        context = self.service.context
        probe = Probe(
            phone=self.caller_phone.text(),
            address=self.address.text(),
            request=request_words(
                self.title.text(), self.content.toPlainText(), self.category.text()
            ),
            confidential=self.confidential.isChecked(),
            category=self.category.text(),
        )
        self.tasks.run("duplicates", lambda: related_to(context, probe, 5), self._show_duplicates)

    def _show_duplicates(self, found: Related) -> int:
        """相关工单 of what is being typed: the same caller, place or request."""
        self.duplicate_count = len(found.tickets)
        if not found.tickets:
            self.duplicates.clear()
            return 0
        links = "；".join(
            f'<a href="{r.number}">{r.number}</a>（'
            + tr("、").join(tr_domain(REASON_LABELS[k]) for k in r.reasons)
            + f"，{r.received_at:%m-%d}，{tr_domain(r.state.label)}）"
            for r in found.tickets
        )
        self.duplicates.setText(tr("可能重复：{links}").format(links=links))
        return len(found.tickets)

    def check_due(self) -> list[str]:
        """A due date in the past or on a day off is pointed out, not refused."""
        due = self.due_typed()
        if due is None:  # nothing typed: a refusal said about it stays on screen
            self.due.setToolTip("")
            if self._due_warned:
                self.error.setText("")
                self._due_warned = False
            return []
        warnings = self.reference.warnings(due, self.service.now)
        by_rule = self.rule_due()
        if not self.city_given() and due != by_rule:  # the city's own date stands
            warnings.append(
                tr("按「{rule}」应为 {due}").format(
                    rule=self.rule.currentText(), due=f"{by_rule:%Y-%m-%d %H:%M}"
                )
            )
        self.due.setToolTip("；".join(warnings))
        self.error.setText(
            tr("请核对：{warnings}（市平台给定的时限照样登记）").format(
                warnings="；".join(warnings)
            )
            if warnings
            else ""
        )
        self._due_warned = bool(warnings)
        return warnings

    def _typed(self) -> tuple[str, ...]:
        """What the operator typed (the fields a rule or the clock does not fill)."""
        texts = (self.number, self.title, self.address, self.category, self.caller_name)
        more = (self.caller_phone, self.caller_address)
        return (*(w.text() for w in (*texts, *more)), self.content.toPlainText())

    def reject(self) -> None:
        """Esc on a half-typed ticket asks before throwing it away (not while
        it is being saved: the save goes on, its answer closes the form)."""
        if getattr(self, "saving", None) is not None:
            return
        if any(t.strip() for t in self._typed()) and self.isVisible():
            self.discard_question = ask_to_discard(self, super().reject)
            return
        super().reject()

    def accept(self) -> None:
        """Checked and saved on a worker; a refusal keeps everything typed."""
        if getattr(self, "saving", None) is not None:
            return  # Enter pressed twice: one ticket
        data, service = self.data(), self.service
        due_missing = self.city_given() and self.due_typed() is None

        def save() -> Ticket | None:
            if due_missing:
                service.validate_new(data, service.now)  # the other fields first
                if service.state_of(data.number.strip()) is not None:
                    raise DuplicateTicket(data.number.strip())
                return None
            return service.create(data)

        self.ui.buttons.setEnabled(False)
        self.saving = (
            WriteOp(self, save, lambda t: Changes.of_tickets(t.number) if t else Changes())
            .success(self._saved)
            .failure(self._not_saved)
            .run()
        )

    def _saved(self, ticket: Ticket | None) -> None:
        self.saving = None
        self.ui.buttons.setEnabled(True)
        if ticket is None:
            self.error.setText(
                tr("请填写市平台工单上的「办理时限」，或在「时限规则」中选择一条规则按规则计算")
            )
            self.due.setFocus()
            return
        self.created.emit(ticket.number)
        super().accept()

    def _not_saved(self, error: BaseException) -> None:
        self.saving = None
        self.ui.buttons.setEnabled(True)
        self.error.setText(failure_text(error))
        if isinstance(error, InputError | DuplicateTicket):
            self._focus_field(error)
