"""One poll against the real store: alert once, digest, duty, broken backends."""

from __future__ import annotations

from datetime import datetime, timedelta

from hotline_desk.domain.alerts import AlertKind, Notification
from hotline_desk.domain.duty import DutyShift
from hotline_desk.services.notifier import CallbackBackend, Notifier
from hotline_desk.services.poller import Poller, set_duty_kinds
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.store.alerts import add_shift, mark_seen, recent_alerts, unseen_count
from hotline_desk.store.models import UnitRow
from hotline_desk.store.units import ensure_operator


def setup_office(context, count: int = 1, due: datetime = datetime(2026, 10, 8, 17, 30)):
    with context.db.session() as session:
        session.add(UnitRow(name="县教育局", handler_name="马丽娟", handler_phone="15807310009"))
    service = TicketService(context)
    for i in range(count):
        service.create(
            NewTicket(
                number=f"D{i}",
                kind="咨询",
                content=f"第{i}件 入学政策",
                received_at=datetime(2026, 9, 29, 9, 0),
                city_due_at=due,
            )
        )
        service.dispatch(f"D{i}", "县教育局")


def test_a_ticket_due_next_working_day_alerts_once(context, recorder):
    setup_office(context)
    recorder = recorder()
    poller = Poller(context, Notifier([recorder]))
    first = poller.run_once()
    assert [(a.kind, a.number) for a in first.alerts] == [(AlertKind.DUE_NEXT_WORKDAY, "D0")]
    assert recorder.shown[0].title == "即将到期：D0" and "10-08 17:30" in recorder.shown[0].body
    context.clock.advance(timedelta(minutes=15))
    assert poller.run_once().alerts == []  # not again every 15 minutes
    assert len(recorder.shown) == 1
    with context.db.session() as session:
        (row,) = recent_alerts(session)
        assert row.channel == "recorder" and row.number == "D0" and row.seen_at is None
        assert unseen_count(session) == 1
        mark_seen(session, context.clock.now())
        assert unseen_count(session) == 0


def test_an_extension_is_a_new_deadline_and_alerts_again(context, recorder):
    context.clock.current = datetime(2026, 9, 30, 10, 0)  # office hours: every kind alerts
    setup_office(context)
    poller = Poller(context, Notifier([recorder()]))
    poller.run_once()
    service = TicketService(context)
    service.request_commitment("D0", datetime(2026, 10, 8, 12, 0) + timedelta(days=10), "协调")
    result = poller.run_once()
    assert [a.kind for a in result.alerts] == [AlertKind.COMMITMENT_REQUEST]
    with context.db.session() as session:
        ensure_operator(session, "zhaoju", "赵局长", role="leader")
    context.operator = "zhaoju"  # approving is the supervising leader's
    service.decide_commitment("D0", approved=True, new_due_at=datetime(2026, 10, 8, 17, 45))
    assert [a.kind for a in poller.run_once().alerts] == [AlertKind.DUE_NEXT_WORKDAY]


def test_many_together_make_one_digest(context, recorder):
    setup_office(context, count=7)
    recorder = recorder()
    result = Poller(context, Notifier([recorder])).run_once()
    assert len(result.alerts) == 7
    assert [n.title for n in recorder.shown] == ["7 件工单10月08日（下一个工作日）到期"]
    with context.db.session() as session:
        rows = recent_alerts(session)
    assert len(rows) == 7 and {r.channel for r in rows} == {"recorder"}


def test_off_hours_alerts_go_to_whoever_is_on_duty_for_their_kinds(context, recorder, register):
    setup_office(context)
    with context.db.session() as session:
        add_shift(
            session,
            DutyShift("wangfang", datetime(2026, 9, 30, 17, 30), datetime(2026, 10, 1, 8, 30)),
        )
    set_duty_kinds(context, ["new_ticket", "overdue"])  # not "due next working day"
    result = Poller(context, Notifier([recorder()])).run_once()
    assert not result.office_hours and result.on_duty == ["wangfang"]
    assert result.alerts == []
    register(
        context,
        number="N1",
        kind="求助",
        content="夜间停水",
        received_at=datetime(2026, 9, 30, 19, 50),
    )
    result = Poller(context, Notifier([recorder()])).run_once()
    assert [(a.kind, a.number) for a in result.alerts] == [(AlertKind.NEW_TICKET, "N1")]
    with context.db.session() as session:
        assert recent_alerts(session)[0].recipient == "wangfang"


def test_broken_backends_never_lose_the_in_app_list(context, recorder, register):
    setup_office(context, count=2)
    calls = []

    def broken(_n: Notification) -> None:
        calls.append("broken")
        raise OSError("notification daemon gone")

    tray = recorder()
    notifier = Notifier([CallbackBackend("plyer", broken), tray])
    first = Poller(context, notifier)
    result = first.run_once()
    first.close()  # the office's poller stops; the next one takes over
    assert len(tray.shown) == 2 and calls == ["broken"]  # not retried within the batch
    assert {d.channel for d in result.deliveries} == {"recorder"}
    nothing = Poller(context, Notifier([CallbackBackend("plyer", broken)]))
    register(
        context, number="N2", kind="求助", content="停电", received_at=datetime(2026, 9, 30, 19, 0)
    )
    result = nothing.run_once()
    assert result.alerts and all(d.channel == "" for d in result.deliveries)
    with context.db.session() as session:
        assert {r.number for r in recent_alerts(session)} >= {"D0", "D1", "N2"}


def test_new_tickets_reach_the_on_duty_staff_on_the_next_heartbeat(context, recorder, register):
    from hotline_desk.services.scheduler import PollScheduler

    setup_office(context)
    recorder = recorder()
    poller = Poller(context, Notifier([recorder]))
    scheduler = PollScheduler(poller.run_once, context.clock, between=poller.check_new_tickets)
    assert scheduler.heartbeat() is True  # the regular poll
    shown = len(recorder.shown)
    register(context, number="N9", kind="求助", content="燃气泄漏", received_at=context.clock.now())
    context.clock.advance(timedelta(seconds=30))
    assert scheduler.heartbeat() is False  # no poll due, but the quick check ran
    assert [n.title for n in recorder.shown[shown:]] == ["新工单：N9"]
    context.clock.current = datetime(2026, 10, 8, 10, 0)  # office hours: operators poll
    assert poller.check_new_tickets() is None


def test_a_ticket_typed_here_is_listed_but_not_popped_up_here(context, recorder, register):
    context.clock.current = datetime(2026, 9, 30, 10, 0)
    setup_office(context, count=0)
    recorder = recorder()
    poller = Poller(context, Notifier([recorder]))
    poller.run_once()
    register(context, "TYPED1", "求助", "路灯不亮")
    poller.typed_here.add("TYPED1")  # what the window does when its form registers one
    register(context, "OTHER1", "求助", "停水")
    result = poller.run_once()
    assert {a.number for a in result.alerts} == {"TYPED1", "OTHER1"}  # both listed
    assert [n.numbers for n in recorder.shown] == [("OTHER1",)]  # only the other pops up


def test_a_knowledge_entry_past_its_review_date_is_listed_once_never_popped_up(context, recorder):
    from hotline_desk.services import knowledge
    from hotline_desk.services.staff import save_staff

    save_staff(context, "zonghe", "综合科", "general")
    context.operator = "zonghe"
    knowledge.add_entry(context, {"title": "医保缴费标准", "answer": "每人每年400元",
                                  "review_due": "2026-09-01"})  # fmt: skip
    shown = recorder()
    poller = Poller(context, Notifier([shown]))
    poller.run_once()
    poller.run_once()  # not again
    with context.db.session() as session:
        rows = [r for r in recent_alerts(session) if r.kind == AlertKind.KNOWLEDGE_REVIEW.value]
    assert len(rows) == 1 and "医保缴费标准" in rows[0].body and rows[0].number == ""
    assert shown.shown == []  # the window's list only
    knowledge.edit_entry(context, 1, {"review_due": "2027-09-01"})  # reviewed
    poller.run_once()
    with context.db.session() as session:
        assert len([r for r in recent_alerts(session) if r.kind == "knowledge_review"]) == 1
