"""The CLI as a user runs it: sub-commands, --now, --format json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hotline_desk.cli import EXIT_INPUT, EXIT_NOT_FOUND, EXIT_REFUSED, main
from hotline_desk.store.database import head_revision


@pytest.fixture
def run(sqlite_url, capsys):
    def invoke(*argv: str, now: str = "2026-09-30T20:00", expect: int = 0):
        code = main(["--db", sqlite_url, "--now", now, "--operator", "liqing", *argv])
        captured = capsys.readouterr()
        assert code == expect, captured.err
        return captured

    return invoke


def steps_to_submit(number: str, unit: str, *dispatch_options: str) -> list[tuple[str, ...]]:
    """Dispatch, feedback, a satisfied callback and submission of one ticket."""
    return [
        ("dispatch", number, "--unit", unit, *dispatch_options),
        ("feedback", number, "--cause", "线路老化", "--actions", "已更换", "--result", "已处理",
         "--basis", "城市照明管理规定"),
        ("callback", number, "--reached", "--told", "yes", "--true", "yes", "--misconduct", "no",
         "--satisfaction", "满意"),
        ("submit", number),
    ]  # fmt: skip


def run_json(run, *argv: str, **kwargs):
    return json.loads(run(*argv, "--format", "json", **kwargs).out)


def test_calendar_commands_print_date_workday_and_estimate(run):
    assert run_json(run, "calendar", "is-workday", "2026-02-14") == {
        "date": "2026-02-14",
        "workday": True,
        "estimate": False,
        "source": "chinesecalendar",
        "note": "春节 调休上班",
    }
    assert run_json(run, "calendar", "is-workday", "2026-02-16")["workday"] is False
    added = run_json(run, "calendar", "add-workdays", "2026-09-30", "3")
    assert added["date"] == "2026-10-10" and added["estimate"] is False
    assert run_json(run, "calendar", "next-workday", "2026-09-30")["date"] == "2026-10-08"
    future = run_json(run, "calendar", "is-workday", "2027-06-15")
    assert future["estimate"] is True and "workday" in future


def test_calendar_import_then_2027_is_no_longer_an_estimate(run, tmp_path: Path):
    good = tmp_path / "2027.csv"
    good.write_text(
        "date,workday,note\n2027-02-20,true,春节调休上班\n2027-02-08,false,春节\n", encoding="utf-8"
    )
    assert run_json(run, "calendar", "import", str(good)) == {"added": 2, "updated": 0, "moved": []}
    day = run_json(run, "calendar", "is-workday", "2027-02-20")
    assert day == {
        "date": "2027-02-20",
        "workday": True,
        "estimate": False,
        "source": "office",
        "note": "春节调休上班",
    }


def test_calendar_import_bad_rows_are_named_and_nothing_is_lost(run, tmp_path: Path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"date": "2027-02-20", "workday": True, "note": "调休"}]))
    run("calendar", "import", str(good))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,workday\n2027-01-01,false\n2027-13-01,true\n2027-02-20,maybe\n", encoding="utf-8"
    )
    result = run("calendar", "import", str(bad), expect=EXIT_INPUT)
    assert "bad.csv，第 3 行：「date」应为日期 YYYY-MM-DD（实际为「2027-13-01」）" in result.err
    assert "第 4 行：「workday」" in result.err and "「maybe」" in result.err
    assert "未导入任何内容" in result.err
    # the earlier entry stays, and the good row of the bad file was not half-imported
    assert run_json(run, "calendar", "is-workday", "2027-02-20")["source"] == "office"
    assert run_json(run, "calendar", "is-workday", "2027-01-01")["source"] != "office"


def test_a_ticket_through_its_whole_life_from_the_command_line(run):
    run("demo", "--tickets", "0")  # the unit directory only
    created = run_json(
        run,
        "ticket",
        "new",
        "--number",
        "SZ20260930001",
        "--kind",
        "求助",
        "--content",
        "滨江路路灯不亮",
        "--caller-name",
        "王伟",
        "--caller-phone",
        "13800001234",
        "--due",
        "2026-10-09T17:30",
        now="2026-09-30T20:00",
    )
    assert created["state"] == "received" and created["dispatch_due"] == "2026-10-01 08:00:00"
    assert created["caller"] == {"name": "王*", "phone": "138****1234", "address": ""}
    steps = [
        *steps_to_submit("SZ20260930001", "县城市管理和综合执法局", "--called"),
        ("archive", "SZ20260930001"),
    ]
    states = [run_json(run, "ticket", *step, now="2026-10-08T10:00")["state"] for step in steps]
    assert states == ["handling", "feedback", "called_back", "submitted", "archived"]
    shown = run_json(run, "ticket", "show", "SZ20260930001")
    assert [e["action"] for e in shown["events"]] == [
        "create",
        "dispatch",
        "call",
        "feedback",
        "callback",
        "submit",
        "archive",
    ]
    revealed = run_json(run, "ticket", "show", "SZ20260930001", "--reveal", now="2026-10-08T11:00")
    assert revealed["caller"]["phone"] == "13800001234"
    assert revealed["events"][-1]["action"] == "reveal"
    # handed down again on Fri 10-09: the make-up Saturday 10-10, Mon 10-12, Tue 10-13
    reassigned = run_json(
        run, "ticket", "reassign", "SZ20260930001", "--reason", "群众不满意", now="2026-10-09T10:00"
    )
    assert reassigned["due"] == "2026-10-13 17:30:00" and reassigned["owner"] == "liqing"


def test_refusals_and_unknown_tickets_have_clear_messages_and_exit_codes(run):
    run("ticket", "new", "--number", "SZ1", "--kind", "投诉", "--content", "噪音")
    refused = run("ticket", "archive", "SZ1", expect=EXIT_REFUSED)
    assert "工单 SZ1 当前为「待派单」" in refused.err and "办结归档" in refused.err
    as_json = json.loads(
        run("ticket", "submit", "SZ1", "--format", "json", expect=EXIT_REFUSED).out
    )
    assert as_json["error"] == "refused" and as_json["state"] == "received"
    missing = run("ticket", "show", "NOPE", expect=EXIT_NOT_FOUND)
    assert "NOPE" in missing.err
    duplicate = run(
        "ticket", "new", "--number", "SZ1", "--kind", "投诉", "--content", "x", expect=EXIT_INPUT
    )
    assert "已存在" in duplicate.err
    unknown_unit = run("ticket", "dispatch", "SZ1", "--unit", "火星局", expect=EXIT_INPUT)
    assert "「承办单位」" in unknown_unit.err and "火星局" in unknown_unit.err


def test_due_next_working_day_lists_holiday_and_next_day_dues(run):
    run("demo", "--tickets", "0")
    for number, due in (
        ("A", "2026-10-08T17:30"),
        ("B", "2026-10-04T12:00"),
        ("C", "2026-10-09T09:00"),
        ("D", "2026-09-30T19:00"),
    ):
        run(
            "ticket",
            "new",
            "--number",
            number,
            "--kind",
            "咨询",
            "--content",
            "问",
            "--received",
            "2026-09-29T09:00",
            "--due",
            due,
        )
    data = run_json(run, "due", "--next-working-day")
    assert [t["number"] for t in data["tickets"]] == ["B", "A"]
    assert data["tickets"][1]["due"] == "2026-10-08 17:30:00"
    with_overdue = run_json(run, "due", "--next-working-day", "--include-overdue")
    assert [t["number"] for t in with_overdue["tickets"]] == ["D", "B", "A"]
    assert with_overdue["tickets"][0]["overdue"] is True
    # archived tickets are finished: they drop out
    run("ticket", "dispatch", "A", "--unit", "县教育局")
    assert run_json(run, "due", "--next-working-day")["count"] == 2


def test_rules_are_seeded_from_the_presets(run):
    rules = {r["code"]: r for r in run_json(run, "rules", "list")}
    assert rules["12345.dispatch"] == {
        "code": "12345.dispatch",
        "name": "12345派单时限",
        "amount": 12,
        "unit": "hours",
        "note": rules["12345.dispatch"]["note"],
    }


def test_db_url_from_the_environment(monkeypatch, sqlite_url, capsys, tmp_path):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("HOTLINE_DESK_DB", str(path))
    assert main(["db", "upgrade"]) == 0
    assert path.exists()
    assert f"结构版本 {head_revision()}" in capsys.readouterr().out


def test_office_closing_time_and_rules_are_editable(run):
    assert run_json(run, "office-hours", "--closes", "18:00") == {
        "opens": "08:30",
        "closes": "18:00",
    }
    reassigned = run_json(run, "rules", "set", "12345.reassigned", "--amount", "2")
    assert reassigned["amount"] == 2 and reassigned["unit"] == "working_days"
    run("demo", "--tickets", "0")
    run("ticket", "new", "--number", "R1", "--kind", "投诉", "--content", "再次来电")
    for step in steps_to_submit("R1", "县教育局"):
        run("ticket", *step)
    # re-assigned Wed 09-30 with the office's 2 working days and 18:00 closing
    assert (
        run_json(run, "ticket", "reassign", "R1", "--reason", "重办")["due"]
        == "2026-10-09 18:00:00"
    )
    bad = run("office-hours", "--closes", "25:00", expect=EXIT_INPUT)
    assert "「下班时间」应为时刻 HH:MM（实际为「25:00」）" in bad.err
    assert "08:00" not in run("office-hours", "--opens", "19:00", expect=EXIT_INPUT).out
    unknown = run("rules", "set", "no.such.rule", "--amount", "1", expect=EXIT_INPUT)
    assert "12345.dispatch" in unknown.err
    assert run_json(run, "office-hours")["closes"] == "18:00"  # refused changes kept nothing


def test_reply_templates_from_the_command_line(run):
    codes = {t["code"] for t in run_json(run, "templates", "list")}
    assert {"general", "handled", "no_action", "consult"} <= codes
    saved = run_json(
        run,
        "templates",
        "set",
        "env",
        "--name",
        "环保答复",
        "--required",
        "cause,basis",
        "--starter",
        "basis=依据《环境保护法》",
    )
    assert saved["required"] == ["cause", "basis"]
    bad = run("templates", "set", "x", "--name", "x", "--required", "mood", expect=EXIT_INPUT)
    assert "unknown feedback part" in bad.err
    assert run_json(run, "templates", "remove", "env") == {"removed": "env"}


def test_confirm_and_ensures_from_the_command_line(run):
    run("demo", "--tickets", "40", now="2026-09-30T10:00")
    five = run_json(run, "confirm", now="2026-09-30T10:00")
    assert [item["index"] for item in five] == [1, 2, 3, 4, 5]
    assert all({"index", "label", "count"} <= set(item) for item in five)
    assert five[0]["label"] == "有无新工单" and five[0]["count"] > 0
    ticked = run_json(run, "confirm", "--tick", "1", now="2026-09-30T10:01")
    assert ticked[0]["ticked"] and not ticked[1]["ticked"]
    listed = run_json(run, "ticket", "list", "--state", "handling", now="2026-09-30T10:00")
    number = listed["tickets"][0]["number"]
    six = run_json(run, "ensures", number, now="2026-09-30T10:00")
    assert [e["index"] for e in six] == [1, 2, 3, 4, 5, 6]
    assert {e["status"] for e in six} <= {"met", "missing", "not_yet"}
    run("platform-check", "--note", "午间查看", now="2026-09-30T12:00")
    checks = run_json(run, "platform-check", "--day", "2026-09-30")
    assert [c["note"] for c in checks][-1] == "午间查看"
    today = run_json(run, "phone-today", now="2026-09-30T10:00")
    assert all({"unit", "phone", "reason", "tickets"} <= set(t) for t in today)


def test_every_action_is_a_command_with_an_option_per_field(capsys):
    """The CLI reads the same action descriptions as the window's forms."""
    from hotline_desk.gui.ticket.action_forms import ACTION_FORMS
    from hotline_desk.services.ticket_actions import ACTIONS

    assert set(ACTION_FORMS) == set(ACTIONS)
    for spec in ACTIONS.values():
        with pytest.raises(SystemExit):
            main(["ticket", spec.command, "--help"])
        usage = capsys.readouterr().out
        for field in spec.fields:
            option = field.flags[0][0] if field.flags else field.cli_option
            assert option in usage, (spec.command, option)


def test_the_window_is_chosen_without_building_the_sub_commands():
    from hotline_desk.cli.parser import parse_window_args

    args = parse_window_args(["--db", "office.sqlite3", "--now", "2026-09-30T10:00", "--smoke"])
    assert args is not None and args.command is None and args.smoke and args.db == "office.sqlite3"
    assert parse_window_args(["ticket", "list"]) is None  # a sub-command: the full parser
    assert parse_window_args(["--db", "x", "--help"]) is None


def test_a_confidential_ticket_shows_nothing_of_the_caller(run):
    run(
        "ticket", "new", "--number", "C1", "--kind", "举报", "--content", "偷排",
        "--caller-name", "王伟", "--caller-phone", "13800001234", "--caller-address", "城关镇",
        "--confidential",
    )  # fmt: skip
    shown = run_json(run, "ticket", "show", "C1")
    assert shown["caller"] is None and shown["confidential"] is True
    assert "王" not in run("ticket", "show", "C1").out and "1234" not in run("ticket", "list").out


def test_the_state_councils_notice_is_read_for_review_then_applied(run, tmp_path: Path):
    notice = tmp_path / "2027.txt"
    notice.write_text(
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "七、国庆节：10月1日（星期五）至7日（星期四）放假调休，共7天。"
        "9月26日（星期日）、10月9日（星期六）上班。\n",
        encoding="utf-8",
    )
    before = run_json(run, "calendar", "is-workday", "2027-10-09")
    assert before["estimate"] is True
    reviewed = run_json(run, "calendar", "notice", str(notice))
    assert reviewed["applied"] is False and reviewed["problems"] == []
    assert {"date": "2027-10-09", "workday": True, "note": "国庆节 调休上班"} in reviewed["days"]
    assert run_json(run, "calendar", "is-workday", "2027-10-09")["estimate"] is True  # not yet
    assert run_json(run, "calendar", "notice", str(notice), "--apply")["applied"] is True
    after = run_json(run, "calendar", "is-workday", "2027-10-09")
    assert after["workday"] is True and after["estimate"] is False


def test_a_notice_with_unreadable_lines_is_not_applied(run, tmp_path: Path):
    notice = tmp_path / "bad.txt"
    notice.write_text("关于2027年部分节假日安排的通知\n一、元旦：另行通知。\n", encoding="utf-8")
    refused = run("calendar", "notice", str(notice), "--apply", expect=EXIT_INPUT)
    assert "元旦" in refused.err and "未保存任何日期" in refused.err


def test_import_keeps_in_step_and_conflicts_are_listed_and_settled(run, tmp_path: Path):
    header = "工单编号,受理时间,诉求内容,工单标题,工单状态\n"
    first, second = tmp_path / "monday.csv", tmp_path / "tuesday.csv"
    first.write_text(header + "M1,2026-09-28 09:00:00,路灯不亮,路灯,办理中\n", encoding="utf-8")
    second.write_text(
        header + "M1,2026-09-28 09:00:00,路灯不亮,路灯坏了,已办结\n", encoding="utf-8"
    )
    run("demo")
    assert run_json(run, "import", str(first))["imported"] == 1
    skipped = run_json(run, "import", str(second), "--skip-existing")
    assert (skipped["unchanged"], skipped["updated"]) == (1, 0)
    report = run_json(run, "import", str(second), "--report", str(tmp_path / "report.xlsx"))
    assert report["updated"] == 1 and report["changes"] == [
        {"number": "M1", "change": "市平台更新"}
    ]
    # 已办结 while the office still handles it: a conflict, not a jump in state.
    assert [(c["field"], c["local"], c["platform"]) for c in report["conflicts"]] == [
        ("state", "handling", "archived")
    ]
    assert (tmp_path / "report.xlsx").is_file()
    listed = run_json(run, "conflicts")
    assert [(c["number"], c["field"]) for c in listed] == [("M1", "state")]
    assert "按工单流程办理" in run("conflicts", "settle", "M1", "state", "--take", "platform",
                                   expect=EXIT_INPUT).err  # fmt: skip
    run("conflicts", "settle", "M1", "state", "--take", "local")
    assert run_json(run, "conflicts") == []
    run("import", str(second), "--report", str(tmp_path / "report.txt"), expect=EXIT_INPUT)


def test_watch_says_what_it_does_without_the_schedulers_chatter(tmp_path):
    """`hotline-desk watch` in a terminal: its own lines (the interval, each
    poll) on the console, not APScheduler's "Adding job…/Running job…" every
    30 seconds; Ctrl+C ends it with 0."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HOTLINE_DESK_LOG", None)
    command = str(Path(sys.executable).with_name("hotline-desk"))  # the installed entry point
    watch = subprocess.Popen(
        [command, "--db", str(tmp_path / "w.sqlite3"), "watch"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    lines: list[str] = []
    assert watch.stdout is not None
    while time.monotonic() < deadline:
        line = watch.stdout.readline()
        lines.append(line)
        if "poll at" in line or not line:
            break
    watch.send_signal(signal.SIGINT)
    rest, _ = watch.communicate(timeout=30)
    said = "".join(lines) + rest
    assert watch.returncode == 0, said
    assert "每 15 分钟检查一次" in said and "poll at" in said
    assert "Adding job" not in said and "Scheduler started" not in said


def test_the_demo_office_has_knowledge_entries_and_a_units_photos(run):
    demo = run_json(run, "demo", "--tickets", "60")
    assert demo["knowledge_entries"] == 4 and demo["attachments"] >= 2
    entries = run_json(run, "kb", "list")
    assert len(entries) == 4
    assert [e["title"] for e in entries if e["status"] == "review"] == ["不动产登记办理时限"]
    answered = run_json(run, "ticket", "list", "--state", "feedback", "--state", "called_back")
    number = answered["tickets"][0]["number"]
    files = run_json(run, "ticket", "attachments", number)
    assert [(f["name"], f["kind"], f["event"]) for f in files] == [
        ("整改前.png", "image/png", "feedback"),
        ("整改后.png", "image/png", "feedback"),
    ]
