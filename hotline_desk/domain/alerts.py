"""What deserves a tap on the shoulder, and how taps are grouped.

Pure rules: the poller feeds tickets in and gets alerts out. Each alert has a
key; an alert whose key was seen before is not raised again, so a ticket is
announced once per kind (and again only when its deadline changes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from hotline_desk.domain.ticket import Ticket, TicketState


class AlertKind(StrEnum):
    NEW_TICKET = "new_ticket"
    DISPATCH_DUE = "dispatch_due"  # the 12-hour dispatch limit ends within the hour
    DISPATCH_OVERDUE = "dispatch_overdue"
    DUE_NEXT_WORKDAY = "due_next_workday"  # due by the end of the next working day
    OVERDUE = "overdue"
    COMMITMENT_REQUEST = "commitment_request"
    RETURNED = "returned"
    # Not a ticket's: a knowledge-base entry past its review date (in the
    # window's alert list only, never a popup or on-duty staff's).
    KNOWLEDGE_REVIEW = "knowledge_review"

    @property
    def label(self) -> str:
        return ALERT_LABELS[self]


ALERT_LABELS: dict[AlertKind, str] = {
    AlertKind.NEW_TICKET: "新工单",
    AlertKind.DISPATCH_DUE: "派单时限将到",
    AlertKind.DISPATCH_OVERDUE: "派单已超时",
    AlertKind.DUE_NEXT_WORKDAY: "即将到期",
    AlertKind.OVERDUE: "已逾期",
    AlertKind.COMMITMENT_REQUEST: "承诺件申请",
    AlertKind.RETURNED: "退单",
    AlertKind.KNOWLEDGE_REVIEW: "知识条目待复核",
}

# The kinds that concern tickets (what the poll, popups and on-duty staff know).
TICKET_ALERT_KINDS = tuple(k for k in AlertKind if k is not AlertKind.KNOWLEDGE_REVIEW)
KNOWLEDGE_REVIEW_TEXT = "「{title}」已过复核日期 {due}，请复核或修改（知识库第 {id} 条）"

ALERT_TEXTS: dict[AlertKind, str] = {
    AlertKind.NEW_TICKET: "{subject}待派单，派单时限 {due}",
    AlertKind.DISPATCH_DUE: "{subject}须在 {due} 前派单",
    AlertKind.DISPATCH_OVERDUE: "{subject}已超过12小时派单时限（{due}）",
    AlertKind.DUE_NEXT_WORKDAY: "{subject}将于 {due} 到期",
    AlertKind.OVERDUE: "{subject}已于 {due} 逾期",
    AlertKind.COMMITMENT_REQUEST: "{subject}承办单位申请承诺件/延期，待领导审批",
    AlertKind.RETURNED: "{subject}被承办单位退回，需处理",
}

DIGEST_TITLES: dict[AlertKind, str] = {
    AlertKind.NEW_TICKET: "{n} 件新工单待派单",
    AlertKind.DISPATCH_DUE: "{n} 件工单派单时限将到",
    AlertKind.DISPATCH_OVERDUE: "{n} 件工单已超过派单时限",
    AlertKind.DUE_NEXT_WORKDAY: "{n} 件工单{when}到期",
    AlertKind.OVERDUE: "{n} 件工单已逾期",
    AlertKind.COMMITMENT_REQUEST: "{n} 件承诺件申请待审批",
    AlertKind.RETURNED: "{n} 件工单被退回",
}

SUMMARY_TITLE = "{n} 件工单有新提醒（详见提醒面板）"

DISPATCH_WARNING = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    number: str
    ticket_id: int | None
    title: str
    due: datetime | None
    key: str  # what makes it the same alert: kind, ticket and the deadline in force
    estimate: bool = False  # the deadline was counted on an estimated calendar

    def text(self) -> str:
        """The notification text: ticket number, summary and the deadline concerned."""
        due = f"{self.due:%m-%d %H:%M}" if self.due else ""
        if self.estimate:
            due += "（按估算的日历）"
        return ALERT_TEXTS[self.kind].format(subject=f"工单 {self.number}「{self.title}」", due=due)


def _alert(kind: AlertKind, ticket: Ticket, due: datetime | None, extra: str = "") -> Alert:
    stamp = due.isoformat(timespec="minutes") if due else ""
    key = f"{kind.value}:{ticket.number}:{stamp}{extra}"
    return Alert(kind, ticket.number, ticket.id, ticket.title or ticket.content[:20], due, key)


def alerts_for_ticket(
    ticket: Ticket,
    now: datetime,
    next_workday_end: datetime,
    estimated: Callable[[Ticket], bool] | None = None,
) -> list[Alert]:
    """Every alert a ticket deserves right now (before de-duplication);
    ``estimated`` says whether its due date rests on an estimated calendar."""
    found: list[Alert] = []
    if ticket.state is TicketState.RECEIVED:
        found.append(_alert(AlertKind.NEW_TICKET, ticket, ticket.dispatch_due_at))
        if ticket.dispatch_due_at < now:
            found.append(_alert(AlertKind.DISPATCH_OVERDUE, ticket, ticket.dispatch_due_at))
        elif ticket.dispatch_due_at - now <= DISPATCH_WARNING:
            found.append(_alert(AlertKind.DISPATCH_DUE, ticket, ticket.dispatch_due_at))
    if ticket.unfinished and ticket.due_at is not None:
        kind = None
        if ticket.due_at < now:
            kind = AlertKind.OVERDUE
        elif ticket.due_at < next_workday_end:
            kind = AlertKind.DUE_NEXT_WORKDAY
        if kind is not None:
            alert = _alert(kind, ticket, ticket.due_at)
            if estimated is not None and estimated(ticket):
                alert = replace(alert, estimate=True)
            found.append(alert)
    if ticket.commitment_pending:
        found.append(_alert(AlertKind.COMMITMENT_REQUEST, ticket, ticket.requested_due_at))
    if ticket.unfinished and (ticket.returned or ticket.unjustified_return):
        found.append(_alert(AlertKind.RETURNED, ticket, None, f"#{ticket.return_count}"))
    return found


def collect_alerts(
    tickets: Iterable[Ticket],
    now: datetime,
    next_workday_end: datetime,
    kinds: Iterable[AlertKind] | None = None,
    estimated: Callable[[Ticket], bool] | None = None,
) -> list[Alert]:
    wanted = set(kinds) if kinds is not None else set(AlertKind)
    seen: set[str] = set()
    result = []
    for ticket in tickets:
        for alert in alerts_for_ticket(ticket, now, next_workday_end, estimated):
            if alert.kind in wanted and alert.key not in seen:
                seen.add(alert.key)
                result.append(alert)
    return result


@dataclass(frozen=True, slots=True)
class Notification:
    """One desktop notification: a single alert, or a digest of many of one kind."""

    title: str
    body: str
    kind: AlertKind
    numbers: tuple[str, ...] = field(default_factory=tuple)
    summary: bool = False  # one notification for a poll's alerts of several kinds

    @property
    def is_digest(self) -> bool:
        return len(self.numbers) > 1


def _when_phrase(today: date, next_workday: date) -> str:
    if next_workday == today + timedelta(days=1):
        return "明天"
    return f"{next_workday:%m月%d日}（下一个工作日）"


def plan_notifications(
    alerts: Sequence[Alert], today: date, next_workday: date, digest_above: int
) -> list[Notification]:
    """One notification per alert, or one digest per kind when more than
    ``digest_above`` alerts of that kind arrive together ("7 件工单明天到期")."""
    by_kind: dict[AlertKind, list[Alert]] = {}
    for alert in alerts:
        by_kind.setdefault(alert.kind, []).append(alert)
    notes: list[Notification] = []
    for kind, group in by_kind.items():
        if len(group) > digest_above:
            numbers = tuple(a.number for a in group)
            title = DIGEST_TITLES[kind].format(n=len(group), when=_when_phrase(today, next_workday))
            shown = "、".join(numbers[:5]) + (" 等" if len(numbers) > 5 else "")
            notes.append(Notification(title, shown, kind, numbers))
        else:
            notes += [
                Notification(f"{kind.label}：{a.number}", a.text(), kind, (a.number,))
                for a in group
            ]
    if len(notes) > digest_above:  # never a burst (a first start finds a backlog): one summary
        numbers = tuple(dict.fromkeys(n for note in notes for n in note.numbers))
        lines = "；".join(f"{kind.label} {len(group)} 件" for kind, group in by_kind.items())
        title = SUMMARY_TITLE.format(n=len(numbers))
        return [Notification(title, lines, notes[0].kind, numbers, summary=True)]
    return notes
