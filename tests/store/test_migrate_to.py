"""migrate-to: a workstation's SQLite store into the office's empty PostgreSQL
database, checked row by row; a non-empty target refused."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text

from hotline_desk.services.context import AppContext
from hotline_desk.services.demo import generate
from hotline_desk.services.move_to_server import CopyRefused, migrate_to
from hotline_desk.services.tickets import TicketService


@pytest.mark.postgres
def test_a_workstation_moves_to_the_office_server(sqlite_context, postgres_url, clock, register):
    from hotline_desk.services import knowledge
    from hotline_desk.services.staff import save_staff

    generate(sqlite_context, 60)
    save_staff(sqlite_context, "zonghe", "综合科", "general")
    sqlite_context.operator = "zonghe"
    knowledge.add_entry(sqlite_context, {"title": "医保缴费标准", "answer": "每人每年400元"})
    from hotline_desk.services import attachments

    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400
    with sqlite_context.db.session() as session:
        from hotline_desk.store.models import TicketRow

        number = session.query(TicketRow.number).first()[0]
    (photo_on_file,) = attachments.attach(
        sqlite_context, number, [attachments.NewFile("整改后.png", photo)]
    )
    copied = {t.table: t.rows for t in migrate_to(sqlite_context, postgres_url)}
    assert copied["tickets"] == 60 and copied["ticket_events"] > 60 and copied["units"] > 0
    assert copied["kb_entries"] == 1 and copied["kb_changes"] == 1
    office = AppContext.open(postgres_url, clock, operator="liqing")
    try:
        # The knowledge base is searchable on the server as on the workstation.
        assert [f.entry.title for f in knowledge.search(office, "医保")] == ["医保缴费标准"]
        # and the unit's photo is there, byte for byte
        assert attachments.open_attachment(office, photo_on_file.id)[1] == photo
        service = TicketService(office)
        # The copy is a working store: searchable, and new rows get new ids.
        created = register(service, "SZ-AFTER-MOVE", "求助", "迁移后登记的路灯工单")
        assert created.id == max(copied["tickets"], 60) + 1
        engine = create_engine(postgres_url)
        with engine.connect() as connection:
            hits = connection.execute(
                text(
                    "SELECT count(*) FROM ticket_search WHERE body @@ phraseto_tsquery('simple', :q)"
                ),
                {"q": "迁移 移后"},
            ).scalar()
        engine.dispose()
        assert hits == 1
    finally:
        office.close()
    with pytest.raises(CopyRefused, match="不是空的.*新建一个空数据库"):  # and what to do
        migrate_to(sqlite_context, postgres_url)


@pytest.mark.postgres
def test_a_target_that_was_opened_first_still_counts_as_empty(sqlite_context, postgres_url, clock):
    """The README's order – `db upgrade` on the server's database, then
    `migrate-to` – leaves the shipped time-limit presets in the target; the
    workstation's rules (here one the office changed) replace them. A rule the
    office changed on the server is the office's data: refused."""
    from hotline_desk.services.context import preset_rules
    from hotline_desk.store.office import save_rule, time_limit_rules

    generate(sqlite_context, 20)
    first = preset_rules()[0]
    with sqlite_context.db.session() as session:
        save_rule(session, replace(first, name=first.name + "（本县）"))
        wanted = time_limit_rules(session)
    AppContext.open(postgres_url, clock).close()  # as `db upgrade` does
    copied = {t.table: t.rows for t in migrate_to(sqlite_context, postgres_url)}
    assert copied["time_limit_rules"] == len(wanted)
    office = AppContext.open(postgres_url, clock)
    try:
        with office.db.session() as session:
            assert time_limit_rules(session) == wanted
    finally:
        office.close()


@pytest.mark.postgres
def test_rules_edited_on_the_server_make_it_not_empty(sqlite_context, postgres_url, clock):
    from hotline_desk.services.context import preset_rules
    from hotline_desk.store.office import save_rule

    office = AppContext.open(postgres_url, clock)
    first = preset_rules()[0]
    with office.db.session() as session:
        save_rule(session, replace(first, name="服务器上改过的规则"))
    office.close()
    with pytest.raises(CopyRefused, match="time_limit_rules 表已有数据"):
        migrate_to(sqlite_context, postgres_url)


def test_only_a_sqlite_store_moves(sqlite_context, tmp_path):
    with pytest.raises(CopyRefused, match="目标就是当前的数据库"):
        migrate_to(sqlite_context, sqlite_context.db.url)
