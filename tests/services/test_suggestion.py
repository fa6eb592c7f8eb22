"""派单建议 through the real services, on SQLite and PostgreSQL: learnt from
the archive, one archived ticket more at each ask, kept in an owner-only
file that a new process reads instead of learning again, with reasons."""

from __future__ import annotations

import csv
import gzip
import json
import stat
from datetime import datetime

import pytest

from hotline_desk.cli import main
from hotline_desk.services import suggestion
from hotline_desk.services.demo import generate
from hotline_desk.services.importer import import_file
from hotline_desk.services.suggestion import model_path, suggest, suggest_for_ticket
from hotline_desk.services.tickets import TicketService

HEADER = [
    "工单编号",
    "受理时间",
    "诉求类型",
    "诉求内容",
    "地址",
    "分类",
    "承办单位",
    "工单状态",
    "办结时间",
]
ARCHIVE = [
    ("路灯不亮，夜里出行不安全", "滨江路", "路灯", "县城市管理和综合执法局"),
    ("路灯坏了一个多月", "滨江路", "路灯", "县城市管理和综合执法局"),
    ("小区路灯不亮", "幸福小区", "路灯", "县城市管理和综合执法局"),
    ("自来水停水两天", "幸福小区", "停水", "县自来水公司"),
    ("停水没有提前通知", "河东社区", "停水", "县自来水公司"),
    ("拖欠农民工工资", "工业园区", "欠薪", "县人力资源和社会保障局"),
]


@pytest.fixture
def office(context, clock, tmp_path, monkeypatch):
    monkeypatch.setenv(suggestion.ENV_CACHE, str(tmp_path / "cache"))
    suggestion._models.clear()  # a new process: nothing in memory
    clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    context.operator = "liqing"
    path = tmp_path / "archive.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i, (text, place, category, unit) in enumerate(ARCHIVE, start=1):
            writer.writerow([f"H-{i}", f"2026-09-0{i} 09:00", "投诉", text, place, category,
                             unit, "已办结", f"2026-09-0{i} 17:00"])  # fmt: skip
    assert import_file(context, path).imported == len(ARCHIVE)
    return context


def test_the_archive_suggests_a_unit_with_its_reasons(office, register):
    found = suggest(office, "", "滨江路的路灯晚上不亮", "滨江路", "路灯")
    first = found.units[0]
    assert first.name == "县城市管理和综合执法局" and found.learnt == len(ARCHIVE)
    assert "同地址 2 件均由县城市管理和综合执法局办理" in first.reason_texts
    assert "「路灯」类 3 件中 3 件由县城市管理和综合执法局办理" in first.reason_texts
    assert found.categories[0].name == "路灯"
    register(office, "N-1", "投诉", "家里停水了", address="幸福小区")
    assert suggest_for_ticket(office, "N-1").units[0].name == "县自来水公司"


def test_it_learns_each_ticket_archived_since_and_a_new_process_reads_it_back(
    office, ticket_in, clock
):
    suggest(office, "井盖丢失", "")
    saved = model_path(office)
    assert saved.is_file() and stat.S_IMODE(saved.stat().st_mode) == 0o600
    ticket_in(office, "archived", "A-1")  # archived since: learnt at the next ask
    assert suggest(office, "路灯", "").learnt == len(ARCHIVE) + 1
    suggestion._models.clear()  # another process, another day: the file, not the archive
    assert suggest(office, "路灯", "").learnt == len(ARCHIVE) + 1
    assert TicketService(office).ticket("A-1").state.value == "archived"


def test_a_model_of_another_database_is_not_believed(office, tmp_path):
    suggest(office, "路灯", "")
    path = model_path(office)
    data = json.loads(gzip.decompress(path.read_bytes()))
    data["model"]["learnt"] = 10_000  # more than this store ever archived
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    suggestion._models.clear()
    assert suggest(office, "路灯", "").learnt == len(ARCHIVE)
    path.write_bytes(b"not a model")  # a damaged file: learnt again, not a crash
    suggestion._models.clear()
    assert suggest(office, "路灯", "").learnt == len(ARCHIVE)


def test_the_command_line_ranks_units_and_categories(office, capsys):
    url = str(office.db.engine.url.render_as_string(hide_password=False))
    office.close()
    args = ["--db", url, "--operator", "liqing", "--format", "json"]
    assert main([*args, "suggest", "--content", "路灯不亮", "--address", "滨江路"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["units"][0]["unit"] == "县城市管理和综合执法局"
    assert data["units"][0]["reasons"] and data["categories"][0]["category"] == "路灯"
    assert main([*args, "suggest", "--train"]) == 0
    assert json.loads(capsys.readouterr().out)["learnt"] == len(ARCHIVE)
    assert main([*args, "suggest"]) != 0  # nothing to suggest for: said, not guessed
