"""On record: who saw callers' data (``audit``), exports only to staff, and
``db verify`` / ``db trail-key`` as a user runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from hotline_desk.cli import EXIT_REFUSED, main


@pytest.fixture
def run(sqlite_url, capsys):
    def invoke(*argv: str, operator: str = "liqing", expect: int = 0):
        code = main(
            ["--db", sqlite_url, "--now", "2026-09-30T20:00", "--operator", operator, *argv]
        )
        captured = capsys.readouterr()
        assert code == expect, captured.err
        return captured

    return invoke


def run_json(run, *argv: str, **kwargs):
    return json.loads(run(*argv, "--format", "json", **kwargs).out)


def _plain_ticket(run) -> str:
    tickets = run_json(run, "ticket", "list", "--limit", "50")["tickets"]
    return next(t["number"] for t in tickets if not t.get("confidential"))


@pytest.fixture
def office(run):
    run("demo", "--tickets", "12")
    run("staff", "add", "liqing", "--name", "李青", "--role", "operator")
    run("staff", "add", "zhangld", "--name", "张领导", "--role", "leader")
    return run


def test_reveal_export_and_print_are_on_record(office, tmp_path):
    run = office
    number = _plain_ticket(run)
    run("ticket", "show", number, "--reveal")
    run("export", str(tmp_path / "all.xlsx"))
    run("sheet", number, "--out", str(tmp_path / "sheet.pdf"))
    entries = run_json(run, "audit", "--since", "2026-09-01")
    whats = {e["what"]: e for e in entries}
    assert set(whats) == {"reveal", "export", "print"}
    assert whats["reveal"]["subject"] == number and whats["reveal"]["actor"] == "liqing"
    assert whats["export"]["subject"] == "all.xlsx" and whats["export"]["callers"] > 0
    text = run("audit").out
    assert "查看来电人" in text and "导出含来电人的工作簿" in text


def test_a_login_not_on_the_staff_list_exports_without_callers(office, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "stranger.xlsx"
    office("export", str(path), operator="stranger")
    sheet = load_workbook(path).worksheets[0]
    phones = [row[8].value for row in sheet.iter_rows(min_row=2) if row[8].value]
    assert phones and all("*" in p for p in phones)  # masked, every one
    assert not [e for e in run_json(office, "audit") if e["what"] == "export"]


def test_outputs_are_owner_only(office, tmp_path):
    office("export", str(tmp_path / "out.xlsx"))
    number = _plain_ticket(office)
    office("sheet", number, "--out", str(tmp_path / "sheet.pdf"))
    for name in ("out.xlsx", "sheet.pdf"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600, name


def test_only_the_admin_and_leaders_read_the_record(office):
    office("staff", "add", "root", "--name", "王管理", "--role", "admin", operator="liqing")
    refused = office("audit", operator="liqing", expect=EXIT_REFUSED)
    assert "查看访问记录" in refused.err
    office("audit", operator="zhangld")
    office("audit", operator="root")


def test_db_verify_names_a_forged_history(run, sqlite_url):
    run("demo", "--tickets", "8")
    assert run_json(run, "db", "verify")["ok"] is True
    database = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        number, event_id = connection.execute(
            "SELECT t.number, MIN(e.id) FROM tickets t JOIN ticket_events e "
            "ON e.ticket_id = t.id GROUP BY t.number ORDER BY t.number LIMIT 1"
        ).fetchone()
        connection.execute("UPDATE ticket_events SET actor = 'root' WHERE id = ?", (event_id,))
    connection.close()
    result = run("db", "verify", "--format", "json", expect=1)
    report = json.loads(result.out)
    assert report["ok"] is False and [b["number"] for b in report["broken"]] == [number]
    assert "被改动" in run("db", "verify", expect=1).out


def test_the_trail_key_moves_to_another_workstation(run, tmp_path, monkeypatch):
    run("demo", "--tickets", "3")
    key_file = tmp_path / "office.key"
    run("db", "trail-key", "export", str(key_file))
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    monkeypatch.setenv("HOTLINE_DESK_TRAIL_KEYS", str(tmp_path / "second-workstation"))
    refused = run(
        "ticket", "new", "--number", "K1", "--kind", "求助", "--content", "路灯",
        expect=EXIT_REFUSED,
    )  # fmt: skip
    assert "trail-key import" in refused.err
    wrong = tmp_path / "wrong.key"
    wrong.write_text("not a key", encoding="ascii")
    assert "记录密钥文件" in run("db", "trail-key", "import", str(wrong), expect=2).err
    run("db", "trail-key", "import", str(key_file))
    run("ticket", "new", "--number", "K1", "--kind", "求助", "--content", "路灯")
    assert run_json(run, "db", "verify")["ok"] is True


def test_an_existing_export_file_keeps_its_name_but_not_its_mode(office, tmp_path):
    path = tmp_path / "again.xlsx"
    path.write_bytes(b"")
    path.chmod(0o644)
    office("export", str(path))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert Path(path).stat().st_size > 0


def test_demo_refuses_a_database_that_holds_an_office(run, sqlite_url):
    run("demo", "--tickets", "5")
    refused = run("demo", "--tickets", "5", expect=2)
    assert "已经有工单" in refused.err and "--force" in refused.err
    assert run_json(run, "ticket", "list")["total"] == 5  # nothing added
    run("demo", "--tickets", "5", "--force", "--seed", "9")
    assert run_json(run, "ticket", "list")["total"] == 10


def test_restore_is_the_admins_and_says_what_a_backup_without_one_loses(run, tmp_path):
    run("demo", "--tickets", "4")
    old = tmp_path / "before-sign-in.sqlite3"
    run("backup", "--to", str(old))
    run("staff", "add", "root", "--name", "王管理", "--role", "admin")
    run("staff", "add", "duty1", "--name", "赵值班", "--role", "duty", operator="root")
    refused = run("restore", str(old), "--accept-loss", operator="duty1", expect=EXIT_REFUSED)
    assert "恢复备份" in refused.err
    warned = run("restore", str(old), operator="root", expect=2)
    assert "没有管理员" in warned.err and "--accept-loss" in warned.err
    done = json.loads(
        run("restore", str(old), "--accept-loss", "--format", "json", operator="root").out
    )
    assert done["trail_checked"] is True and done["broken"] == []
