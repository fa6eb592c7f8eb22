"""Ticket use cases: register, follow the state machine, list what is due.

Each action is one unit of work: load, let the domain decide, store the new
state together with its event. Refusals come from the domain unchanged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from hotline_desk.domain import lifecycle, settings
from hotline_desk.domain.access import REVEAL
from hotline_desk.domain.errors import TicketNotFound
from hotline_desk.domain.lifecycle import (
    ACTOR_NAMES,
    CallbackAnswers,
    CallPurpose,
    ExtensionLimit,
    UnitFeedback,
    failed_callbacks,
)
from hotline_desk.domain.phone import check_caller_phone
from hotline_desk.domain.ticket import Caller, Event, Ticket, TicketKind, TicketState
from hotline_desk.domain.time_limits import (
    DISPATCH_RULE,
    EXTENSION_POLICIES,
    REASSIGNED_RULE,
    DueAnswer,
    OfficeHours,
    TimeLimitRule,
    compute_due,
    due_is_estimate,
    end_of_next_workday,
)
from hotline_desk.domain.units import Unit
from hotline_desk.domain.whitelist import WhitelistEntry
from hotline_desk.domain.work_calendar import WorkCalendar
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import store_facts, update_derived
from hotline_desk.services.directory import find_unit, operator_role
from hotline_desk.services.errors import InputError, bounded_text
from hotline_desk.services.staff import check_actor
from hotline_desk.services.whitelist import Recogniser
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.tickets import TicketStore
from hotline_desk.store.units import staff, unit_names
from hotline_desk.store.whitelist import entry as whitelist_entry

if TYPE_CHECKING:
    from hotline_desk.store.models import TicketRow

log = logging.getLogger(__name__)


@dataclass
class NewTicket:
    """A ticket as typed in (or imported) from the city platform."""

    number: str
    kind: str
    content: str
    received_at: datetime | None = None
    title: str = ""
    category: str = ""
    address: str = ""
    caller_name: str = ""
    caller_phone: str = ""
    caller_address: str = ""
    confidential: bool = False
    city_due_at: datetime | None = None
    rule: str = ""  # the time-limit rule's code or name; empty: the office's default


@dataclass
class TicketView:
    """A ticket with what a reader needs beside it."""

    ticket: Ticket
    events: list[Event] = field(default_factory=list)
    unit_names: dict[int, str] = field(default_factory=dict)
    rule_name: str = ""  # the name of the time-limit rule that governs it
    due_estimate: bool = False  # counted over days the calendar only estimates
    rule_due: datetime | None = None  # the rule's date, when the city's own differs
    people: dict[str, str] = field(default_factory=dict)  # login -> name (the staff list)
    whitelist: WhitelistEntry | None = None  # the frozen matter it repeats, if any

    def name(self, login: str | None) -> str:
        """A person by name where the staff list has one; the platform and the
        unit named as such; else the login."""
        if not login:
            return ""
        return self.people.get(login) or ACTOR_NAMES.get(login, login)

    @property
    def main_unit(self) -> str:
        if self.ticket.main_unit_id is None:
            return ""
        return self.unit_names.get(self.ticket.main_unit_id, str(self.ticket.main_unit_id))


@dataclass(frozen=True)
class DueReference:
    """What a new ticket's deadlines are computed from, read once on a worker:
    the new-ticket form computes with it as the operator types (on the GUI
    thread, so without reading anything)."""

    rules: list[TimeLimitRule]  # the office's, by code
    default_rule: TimeLimitRule  # for a typed-in ticket without the city's date
    calendar: WorkCalendar
    hours: OfficeHours

    def due(self, received: datetime, rule_code: str = "") -> datetime:
        rule = next((r for r in self.rules if r.code == rule_code), self.default_rule)
        return compute_due(received, rule, self.calendar, self.hours).due

    def warnings(self, due: datetime, now: datetime) -> list[str]:
        return due_date_warnings(due, now, self.calendar)


def due_date_warnings(due: datetime, now: datetime, calendar: WorkCalendar) -> list[str]:
    """What looks odd about a due date the city set – warned about, not refused."""
    warnings = []
    if due < now:
        warnings.append(f"办理时限 {due:%Y-%m-%d %H:%M} 已过")
    if not calendar.is_workday(due.date()):
        warnings.append(f"办理时限 {due:%Y-%m-%d} 不是工作日")
    return warnings


class TicketService:
    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.registered: str | None = None  # a login just put on an empty staff list

    @property
    def now(self) -> datetime:
        return self.context.clock.now()

    # -- registration --------------------------------------------------------
    def validate_new(self, data: NewTicket, now: datetime) -> Ticket:
        number = data.number.strip()
        if not number:
            raise InputError("工单编号", "市平台的工单编号，不能为空")
        pattern = self.context.get(settings.TICKET_NUMBER_PATTERN)
        if not re.fullmatch(pattern, number):
            if pattern == settings.TICKET_NUMBER_PATTERN.default:
                raise InputError(
                    "工单编号", "由字母、数字、- 或 _ 组成的编号（最长 40 位）", number
                )
            raise InputError(
                "工单编号",
                "符合本单位编号格式（{pattern}）的编号",
                number,
                params={"pattern": pattern},
            )
        try:
            kind = TicketKind.parse(data.kind)
        except ValueError:
            allowed = tuple(k.label for k in TicketKind)
            raise InputError(
                "诉求类型", "以下之一：{allowed}", data.kind, params={"allowed": allowed}
            ) from None
        if not data.content.strip():
            raise InputError("诉求内容", "群众的诉求，不能为空")
        # The store's column widths, checked here so both stores refuse alike.
        for name, value, limit in (
            ("标题", data.title, 200),
            ("分类", data.category, 100),
            ("地址", data.address, 200),
            ("来电人姓名", data.caller_name, 50),
            ("来电人地址", data.caller_address, 200),
            ("诉求内容", data.content, 10_000),
        ):
            bounded_text(name, value, limit)
        received = data.received_at or now
        if received > now:
            raise InputError(
                "受理时间",
                "不晚于现在（{now}）的时间",
                f"{received:%Y-%m-%d %H:%M}",
                params={"now": f"{now:%Y-%m-%d %H:%M}"},
            )
        if data.city_due_at is not None and data.city_due_at <= received:
            raise InputError("办理时限", "晚于受理时间的时限", f"{data.city_due_at:%Y-%m-%d %H:%M}")
        check = check_caller_phone(data.caller_phone)
        if not check.ok:
            raise InputError(
                "来电号码", check.reason, data.caller_phone.strip(), params=check.params
            )
        phone = check.number
        rule = self.limit_rule(data.rule)
        dispatch_due = self.dispatch_due(received).due
        return Ticket(
            number=number,
            received_at=received,
            kind=kind,
            content=data.content.strip(),
            dispatch_due_at=dispatch_due,
            title=data.title.strip(),
            category=data.category.strip(),
            address=data.address.strip(),
            caller=Caller(data.caller_name.strip(), phone, data.caller_address.strip()),
            confidential=data.confidential,
            city_due_at=data.city_due_at,
            due_at=data.city_due_at or self.default_due(received, rule.code).due,
            limit_rule=rule.code,
        )

    def create(self, data: NewTicket) -> Ticket:
        now = self.now
        ticket = self.validate_new(data, now)
        self._check_actor()
        events = [lifecycle.create(ticket, self.context.operator, now)]
        with self.context.db.session() as session:
            recognition = Recogniser(session, self.context.operator, now.date()).check(ticket, now)
            events += [recognition] if recognition else []
            TicketStore(session).add(ticket, events)
            store_facts(self.context, session, [(ticket, events)])
        return ticket

    def limit_rule(self, wanted: str = "") -> TimeLimitRule:
        """The office's rule by its code or its name; empty: the rule for typed-in
        tickets (a setting)."""
        rules = self.context.rules()
        wanted = wanted.strip()
        if not wanted:
            default = rules.get(self.context.get(settings.NEW_TICKET_DUE_RULE))
            return default or rules[REASSIGNED_RULE]
        for rule in rules.values():
            if wanted in (rule.code, rule.name):
                return rule
        known = tuple(sorted(f"{r.code}（{r.name}）" for r in rules.values()))
        raise InputError(
            "时限规则", "本单位的时限规则之一（{known}）", wanted, params={"known": known}
        )

    def default_due(self, received: datetime, rule_code: str = "") -> DueAnswer:
        """办理时限 when the city gave none: by the ticket's rule (the office's rule
        for typed-in tickets by default) – never "now + 7 calendar days"."""
        rule = self.limit_rule(rule_code)
        return compute_due(received, rule, self.context.calendar, self.context.office_hours())

    def extension_limit(self, ticket: Ticket) -> ExtensionLimit | None:
        """What the ticket's rule allows for an extension (None: as the leader approves)."""
        policy = EXTENSION_POLICIES.get(ticket.limit_rule or "")
        extension = self.context.rules().get(policy.rule_code) if policy else None
        if policy is None or extension is None or ticket.due_at is None:
            return None
        latest = compute_due(
            ticket.due_at, extension, self.context.calendar, self.context.office_hours()
        ).due
        return ExtensionLimit(policy.max_count, latest, extension.name)

    def due_warnings(self, due: datetime) -> list[str]:
        return due_date_warnings(due, self.now, self.context.calendar)

    def due_reference(self) -> DueReference:
        """Everything the new-ticket form computes deadlines from (read here)."""
        rules = sorted(self.context.rules().values(), key=lambda r: r.code)
        return DueReference(
            rules, self.limit_rule(), self.context.calendar, self.context.office_hours()
        )

    def dispatch_due(self, received: datetime) -> DueAnswer:
        rule = self.context.rules()[DISPATCH_RULE]
        return compute_due(received, rule, self.context.calendar, self.context.office_hours())

    def reassigned_due(self, at: datetime) -> DueAnswer:
        rule = self.context.rules()[REASSIGNED_RULE]
        return compute_due(at, rule, self.context.calendar, self.context.office_hours())

    # -- the state machine ---------------------------------------------------
    def apply(
        self, number: str, change: Callable[[Ticket, datetime], Event | list[Event]]
    ) -> tuple[Ticket, list[Event]]:
        return self.apply_knowing_history(number, lambda t, now, _history: change(t, now))

    def apply_knowing_history(
        self,
        number: str,
        change: Callable[[Ticket, datetime, list[Event]], Event | list[Event]],
    ) -> tuple[Ticket, list[Event]]:
        """One transaction: the row locked, its history read once (for the
        change, the check that nobody acted since the form opened, and the
        derived facts), the events written."""
        with self.context.db.unit_of_work() as session:
            self._check_actor()
            store = TicketStore(session)
            row = store.get_row(number, for_update=True)
            history = store.events(row.id)
            self._refuse_if_changed_since_seen(store, number, history)
            ticket = ticket_from_row(row)
            now = self.now
            result = change(ticket, now, history)
            events = result if isinstance(result, list) else [result]
            store.save(row, ticket, events)
            known = {row.id: [*history, *events]}
            rows = [row, *self._followed(store, ticket, history, events, change, now, known)]
            update_derived(self.context, session, rows, known=known)
        return ticket, events

    def _followed(
        self,
        store: TicketStore,
        main: Ticket,
        history: list[Event],
        events: list[Event],
        change: Callable[[Ticket, datetime, list[Event]], Event | list[Event]],
        now: datetime,
        known: dict[int, list[Event]],
    ) -> list[TicketRow]:
        """并单: the main ticket's action taken on each merged repeat it applies
        to (lifecycle.follows), in the same transaction; a repeat whose own
        state refuses it is left as it is (its own next step shows)."""
        repeats = lifecycle.merged_repeats(history)
        if not repeats or not events:
            return []
        try:
            action = lifecycle.Action(events[0].action)
        except ValueError:
            return []
        rows = []
        for row in store.rows_by_numbers(repeats, for_update=True).values():
            repeat = ticket_from_row(row)
            if not lifecycle.follows(action, main, repeat):
                continue
            repeat_history = store.events(row.id)

            def on_repeat(t: Ticket, h: list[Event] = repeat_history) -> Event | list[Event]:
                return change(t, now, h)

            try:
                followed = lifecycle.following(repeat, on_repeat)
            except lifecycle.ActionRefused as refused:
                log.info("repeat %s did not follow %s: %s", repeat.number, main.number, refused)
                continue
            store.save(row, repeat, followed)
            known[row.id] = [*repeat_history, *followed]
            rows.append(row)
        return rows

    @contextmanager
    def expecting(self, number: str, seen_events: int | None) -> Iterator[None]:
        """Within this block, an action on ``number`` is refused (ConcurrentChange,
        saying what happened) when the ticket has more than ``seen_events``
        events: someone acted on it after this user's form was opened, and the
        form's answers were given for a ticket that no longer is. Counted with
        ``lifecycle.changing_events``."""
        self._expected = (number, seen_events) if seen_events is not None else None
        try:
            yield
        finally:
            self._expected = None

    def _refuse_if_changed_since_seen(
        self, store: TicketStore, number: str, history: list[Event]
    ) -> None:
        expected = getattr(self, "_expected", None)
        if expected is None or expected[0] != number:
            return
        newer = lifecycle.changing_events(history)[expected[1] :]
        if newer:
            store.refuse_concurrent(number, newer)

    def _check_actor(self) -> None:
        """Only the office's staff act; the first user of a fresh store is registered."""
        if check_actor(self.context):
            self.registered = self.context.operator

    def _unit_ids(self, units: Sequence[str | int]) -> list[int]:
        return [u.id for u in self._units(units)]

    def _units(self, units: Sequence[str | int]) -> list[Unit]:
        with self.context.db.session() as session:
            return [find_unit(session, u) for u in units]

    def dispatch(
        self,
        number: str,
        main_unit: str | int,
        co_units: Sequence[str | int] = (),
        note: str = "",
        call_reached: bool | None = None,
    ) -> Ticket:
        """派单; with call_reached set, the phone call to the unit's handler is logged too."""
        main, *co = self._units([main_unit, *co_units])
        main_id, co_ids = main.id, [u.id for u in co]
        handler = (main.handler_name, main.handler_phone)
        actor = self.context.operator

        def change(ticket: Ticket, now: datetime) -> list[Event]:
            events = [lifecycle.dispatch(ticket, actor, now, main_id, co_ids, note)]
            if call_reached is not None:
                events.append(
                    lifecycle.log_call(
                        ticket,
                        actor,
                        now,
                        CallPurpose.DISPATCH_NOTICE,
                        handler[0],
                        handler[1],
                        call_reached,
                        main_id,
                    )
                )
            return events

        return self.apply(number, change)[0]

    def _handler(self, unit_id: int) -> tuple[str, str]:
        with self.context.db.session() as session:
            row = find_unit(session, unit_id)
            return row.handler_name, row.handler_phone

    def transfer(self, number: str, main_unit: str | int, reason: str = "") -> Ticket:
        (unit_id,) = self._unit_ids([main_unit])
        actor = self.context.operator
        return self.apply(
            number, lambda t, now: lifecycle.transfer(t, actor, now, unit_id, reason=reason)
        )[0]

    def return_ticket(
        self, number: str, reason: str, justified: bool, new_unit: str | int | None = None
    ) -> Ticket:
        new_id = self._unit_ids([new_unit])[0] if new_unit is not None else None
        actor = self.context.operator
        return self.apply(
            number, lambda t, now: lifecycle.return_ticket(t, actor, now, reason, justified, new_id)
        )[0]

    def request_commitment(self, number: str, requested_due_at: datetime, reason: str) -> Ticket:
        actor = self.context.operator
        return self.apply(
            number,
            lambda t, now: lifecycle.request_commitment(
                t, actor, now, requested_due_at, reason, self.extension_limit(t)
            ),
        )[0]

    def decide_commitment(
        self, number: str, approved: bool, new_due_at: datetime | None = None, note: str = ""
    ) -> Ticket:
        actor = self.context.operator
        role = operator_role(self.context, actor)
        return self.apply(
            number,
            lambda t, now: lifecycle.decide_commitment(
                t, actor, now, approved, new_due_at, note, role=role
            ),
        )[0]

    def feedback(self, number: str, feedback: UnitFeedback) -> Ticket:
        """单位反馈; with a template named, the parts it requires are checked."""
        from hotline_desk.domain.reply_templates import (
            FEEDBACK_PARTS,
            STARTER_LEFT,
            unfinished_part,
        )
        from hotline_desk.services.reply_templates import get_template, list_templates

        actor = self.context.operator
        template = get_template(self.context, feedback.template) if feedback.template else None
        parts = {
            "cause": feedback.cause, "actions": feedback.actions,
            "next_steps": feedback.next_steps, "basis": feedback.basis,
        }  # fmt: skip
        left = unfinished_part(parts, [t.starters for t in list_templates(self.context)])
        if left is not None:  # a template's starting text is not the unit's answer
            part, text = left
            label = FEEDBACK_PARTS[part]
            raise InputError(label, STARTER_LEFT, params={"text": text})
        return self.apply(
            number, lambda t, now: lifecycle.record_feedback(t, actor, now, feedback, template)
        )[0]

    def reject_feedback(self, number: str, reason: str) -> Ticket:
        actor = self.context.operator
        return self.apply(number, lambda t, now: lifecycle.reject_feedback(t, actor, now, reason))[
            0
        ]

    def callback(self, number: str, answers: CallbackAnswers) -> Ticket:
        actor = self.context.operator
        required = self.context.get(settings.CALLBACK_ATTEMPTS)
        return self.apply_knowing_history(
            number,
            lambda t, now, history: lifecycle.record_callback(
                t, actor, now, answers, failed_callbacks(history), required
            ),
        )[0]

    def submit(self, number: str) -> Ticket:
        actor = self.context.operator
        return self.apply(number, lambda t, now: lifecycle.submit(t, actor, now))[0]

    def review_return(self, number: str, reason: str) -> Ticket:
        actor = self.context.operator
        return self.apply(number, lambda t, now: lifecycle.review_return(t, actor, now, reason))[0]

    def reassign(self, number: str, reason: str = "") -> Ticket:
        actor = self.context.operator
        due = self.reassigned_due(self.now).due
        return self.apply(number, lambda t, now: lifecycle.reassign(t, actor, now, due, reason))[0]

    def archive(self, number: str) -> Ticket:
        actor = self.context.operator
        return self.apply(number, lambda t, now: lifecycle.archive(t, actor, now))[0]

    def escalate(self, number: str, reason: str) -> Ticket:
        actor = self.context.operator
        return self.apply(number, lambda t, now: lifecycle.escalate(t, actor, now, reason))[0]

    def mark_typical(self, number: str, summary: str, typical: bool = True) -> Ticket:
        actor = self.context.operator
        return self.apply(
            number, lambda t, now: lifecycle.mark_typical(t, actor, now, summary, typical)
        )[0]

    def leader_decision(self, number: str, decision: str) -> Ticket:
        actor = self.context.operator
        role = operator_role(self.context, actor)
        return self.apply(
            number,
            lambda t, now: lifecycle.record_leader_decision(t, actor, now, decision, role=role),
        )[0]

    def log_call(
        self,
        number: str,
        purpose: CallPurpose,
        reached: bool,
        note: str = "",
        unit: str | int | None = None,
    ) -> Ticket:
        """Logs a call to the unit's handler (the ticket's main unit unless named)."""
        actor = self.context.operator
        unit_id = self._unit_ids([unit])[0] if unit is not None else None

        def change(ticket: Ticket, now: datetime) -> Event:
            target = unit_id if unit_id is not None else ticket.main_unit_id
            callee, phone = self._handler(target) if target is not None else ("", "")
            return lifecycle.log_call(
                ticket, actor, now, purpose, callee, phone, reached, target, note
            )

        return self.apply(number, change)[0]

    def reveal_caller(self, number: str, reason: str = "") -> Ticket:
        actor = self.context.operator
        role = operator_role(self.context, actor)
        ticket = self.apply(
            number, lambda t, now: lifecycle.reveal_caller(t, actor, now, reason, role)
        )[0]
        from hotline_desk.services.access_log import record_access

        record_access(self.context, REVEAL, number, 1, reason)
        return ticket

    # -- reading ---------------------------------------------------------------
    def ticket(self, number: str) -> Ticket:
        """The ticket alone – no history, units or rules read beside it."""
        with self.context.db.session() as session:
            return TicketStore(session).get(number)

    def events(self, number: str) -> list[Event]:
        """The ticket's history alone."""
        with self.context.db.session() as session:
            store = TicketStore(session)
            ticket = store.get(number)
            assert ticket.id is not None
            return store.events(ticket.id)

    def state_of(self, number: str) -> TicketState | None:
        """The state of the ticket with exactly this number, or None."""
        with self.context.db.session() as session:
            try:
                return TicketStore(session).get(number.strip()).state
            except TicketNotFound:
                return None

    def recompute_estimated_dues(
        self, before: WorkCalendar
    ) -> list[tuple[str, datetime, datetime]]:
        """After the office entered calendar days: every unfinished ticket whose
        due date its rule counted on days ``before`` only estimated is counted
        again; returns (number, old, new) of those that moved (each an event).
        The city's own dates, extensions and re-assignments are left as they are."""
        with self.context.db.session() as session:
            tickets = TicketStore(session).unfinished_tickets()
        rules, hours = self.context.rules(), self.context.office_hours()
        moved = []
        for ticket in tickets:
            rule = rules.get(ticket.limit_rule or "")
            if (
                rule is None
                or ticket.due_at is None
                or ticket.commitment_count
                or ticket.reassigned
                or not due_is_estimate(ticket, before)
            ):
                continue
            new_due = compute_due(ticket.received_at, rule, self.context.calendar, hours).due
            if new_due != ticket.due_at:
                self.apply(ticket.number, self._recomputed(new_due))
                moved.append((ticket.number, ticket.due_at, new_due))
        return moved

    def _recomputed(self, due: datetime) -> Callable[[Ticket, datetime], Event]:
        actor = self.context.operator
        return lambda ticket, now: lifecycle.recompute_due(ticket, actor, now, due)

    def store_is_empty(self) -> bool:
        with self.context.db.session() as session:
            return not TicketStore(session).any_ticket()

    def show(self, number: str) -> TicketView:
        with self.context.db.session() as session:
            store = TicketStore(session)
            ticket = store.get(number)
            assert ticket.id is not None
            view = TicketView(ticket, store.events(ticket.id), unit_names(session))
            view.people = {login: name for login, name, _role in staff(session) if name}
            if ticket.whitelist_id is not None:
                view.whitelist = whitelist_entry(session, ticket.whitelist_id)
        rule = self.context.rules().get(ticket.limit_rule or "")
        view.rule_name = rule.name if rule else ""
        view.due_estimate = due_is_estimate(ticket, self.context.calendar)
        if rule is not None and ticket.city_due_at is not None:
            by_rule = compute_due(
                ticket.received_at, rule, self.context.calendar, self.context.office_hours()
            ).due
            view.rule_due = by_rule if by_rule != ticket.due_at else None
        return view

    def due_by_next_workday(self, include_overdue: bool = False) -> tuple[datetime, list[Ticket]]:
        """Unfinished tickets due by the end of the next working day.

        Already overdue ones are left out unless asked for: the poller alerts
        for those separately.
        """
        now = self.now
        bound = end_of_next_workday(now, self.context.calendar)
        start = datetime.min if include_overdue else now
        with self.context.db.session() as session:
            return bound, TicketStore(session).unfinished_due_between(start, bound)
