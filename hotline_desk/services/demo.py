"""A realistic demo office relative to the injected clock.

Tickets are driven through the real state machine in memory (the domain's
lifecycle functions), then written in bulk, so the same code makes a
40-ticket demo for a newcomer and a 1,000,000-ticket benchmark database.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date as date_type
from datetime import datetime, time, timedelta

from sqlalchemy import insert, select, text

from hotline_desk.domain import lifecycle
from hotline_desk.domain.lifecycle import CallbackAnswers, CallPurpose, UnitFeedback
from hotline_desk.domain.ticket import (
    Caller,
    Event,
    FeedbackResult,
    Satisfaction,
    Ticket,
    TicketKind,
    TicketState,
)
from hotline_desk.domain.time_limits import DISPATCH_RULE, compute_due
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import ensure_operator
from hotline_desk.store.mapping import _SAME_NAME_FIELDS
from hotline_desk.store.models import EventRow, TicketCoUnitRow, TicketRow, UnitRow
from hotline_desk.store.search_text import index_body
from hotline_desk.store.tickets import searchable_parts

UNITS = [
    ("城关镇人民政府", "张丽", "13907310001", "王建国", "13907310101"),
    ("河西镇人民政府", "李强", "13907310002", "赵文华", "13907310102"),
    ("县住房和城乡建设局", "陈静", "13807310003", "刘德明", "13807310103"),
    ("县城市管理和综合执法局", "周涛", "13707310004", "孙志刚", "13707310104"),
    ("县市场监督管理局", "吴敏", "13607310005", "郑海波", "13607310105"),
    ("县人力资源和社会保障局", "黄磊", "15007310006", "何永清", "15007310106"),
    ("县自然资源局", "林芳", "15107310007", "罗卫东", "15107310107"),
    ("县交通运输局", "郭勇", "15207310008", "梁志远", "15207310108"),
    ("县教育局", "马丽娟", "15807310009", "宋光明", "15807310109"),
    ("县卫生健康局", "胡斌", "18807310010", "唐春生", "18807310110"),
    ("生态环境局县分局", "朱红", "18907310011", "韩立新", "18907310111"),
    ("县供电公司", "高峰", "17707310012", "冯国庆", "17707310112"),
    ("县自来水公司", "许娜", "17307310013", "曹振华", "17307310113"),
    ("县公安局", "邓伟", "13307310014", "彭德怀", "13307310114"),
]

OPERATORS = [("liqing", "李青"), ("wangfang", "王芳"), ("zhaolei", "赵磊")]

PLACES = [
    "城关镇幸福小区",
    "河西镇新民村",
    "县人民医院附近",
    "滨江路与建设路交叉口",
    "实验中学门口",
    "锦绣华庭小区",
    "老汽车站旁",
    "工业园区二期",
    "东风路农贸市场",
    "阳光花园3栋",
    "桃源小区北门",
    "县政务服务中心",
    "南门菜市场",
    "金色家园小区",
    "河东社区",
]
PROBLEMS = [
    ("投诉", "夜间施工噪音扰民，持续到凌晨一点", "施工噪音"),
    ("投诉", "餐馆油烟直排，影响居民正常生活", "油烟污染"),
    ("求助", "路灯已损坏半个月，夜间出行不安全", "路灯损坏"),
    ("投诉", "小区物业不作为，电梯经常停运", "物业管理"),
    ("咨询", "咨询城乡居民医疗保险缴费标准和截止时间", "医保缴费"),
    ("求助", "自来水停水三天，无人告知恢复时间", "停水"),
    ("举报", "有人占用消防通道违规停车，存在安全隐患", "消防通道"),
    ("投诉", "用人单位拖欠农民工工资两个月", "拖欠工资"),
    ("建议", "建议在学校门口增设减速带和人行横道", "交通安全"),
    ("咨询", "咨询新生入学需要准备哪些材料", "入学政策"),
    ("投诉", "商家销售过期食品，要求查处", "食品安全"),
    ("求助", "下水道堵塞污水外溢，气味难闻", "下水道堵塞"),
    ("举报", "河道有人非法倾倒建筑垃圾", "建筑垃圾"),
    ("投诉", "频繁停电，影响生产经营", "停电"),
    ("咨询", "咨询不动产登记办理流程和所需材料", "不动产登记"),
]
DEMANDS = ["请相关部门尽快处理。", "希望尽快解决。", "要求给予答复。", "请核实并回复。"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明"]


@dataclass(frozen=True)
class DemoResult:
    tickets: int
    events: int
    by_state: dict[str, int]


def _ensure_directory(context: AppContext) -> list[int]:
    with context.db.session() as session:
        known = {row.name: row.id for row in session.scalars(select(UnitRow))}
        for name, handler, handler_phone, leader, leader_phone in UNITS:
            if name not in known:
                row = UnitRow(
                    name=name,
                    handler_name=handler,
                    handler_phone=handler_phone,
                    leader_name=leader,
                    leader_phone=leader_phone,
                )
                session.add(row)
                session.flush()
                known[name] = row.id
        for login, name in OPERATORS:
            ensure_operator(session, login, name)
        ensure_operator(session, "leader", "赵局长", role="leader")
        return [known[name] for name, *_ in UNITS]


def _story(
    rng: random.Random,
    unit_ids: list[int],
    now: datetime,
    received: datetime,
    ticket: Ticket,
    operator: str,
    scene: str = "",
) -> list[Event]:
    """Drives a ticket through the lifecycle to a state that fits its age."""
    events = [lifecycle.create(ticket, "city", received)]
    age = now - received
    at = received + timedelta(minutes=rng.randint(10, 300))
    if scene == "waiting" or age < timedelta(hours=6) and rng.random() < 0.7 or at >= now:
        return events  # still waiting for dispatch
    unit = rng.choice(unit_ids)
    co = [u for u in rng.sample(unit_ids, 2) if u != unit][: rng.random() < 0.15]
    events.append(lifecycle.dispatch(ticket, operator, at, unit, co))
    events.append(
        lifecycle.log_call(
            ticket,
            operator,
            at + timedelta(minutes=3),
            CallPurpose.DISPATCH_NOTICE,
            "承办人",
            "",
            True,
            unit,
        )
    )
    if scene == "handling":
        return events
    roll = rng.random()
    if roll < 0.04:
        events.append(
            lifecycle.return_ticket(
                ticket,
                "unit",
                at + timedelta(hours=5),
                "不属于本单位职责范围",
                True,
                rng.choice([u for u in unit_ids if u != unit]),
            )
        )
    elif roll < 0.06:
        events.append(
            lifecycle.return_ticket(ticket, "unit", at + timedelta(hours=5), "人手不足", False)
        )
    due = ticket.due_at or (received + timedelta(days=5))
    remaining = due - now
    if age < timedelta(days=2) or (remaining > timedelta(0) and rng.random() < 0.45):
        if rng.random() < 0.08 and due > at + timedelta(hours=7):
            events.append(
                lifecycle.request_commitment(
                    ticket,
                    "unit",
                    at + timedelta(hours=6),
                    due + timedelta(days=10),
                    "涉及多部门协调，需延期办理",
                )
            )
        elif rng.random() < 0.04:
            events.append(
                lifecycle.escalate(
                    ticket, operator, at + timedelta(hours=6), "涉及多个单位，需领导协调"
                )
            )
        return events  # still with the unit
    feedback_at = min(now - timedelta(hours=2), at + timedelta(days=rng.randint(1, 4)))
    feedback_at = max(feedback_at, at + timedelta(hours=1))
    result = FeedbackResult.HANDLED if rng.random() < 0.85 else FeedbackResult.NO_ACTION_NEEDED
    events.append(
        lifecycle.record_feedback(
            ticket,
            "unit",
            feedback_at,
            UnitFeedback(
                cause="经现场核查，情况属实",
                actions="已安排工作人员现场处理并与来电人沟通",
                result=result,
                next_steps="持续跟踪",
                basis="依据相关管理规定",
            ),
        )
    )
    if now - feedback_at < timedelta(hours=4) and rng.random() < 0.5:
        return events
    call_at = feedback_at + timedelta(hours=2)
    if not ticket.confidential:
        satisfaction = rng.choices(list(Satisfaction), weights=[70, 22, 8])[0]
        events.append(
            lifecycle.record_callback(
                ticket,
                operator,
                call_at,
                CallbackAnswers(
                    reached=True,
                    result_and_basis_told=True,
                    account_true=True,
                    misconduct=False,
                    satisfaction=satisfaction,
                    callee="来电人",
                ),
            )
        )
        if ticket.state is not TicketState.CALLED_BACK:
            return events  # unsatisfied: back for re-handling
    if age < timedelta(days=4) and rng.random() < 0.5:
        return events
    events.append(lifecycle.submit(ticket, operator, call_at + timedelta(hours=1)))
    if age < timedelta(days=6):
        return events
    events.append(lifecycle.archive(ticket, "city", call_at + timedelta(days=1)))
    return events


def _received_times(rng: random.Random, now: datetime, count: int) -> Iterator[datetime]:
    """Mostly recent for a small demo; spread over three years for a big one."""
    span_days = 30 if count <= 2000 else 3 * 365
    for _ in range(count):
        recent = rng.random() < (0.8 if count <= 2000 else 0.01)
        days = rng.uniform(0, 12 if recent else span_days)
        yield (now - timedelta(days=days)).replace(microsecond=0)


def _showcase(context: AppContext, now: datetime, due_days: int) -> list[tuple[datetime, str]]:
    """Tickets every demo has: due today and tomorrow, overdue, near the 12-hour limit."""
    calendar = context.calendar
    today = now.date()
    next_day = calendar.next_workday(today)

    def received_for_due(day: date_type, hour: int) -> datetime:
        return datetime.combine(calendar.add_workdays(day, -due_days), time(hour, 0))

    scenes = [
        (received_for_due(next_day, 9), "handling"),
        (received_for_due(next_day, 10), "handling"),
        (received_for_due(next_day, 15), "handling"),
        (received_for_due(calendar.add_workdays(today, -2), 11), "handling"),
        (received_for_due(calendar.add_workdays(today, -1), 16), "handling"),
        (now - timedelta(hours=11, minutes=20), "waiting"),
        (now - timedelta(hours=13), "waiting"),
        (now - timedelta(minutes=40), "waiting"),
    ]
    if calendar.is_workday(today):
        scenes.append((received_for_due(today, 14), "handling"))
    return [(received, scene) for received, scene in scenes if received <= now]


def generate(
    context: AppContext,
    count: int,
    seed: int = 12345,
    progress: Callable[[int], None] | None = None,
) -> DemoResult:
    rng = random.Random(seed)
    now = context.clock.now()
    unit_ids = _ensure_directory(context)
    calendar = context.calendar
    hours = context.office_hours()
    rules = context.rules()
    dispatch_rule = rules[DISPATCH_RULE]
    due_rule = rules["office.joint"]  # city deadlines here: 7 working days
    with context.db.session() as session:
        start_id = int(session.scalar(text("SELECT COALESCE(MAX(id), 0) FROM tickets")) or 0)
    by_state: dict[str, int] = {}
    total_events = 0
    batch: list[tuple[Ticket, list[Event]]] = []
    showcase = _showcase(context, now, due_rule.amount) if 0 < count <= 2000 else []
    showcase = showcase[: max(1, count // 4)]
    plan = [(received, scene) for received, scene in showcase]
    plan += [(received, "") for received in _received_times(rng, now, count - len(plan))]
    for i, (received, scene) in enumerate(plan, start=1):
        kind_word, problem, short = rng.choice(PROBLEMS)
        place = rng.choice(PLACES)
        confidential = rng.random() < 0.08
        name = (
            rng.choice(SURNAMES)
            + rng.choice(GIVEN)
            + (rng.choice(GIVEN) if rng.random() < 0.5 else "")
        )
        ticket = Ticket(
            number=f"SZ{received:%Y%m%d}{start_id + i:07d}",
            received_at=received,
            kind=TicketKind.parse(kind_word),
            content=f"来电人反映{place}{problem}，{rng.choice(DEMANDS)}",
            dispatch_due_at=compute_due(received, dispatch_rule, calendar, hours).due,
            title=f"{place}{short}",
            category=short,
            address=place,
            caller=Caller(
                name,
                f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}",
                f"{place}{rng.randint(1, 30)}栋",
            ),
            confidential=confidential,
            city_due_at=compute_due(received, due_rule, calendar, hours).due,
        )
        ticket.due_at = ticket.city_due_at
        operator = rng.choice(OPERATORS)[0]
        events = _story(rng, unit_ids, now, received, ticket, operator, scene)
        by_state[ticket.state.value] = by_state.get(ticket.state.value, 0) + 1
        total_events += len(events)
        batch.append((ticket, events))
        if len(batch) >= 20000:
            _write(context, batch, start_id + i - len(batch) + 1)
            batch.clear()
            if progress:
                progress(i)
    if batch:
        _write(context, batch, start_id + count - len(batch) + 1)
    if progress:
        progress(count)
    context.calendar_changed()
    return DemoResult(count, total_events, by_state)


def _write(context: AppContext, batch: list[tuple[Ticket, list[Event]]], first_id: int) -> None:
    ticket_rows, co_rows, event_rows, search_rows = [], [], [], []
    for offset, (ticket, events) in enumerate(batch):
        ticket_id = first_id + offset
        row = {name: getattr(ticket, name) for name in _SAME_NAME_FIELDS}
        row.update(
            id=ticket_id,
            kind=ticket.kind.value,
            state=ticket.state.value,
            caller_name=ticket.caller.name,
            caller_phone=ticket.caller.phone,
            caller_address=ticket.caller.address,
            version=1,
            satisfaction=ticket.satisfaction.value if ticket.satisfaction else None,
        )
        ticket_rows.append(row)
        co_rows += [
            {"ticket_id": ticket_id, "unit_id": u, "position": p}
            for p, u in enumerate(ticket.co_unit_ids)
        ]
        event_rows += [
            {
                "ticket_id": ticket_id,
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "from_state": e.from_state.value,
                "to_state": e.to_state.value,
                "note": e.note,
                "data": e.data,
            }
            for e in events
        ]
        search_rows.append({"id": ticket_id, "body": index_body(searchable_parts(ticket))})
    with context.db.session() as session:
        session.execute(insert(TicketRow.__table__), ticket_rows)
        if co_rows:
            session.execute(insert(TicketCoUnitRow.__table__), co_rows)
        session.execute(insert(EventRow.__table__), event_rows)
        if context.db.dialect == "sqlite":
            statement = "INSERT INTO ticket_search(rowid, body) VALUES (:id, :body)"
        else:
            statement = (
                "INSERT INTO ticket_search(ticket_id, body) "
                "VALUES (:id, to_tsvector('simple', :body))"
            )
        session.execute(text(statement), search_rows)
        if context.db.dialect == "postgresql":
            session.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('tickets', 'id'), "
                    "(SELECT MAX(id) FROM tickets))"
                )
            )
