"""Bad input gets one sentence and an exit code, never a traceback; nothing
stored is lost; no error output carries the caller's details."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline_desk.cli import EXIT_INPUT, main

HUGE = str(2**70)


def run(argv: list[str]) -> int:
    """The exit code, whether argparse refused the input (SystemExit) or the command did."""
    try:
        return main(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.fixture
def office(tmp_path: Path, capsys) -> list[str]:
    base = [
        "--db",
        str(tmp_path / "bad.sqlite3"),
        "--now",
        "2026-09-30T10:00",
        "--operator",
        "liqing",
    ]
    assert main([*base, "demo", "--tickets", "10"]) == 0
    capsys.readouterr()
    return base


BAD = {
    "unknown scheme": ["--db", "bogus://x", "ticket", "list"],
    "add-workdays far away": ["calendar", "add-workdays", "2026-09-30", "100000000"],
    "the year 9999": ["--now", "9999-12-31T23:59", "due", "--next-working-day"],
    "a limit of 2**70": ["ticket", "list", "--limit", HUGE],
    "an amount of 2**70": ["rules", "set", "12345.reassigned", "--amount", HUGE],
    "a unit of 2**70": ["ticket", "dispatch", "SZ1", "--unit", HUGE],
    "a 41-character number": ["ticket", "new", "--number", "A" * 41, "--kind", "求助", "--content", "x"],
    "a 201-character title": ["ticket", "new", "--number", "T1", "--kind", "求助", "--content", "x", "--title", "长" * 201],
    "a 51-character name": ["ticket", "new", "--number", "T2", "--kind", "求助", "--content", "x", "--caller-name", "王" * 51],
    "a NUL in a reason": ["ticket", "escalate", "SZ1", "--reason", "a\x00b"],
    "a NUL in a unit's name": ["units", "add", "县\x00局", "--handler", "张", "--handler-phone",
                               "13907310001", "--leader", "李", "--leader-phone", "13907310002"],
    "a 101-character unit": ["units", "add", "局" * 101, "--handler", "张", "--handler-phone",
                             "13907310001", "--leader", "李", "--leader-phone", "13907310002"],
    "a login with a newline": ["--operator", "li\nqing", "ticket", "escalate", "SZ1", "--reason", "x"],
}  # fmt: skip


@pytest.mark.parametrize("argv", BAD.values(), ids=BAD.keys())
def test_bad_input_is_one_sentence_and_exit_2(office, capsys, argv):
    first = main([*office, "ticket", "list", "--format", "json"])
    stored = capsys.readouterr().out
    code = run([*office, *argv] if argv[0] != "--db" else argv)
    err = capsys.readouterr().err
    assert code == EXIT_INPUT, err
    assert "Traceback" not in err and err.strip()
    assert main([*office, "ticket", "list", "--format", "json"]) == first == 0
    assert capsys.readouterr().out == stored  # nothing stored changed


def test_a_non_utf8_calendar_file_names_the_file(office, capsys, tmp_path):
    bad = tmp_path / "calendar.csv"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert main([*office, "calendar", "import", str(bad)]) == EXIT_INPUT
    assert "calendar.csv" in capsys.readouterr().err


def test_an_unexpected_error_says_one_sentence_and_logs_no_caller_data(
    office, capsys, caplog, monkeypatch
):
    from hotline_desk.services.tickets import TicketService

    def broken(self, number, reason):
        raise RuntimeError("INSERT ... VALUES ('王伟', '13800001234', '城关镇幸福小区')")

    monkeypatch.setattr(TicketService, "escalate", broken)
    with caplog.at_level(logging.ERROR):
        code = main([*office, "ticket", "escalate", "SZ1", "--reason", "x"])
    err = capsys.readouterr().err
    assert code == 1 and "意外错误（RuntimeError）" in err
    for secret in ("王伟", "13800001234", "幸福小区"):
        assert secret not in err and secret not in caplog.text
    assert "RuntimeError (ticket SZ1)" in caplog.text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=300),
    number=st.one_of(st.text(max_size=60), st.integers().map(str)),
)
def test_no_text_in_any_field_makes_a_traceback(office, capsys, text, number):
    for argv in (
        ["ticket", "new", "--number", number, "--kind", text, "--content", text],
        ["ticket", "new", "--number", "H1", "--kind", "求助", "--content", "x", "--title", text,
         "--caller-phone", text, "--due", text],
        ["ticket", "list", "--search", text],
        ["ticket", "escalate", number, "--reason", text],
        ["calendar", "is-workday", text],
        ["calendar", "add-workdays", "2026-09-30", number],
        ["ticket", "list", "--limit", number],
        ["rules", "set", "12345.reassigned", "--amount", number],
        ["duty", "list", "--days", number],
        ["--now", text, "due", "--next-working-day"],
        ["units", "add", text, "--handler", text, "--handler-phone", text, "--leader", text,
         "--leader-phone", text],
    ):  # fmt: skip
        code = run([*office, *argv])
        err = capsys.readouterr().err
        assert code in (0, 2, 3, 4), (argv, code, err)
        assert "Traceback" not in err


def test_a_pasted_document_as_a_search_is_cut_to_a_search(office, capsys):
    assert run([*office, "ticket", "list", "--search", "噪音" * 60_000]) == 0  # 120,000 characters
    assert "共" in capsys.readouterr().out


def test_the_callee_is_caller_data_masked_until_revealed(office, capsys):
    base = [*office, "--operator", "liqing"]
    run([*base, "ticket", "new", "--number", "CE1", "--kind", "求助", "--content", "路灯"])
    run([*base, "ticket", "dispatch", "CE1", "--unit", "县教育局", "--called"])
    run(
        [*base, "ticket", "feedback", "CE1", "--cause", "a", "--actions", "b", "--result", "已处理"]
    )
    assert (
        run([*base, "ticket", "callback", "CE1", "--reached", "--told", "是", "--true", "是",
             "--misconduct", "无", "--satisfaction", "满意", "--callee", "王先生"])
        == 0
    )  # fmt: skip
    capsys.readouterr()
    run([*base, "ticket", "show", "CE1", "--format", "json"])
    shown = capsys.readouterr().out
    assert "王先生" not in shown and "王**" in shown
    run([*base, "ticket", "show", "CE1", "--format", "json", "--reveal"])
    assert "王先生" in capsys.readouterr().out


ON_POSTGRES = ["a NUL in a reason", "a 201-character title", "a 51-character name",
               "a NUL in a unit's name", "a 101-character unit", "a 41-character number"]  # fmt: skip


@pytest.mark.postgres
@pytest.mark.parametrize("name", ON_POSTGRES)
def test_the_same_input_is_refused_alike_on_postgresql(postgres_url, capsys, name):
    base = ["--db", postgres_url, "--now", "2026-09-30T10:00", "--operator", "liqing"]
    assert run([*base, "demo", "--tickets", "10"]) == 0
    capsys.readouterr()
    assert run([*base, *BAD[name]]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
