"""相关工单 through the real service, on SQLite and PostgreSQL: the same caller
(for roles that may see callers; a 保密件 counted, never listed), the same
place however it was typed, nearly the same request."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from hotline_desk.cli import main
from hotline_desk.domain.related import ADDRESS, PHONE, TEXT
from hotline_desk.services.demo import generate
from hotline_desk.services.related import related_tickets
from hotline_desk.services.staff import save_staff

WHEN = datetime(2026, 9, 30, 9, 0)
LAMP = "滨江路路灯不亮已经半个月，夜间出行不安全，请尽快修复"


@pytest.fixture
def office(context, clock, register):
    clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)  # units and staff
    context.operator = "liqing"
    tickets = {
        "R-1": dict(content=LAMP, address="城关县幸福小区3#楼2单元", caller_phone="13800001234"),
        "R-2": dict(content="物业乱收停车费", address="河西镇菜市场", caller_phone="13800001234"),
        "R-3": dict(content="小区门口垃圾无人清运", address="幸福小区３幢２单元", caller_phone="13900005678"),
        "R-4": dict(content="滨江路路灯不亮已有半个月了，晚上出行很不安全，请尽快修复",
                    address="滨江路", caller_phone="13700000001"),
        "R-5": dict(content="举报某单位工作人员吃拿卡要", address="县政务中心",
                    caller_phone="13800001234", confidential=True),
        "R-6": dict(content="咨询社保缴费年限", address="河东社区", caller_phone="13600000002"),
    }  # fmt: skip
    for number, fields in tickets.items():
        register(context, number, "投诉", received_at=WHEN, **fields)
    return context


def test_the_caller_the_place_and_the_request(office):
    found = related_tickets(office, "R-1")
    why = {r.number: r.reasons for r in found.tickets}
    assert why == {"R-2": (PHONE,), "R-3": (ADDRESS,), "R-4": (TEXT,)}
    assert found.hidden_callers == 1  # R-5, a 保密件 of the same caller: counted only
    assert [r.number for r in found.tickets][0] == "R-2"  # the same caller first
    assert all(r.state.value == "received" and r.title for r in found.tickets)


def test_a_confidential_tickets_caller_is_never_listed(office):
    found = related_tickets(office, "R-5")
    assert found.tickets == [] and found.hidden_callers == 2  # counted


def test_a_role_that_may_not_see_callers_gets_no_caller_matches(office):
    save_staff(office, "tongji", "统计员", "general")
    office.operator = "tongji"
    found = related_tickets(office, "R-1")
    assert {r.number for r in found.tickets} == {"R-3", "R-4"} and found.hidden_callers == 0
    office.operator = "stranger"  # not on the staff list: shown no caller, matched by none
    assert {r.number for r in related_tickets(office, "R-1").tickets} == {"R-3", "R-4"}


def test_the_command_line_says_why_and_how_much(office, capsys):
    argv = ["--db", office.db.url, "--operator", "liqing", "--now", "2026-09-30T10:00"]
    assert main([*argv, "--format", "json", "ticket", "related", "R-1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {(r["number"], tuple(r["why"])) for r in data["related"]} == {
        ("R-2", ("phone",)),
        ("R-3", ("address",)),
        ("R-4", ("text",)),
    }
    assert data["hidden_same_caller"] == 1 and all(0 < r["score"] <= 1 for r in data["related"])
    assert main([*argv, "ticket", "related", "NO-SUCH"]) != 0


def test_an_import_says_which_new_tickets_repeat_an_open_matter(office, tmp_path, capsys, register):
    """重复投诉 on arrival: the same caller's phone or the same place (however
    it was typed) as a ticket still open; a different matter is not named."""
    from hotline_desk.services.importer import import_file

    register(office, "R-7", "投诉", "门面占道经营", received_at=WHEN, address="滨江路88号",
             category="占道经营")  # fmt: skip
    path = tmp_path / "platform.csv"
    path.write_text(
        "工单编号,受理时间,诉求内容,地址,来电号码,分类\n"
        "IMP-1,2026-09-30 09:30:00,又反映物业问题,河西镇大街,13800001234,\n"
        "IMP-2,2026-09-30 09:40:00,垃圾又堆满了,城关县幸福小区3号楼2单元,13500000000,\n"
        "IMP-3,2026-09-30 09:50:00,咨询公积金提取,县政务中心二楼,13300000000,\n"
        "IMP-4,2026-09-30 09:55:00,路灯不亮,滨江路88号,13300000001,路灯\n"
        "IMP-5,2026-09-30 09:56:00,又有人占道,滨江路 88 号,13300000002,占道经营\n",
        encoding="utf-8",
    )
    report = import_file(office, path)
    assert report.imported == 5
    repeats = {(n, why) for n, _open, why in report.repeats}
    # IMP-4 is another kind of problem at the place of the open R-7: no repeat.
    assert repeats == {("IMP-1", PHONE), ("IMP-2", ADDRESS), ("IMP-5", ADDRESS)}
    assert all(o.startswith("R-") for _n, o, _w in report.repeats)  # an open one, not each other
    assert report.to_json()["repeats"][0]["why"] in (PHONE, ADDRESS)


def test_older_tickets_are_found_beyond_the_recent_window(office, monkeypatch):
    """PostgreSQL looks among the newest tickets first, then asks the index
    for the rest: the answer is the same as with a window holding them all."""
    from hotline_desk.store.tickets import TicketStore

    everything = related_tickets(office, "R-1")
    monkeypatch.setattr(TicketStore, "RECENT_WINDOW", 1)  # R-1..R-5 are beyond it
    assert related_tickets(office, "R-6").tickets == []
    assert related_tickets(office, "R-1") == everything
    assert {r.number for r in everything.tickets} == {"R-2", "R-3", "R-4"}


def test_at_a_hub_the_place_alone_relates_nothing(office, register):
    """A government service centre gathers unrelated people's requests: past
    HUB_TICKETS tickets at one place, the place alone relates none of them."""
    from hotline_desk.services.related import HUB_TICKETS

    topics = ["社保", "公积金", "户籍", "不动产", "营业执照"]
    for i in range(HUB_TICKETS + 2):
        register(office, f"H-{i}", "咨询", f"{topics[i % 5]}业务咨询{i}", received_at=WHEN,
                 address="县政务服务中心", category=topics[i % len(topics)])  # fmt: skip
    assert not [r for r in related_tickets(office, "H-0").tickets if ADDRESS in r.reasons]
    register(office, "H-X", "咨询", "营业执照", address="县政务服务中心大厅")
    assert related_tickets(office, "R-1").tickets  # elsewhere the place still speaks
