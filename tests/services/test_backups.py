"""Backups of the SQLite store: online copy, restore compared row by row,
refusals, daily rotation at the poll; pg_dump for PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from hotline_desk.services.backups import BackupError, backup_now, daily_backup, restore_from
from hotline_desk.services.demo import generate
from hotline_desk.services.tickets import TicketService
from hotline_desk.store.backup import daily_name, to_rotate


def _rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'ticket_search%' AND name NOT LIKE 'kb_search%'"
            )
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
    finally:
        connection.close()


def test_a_restore_gives_back_every_row_and_keeps_the_current_file(
    sqlite_context, tmp_path, register
):
    generate(sqlite_context, 40)
    copy = backup_now(sqlite_context, tmp_path / "copy.sqlite3").file
    register(sqlite_context, "SZLATER", "求助", "备份之后登记的工单")
    database = Path(sqlite_context.db.url.removeprefix("sqlite:///"))
    aside, info = restore_from(sqlite_context, copy)
    assert info.tickets == 40
    restored, backed_up = _rows(database), _rows(copy)
    assert restored.keys() == backed_up.keys() and len(restored) > 10
    for table in restored:
        assert restored[table] == backed_up[table], table
    kept = _rows(aside)
    assert any(row[1] == "SZLATER" for row in kept["tickets"])  # nothing lost
    with pytest.raises(Exception):  # noqa: B017 - the restored store has no such ticket
        TicketService(sqlite_context).ticket("SZLATER")


def test_what_cannot_be_restored_is_refused_and_nothing_changes(sqlite_context, tmp_path):
    generate(sqlite_context, 5)
    database = Path(sqlite_context.db.url.removeprefix("sqlite:///"))
    before = _rows(database)
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    newer = tmp_path / "newer.sqlite3"
    backup_now(sqlite_context, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    for file, says in (
        (text, "不是 SQLite"),
        (other, "不是 hotline-desk 的数据库"),
        (newer, "更新版本"),
        (tmp_path / "missing.sqlite3", "找不到"),
    ):
        with pytest.raises(BackupError, match=says):
            restore_from(sqlite_context, file)
    assert _rows(database) == before
    assert not list(database.parent.glob("*.before-restore-*"))


def test_rotation_keeps_seven_days_and_four_weeks():
    today = date(2026, 11, 23)
    files = [Path(daily_name(today - timedelta(days=n))) for n in range(60)]
    removed = set(to_rotate(files))
    kept = sorted((f for f in files if f not in removed), reverse=True)
    assert kept[:7] == files[:7]
    weekly = kept[7:]
    assert len(weekly) == 4
    weeks = {date.fromisoformat(f.name[13:23]).isocalendar()[:2] for f in weekly}
    assert len(weeks) == 4  # one per week


def test_the_first_poll_of_the_day_makes_the_days_copy(sqlite_context, clock):
    from hotline_desk.services.notifier import Notifier
    from hotline_desk.services.poller import Poller

    generate(sqlite_context, 5)
    poller = Poller(sqlite_context, Notifier([]))
    poller.run_once()
    folder = Path(sqlite_context.db.url.removeprefix("sqlite:///")).parent / "backups"
    assert [f.name for f in folder.iterdir()] == [daily_name(clock.now().date())]
    assert daily_backup(sqlite_context) is None  # once a day
    clock.advance(timedelta(days=1))
    poller.run_once()
    assert len(list(folder.glob("hotline-desk-*.sqlite3"))) == 2


@pytest.mark.postgres
def test_postgresql_is_backed_up_with_pg_dump(postgres_url, clock, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    from hotline_desk.services.context import AppContext

    context = AppContext.open(postgres_url, clock, operator="liqing")
    try:
        generate(context, 5)
        done = backup_now(context, tmp_path / "office.dump")
        assert done.tool == "pg_dump" and done.file.read_bytes().startswith(b"PGDMP")
        with pytest.raises(BackupError, match="pg_restore"):
            restore_from(context, done.file)
    finally:
        context.close()


def test_pg_dump_gets_no_password_on_its_command_line():
    from hotline_desk.store.database import libpq_url

    conninfo, password = libpq_url("postgresql+psycopg://hotline:s3cr%40t@server:5432/office")
    assert conninfo == "postgresql://hotline@server:5432/office"  # visible in the process list
    assert password == "s3cr@t"  # goes through PGPASSWORD


# -- who may restore (the admin's, once there is one) ------------------------------
def _office_with_admin(context, password="geheim-2026"):
    from hotline_desk.services.auth import set_password, set_sign_in
    from hotline_desk.services.script_tokens import issue_token
    from hotline_desk.services.staff import save_staff

    context.operator = "root"
    save_staff(context, "root", "王建国", "admin")
    save_staff(context, "duty1", "赵值班", "duty")
    set_password(context, "root", password)
    set_sign_in(context, True)
    issue_token(context, "duty1", label="nightly")


def test_a_duty_person_may_not_restore_backup_or_migrate(sqlite_context, tmp_path):
    from hotline_desk.domain.errors import NotPermitted
    from hotline_desk.services.move_to_server import migrate_to

    generate(sqlite_context, 3)
    old = backup_now(sqlite_context, tmp_path / "before-sign-in.sqlite3").file
    _office_with_admin(sqlite_context)
    database = Path(sqlite_context.db.url.removeprefix("sqlite:///"))
    before = _rows(database)
    sqlite_context.operator = "duty1"
    with pytest.raises(NotPermitted, match="恢复备份"):
        restore_from(sqlite_context, old, accept_losses=True)
    with pytest.raises(NotPermitted, match="备份数据库"):
        backup_now(sqlite_context, tmp_path / "x.sqlite3")
    with pytest.raises(NotPermitted, match="迁移"):
        migrate_to(sqlite_context, f"sqlite:///{tmp_path / 'target.sqlite3'}")
    assert _rows(database) == before  # nothing changed


def test_restoring_a_backup_without_the_admin_says_what_is_lost(sqlite_context, tmp_path):
    generate(sqlite_context, 3)
    old = backup_now(sqlite_context, tmp_path / "before-sign-in.sqlite3").file
    _office_with_admin(sqlite_context)
    database = Path(sqlite_context.db.url.removeprefix("sqlite:///"))
    before = _rows(database)
    from hotline_desk.services.backups import RestoreLoses

    with pytest.raises(RestoreLoses) as refused:
        restore_from(sqlite_context, old)
    message = str(refused.value)
    assert "没有管理员" in message and "人员名单" in message and "脚本令牌" in message
    assert "登录设置" in message and "--accept-loss" in message
    assert _rows(database) == before
    _aside, info = restore_from(sqlite_context, old, accept_losses=True)
    assert info.admins == 0


def test_a_backup_with_the_admin_restores_without_asking(sqlite_context, tmp_path):
    generate(sqlite_context, 3)
    _office_with_admin(sqlite_context)
    copy = backup_now(sqlite_context, tmp_path / "with-admin.sqlite3").file
    _aside, info = restore_from(sqlite_context, copy)
    assert info.admins == 1 and info.sign_in
