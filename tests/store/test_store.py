"""The store on a real SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm.exc import StaleDataError

from hotline_desk.domain.lifecycle import ActionRefused
from hotline_desk.domain.ticket import TicketState
from hotline_desk.services.context import AppContext
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.store.database import current_revision, head_revision, open_database
from hotline_desk.store.models import STAGE_DEADLINE, TicketRow, UnitRow
from hotline_desk.store.tickets import DuplicateTicket, QueueQuery, TicketNotFound, TicketStore


def add_unit(context: AppContext, name: str = "县城市管理和综合执法局") -> int:
    with context.db.session() as session:
        row = UnitRow(
            name=name,
            handler_name="周涛",
            handler_phone="13707310004",
            leader_name="孙志刚",
            leader_phone="13707310104",
        )
        session.add(row)
        session.flush()
        return row.id


def register(context: AppContext, number: str, content: str, **extra) -> None:
    TicketService(context).create(
        NewTicket(
            number=number,
            kind=extra.pop("kind", "投诉"),
            content=content,
            received_at=extra.pop("received_at", datetime(2026, 9, 30, 9, 0)),
            city_due_at=extra.pop("city_due_at", datetime(2026, 10, 9, 17, 30)),
            **extra,
        )
    )


def test_schema_is_at_head_and_connections_have_the_pragmas(context):
    assert current_revision(context.db.engine) == head_revision()
    if context.db.dialect == "sqlite":
        with context.db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_ticket_round_trip_with_event_trail(context):
    unit = add_unit(context)
    register(
        context,
        "SZ1",
        "滨江路路灯不亮",
        title="路灯",
        caller_name="王伟",
        caller_phone="13800000000",
        confidential=True,
    )
    service = TicketService(context)
    service.dispatch("SZ1", unit, call_reached=True)
    view = service.show("SZ1")
    assert view.ticket.state is TicketState.HANDLING
    assert view.ticket.caller.phone == "13800000000" and view.ticket.confidential
    assert view.main_unit == "县城市管理和综合执法局"
    assert [e.action for e in view.events] == ["create", "dispatch", "call"]
    assert view.events[2].data == {
        "purpose": "dispatch_notice",
        "callee": "周涛",
        "phone": "13707310004",
        "reached": True,
        "unit_id": unit,
    }
    # the dispatch due is 12 clock hours after receipt, from the stored rule
    assert view.ticket.dispatch_due_at == datetime(2026, 9, 30, 21, 0)


def test_duplicate_number_is_refused_and_the_first_ticket_stays(context):
    register(context, "SZ1", "第一件")
    with pytest.raises(DuplicateTicket, match="SZ1"):
        register(context, "SZ1", "第二件")
    assert TicketService(context).show("SZ1").ticket.content == "第一件"


def test_bad_input_names_the_field(context):
    with pytest.raises(InputError, match="诉求类型"):
        register(context, "SZ2", "内容", kind="闲聊")
    with pytest.raises(InputError, match="办理时限"):
        register(context, "SZ2", "内容", city_due_at=datetime(2026, 9, 1))
    with pytest.raises(InputError, match="来电号码"):
        register(context, "SZ2", "内容", caller_phone="call me")
    with pytest.raises(TicketNotFound):
        TicketService(context).show("SZ2")


def test_refused_action_changes_nothing(context):
    register(context, "SZ1", "内容")
    with pytest.raises(ActionRefused):
        TicketService(context).archive("SZ1")
    view = TicketService(context).show("SZ1")
    assert view.ticket.state is TicketState.RECEIVED
    assert [e.action for e in view.events] == ["create"]


def test_chinese_search_finds_substrings_of_two_three_and_one_character(context):
    register(context, "SZ1", "城关镇幸福小区夜间施工噪音扰民", address="幸福小区")
    register(context, "SZ2", "河西镇路灯损坏，夜间出行不安全")
    register(context, "SZ3", "咨询医保缴费标准")

    def numbers(query: str) -> list[str]:
        with context.db.session() as session:
            found = TicketStore(session).page(QueueQuery(search=query))
        return sorted(t.number for t in found)

    assert numbers("夜间") == ["SZ1", "SZ2"]  # a two-character word
    assert numbers("噪音") == ["SZ1"]
    assert numbers("幸福小区") == ["SZ1"]
    assert numbers("医保缴费标准") == ["SZ3"]
    assert numbers("镇路") == ["SZ2"]  # substring across words
    assert numbers("噪") == ["SZ1"]  # one character: LIKE
    assert numbers("SZ2") == ["SZ2"]  # the number itself
    assert numbers("路灯噪音") == []  # bigrams present, but not as a phrase


def test_queue_page_count_and_due_list(context):
    generate(context, 120, seed=7)
    now = context.clock.now()
    with context.db.session() as session:
        store = TicketStore(session)
        handling = store.page(QueueQuery(states=[TicketState.HANDLING], limit=10))
        total = store.count(QueueQuery(states=[TicketState.HANDLING]))
        assert 0 < len(handling) <= 10 and total >= len(handling)
        dues = [t.due_at for t in handling]
        assert dues == sorted(dues)
        second = store.page(QueueQuery(states=[TicketState.HANDLING], limit=10, offset=10))
        assert not {t.number for t in handling} & {t.number for t in second}
    bound, due = TicketService(context).due_by_next_workday()
    assert bound == datetime(2026, 10, 9)
    assert due, "the demo always has tickets due by the next working day"
    assert all(t.unfinished and now <= t.due_at < bound for t in due)


def test_two_operators_cannot_overwrite_each_other(context):
    register(context, "SZ1", "内容")
    first, second = context.db.sessions(), context.db.sessions()
    try:
        row_a = TicketStore(first).get_row("SZ1")
        row_b = TicketStore(second).get_row("SZ1")
        row_a.title = "A"
        first.commit()
        row_b.title = "B"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_sqlite_file_is_copied_once_before_a_migration(tmp_path: Path, clock):
    import stat

    from alembic import command

    from hotline_desk.store.database import _alembic_config, head_revision

    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}", stamp=clock.now())
    with db.session() as session:
        session.add(UnitRow(name="保留的单位"))
    command.downgrade(_alembic_config(db.engine), "0006")  # a file from the previous version
    db.dispose()
    open_database(f"sqlite:///{path}", stamp=datetime(2026, 9, 30, 20, 0)).dispose()
    backup = tmp_path / f"old.sqlite3.before-{head_revision()}.bak"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM units").fetchall() == [("保留的单位",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0006",)]
    copied = backup.stat().st_mtime_ns
    again = open_database(f"sqlite:///{path}", stamp=clock.now())  # a start that failed, retried
    command.downgrade(_alembic_config(again.engine), "0006")
    again.dispose()
    open_database(f"sqlite:///{path}", stamp=clock.now()).dispose()
    assert backup.stat().st_mtime_ns == copied  # not copied again
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".bak")] == [backup.name]


def test_a_database_of_a_newer_version_is_refused_untouched(tmp_path: Path, clock):
    from hotline_desk.domain.errors import DatabaseUnusable

    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}", stamp=clock.now()).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable, match="更新版本的 hotline-desk 写入（结构版本 0099"):
        open_database(f"sqlite:///{path}", stamp=clock.now())
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".bak" in p.name]


def test_demo_covers_every_state(context):
    result = generate(context, 400, seed=3)
    assert set(result.by_state) == {s.value for s in TicketState}
    with context.db.session() as session:
        store = TicketStore(session)
        overdue = store.overdue(context.clock.now())
        assert overdue and all(t.due_at < context.clock.now() for t in overdue)
        confidential = session.execute(
            text("SELECT COUNT(*) FROM tickets WHERE confidential")
        ).scalar()
        assert confidential > 0
    assert result.events > 2 * result.tickets - 1


def test_bulk_history_has_consistent_trails_and_is_searchable(context):
    result = generate(context, 600, seed=5, recent=100)
    assert result.by_state["archived"] >= 500
    with context.db.session() as session:
        store = TicketStore(session)
        archived = store.page(QueueQuery(states=[TicketState.ARCHIVED], limit=1000))
        old = [t for t in archived if t.received_at < context.clock.now() - timedelta(days=30)]
        assert len(old) == 500
        sample = old[0]
        actions = [e.action for e in store.events(sample.id)]
        expected = ["create", "dispatch", "feedback", "submit", "archive"]
        if not sample.confidential:
            expected.insert(3, "callback")
        assert actions == expected
        assert sample.received_at < sample.dispatched_at < sample.feedback_at
        assert sample.feedback_at < sample.submitted_at < sample.archived_at
        found = store.page(QueueQuery(search=sample.number[-9:]))
        assert [t.number for t in found] == [sample.number]
        # ids follow the order of receipt, history first
        ids = [t.id for t in sorted(old, key=lambda t: t.received_at)]
        assert ids == sorted(ids)
    # a new ticket after a bulk load gets a fresh id (PostgreSQL's sequence moved on)
    register(context, "SZ-after-bulk", "批量之后新登记")
    assert TicketService(context).show("SZ-after-bulk").ticket.id == 601


def test_one_character_search_finds_the_last_character_of_a_field(context):
    register(context, "SZ1", "路灯坏", address="河东")
    register(context, "SZ2", "噪音", address="城西")
    with context.db.session() as session:
        store = TicketStore(session)
        assert [t.number for t in store.page(QueueQuery(search="坏"))] == ["SZ1"]
        assert [t.number for t in store.page(QueueQuery(search="西"))] == ["SZ2"]
        assert store.count(QueueQuery(search="噪")) == 1
        assert store.count(QueueQuery(search="，")) == 0  # punctuation only: nothing


def test_search_over_everything_can_list_newest_first(context):
    for i in range(5):
        register(context, f"SZ{i}", f"第{i}件 小区停水", received_at=datetime(2026, 9, 20 + i))
    with context.db.session() as session:
        store = TicketStore(session)
        newest = store.page(QueueQuery(search="停水", order="newest", limit=3))
        assert [t.number for t in newest] == ["SZ4", "SZ3", "SZ2"]
        assert store.count(QueueQuery(search="停水", order="newest")) == 5
        assert store.count(QueueQuery(search="停水", states=[TicketState.HANDLING])) == 0


def test_deferred_indexes_come_back_even_when_the_load_fails(context):

    from hotline_desk.store.bulk import indexes_deferred

    def index_names() -> set[str]:  # the catalogue's: reflection skips expression indexes
        from hotline_desk.store.indexes import TICKETS, missing_ticket_indexes

        with context.db.engine.connect() as connection:
            return {str(i.name) for i in TICKETS.indexes} - set(missing_ticket_indexes(connection))

    before = index_names()
    assert "ix_tickets_state_due" in before
    with pytest.raises(RuntimeError), indexes_deferred(context.db.session):
        assert "ix_tickets_state_due" not in index_names()
        raise RuntimeError("load failed")
    assert index_names() == before


def test_history_built_in_a_worker_process_matches_the_in_process_build(
    sqlite_url, tmp_path, clock, monkeypatch
):
    from hotline_desk.services import demo

    def build(url: str, parallel_from: int) -> list[tuple]:
        monkeypatch.setattr(demo, "PARALLEL_HISTORY", parallel_from)
        ctx = AppContext.open(url, clock)
        try:
            generate(ctx, 300, seed=9, recent=10)
            with ctx.db.engine.connect() as connection:
                return connection.execute(
                    text(
                        "SELECT id, number, received_at, due_at, state, caller_phone "
                        "FROM tickets ORDER BY id"
                    )
                ).all()
        finally:
            ctx.close()

    in_process = build(sqlite_url, 10**9)
    in_worker = build(f"sqlite:///{tmp_path / 'worker.sqlite3'}", 100)
    assert len(in_worker) == 300
    assert in_worker == in_process


def test_both_search_plans_give_the_same_page(context, monkeypatch):
    from hotline_desk.store import tickets as store_tickets

    generate(context, 150, seed=11, recent=50)
    query = QueueQuery(search="小区", limit=20)

    def page() -> list[str]:
        with context.db.session() as session:
            return [t.number for t in TicketStore(session).page(query)]

    monkeypatch.setattr(store_tickets, "WALK_DUE_INDEX_FROM_HITS", 10**9)
    fetch_and_sort = page()
    monkeypatch.setattr(store_tickets, "WALK_DUE_INDEX_FROM_HITS", 1)
    walk_index = page()
    assert len(fetch_and_sort) == 20
    assert walk_index == fetch_and_sort
    # A later page, read in small chunks along the due index (PostgreSQL's walk).
    monkeypatch.setattr(store_tickets, "WALK_CHUNK", 7)
    query = QueueQuery(search="小区", limit=15, offset=10)
    walked_later = page()
    monkeypatch.setattr(store_tickets, "WALK_DUE_INDEX_FROM_HITS", 10**9)
    assert walked_later == page() and len(walked_later) == 15


def test_the_windows_counted_page_matches_and_leaves_the_planner_as_it_was(context, monkeypatch):
    """The window counts first and lets the count pick the page's plan; the
    page and count must be those of the plain calls, and PostgreSQL's planner
    switches must be back on for whatever the session does next."""
    from hotline_desk.services.queue import read_page
    from hotline_desk.store import tickets as store_tickets

    generate(context, 150, seed=11, recent=50)
    monkeypatch.setattr(store_tickets, "WALK_DUE_INDEX_FROM_HITS", 3)
    for search in ("小区", "区", "幸福小区"):
        query = QueueQuery(search=search, limit=10, offset=2)
        with context.db.session() as session:
            store = TicketStore(session)
            expected = [t.number for t in store.page(query)], store.count(query)
        shown = read_page(context, query, with_count=True, count_cap=40)
        assert ([t.number for t in shown.tickets], shown.total) == (
            expected[0],
            min(expected[1], 41),
        )
        assert expected[1] > 3  # frequent enough to walk the due index
    if context.db.dialect == "postgresql":
        with context.db.session() as session:
            TicketStore(session).page(QueueQuery(search="区", limit=5), hits=100)
            TicketStore(session).count(QueueQuery(search="区"), cap=5)
            settings = session.execute(
                text(
                    "SELECT current_setting('enable_seqscan'), current_setting('enable_bitmapscan')"
                )
            ).one()
        assert tuple(settings) == ("on", "on")


def test_open_states_of_the_partial_index_match_the_domain():
    from hotline_desk.domain.ticket import UNFINISHED_STATES
    from hotline_desk.store.models import OPEN_STATES_SQL
    from hotline_desk.store.tickets import UNFINISHED_VALUES

    listed = OPEN_STATES_SQL.split("(")[1].rstrip(")").replace("'", "").split(", ")
    assert listed == UNFINISHED_VALUES == sorted(s.value for s in UNFINISHED_STATES)


@pytest.mark.filterwarnings("ignore:.*expression-based index")  # compared below
def test_the_models_and_the_migrations_agree(context):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hotline_desk.store.models import SEARCH_TABLES, Base

    def outside_the_models(name, type_, *_):  # the search index is built by hand in SQL
        if type_ == "index" and name == "ix_tickets_stage_deadline":
            return False  # an expression alembic cannot compare: see the test after this one
        return not (type_ == "table" and name.startswith(SEARCH_TABLES))

    with context.db.engine.connect() as connection:
        migration = MigrationContext.configure(
            connection,
            opts={
                "include_name": outside_the_models,
                "include_object": lambda obj, name, type_, *_: outside_the_models(name, type_),
                "compare_type": True,
            },
        )
        diff = compare_metadata(migration, Base.metadata)
    assert diff == []


def test_the_windows_default_order_reads_the_archive_along_its_index(context):
    """The stage's deadline (剩余时间, the window's default order) is indexed and
    the query's expression is the index's: the planner walks it for the whole
    archive, and a page of 办结归档 walks the (state, due) index instead."""
    from hotline_desk.domain.ticket import TicketState

    generate(context, 40)
    with context.db.session() as session:
        store = TicketStore(session)
        every = store.page(QueueQuery(sort="deadline", limit=500))
        deadline = [
            t.dispatch_due_at if t.state is TicketState.RECEIVED else t.due_at for t in every
        ]
        assert deadline == sorted(deadline) and len(every) == 40
        archived = store.page(QueueQuery(states=[TicketState.ARCHIVED], sort="deadline", limit=500))
        assert [t.due_at for t in archived] == sorted(t.due_at for t in archived)

        statement = store._filtered(QueueQuery()).order_by(STAGE_DEADLINE, TicketRow.id).limit(50)
        # Compiled as the application sends it: a bound parameter in the CASE
        # would keep both planners off the index.
        connection = session.connection()
        compiled = statement.compile(dialect=connection.dialect)
        if context.db.dialect == "sqlite":
            values = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values).all()
        else:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")  # 40 rows: no shortcut
            plan = connection.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).all()
        assert any("ix_tickets_stage_deadline" in str(row) for row in plan), plan


def test_the_cheap_head_revision_agrees_with_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from hotline_desk.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_only_roles_that_need_it_see_the_caller(context):
    from hotline_desk.store.units import ensure_operator

    register(context, "SZ-R", "内容", caller_name="王伟", caller_phone="13800000000")
    with context.db.session() as session:
        ensure_operator(session, "tongji", "统计员", role="general")
    context.operator = "tongji"
    with pytest.raises(ActionRefused, match="无需查看来电人信息"):
        TicketService(context).reveal_caller("SZ-R")
    context.operator = "liqing"  # not in the table: works as an operator
    TicketService(context).reveal_caller("SZ-R")
    assert TicketService(context).show("SZ-R").events[-1].action == "reveal"


def test_a_new_sqlite_file_is_readable_by_its_owner_only(tmp_path):
    import stat

    from hotline_desk.domain.clock import FixedClock
    from hotline_desk.services.context import AppContext

    path = tmp_path / "private" / "office.sqlite3"
    context = AppContext.open(f"sqlite:///{path}", FixedClock(datetime(2026, 9, 30, 10, 0)))
    context.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_ticket_changed_in_between_is_refused_naming_who_did_it(sqlite_context, register):
    """Two operators act on one ticket at once: the second is told who got there
    first and what state the ticket is in – not a StaleDataError."""
    from hotline_desk.domain import lifecycle
    from hotline_desk.domain.errors import ConcurrentChange
    from hotline_desk.services.demo import generate
    from hotline_desk.services.tickets import TicketService
    from hotline_desk.store.tickets import TicketStore

    generate(sqlite_context, 0)
    service = TicketService(sqlite_context)
    register(service, number="CC1", kind="求助", content="路灯")
    with sqlite_context.db.session() as mine:
        store = TicketStore(mine)
        row = store.get_row("CC1")
        ticket = store.get("CC1")
        sqlite_context.operator = "wangfang"
        TicketService(sqlite_context).escalate("CC1", "先到一步")  # committed in between
        event = lifecycle.escalate(ticket, "liqing", sqlite_context.clock.now(), "慢了一步")
        with pytest.raises(
            ConcurrentChange, match="工单 CC1 刚被 wangfang「抄报疑难」，现为「待派单」"
        ):
            store.save(row, ticket, [event])
    events = TicketService(sqlite_context).show("CC1").events
    assert [e.note for e in events if e.action == "escalate"] == ["先到一步"]


@pytest.mark.postgres
def test_on_postgresql_the_second_of_two_at_once_is_told_who_was_first(
    postgres_url, clock, register
):
    """The same race as on SQLite: the one who waited for the lock is refused
    naming the other, instead of acting on a ticket that changed under it."""
    import threading

    from hotline_desk.domain import lifecycle
    from hotline_desk.domain.errors import ConcurrentChange
    from hotline_desk.services.context import AppContext
    from hotline_desk.services.demo import generate
    from hotline_desk.services.tickets import TicketService
    from hotline_desk.store.tickets import TicketStore

    first = AppContext.open(postgres_url, clock, operator="wangfang")
    second = AppContext.open(postgres_url, clock, operator="liqing")
    try:
        generate(first, 0)
        register(first, number="PG1", kind="求助", content="路灯")
        locked, done = threading.Event(), threading.Event()

        def first_one() -> None:
            with first.db.session() as session:
                store = TicketStore(session)
                row = store.get_row("PG1", for_update=True)
                ticket = store.get("PG1")
                locked.set()
                done.wait(0.5)  # the second one is waiting for the lock now
                event = lifecycle.escalate(ticket, "wangfang", clock.now(), "先到一步")
                store.save(row, ticket, [event])

        thread = threading.Thread(target=first_one)
        thread.start()
        locked.wait(5)
        with pytest.raises(ConcurrentChange, match="刚被 wangfang「抄报疑难」"):
            TicketService(second).escalate("PG1", "慢了一步")
        thread.join(5)
        notes = [e.note for e in TicketService(second).show("PG1").events if e.action == "escalate"]
        assert notes == ["先到一步"]
    finally:
        first.close()
        second.close()


def test_after_a_migration_another_program_does_not_pull_the_wal_away(tmp_path: Path, clock):
    """The copy before a migration goes through SQLite: a plain read of the file
    dropped this process's locks, and another program closing the store then
    deleted the WAL this one still used – it saw none of that program's
    changes and wrote into a deleted file."""
    import subprocess
    import sys

    from alembic import command

    from hotline_desk.store.database import _alembic_config

    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}", stamp=clock.now())
    command.downgrade(_alembic_config(db.engine), "0006")
    db.dispose()
    db = open_database(f"sqlite:///{path}", stamp=clock.now())  # migrates, copies first
    try:
        with db.session() as session:
            session.add(UnitRow(name="窗口里的单位"))
        other = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            'c.execute("INSERT INTO units(name, handler_name, handler_phone, leader_name, '
            "leader_phone, active) VALUES ('另一个程序的单位', '', '', '', '', 1)\"); "
            "c.commit(); c.close()"
        )
        subprocess.run([sys.executable, "-c", other, str(path)], check=True, timeout=60)
        assert (tmp_path / "old.sqlite3-wal").exists()  # still the one this process uses
        with db.session() as session:
            names = {n for (n,) in session.execute(text("SELECT name FROM units"))}
        assert {"窗口里的单位", "另一个程序的单位"} <= names
    finally:
        db.dispose()
