"""hotline-desk report / report-rules / sheet as a user runs them: the JSON the
issue names, the workbook the general desk hands in, bad input refused."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from hotline_desk.cli import EXIT_INPUT, EXIT_NOT_FOUND, main
from hotline_desk.services.tickets import TicketService

NOW = "2026-12-05T10:00"


@pytest.fixture
def office(sqlite_context, clock, november):
    return november(sqlite_context, clock)


@pytest.fixture
def run(office, sqlite_url, capsys):
    def invoke(*argv: str, expect: int = 0):
        code = main(["--db", sqlite_url, "--now", NOW, "--operator", "liqing", *argv])
        captured = capsys.readouterr()
        assert code == expect, captured.err
        return captured

    return invoke


def test_the_json_has_the_keys_the_issue_names(run):
    data = json.loads(run("report", "--month", "2026-11", "--format", "json").out)
    for key in (
        "month", "total", "completed", "completion_rate", "satisfaction_rate", "returns",
        "transfers", "overdue", "commitments", "reassigned", "on_time_dispatch_rate",
        "on_time_completion_rate", "units", "operators",
    ):  # fmt: skip
        assert key in data, key
    assert (data["month"], data["total"], data["completed"]) == ("2026-11", 8, 5)
    for unit in data["units"]:
        assert {"name", "total", "completion_rate", "overdue", "score"} <= set(unit) or unit[
            "name"
        ] == "（未派单）"
    one = json.loads(
        run("report", "--month", "2026-11", "--unit", "县住建局", "--format", "json").out
    )
    assert one["total"] == 1 and [u["name"] for u in one["units"]] == ["县住建局"]
    text = run("report", "--month", "2026-11").out
    assert "交办 8（事项 8，重复投诉 0）  办结 5（62.5%）" in text and "县住建局  99.0" in text


def test_the_workbook_has_the_sheets_the_desk_hands_in(run, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "2026-11.xlsx"
    run("report", "--month", "2026-11", "--format", "xlsx", "--out", str(out))
    book = load_workbook(out)
    assert book.sheetnames[:4] == ["汇总", "单位考核", "扣分明细", "责任追究"]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["交办总量"] == 8 and summary["办结率"] == 0.625
    deductions = list(book["扣分明细"].iter_rows(min_row=2, values_only=True))
    assert sorted((r[0], r[1], r[2]) for r in deductions) == sorted(
        [
            ("城关镇", "F", "逾期答复"),
            ("县住建局", "D", "逾期答复"),
            ("县住建局", "D", "逾期答复"),
            ("县住建局", "D", "无故退单"),
            ("县住建局", "D", "不满意"),
        ]
    )
    assert sum(r[4] for r in deductions) == pytest.approx(1.2)


def test_bad_input_is_refused_with_what_was_expected(run, tmp_path):
    err = run("report", "--month", "2026-13", expect=EXIT_INPUT).err
    assert "YYYY-MM" in err and "2026-13" in err
    err = run("report", "--month", "2026-11", "--format", "pdf", expect=EXIT_INPUT).err
    assert "--out" in err
    err = run(
        "report", "--month", "2026-11", "--out", str(tmp_path / "r.doc"), expect=EXIT_INPUT
    ).err
    assert ".xlsx" in err
    err = run("report", "--month", "2026-11", "--unit", "没有这个单位", expect=EXIT_INPUT).err
    assert "没有这个单位" in err
    bad = tmp_path / "rules.json"
    bad.write_text('{"deductions": [{"kind": "overdue_reply", "points": -1}]}', encoding="utf-8")
    err = run("report-rules", "--set", str(bad), expect=EXIT_INPUT).err
    assert "deductions[1].points：不小于 0 的数字" in err and "-1" in err
    assert '"points": 0.2' in run("report-rules").out  # the stored rules are unchanged
    run("sheet", "NOPE", "--out", str(tmp_path / "x.pdf"), expect=EXIT_NOT_FOUND)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_confidential_tickets_sheet_shows_no_caller_at_all(run, office, tmp_path):
    office.new("J", "2026-12-04 09:00", "2026-12-10 17:00", confidential=True)
    TicketService(office.context).escalate("J", "多单位办理")
    out = tmp_path / "J.pdf"
    data = json.loads(run("--format", "json", "sheet", "J", "--out", str(out)).out)
    assert data["file"] == str(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "保密件：来电人信息不显示" in text
    assert "王" not in text and "138" not in text
    assert "多单位办理" in text  # the escalation's reason


def test_the_pdf_report_renders_pages(run, tmp_path):
    out = tmp_path / "m.pdf"
    run("report", "--month", "2026-11", "--out", str(out))
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 20_000
