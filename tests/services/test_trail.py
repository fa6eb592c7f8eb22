"""The tamper-evident trail: every forgery found, none on a clean store, on
SQLite and PostgreSQL; a store from before is sealed as it stands."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hotline_desk.services.context import AppContext
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService
from hotline_desk.services.trail import TrailKeyMissing, open_trail, verify_trail


def _sql(context: AppContext, statement: str, **params) -> list:
    with context.db.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return list(result) if result.returns_rows else []


def _trail(context: AppContext, number: str) -> list:
    return _sql(
        context,
        "SELECT e.id, e.actor, e.to_state FROM ticket_events e JOIN tickets t "
        "ON t.id = e.ticket_id WHERE t.number = :n ORDER BY e.id",
        n=number,
    )


@pytest.fixture
def office(context):
    generate(context, 30, seed=5)
    return context


def _long_trails(context: AppContext, count: int) -> list[str]:
    rows = _sql(
        context,
        "SELECT t.number FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id "
        "GROUP BY t.number HAVING COUNT(*) >= 3 ORDER BY t.number",
    )
    assert len(rows) >= count
    return [r[0] for r in rows[:count]]


def test_a_clean_store_verifies(office):
    report = verify_trail(office)
    assert report.ok and report.checked == 30
    assert report.sealed and report.sealed[0][3] == 0  # sealed empty, at the first open


def test_actions_keep_the_trail_whole(office, register):
    service = TicketService(office)
    register(service, "TR1", "求助", "路灯不亮")
    report = verify_trail(office)
    assert report.ok and report.checked == 31


def test_every_forgery_is_named(office):
    changed_actor, changed_state, deleted, deleted_last, inserted, reordered, state = _long_trails(
        office, 7
    )
    _sql(office, "UPDATE ticket_events SET actor = 'someone' WHERE id = :i",
         i=_trail(office, changed_actor)[1][0])  # fmt: skip
    _sql(office, "UPDATE ticket_events SET to_state = 'archived' WHERE id = :i",
         i=_trail(office, changed_state)[1][0])  # fmt: skip
    _sql(office, "DELETE FROM ticket_events WHERE id = :i", i=_trail(office, deleted)[1][0])
    _sql(office, "DELETE FROM ticket_events WHERE id = :i", i=_trail(office, deleted_last)[-1][0])
    first = _trail(office, inserted)[0][0]
    _sql(
        office,
        "INSERT INTO ticket_events (ticket_id, at, actor, action, from_state, to_state, note, "
        "data, seal) SELECT ticket_id, at, actor, action, from_state, to_state, 'forged', data, "
        "seal FROM ticket_events WHERE id = :i",
        i=first,
    )
    a, b = _trail(office, reordered)[0][0], _trail(office, reordered)[1][0]
    _sql(office, "UPDATE ticket_events SET id = -1 WHERE id = :a", a=a)
    _sql(office, "UPDATE ticket_events SET id = :a WHERE id = :b", a=a, b=b)
    _sql(office, "UPDATE ticket_events SET id = :b WHERE id = -1", b=b)
    _sql(
        office,
        "UPDATE tickets SET state = CASE WHEN state = 'archived' THEN 'handling' "
        "ELSE 'archived' END WHERE number = :n",
        n=state,
    )

    report = verify_trail(office)
    broken = {b.number: b for b in report.breaks}
    assert set(broken) == {
        changed_actor, changed_state, deleted, deleted_last, inserted, reordered, state
    }  # fmt: skip
    assert broken[changed_actor].position == 2 and "第 2 条" in broken[changed_actor].text()
    assert broken[deleted_last].event_id is None  # the head names it
    assert "状态" in broken[state].text()
    assert report.checked == 30


def test_a_workstation_without_the_key_reads_but_may_not_write(
    office, monkeypatch, tmp_path, register
):
    monkeypatch.setenv("HOTLINE_DESK_TRAIL_KEYS", str(tmp_path / "elsewhere"))
    other = AppContext.open(office.db.url, office.clock, operator="liqing")
    try:
        assert other.db.trail_key is None
        assert TicketService(other).show(_long_trails(other, 1)[0])
        with pytest.raises(TrailKeyMissing):
            register(other, "TR2", "求助", "无密钥的工作站")
    finally:
        other.close()


def test_a_store_from_before_is_sealed_as_it_stands(sqlite_url, clock):
    context = AppContext.open(sqlite_url, clock, operator="liqing")
    generate(context, 10, seed=2)
    _sql(context, "UPDATE ticket_events SET seal = NULL")
    _sql(context, "UPDATE tickets SET trail_head = NULL, trail_length = NULL")
    _sql(context, "DELETE FROM settings WHERE key = 'trail.key'")
    _sql(context, "DELETE FROM trail_seals")
    open_trail(context)  # as the first open of this version does
    report = verify_trail(context)
    assert report.ok and report.checked == 10
    assert report.sealed[0][2] == 10 and report.sealed[0][3] > 30  # when, and what
    context.close()


@pytest.mark.postgres
def test_the_trail_verifies_on_the_office_server_after_migrate_to(
    sqlite_url, postgres_url, clock, register
):
    from hotline_desk.services.move_to_server import migrate_to

    workstation = AppContext.open(sqlite_url, clock, operator="liqing")
    generate(workstation, 20, seed=4)
    AppContext.open(postgres_url, clock).close()  # as `db upgrade` on the server does
    migrate_to(workstation, postgres_url)
    workstation.close()
    office = AppContext.open(postgres_url, clock, operator="liqing")
    try:
        report = verify_trail(office)
        assert report.ok and report.checked == 20
        register(office, "PG1", "求助", "迁移后登记")
        assert verify_trail(office).ok
    finally:
        office.close()


def test_several_processes_find_the_same_forgeries(office, monkeypatch):
    from hotline_desk.store import trail as store

    monkeypatch.setattr(store, "CHUNK", 2)  # 30 tickets: spans worth splitting
    forged = _long_trails(office, 2)
    for number in forged:
        _sql(office, "UPDATE ticket_events SET note = 'x' WHERE id = :i",
             i=_trail(office, number)[0][0])  # fmt: skip
    alone = verify_trail(office)
    together = verify_trail(office, processes=2)
    assert together.checked == alone.checked == 30
    assert sorted(b.number for b in together.breaks) == sorted(forged)
    assert [b.number for b in alone.breaks] == sorted(forged)
