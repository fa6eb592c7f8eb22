"""What the general desk (综合科) counts, defined once, from a ticket's event trail.

Every figure of the monthly statistics, the unit assessment and the
accountability ledger rests on two things derived here per ticket:

* its **facts** (``TicketFacts``): the month it belongs to, its unit and
  operator, whether it is completed, on time, how the callback went;
* its **findings** (``Finding``): each countable thing that happened to it –
  a return, a transfer, a late feedback, false feedback, an unsatisfied
  citizen, a late dispatch, a missing callback – with the unit or the
  operator it is held against and the moment it happened.

The store keeps both (recomputed after every action, at every poll and
before every report) so that a month at a million tickets is a sum, and
every count can list the tickets behind it. The definitions:

* **Month.** A ticket belongs to the month (and ISO week) of its 受理时间,
  the moment the city handed it down. Everything about it – completion,
  returns, overdue, satisfaction – counts in that month, whenever it
  happens; a report therefore says the moment it was made (``as_of``).
* **Completed (办结).** The ticket is archived (办结归档) – the city accepted
  it. A ticket re-assigned after archiving is not completed until archived
  again. A ticket of the 30th archived on the 3rd of the next month counts
  as completed for its own month in a report made after the 3rd.
* **Deadline in force.** The city's due date, moved by each approved
  commitment/extension (申请承诺件), a re-assignment (3 working days), the
  platform or a calendar recount – each an event. An extension requested
  before the deadline and approved after it counts: the ticket is judged
  against the approved date. While a request waits, the ticket is not
  counted overdue.
* **Overdue (逾期办理).** The office submitted the ticket to the review group
  after the deadline in force, or it is unfinished and the deadline has
  passed. **On-time completion** is the opposite: submitted in time (each
  round, after a re-assignment too). Rate: over tickets that are finished or
  overdue; tickets still open and not yet due are not judged.
* **On-time dispatch.** The first dispatch within the 12 clock hours after
  receipt (``dispatch_due_at``); a ticket not dispatched and past that
  moment counts as late.
* **Overdue reply (逾期答复).** The unit's feedback came after the deadline in
  force, or the unit holds the ticket past it without feedback. Held against
  the unit handling it then.
* **Returns (退单)** count per return, against the unit that returned it;
  **unjustified returns (无故退单)** are those found unjustified.
* **Transfers (转办)**: each re-dispatch to another unit – a transfer, a
  justified return naming the right unit, or a dispatch after a justified
  return – against the unit the ticket left. A ticket transferred then
  returned counts one transfer and one return.
* **Satisfaction rate (满意率).** (满意 + 基本满意) over the tickets whose
  citizen was reached and answered; unreachable callers (无法联系) and
  confidential tickets (保密件, never called back) are counted apart and
  never as satisfied. The latest callback decides (a re-handled ticket's
  second callback replaces the first).
* **Callback missing (未回访)**: a ticket that is not confidential, submitted
  with no callback since its latest feedback, or still waiting for its
  callback past the deadline – held against its operator.
* **Delay.** Days (calendar, to the hour) between the deadline and the
  submission, or now for an unfinished ticket.
* **Operator.** The owner (谁派单，谁负责) – the first dispatcher, who also owns
  a re-assigned ticket; a late dispatch is held against whoever dispatched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.ticket import (
    SATISFACTION_ANSWERS,
    Event,
    Satisfaction,
    Ticket,
    TicketState,
)


class FindingKind(StrEnum):
    RETURN = "return"
    UNJUSTIFIED_RETURN = "unjustified_return"
    TRANSFER = "transfer"
    COMMITMENT = "commitment"
    OVERDUE_REPLY = "overdue_reply"
    FALSE_FEEDBACK = "false_feedback"
    UNSATISFIED = "unsatisfied"
    REVIEW_RETURN = "review_return"
    REASSIGNED = "reassigned"
    OVERDUE = "overdue"
    LATE_DISPATCH = "late_dispatch"
    CALLBACK_MISSING = "callback_missing"

    @property
    def label(self) -> str:
        return FINDING_LABELS[self]


FINDING_LABELS: dict[FindingKind, str] = {
    FindingKind.RETURN: "退单",
    FindingKind.UNJUSTIFIED_RETURN: "无故退单",
    FindingKind.TRANSFER: "转办",
    FindingKind.COMMITMENT: "申请承诺件",
    FindingKind.OVERDUE_REPLY: "逾期答复",
    FindingKind.FALSE_FEEDBACK: "虚假反馈",
    FindingKind.UNSATISFIED: "不满意",
    FindingKind.REVIEW_RETURN: "审核退回",
    FindingKind.REASSIGNED: "重新交办",
    FindingKind.OVERDUE: "逾期办理",
    FindingKind.LATE_DISPATCH: "超12小时派单",
    FindingKind.CALLBACK_MISSING: "未回访",
}

# What the accountability ledger (责任追究) names, per unit and per operator.
UNIT_ACCOUNTABLE = (
    FindingKind.OVERDUE_REPLY,
    FindingKind.UNJUSTIFIED_RETURN,
    FindingKind.FALSE_FEEDBACK,
)
OPERATOR_ACCOUNTABLE = (
    FindingKind.OVERDUE,
    FindingKind.LATE_DISPATCH,
    FindingKind.CALLBACK_MISSING,
)


class CallbackOutcome(StrEnum):
    REACHED = "reached"  # the citizen answered the four questions
    UNREACHABLE = "unreachable"  # 无法联系, counted apart
    CONFIDENTIAL = "confidential"  # 保密件: never called back
    NONE = "none"  # not (yet) called back


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    at: datetime
    unit_id: int | None = None
    operator: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class TicketFacts:
    ticket_id: int
    month: str  # YYYY-MM of receipt
    week: str  # ISO week of receipt, YYYY-Www
    received_at: datetime
    kind: str
    category: str
    unit_id: int | None  # the main unit now
    operator: str  # the owner, "" before dispatch
    confidential: bool
    completed: bool
    completed_at: datetime | None
    on_time_dispatch: bool | None  # None: not yet judged
    on_time_completion: bool | None
    satisfaction: str | None
    callback: CallbackOutcome
    delay_days: float  # the longest delay past a deadline, 0 if none
    typical: str | None  # the summary of a typical case (典型工单)
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    # 重复投诉: merged into another ticket (并单) – one matter counted once
    repeat: bool = False

    def count(self, kind: FindingKind) -> int:
        return sum(1 for f in self.findings if f.kind is kind)


def month_of(moment: datetime) -> str:
    return f"{moment:%Y-%m}"


def week_of(moment: datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


WEEK_LABEL = "第 {week} 周（{first}～{last}）"


def week_span(week: str) -> tuple[int, date, date]:
    """The number, Monday and Sunday of an ISO week (YYYY-Www)."""
    year, number = week.split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1)
    return int(number), monday, monday + timedelta(days=6)


def week_label(week: str) -> str:
    """A week as a person reads it: 第 44 周（10-26～11-01）."""
    number, first, last = week_span(week)
    return WEEK_LABEL.format(week=number, first=f"{first:%m-%d}", last=f"{last:%m-%d}")


# Action values as plain strings: enum attribute lookups cost a backfill of a
# million tickets more than the definitions themselves.
_CALLBACK = Action.CALLBACK.value
_COMMIT = Action.COMMIT.value
_DECIDE = Action.DECIDE.value
_DISPATCH = Action.DISPATCH.value
_FEEDBACK = Action.FEEDBACK.value
_MARK_TYPICAL = Action.MARK_TYPICAL.value
_PLATFORM_DUE = Action.PLATFORM_DUE.value
_REASSIGN = Action.REASSIGN.value
_RECOMPUTE_DUE = Action.RECOMPUTE_DUE.value
_REJECT_FEEDBACK = Action.REJECT_FEEDBACK.value
_RETURN = Action.RETURN.value
_REVIEW_RETURN = Action.REVIEW_RETURN.value
_SUBMIT = Action.SUBMIT.value
_TRANSFER = Action.TRANSFER.value


def _due(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


_DUE_MOVES = {
    _DECIDE,
    _REASSIGN,
    _RECOMPUTE_DUE,
    _PLATFORM_DUE,
}


def _first_due(ticket: Ticket, events: Sequence[Event]) -> datetime | None:
    """The deadline before any event moved it."""
    for event in events:
        if event.action in _DUE_MOVES and _due(event.data.get("new_due_at")):
            old = _due(event.data.get("old_due_at"))
            return old or ticket.city_due_at
    return ticket.due_at or ticket.city_due_at


class _Replay:
    """Walks the trail keeping what was in force at each event: the deadline,
    the unit handling it, a pending request."""

    def __init__(self, ticket: Ticket, events: Sequence[Event]) -> None:
        self.due = _first_due(ticket, events)
        self.unit: int | None = None
        self.pending = False
        self.last_return_unit: int | None = None

    def step(self, event: Event) -> None:
        data = event.data
        new_due = _due(data.get("new_due_at"))
        if event.action in _DUE_MOVES and new_due is not None:
            self.due = new_due
        if event.action in (_DISPATCH, _TRANSFER):
            self.unit = data.get("main_unit_id", self.unit)
        elif event.action == _RETURN:
            self.last_return_unit = data.get("from_unit_id", self.unit)
            if data.get("justified"):
                self.unit = data.get("new_unit_id")
        if event.action == _COMMIT:
            self.pending = True
        elif event.action in (_DECIDE, _FEEDBACK):
            self.pending = False


def _late(at: datetime, due: datetime | None) -> bool:
    return due is not None and at > due


def _days(late_by: float) -> float:
    return round(late_by / 86400, 2)


def ticket_facts(ticket: Ticket, events: Sequence[Event], now: datetime) -> TicketFacts:
    """The ticket's facts and findings as of ``now`` (see the module's definitions)."""
    assert ticket.id is not None
    findings: list[Finding] = []
    replay = _Replay(ticket, events)
    owner = ticket.owner or ""
    first_dispatch: Event | None = None
    callback_since_feedback = False
    feedback_seen = False
    delay = 0.0
    late_submission = False
    submitted_seen = False
    typical: str | None = None

    def add(kind: FindingKind, at: datetime, unit: int | None, who: str, detail: str = "") -> None:
        findings.append(Finding(kind, at, unit, who, detail))

    for event in events:
        unit_before = replay.unit
        due_before = replay.due
        action, data = event.action, event.data
        replay.step(event)
        if action == _DISPATCH:
            if first_dispatch is None:
                first_dispatch = event
            if data.get("transfer"):
                add(FindingKind.TRANSFER, event.at, replay.last_return_unit, owner, event.note)
        elif action == _TRANSFER:
            add(
                FindingKind.TRANSFER,
                event.at,
                data.get("from_unit_id", unit_before),
                owner,
                event.note,
            )
        elif action == _RETURN:
            unit = data.get("from_unit_id", unit_before)
            add(FindingKind.RETURN, event.at, unit, owner, event.note)
            if not data.get("justified"):
                add(FindingKind.UNJUSTIFIED_RETURN, event.at, unit, owner, event.note)
            if data.get("transfer"):
                add(FindingKind.TRANSFER, event.at, unit, owner, event.note)
        elif action == _COMMIT:
            add(FindingKind.COMMITMENT, event.at, unit_before, owner, event.note)
        elif action == _FEEDBACK:
            feedback_seen, callback_since_feedback = True, False
            if _late(event.at, due_before) and not data.get("commitment_withdrawn"):
                add(FindingKind.OVERDUE_REPLY, event.at, unit_before, owner)
        elif action == _REJECT_FEEDBACK:
            add(FindingKind.FALSE_FEEDBACK, event.at, unit_before, owner, event.note)
        elif action == _CALLBACK:
            if data.get("reached") or data.get("unreachable"):
                callback_since_feedback = True
            if data.get("reached") and data.get("satisfaction") == Satisfaction.UNSATISFIED.value:
                add(FindingKind.UNSATISFIED, event.at, unit_before, owner, event.note)
        elif action == _SUBMIT:
            submitted_seen = True
            on_time = data.get("on_time")
            late = (not on_time) if isinstance(on_time, bool) else _late(event.at, due_before)
            if late and due_before is not None:
                late_submission = True
                delay = max(delay, (event.at - due_before).total_seconds())
                add(FindingKind.OVERDUE, event.at, unit_before, owner)
            if feedback_seen and not ticket.confidential and not callback_since_feedback:
                add(FindingKind.CALLBACK_MISSING, event.at, unit_before, event.actor)
        elif action == _REVIEW_RETURN:
            add(FindingKind.REVIEW_RETURN, event.at, unit_before, owner, event.note)
        elif action == _REASSIGN:
            add(FindingKind.REASSIGNED, event.at, unit_before, owner, event.note)
        elif action == _MARK_TYPICAL:
            typical = event.note if data.get("typical", True) else None

    due = replay.due if events else (ticket.due_at or ticket.city_due_at)
    unit_now = ticket.main_unit_id
    open_overdue = ticket.unfinished and not replay.pending and due is not None and due < now
    if open_overdue:
        assert due is not None
        delay = max(delay, (now - due).total_seconds())
        add(FindingKind.OVERDUE, due, unit_now, owner)
        if ticket.state is TicketState.HANDLING:
            add(FindingKind.OVERDUE_REPLY, due, unit_now, owner)
        if ticket.state is TicketState.FEEDBACK and not ticket.confidential:
            add(FindingKind.CALLBACK_MISSING, due, unit_now, owner)

    on_time_dispatch: bool | None
    if first_dispatch is not None:
        on_time_dispatch = first_dispatch.at <= ticket.dispatch_due_at
        if not on_time_dispatch:
            add(FindingKind.LATE_DISPATCH, first_dispatch.at, None, first_dispatch.actor)
    elif ticket.dispatched_at is not None:  # imported: the platform's dispatch time
        on_time_dispatch = ticket.dispatched_at <= ticket.dispatch_due_at
    elif ticket.dispatch_due_at < now and ticket.state is TicketState.RECEIVED:
        on_time_dispatch = False
        add(FindingKind.LATE_DISPATCH, ticket.dispatch_due_at, None, "")
    else:
        on_time_dispatch = None

    finished = ticket.state in (TicketState.SUBMITTED, TicketState.ARCHIVED)
    closed_at = ticket.submitted_at or ticket.archived_at
    if finished and not submitted_seen and closed_at is not None and _late(closed_at, due):
        # Closed on the platform, imported without a submission: its closing time.
        assert due is not None
        late_submission = True
        delay = max(delay, (closed_at - due).total_seconds())
        add(FindingKind.OVERDUE, closed_at, unit_now, owner)
    on_time_completion: bool | None
    if late_submission or open_overdue:
        on_time_completion = False
    elif finished:
        on_time_completion = True
    else:
        on_time_completion = None

    return TicketFacts(
        ticket_id=ticket.id,
        month=month_of(ticket.received_at),
        week=week_of(ticket.received_at),
        received_at=ticket.received_at,
        kind=ticket.kind.value,
        category=ticket.category,
        unit_id=unit_now,
        operator=owner,
        confidential=ticket.confidential,
        completed=ticket.state is TicketState.ARCHIVED,
        completed_at=ticket.archived_at if ticket.state is TicketState.ARCHIVED else None,
        on_time_dispatch=on_time_dispatch,
        on_time_completion=on_time_completion,
        satisfaction=ticket.satisfaction.value if ticket.satisfaction else None,
        callback=_callback_outcome(ticket),
        delay_days=_days(delay),
        typical=typical,
        findings=tuple(findings),
        repeat=ticket.merged_into is not None,
    )


def _callback_outcome(ticket: Ticket) -> CallbackOutcome:
    if ticket.confidential:
        return CallbackOutcome.CONFIDENTIAL
    if ticket.satisfaction is Satisfaction.UNREACHABLE:
        return CallbackOutcome.UNREACHABLE
    if ticket.satisfaction in SATISFACTION_ANSWERS:
        return CallbackOutcome.REACHED
    return CallbackOutcome.NONE


@dataclass(frozen=True, slots=True)
class FigureSelection:
    """The tickets behind one figure: the queue lists them when a figure is clicked.

    ``figure`` is a ticket-level figure (total, completed, overdue,
    on_time_completed, satisfied, reached, unreachable, confidential, typical,
    late_dispatch); ``finding`` instead selects tickets with such a finding
    held against ``unit_id`` / ``operator``."""

    first: str  # YYYY-MM
    last: str
    figure: str = "total"
    finding: FindingKind | None = None
    unit_id: int | None = None
    operator: str | None = None


# -- figures: counts summed by the store, rates defined here ---------------------

COUNTED_FINDINGS = (
    FindingKind.RETURN,
    FindingKind.UNJUSTIFIED_RETURN,
    FindingKind.TRANSFER,
    FindingKind.COMMITMENT,
    FindingKind.REASSIGNED,
    FindingKind.REVIEW_RETURN,
    FindingKind.FALSE_FEEDBACK,
    FindingKind.OVERDUE_REPLY,
    FindingKind.UNSATISFIED,
    FindingKind.LATE_DISPATCH,
    FindingKind.CALLBACK_MISSING,
)


@dataclass(frozen=True, slots=True)
class TicketCounts:
    """Ticket-level sums over a group of facts (a month, a unit, an operator)."""

    total: int = 0
    completed: int = 0
    overdue: int = 0  # tickets with on_time_completion False
    on_time_completed: int = 0
    completion_judged: int = 0
    on_time_dispatched: int = 0
    dispatch_judged: int = 0
    satisfied: int = 0  # 满意 + 基本满意
    reached: int = 0
    unreachable: int = 0
    confidential: int = 0
    typical: int = 0
    repeats: int = 0  # merged into a main ticket (重复投诉)

    @property
    def matters(self) -> int:
        """The matters: a main ticket and its merged repeats count once."""
        return self.total - self.repeats


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of one group: counts, finding counts and rates."""

    counts: TicketCounts
    findings: dict[str, int]

    @property
    def completion_rate(self) -> float | None:
        return _rate(self.counts.completed, self.counts.total)

    @property
    def satisfaction_rate(self) -> float | None:
        return _rate(self.counts.satisfied, self.counts.reached)

    @property
    def on_time_dispatch_rate(self) -> float | None:
        return _rate(self.counts.on_time_dispatched, self.counts.dispatch_judged)

    @property
    def on_time_completion_rate(self) -> float | None:
        return _rate(self.counts.on_time_completed, self.counts.completion_judged)

    def finding(self, kind: FindingKind) -> int:
        return self.findings.get(kind.value, 0)

    def as_dict(self) -> dict[str, object]:
        """The report's keys (the JSON of ``hotline-desk report``)."""
        c = self.counts
        return {
            "total": c.total,
            "completed": c.completed,
            "completion_rate": self.completion_rate,
            "satisfaction_rate": self.satisfaction_rate,
            "satisfied": c.satisfied,
            "reached": c.reached,
            "unreachable": c.unreachable,
            "confidential": c.confidential,
            "returns": self.finding(FindingKind.RETURN),
            "unjustified_returns": self.finding(FindingKind.UNJUSTIFIED_RETURN),
            "transfers": self.finding(FindingKind.TRANSFER),
            "overdue": c.overdue,
            "overdue_replies": self.finding(FindingKind.OVERDUE_REPLY),
            "commitments": self.finding(FindingKind.COMMITMENT),
            "reassigned": self.finding(FindingKind.REASSIGNED),
            "review_returns": self.finding(FindingKind.REVIEW_RETURN),
            "false_feedback": self.finding(FindingKind.FALSE_FEEDBACK),
            "unsatisfied": self.finding(FindingKind.UNSATISFIED),
            "late_dispatches": self.finding(FindingKind.LATE_DISPATCH),
            "callbacks_missing": self.finding(FindingKind.CALLBACK_MISSING),
            "on_time_dispatch_rate": self.on_time_dispatch_rate,
            "on_time_completion_rate": self.on_time_completion_rate,
            "typical": c.typical,
            "repeats": c.repeats,
            "matters": c.matters,
        }


def count_facts(facts: Iterable[TicketFacts]) -> Figures:
    """The figures of a list of facts counted in Python: what the store's sums
    must agree with (tests), and the figures of a small selection."""
    totals = dict.fromkeys(TicketCounts.__slots__, 0)
    findings: dict[str, int] = {}
    for f in facts:
        totals["total"] += 1
        totals["completed"] += f.completed
        totals["overdue"] += f.on_time_completion is False
        totals["on_time_completed"] += f.on_time_completion is True
        totals["completion_judged"] += f.on_time_completion is not None
        totals["on_time_dispatched"] += f.on_time_dispatch is True
        totals["dispatch_judged"] += f.on_time_dispatch is not None
        totals["satisfied"] += f.satisfaction in ("satisfied", "basic")
        totals["reached"] += f.callback is CallbackOutcome.REACHED
        totals["unreachable"] += f.callback is CallbackOutcome.UNREACHABLE
        totals["confidential"] += f.callback is CallbackOutcome.CONFIDENTIAL
        totals["typical"] += f.typical is not None
        totals["repeats"] += f.repeat
        for finding in f.findings:
            findings[finding.kind.value] = findings.get(finding.kind.value, 0) + 1
    return Figures(TicketCounts(**totals), findings)
