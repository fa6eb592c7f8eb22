"""A realistic demo office relative to the injected clock.

Tickets are driven through the real state machine in memory (the domain's
lifecycle functions), then written in bulk, so the same code makes a
40-ticket demo for a newcomer and a 1,000,000-ticket benchmark database.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import random
import sys
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date as date_type
from datetime import datetime, time, timedelta

from hotline_desk.domain import lifecycle
from hotline_desk.domain.lifecycle import CallbackAnswers, CallPurpose, UnitFeedback
from hotline_desk.domain.ticket import (
    SATISFACTION_ANSWERS,
    Caller,
    Event,
    FeedbackResult,
    Ticket,
    TicketKind,
    TicketState,
)
from hotline_desk.domain.time_limits import DISPATCH_RULE, LimitUnit, compute_due
from hotline_desk.domain.units import Unit
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import backfill, refresh_unfinished
from hotline_desk.store.bulk import (
    HistoryRows,
    HistoryTicket,
    count_events,
    history_rows,
    indexes_deferred,
    next_ticket_id,
    sync_id_sequence,
    write_history_rows,
    write_tickets,
)
from hotline_desk.store.search_text import index_body
from hotline_desk.store.units import ensure_operator, save_unit, unit_names

DEMO_USER_NAME = "演示用户"  # the person who loaded the demo, until they give their name

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
# Which unit usually handles each problem – most demo tickets go there (every
# seventh elsewhere), so that the dispatch suggestion has something to learn.
NATURAL_UNIT = {
    "施工噪音": "县城市管理和综合执法局", "油烟污染": "生态环境局县分局",
    "路灯损坏": "县城市管理和综合执法局", "物业管理": "县住房和城乡建设局",
    "医保缴费": "县人力资源和社会保障局", "停水": "县自来水公司", "消防通道": "县公安局",
    "拖欠工资": "县人力资源和社会保障局", "交通安全": "县交通运输局", "入学政策": "县教育局",
    "食品安全": "县市场监督管理局", "下水道堵塞": "县住房和城乡建设局",
    "建筑垃圾": "县城市管理和综合执法局", "停电": "县供电公司", "不动产登记": "县自然资源局",
}  # fmt: skip
_UNIT_INDEX = {name: i for i, (name, *_rest) in enumerate(UNITS)}


def _usual_unit(category: str, key: int, unit_ids: list[int], drawn: int) -> int:
    """The unit that usually handles ``category`` (``drawn``, the random one,
    for every seventh ticket by ``key`` and problems without a usual unit)."""
    index = _UNIT_INDEX.get(NATURAL_UNIT.get(category, ""))
    if index is None or key % 7 == 0 or index >= len(unit_ids):
        return drawn
    return unit_ids[index]


KIND_BY_WORD = {kind.label: kind.value for kind in TicketKind}
DEMANDS = ["请相关部门尽快处理。", "希望尽快解决。", "要求给予答复。", "请核实并回复。"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明"]


# Mobile number blocks that are in use (phonenumbers accepts them), so that a
# demo ticket's caller passes the checks a real one would.
MOBILE_PREFIXES = ("135", "136", "137", "138", "139", "150", "151", "152", "158", "159",
                   "177", "186", "187", "188")  # fmt: skip


@dataclass(frozen=True)
class DemoResult:
    tickets: int
    events: int
    by_state: dict[str, int]


def _ensure_directory(context: AppContext) -> list[int]:
    with context.db.session() as session:
        known = {name: unit_id for unit_id, name in unit_names(session).items()}
        for name, handler, handler_phone, leader, leader_phone in UNITS:
            if name not in known:
                saved = save_unit(
                    session, Unit(0, name, handler, handler_phone, leader, leader_phone)
                )
                assert saved is not None
                known[name] = saved.id
        for login, name in OPERATORS:
            ensure_operator(session, login, name)
        ensure_operator(session, "leader", "赵局长", role="leader")
        # whoever loads it works in it, under a name the history can show (renamed in 设置 → 人员)
        ensure_operator(session, context.operator, DEMO_USER_NAME)
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
    unit = _usual_unit(
        ticket.category, zlib.crc32(ticket.number.encode()), unit_ids, rng.choice(unit_ids)
    )
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
    if scene == "commitment":  # the unit asks for more time (五个确认 2)
        due = ticket.due_at or (received + timedelta(days=5))
        events.append(
            lifecycle.request_commitment(
                ticket,
                "unit",
                min(now - timedelta(minutes=30), at + timedelta(hours=6)),
                due + timedelta(days=10),
                "涉及多部门协调，需延期办理",
            )
        )
        return events
    roll = rng.random()
    if scene == "awaiting_callback":
        pass  # the unit answered without a return
    elif roll < 0.04:
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
    if scene != "awaiting_callback" and (
        age < timedelta(days=2) or (remaining > timedelta(0) and rng.random() < 0.45)
    ):
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
                # most units answer from a template; some do not (ensure 4 then fails)
                template="" if ticket.number.endswith("7") else "handled",
            ),
        )
    )
    if (
        scene == "awaiting_callback"
        or now - feedback_at < timedelta(hours=4)
        and rng.random() < 0.5
    ):
        return events  # feedback waiting for its callback (五个确认 4)
    call_at = feedback_at + timedelta(hours=2)
    if not ticket.confidential:
        satisfaction = rng.choices(SATISFACTION_ANSWERS, weights=[70, 22, 8])[0]
        events.extend(
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


def _recent_times(rng: random.Random, now: datetime, count: int, days: float) -> Iterator[datetime]:
    for _ in range(count):
        yield (now - timedelta(days=rng.uniform(0, days))).replace(microsecond=0)


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
        (now - timedelta(days=1, hours=3), "commitment"),
        (now - timedelta(days=3, hours=1), "awaiting_callback"),
    ]
    if calendar.is_workday(today):
        scenes.append((received_for_due(today, 14), "handling"))
    return [(received, scene) for received, scene in scenes if received <= now]


# A small demo is all recent work; a big one is mostly closed history.
SMALL_DEMO = 2000
HISTORY_START_DAYS = 30  # history tickets were received before this many days ago
HISTORY_SPAN_DAYS = 3 * 365
BATCH = 20000
PARALLEL_HISTORY = 50000  # from this many history tickets on, a worker process builds them


class _Generator:
    def __init__(self, context: AppContext, seed: int) -> None:
        self.context = context
        self.seed = seed
        self.rng = random.Random(seed)
        self.now = context.clock.now()
        self.unit_ids = _ensure_directory(context)
        self.calendar = context.calendar
        self.hours = context.office_hours()
        rules = context.rules()
        self.dispatch_rule = rules[DISPATCH_RULE]
        self.due_rule = rules["office.joint"]  # the city's deadline here: 7 working days
        self._due_by_day: dict[date_type, datetime] = {}
        if self.dispatch_rule.unit is not LimitUnit.HOURS:
            raise ValueError("the demo expects the dispatch limit in clock hours")
        self.dispatch_delay = timedelta(hours=self.dispatch_rule.amount)

    def history_maker(self, oldest: datetime, now: datetime) -> HistoryMaker:
        days = {}
        day = oldest.date()
        while day <= now.date():
            days[day] = self.city_due(datetime.combine(day, time(9, 0)))
            day += timedelta(days=1)
        return HistoryMaker(self.seed, self.unit_ids, days, self.dispatch_delay)

    def city_due(self, received: datetime) -> datetime:
        day = received.date()
        due = self._due_by_day.get(day)
        if due is None:
            due = compute_due(received, self.due_rule, self.calendar, self.hours).due
            self._due_by_day[day] = due
        return due

    def caller(self, place: str) -> Caller:
        rng = self.rng
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if rng.random() < 0.5:
            name += rng.choice(GIVEN)
        phone = f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 99999999):08d}"
        return Caller(name, phone, f"{place}{rng.randint(1, 30)}栋")

    def ticket(self, ticket_id: int, received: datetime) -> Ticket:
        rng = self.rng
        kind_word, problem, short = rng.choice(PROBLEMS)
        place = rng.choice(PLACES)
        due = self.city_due(received)
        return Ticket(
            number=f"SZ{received:%Y%m%d}{ticket_id:07d}",
            received_at=received,
            kind=TicketKind.parse(kind_word),
            content=f"来电人反映{place}{problem}，{rng.choice(DEMANDS)}",
            dispatch_due_at=compute_due(received, self.dispatch_rule, self.calendar).due,
            title=f"{place}{short}",
            category=short,
            address=place,
            caller=self.caller(place),
            confidential=rng.random() < 0.08,
            city_due_at=due,
            due_at=due,
            limit_rule=self.due_rule.code,  # the city's date, here as its rule gives it
        )


@dataclass
class HistoryMaker:
    """Builds archived history tickets; picklable, so a worker process can run it."""

    seed: int
    unit_ids: list[int]
    due_by_day: dict[date_type, datetime]  # the city's deadline for each day received
    dispatch_delay: timedelta

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self._history_texts: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}

    def city_due(self, received: datetime) -> datetime:
        return self.due_by_day[received.date()]

    def history(self, ticket_id: int, received: datetime) -> HistoryTicket:
        """A closed ticket of past months, written without the per-event ORM cost.

        Hot path of a 1,000,000-ticket benchmark database: plain random()
        arithmetic and cached texts instead of the domain objects.
        """
        r = self.rng.random
        kind_word, problem, short = PROBLEMS[int(r() * len(PROBLEMS))]
        place = PLACES[int(r() * len(PLACES))]
        demand = DEMANDS[int(r() * len(DEMANDS))]
        key = (place, problem, demand)
        texts = self._history_texts.get(key)
        if texts is None:
            title, content = f"{place}{short}", f"来电人反映{place}{problem}，{demand}"
            texts = (
                title,
                content,
                KIND_BY_WORD[kind_word],
                index_body([title, content, place, short]),
            )
            self._history_texts[key] = texts
        title, content, kind, body = texts
        number = f"SZ{received:%Y%m%d}{ticket_id:07d}"
        name = SURNAMES[int(r() * len(SURNAMES))] + GIVEN[int(r() * len(GIVEN))]
        if r() < 0.5:
            name += GIVEN[int(r() * len(GIVEN))]
        confidential = r() < 0.08
        satisfaction = None
        if not confidential:
            roll = r()
            satisfaction = "satisfied" if roll < 0.78 else "basic" if roll < 0.97 else "unsatisfied"
        dispatched = received + timedelta(minutes=10 + int(r() * 590))
        feedback = dispatched + timedelta(hours=20 + int(r() * 130))
        submitted = feedback + timedelta(hours=3)
        return HistoryTicket(
            id=ticket_id,
            number=number,
            received_at=received,
            kind=kind,
            category=short,
            title=title,
            content=content,
            address=place,
            caller_name=name,
            caller_phone=f"1{'3578'[int(r() * 4)]}{int(r() * 1e9):09d}",
            caller_address=f"{place}{1 + int(r() * 30)}栋",
            confidential=confidential,
            due_at=self.city_due(received),
            dispatch_due_at=received + self.dispatch_delay,
            main_unit_id=_usual_unit(
                short, ticket_id, self.unit_ids, self.unit_ids[int(r() * len(self.unit_ids))]
            ),
            owner=OPERATORS[int(r() * len(OPERATORS))][0],
            dispatched_at=dispatched,
            feedback_at=feedback,
            submitted_at=submitted,
            archived_at=submitted + timedelta(days=1),
            satisfaction=satisfaction,
            search_body=index_body([number]) + " | " + body,
        )

    def chunk(
        self, first_id: int, count: int, start: datetime, seconds: float, dialect: str
    ) -> HistoryRows:
        """``count`` tickets received in order within [start, start + seconds)."""
        r = self.rng.random
        offsets = sorted(int(r() * seconds) for _ in range(count))
        tickets = [
            self.history(first_id + i, start + timedelta(seconds=offset))
            for i, offset in enumerate(offsets)
        ]
        return history_rows(tickets, dialect)


def _make_chunk(
    maker: HistoryMaker, first_id: int, count: int, start: datetime, seconds: float, dialect: str
) -> HistoryRows:
    maker.rng.seed(maker.seed * 1_000_003 + first_id)  # the same rows in any process
    return maker.chunk(first_id, count, start, seconds, dialect)


def _die_with_parent(parent: int) -> None:
    """A history worker ends when the demo's process does, even when that one
    is killed outright (Linux: PR_SET_PDEATHSIG) – also when it was killed
    while this worker was still starting (the parent is then already gone)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def generate(
    context: AppContext,
    count: int,
    seed: int = 12345,
    progress: Callable[[int], None] | None = None,
    recent: int | None = None,
) -> DemoResult:
    """Adds ``count`` tickets: ``recent`` ones of the last weeks through the real
    state machine, the rest archived history of the past three years.

    By default a small demo (up to 2,000) is all recent work, always with
    tickets due today and on the next working day, overdue ones and ones near
    the 12-hour dispatch limit; a big one is 0.5 % recent (at least 2,000).
    """
    gen = _Generator(context, seed)
    rng, now = gen.rng, gen.now
    with context.db.session() as session:
        next_id = next_ticket_id(session)
    if recent is None:
        recent = count if count <= SMALL_DEMO else max(SMALL_DEMO, count // 200)
    recent = min(recent, count)
    history_count = count - recent
    showcase = _showcase(context, now, gen.due_rule.amount)[: max(1, recent // 4)]
    showcase = showcase[:recent]
    span = 30 if history_count == 0 else HISTORY_START_DAYS
    plan = showcase + [(r, "") for r in _recent_times(rng, now, recent - len(showcase), span)]
    by_state: dict[str, int] = {}
    done = 0

    # History first, so that ids run in the order tickets were received. For a
    # big load a worker process builds the rows while this one writes them.
    oldest = now - timedelta(days=HISTORY_START_DAYS + HISTORY_SPAN_DAYS)
    chunks = max(1, -(-history_count // BATCH))
    chunk_seconds = HISTORY_SPAN_DAYS * 86400 / chunks
    specs = []
    for k in range(chunks):
        size = history_count * (k + 1) // chunks - history_count * k // chunks
        specs.append((next_id, size, oldest + timedelta(seconds=k * chunk_seconds)))
        next_id += size
    maker = gen.history_maker(oldest, now)
    iter_specs = iter(specs)
    dialect = context.db.dialect
    parallel = history_count >= PARALLEL_HISTORY
    # All the data in one transaction: a demo killed half-way leaves the store
    # as it was (the indexes a big load drops are rebuilt at the next start).
    with (
        (
            ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_die_with_parent,
                initargs=(os.getpid(),),
            )
            if parallel
            else nullcontext()
        ) as pool,
        indexes_deferred(context.db.session) if parallel else nullcontext(),
        context.db.session() as session,
    ):
        pending: deque[Future[HistoryRows]] = deque()
        for first_id, size, start in specs:
            if pool is None:
                rows = _make_chunk(maker, first_id, size, start, chunk_seconds, dialect)
            else:
                while len(pending) < 3 and (spec := next(iter_specs, None)) is not None:
                    pending.append(pool.submit(_make_chunk, maker, *spec, chunk_seconds, dialect))
                rows = pending.popleft().result()
            write_history_rows(session, rows)
            done += size
            if progress:
                progress(done)
        if history_count:
            by_state["archived"] = history_count

        batch: list[tuple[Ticket, list[Event]]] = []
        first_of_batch = next_id
        for received, scene in sorted(plan):
            ticket = gen.ticket(next_id, received)
            operator = rng.choice(OPERATORS)[0]
            events = _story(rng, gen.unit_ids, now, received, ticket, operator, scene)
            by_state[ticket.state.value] = by_state.get(ticket.state.value, 0) + 1
            batch.append((ticket, events))
            next_id += 1
            if len(batch) >= BATCH:
                write_tickets(session, batch, first_of_batch)
                done += len(batch)
                batch, first_of_batch = [], next_id
                if progress:
                    progress(done)
        write_tickets(session, batch, first_of_batch)
        sync_id_sequence(session)
        total_events = count_events(session)
    refresh_unfinished(context)  # the six ensures flag of the open tickets
    backfill(context)  # the statistics facts of the history
    done += len(batch)
    if progress:
        progress(done)
    return DemoResult(count, total_events, by_state)
