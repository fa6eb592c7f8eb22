"""The six ensures (六个确保), computed from a ticket's event trail, never ticked.

Each ensure is met, missing (with what is missing), or not yet due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from enum import IntEnum, StrEnum

from hotline_desk.domain.phone import check_mobile
from hotline_desk.domain.reply_templates import FEEDBACK_PARTS
from hotline_desk.domain.ticket import Event, Ticket, TicketState
from hotline_desk.domain.work_calendar import WorkCalendar


class Ensure(IntEnum):
    DISPATCHED_AND_PHONED = 1
    CHASED_BEFORE_DUE = 2
    CALLED_BACK = 3
    FOLLOWS_TEMPLATE = 4
    PHONES_VALID = 5
    SUBMITTED_AND_ARCHIVED = 6

    @property
    def label(self) -> str:
        return ENSURE_LABELS[self]


ENSURE_LABELS: dict[Ensure, str] = {
    Ensure.DISPATCHED_AND_PHONED: "12小时内派单并电话通知承办单位",
    Ensure.CHASED_BEFORE_DUE: "到期前一个工作日电话催办",
    Ensure.CALLED_BACK: "已回访群众，反馈和满意度真实",
    Ensure.FOLLOWS_TEMPLATE: "反馈符合答复参考范本",
    Ensure.PHONES_VALID: "承办人、分管领导手机号完整有效",
    Ensure.SUBMITTED_AND_ARCHIVED: "期限内提交审核并办结归档",
}


class Status(StrEnum):
    MET = "met"
    MISSING = "missing"
    NOT_YET = "not_yet"  # its moment has not come


@dataclass(frozen=True, slots=True)
class EnsureResult:
    ensure: Ensure
    status: Status
    detail: str = ""

    @property
    def missing(self) -> bool:
        return self.status is Status.MISSING


@dataclass(frozen=True, slots=True)
class UnitPhones:
    handler_phone: str
    leader_phone: str


def _calls(events: Iterable[Event], purpose: str) -> list[Event]:
    return [e for e in events if e.action == "call" and e.data.get("purpose") == purpose]


def _first(events: Iterable[Event], action: str) -> Event | None:
    return next((e for e in events if e.action == action), None)


# A 重新交办 or 审核退回 starts a new round: the chase call, the feedback and the
# callback of the earlier round do not count for the new one.
NEW_ROUND = frozenset({"reassign", "review_return"})


def current_round(events: Sequence[Event]) -> Sequence[Event]:
    """The events since the latest re-assignment or review return (all if none)."""
    starts = [i for i, e in enumerate(events) if e.action in NEW_ROUND]
    return events[starts[-1] :] if starts else events


def evaluate(
    ticket: Ticket,
    events: Sequence[Event],
    units: Mapping[int, UnitPhones],
    now: datetime,
    calendar: WorkCalendar,
) -> list[EnsureResult]:
    events = sorted(events, key=lambda e: e.at)
    this_round = current_round(events)
    return [
        _dispatched(ticket, events, now),
        _chased(ticket, this_round, now, calendar),
        _called_back(ticket, this_round),
        _template(ticket, this_round),
        _phones(ticket, units),
        _submitted(ticket, events, now),
    ]


def _dispatched(ticket: Ticket, events: Sequence[Event], now: datetime) -> EnsureResult:
    e = Ensure.DISPATCHED_AND_PHONED
    dispatch = _first(events, "dispatch")
    if dispatch is None:
        if now <= ticket.dispatch_due_at:
            return EnsureResult(
                e, Status.NOT_YET, f"须在 {ticket.dispatch_due_at:%m-%d %H:%M} 前派单"
            )
        return EnsureResult(e, Status.MISSING, "超过12小时仍未派单")
    problems = []
    if dispatch.at > ticket.dispatch_due_at:
        problems.append(
            f"派单超时（{dispatch.at:%m-%d %H:%M}，时限 {ticket.dispatch_due_at:%m-%d %H:%M}）"
        )
    reached = [c for c in _calls(events, "dispatch_notice") if c.data.get("reached")]
    in_time = [c for c in reached if c.at <= max(ticket.dispatch_due_at, dispatch.at)]
    if reached and not in_time:  # logged, but too late to count
        problems.append(f"电话通知超过12小时（{reached[0].at:%m-%d %H:%M}）")
    elif not reached:
        problems.append("派单后未电话通知承办人（或未接通）")
    return EnsureResult(e, Status.MISSING if problems else Status.MET, "；".join(problems))


def _chased(
    ticket: Ticket, events: Sequence[Event], now: datetime, calendar: WorkCalendar
) -> EnsureResult:
    e = Ensure.CHASED_BEFORE_DUE
    if ticket.due_at is None or ticket.dispatched_at is None:
        return EnsureResult(e, Status.NOT_YET, "尚未派单或无办理时限")
    chase_day = calendar.previous_workday(ticket.due_at.date())
    # Only a reached call on the working day before the due date, or earlier, counts.
    chases = [
        c for c in _calls(events, "chase") if c.data.get("reached") and c.at.date() <= chase_day
    ]
    if chases:
        return EnsureResult(e, Status.MET, f"{chases[-1].at:%m-%d %H:%M} 已催办")
    late = [c for c in _calls(events, "chase") if c.at.date() > chase_day]
    feedback = _first(events, "feedback")
    finished_early = feedback is not None and feedback.at.date() < chase_day
    if finished_early:
        return EnsureResult(e, Status.MET, "到期前一个工作日之前已反馈，无需催办")
    if now < datetime.combine(chase_day, time(0, 0)):
        return EnsureResult(e, Status.NOT_YET, f"应于 {chase_day:%m-%d} 电话催办")
    if now.date() == chase_day and ticket.unfinished:
        return EnsureResult(e, Status.NOT_YET, f"今天（{chase_day:%m-%d}）须电话催办")
    if late:
        return EnsureResult(
            e, Status.MISSING, f"{late[0].at:%m-%d %H:%M} 才催办，应在 {chase_day:%m-%d} 或之前"
        )
    return EnsureResult(e, Status.MISSING, f"{chase_day:%m-%d} 未电话催办")


def _called_back(ticket: Ticket, events: Sequence[Event]) -> EnsureResult:
    e = Ensure.CALLED_BACK
    if ticket.confidential:
        return EnsureResult(e, Status.MET, "保密件无需回访")
    if _first(events, "feedback") is None:
        return EnsureResult(e, Status.NOT_YET, "尚未反馈")
    reached = [c for c in events if c.action == "callback" and c.data.get("reached")]
    if reached:
        return EnsureResult(e, Status.MET, f"{reached[-1].at:%m-%d %H:%M} 已回访")
    if ticket.state is TicketState.FEEDBACK:
        return EnsureResult(e, Status.NOT_YET, "待回访")
    return EnsureResult(e, Status.MISSING, "未回访群众")


def _template(ticket: Ticket, events: Sequence[Event]) -> EnsureResult:
    e = Ensure.FOLLOWS_TEMPLATE
    feedbacks = [x for x in events if x.action == "feedback"]
    if not feedbacks:
        return EnsureResult(e, Status.NOT_YET, "尚未反馈")
    last = feedbacks[-1]
    if not last.data.get("template"):
        return EnsureResult(e, Status.MISSING, "反馈未使用答复参考范本")
    if last.data.get("missing"):
        missing = "、".join(FEEDBACK_PARTS.get(p, p) for p in last.data["missing"])
        return EnsureResult(e, Status.MISSING, "反馈缺少：" + missing)  # the parts by name
    return EnsureResult(e, Status.MET, "按答复参考范本反馈")


def _phones(ticket: Ticket, units: Mapping[int, UnitPhones]) -> EnsureResult:
    e = Ensure.PHONES_VALID
    if ticket.main_unit_id is None:
        return EnsureResult(e, Status.NOT_YET, "尚未派单")
    problems = []
    for unit_id in (ticket.main_unit_id, *ticket.co_unit_ids):
        phones = units.get(unit_id)
        if phones is None:
            problems.append(f"单位 {unit_id} 不在通讯录中")
            continue
        for who, number in (("承办人", phones.handler_phone), ("分管领导", phones.leader_phone)):
            if not check_mobile(number).ok:
                problems.append(f"单位 {unit_id} {who}手机号无效（{number or '空'}）")
    return EnsureResult(e, Status.MISSING if problems else Status.MET, "；".join(problems))


def _submitted(ticket: Ticket, events: Sequence[Event], now: datetime) -> EnsureResult:
    e = Ensure.SUBMITTED_AND_ARCHIVED
    submits = [x for x in events if x.action == "submit"]
    if ticket.state is TicketState.ARCHIVED:
        late = [x for x in submits if x.data.get("on_time") is False]
        if late:
            return EnsureResult(e, Status.MISSING, f"{late[-1].at:%m-%d %H:%M} 超期提交")
        return EnsureResult(e, Status.MET, "已按期提交并办结归档")
    if submits and submits[-1].data.get("on_time") is False:
        return EnsureResult(e, Status.MISSING, "超期提交审核")
    if ticket.due_at is not None and now > ticket.due_at and ticket.unfinished:
        return EnsureResult(e, Status.MISSING, f"已过办理时限 {ticket.due_at:%m-%d %H:%M} 未提交")
    if ticket.state is TicketState.SUBMITTED:
        return EnsureResult(e, Status.NOT_YET, "已提交，待市审核组办结归档")
    return EnsureResult(e, Status.NOT_YET, "尚未提交审核")
