"""The operator's day on the command line: docs/cli.md's commands as written,
refusals that name what is missing, clear sentences for unusable databases."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest

from hotline_desk.cli import EXIT_INPUT, main

COMMANDS_DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def readme_commands() -> list[list[str]]:
    """Every ``hotline-desk`` line of docs/cli.md's first command block, as typed."""
    text = COMMANDS_DOC.read_text(encoding="utf-8")
    block = text.split("```bash", 1)[1].split("```", 1)[0]
    commands, current = [], ""
    for line in block.splitlines():
        current += line.rstrip("\\").split("  #", 1)[0] if "#" in line else line.rstrip("\\")
        if line.rstrip().endswith("\\"):
            continue
        if current.strip().startswith("hotline-desk"):
            commands.append(shlex.split(current, comments=True)[1:])
        current = ""
    return commands


def test_the_readme_commands_work_as_written_on_a_fresh_database(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HOTLINE_DESK_OPERATOR", "newcomer")
    commands = readme_commands()
    assert len(commands) >= 15 and commands[2][:2] == ["units", "add"]
    for argv in commands:
        code = main(["--db", str(tmp_path / "fresh.sqlite3"), *argv])
        captured = capsys.readouterr()
        assert code == 0, f"{' '.join(argv)} -> {code}: {captured.err}"
        assert "{'" not in captured.out  # no Python dicts in what a person reads
    assert "办结归档" in main_output(tmp_path, capsys, "ticket", "show", "SZ2026093001")


def main_output(tmp_path, capsys, *argv: str) -> str:
    assert main(["--db", str(tmp_path / "fresh.sqlite3"), *argv]) == 0
    return capsys.readouterr().out


def test_a_reached_callback_without_its_answers_is_refused_naming_them(tmp_path, capsys):
    db = str(tmp_path / "cb.sqlite3")
    base = ["--db", db, "--now", "2026-09-30T10:00", "--operator", "liqing"]
    assert main([*base, "demo", "--tickets", "0"]) == 0
    assert (
        main([*base, "ticket", "new", "--number", "CB1", "--kind", "求助", "--content", "路灯"])
        == 0
    )
    main([*base, "ticket", "dispatch", "CB1", "--unit", "县教育局", "--called"])
    main(
        [*base, "ticket", "feedback", "CB1", "--cause", "a", "--actions", "b", "--result", "已处理"]
    )
    capsys.readouterr()
    code = main([*base, "ticket", "callback", "CB1", "--reached", "--told", "yes"])
    err = capsys.readouterr().err
    assert code == EXIT_INPUT
    assert "--true" in err and "--misconduct" in err and "--satisfaction" in err
    assert "--told" not in err.split("缺少")[1]
    assert main([*base, "ticket", "show", "CB1", "--format", "json"]) == 0
    assert '"state": "feedback"' in capsys.readouterr().out  # nothing was recorded


def test_ticket_list_takes_chinese_state_labels(tmp_path, capsys):
    db = str(tmp_path / "l.sqlite3")
    assert main(["--db", db, "--now", "2026-09-30T10:00", "demo", "--tickets", "30"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "ticket", "list", "--state", "待派单"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("（共") and all("待派单" in line for line in lines[:-1])


@pytest.mark.parametrize("kind", ["folder", "not_sqlite", "other_app", "read_only"])
def test_an_unusable_database_gets_one_sentence_and_no_traceback(tmp_path, capsys, kind):
    path = tmp_path / "office.sqlite3"
    if kind == "folder":
        path.mkdir()
    elif kind == "not_sqlite":
        path.write_text("工单编号,诉求内容\n", encoding="utf-8")
    elif kind == "other_app":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE songs (title TEXT)")
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE tickets (id INTEGER)")
        path.chmod(0o444)
        tmp_path.chmod(0o555)
    try:
        code = main(["--db", str(path), "ticket", "list"])
    finally:
        tmp_path.chmod(0o755)
    err = capsys.readouterr().err
    assert code == EXIT_INPUT
    assert str(path) in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    expected = {"folder": "文件夹", "not_sqlite": "不是 SQLite", "other_app": "另一个程序",
                "read_only": "只读"}  # fmt: skip
    if kind == "read_only" and __import__("os").geteuid() == 0:
        pytest.skip("root may write a read-only file")
    assert expected[kind] in err


def test_an_unreachable_caller_after_three_attempts_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "u.sqlite3")
    base = ["--db", db, "--now", "2026-09-30T10:00", "--operator", "liqing"]
    main([*base, "demo", "--tickets", "0"])
    main([*base, "ticket", "new", "--number", "U1", "--kind", "求助", "--content", "路灯"])
    main([*base, "ticket", "dispatch", "U1", "--unit", "县教育局", "--called"])
    main(
        [*base, "ticket", "feedback", "U1", "--cause", "a", "--actions", "b", "--result", "已处理"]
    )
    capsys.readouterr()
    unreachable = [*base, "ticket", "callback", "U1", "--unreachable", "--notes", "三次未接"]
    assert main(unreachable) == 3  # refused: no attempt yet
    assert "须先拨打 3 次未接通（已记录 0 次）" in capsys.readouterr().err
    for _ in range(3):
        assert main([*base, "ticket", "callback", "U1", "--not-reached"]) == 0
    assert main([*base, "ticket", "submit", "U1"]) == 3  # still waits for its callback
    assert main(unreachable) == 0
    assert main([*base, "ticket", "submit", "U1"]) == 0
    capsys.readouterr()
    main([*base, "ticket", "show", "U1", "--format", "json"])
    shown = capsys.readouterr().out
    assert '"satisfaction": "unreachable"' in shown and '"state": "submitted"' in shown


def test_only_the_leader_approves_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "l.sqlite3")
    base = ["--db", db, "--now", "2026-09-30T10:00"]
    main([*base, "demo", "--tickets", "0"])  # the demo's directory has the leader 赵局长
    op = [*base, "--operator", "liqing"]
    main([*op, "ticket", "new", "--number", "L1", "--kind", "求助", "--content", "路灯"])
    main([*op, "ticket", "dispatch", "L1", "--unit", "县教育局", "--called"])
    main([*op, "ticket", "commit", "L1", "--until", "2026-11-30T17:30", "--reason", "协调"])
    capsys.readouterr()
    assert main([*op, "ticket", "decide", "L1", "--approve"]) == 3
    assert "只有分管领导可以办理" in capsys.readouterr().err
    assert main([*base, "--operator", "leader", "ticket", "decide", "L1", "--approve"]) == 0
