"""A county office's November 2026, ticket by ticket through the real service:
the statistics tests count it by hand."""

from __future__ import annotations

from datetime import datetime

from hotline_desk.domain.lifecycle import CallbackAnswers, UnitFeedback
from hotline_desk.domain.ticket import FeedbackResult, Satisfaction
from hotline_desk.services.staff import save_staff
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.services.units import UnitInput, save_unit

FEEDBACK = UnitFeedback("路灯线路老化", "已更换线路", FeedbackResult.HANDLED, "定期巡查", "")


def reached(satisfaction: Satisfaction) -> CallbackAnswers:
    return CallbackAnswers(True, True, True, False, satisfaction, callee="来电人")


class Office:
    """Drives tickets through the real service, moving the injected clock."""

    def __init__(self, context, clock) -> None:
        self.context, self.clock = context, clock
        self.service = TicketService(context)
        save_staff(context, "liqing", "李青", "operator")
        save_staff(context, "zhangld", "张领导", "leader")
        self.u1 = save_unit(
            context, UnitInput("城关镇", "王强", "13907310001", "刘书记", "13907310101")
        ).id
        self.u2 = save_unit(
            context, UnitInput("县住建局", "赵敏", "13907310002", "陈局", "13907310102")
        ).id

    def at(self, text: str) -> Office:
        self.clock.current = datetime.fromisoformat(text)
        return self

    def new(self, number: str, received: str, due: str, confidential: bool = False) -> None:
        self.at(received)
        self.service.create(
            NewTicket(
                number=number,
                kind="求助",
                content=f"{number} 路灯不亮",
                received_at=datetime.fromisoformat(received),
                caller_name="王五",
                caller_phone="13800000000",
                confidential=confidential,
                city_due_at=datetime.fromisoformat(due),
            )
        )

    def finish(self, number: str, day: str, satisfaction: Satisfaction | None) -> None:
        self.at(f"{day} 09:00").service.feedback(number, FEEDBACK)
        if satisfaction is not None:
            self.at(f"{day} 10:00").service.callback(number, reached(satisfaction))
        self.at(f"{day} 11:00").service.submit(number)

    def as_leader(self, action) -> None:
        self.context.operator = "zhangld"
        try:
            action()
        finally:
            self.context.operator = "liqing"


def november(context, clock) -> Office:
    """Tickets A..I of November 2026 (and H of October), each at an edge of a
    definition; the clock left at 2026-12-05 10:00."""
    o = Office(context, clock)
    s = o.service
    # A: the plain case.
    o.new("A", "2026-11-02 09:00", "2026-11-06 17:00")
    o.at("2026-11-02 10:00").service.dispatch("A", o.u1)
    o.finish("A", "2026-11-05", Satisfaction.SATISFIED)
    o.at("2026-11-06 09:00").service.archive("A")
    # B: dispatched late, closed at 23:59 on the month's last day.
    o.new("B", "2026-11-30 08:00", "2026-12-04 17:00")
    o.at("2026-11-30 22:00").service.dispatch("B", o.u1)
    o.at("2026-11-30 23:00").service.feedback("B", FEEDBACK)
    o.at("2026-11-30 23:10").service.callback("B", reached(Satisfaction.BASIC))
    o.at("2026-11-30 23:30").service.submit("B")
    o.at("2026-11-30 23:59").service.archive("B")
    # C: extension requested in time, approved after the old deadline; caller unreachable.
    o.new("C", "2026-11-03 09:00", "2026-11-06 17:00")
    o.at("2026-11-03 10:00").service.dispatch("C", o.u1)
    o.at("2026-11-05 10:00").service.request_commitment("C", datetime(2026, 11, 13, 17), "需协调")
    o.at("2026-11-09 10:00").as_leader(lambda: s.decide_commitment("C", True))
    o.at("2026-11-12 09:00").service.feedback("C", FEEDBACK)
    for hour in (10, 11, 12):
        o.at(f"2026-11-12 {hour}:00").service.callback("C", CallbackAnswers(False))
    o.at("2026-11-12 13:00").service.callback(
        "C", CallbackAnswers(False, unreachable=True, notes="三次未接通")
    )
    o.at("2026-11-12 14:00").service.submit("C")
    o.at("2026-11-13 09:00").service.archive("C")
    # D: transferred, then returned without reason; late feedback, an unsatisfied
    # citizen, fed back again and never called back.
    o.new("D", "2026-11-04 09:00", "2026-11-10 17:00")
    o.at("2026-11-04 10:00").service.dispatch("D", o.u1)
    o.at("2026-11-05 10:00").service.transfer("D", o.u2, "属住建管辖")
    o.at("2026-11-06 10:00").service.return_ticket("D", "不归我局管", justified=False)
    o.at("2026-11-11 09:00").service.feedback("D", FEEDBACK)
    o.at("2026-11-11 10:00").service.callback("D", reached(Satisfaction.UNSATISFIED))
    o.at("2026-11-12 09:00").service.feedback("D", FEEDBACK)
    # E: confidential, no callback by rule.
    o.new("E", "2026-11-05 09:00", "2026-11-10 17:00", confidential=True)
    o.at("2026-11-05 10:00").service.dispatch("E", o.u1)
    o.finish("E", "2026-11-06", None)
    o.at("2026-11-07 09:00").service.archive("E")
    # F: archived, then handed down again by the city; not finished since.
    o.new("F", "2026-11-06 09:00", "2026-11-11 17:00")
    o.at("2026-11-06 10:00").service.dispatch("F", o.u1)
    o.finish("F", "2026-11-09", Satisfaction.SATISFIED)
    o.at("2026-11-10 09:00").service.archive("F")
    o.at("2026-11-16 09:00").service.reassign("F", "群众再次来电")
    # G: archived in the next month.
    o.new("G", "2026-11-20 09:00", "2026-11-26 17:00")
    o.at("2026-11-20 10:00").service.dispatch("G", o.u1)
    o.finish("G", "2026-11-25", Satisfaction.SATISFIED)
    o.at("2026-12-02 09:00").service.archive("G")
    # H: October's.
    o.new("H", "2026-10-31 23:00", "2026-11-06 17:00")
    # I: never dispatched.
    o.new("I", "2026-11-10 09:00", "2026-11-16 17:00")
    o.at("2026-12-05 10:00")
    return o
