"""白名单 through the real services, on SQLite and PostgreSQL: a leader
confirms a matter normal, its next repeat is recognised on arrival (typed in
or imported) with the confirmed answer, the entry expires by itself or is
removed, and every step is an event; an operator may not confirm."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest

from hotline_desk.domain.errors import NotPermitted
from hotline_desk.services import whitelist
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.importer import import_file
from hotline_desk.services.tickets import TicketService

WHEN = datetime(2026, 9, 30, 9, 0)
MARKET = "城关镇城南农贸市场"
ANSWER = "经核实，该市场凌晨卸货属于核准的经营时间，已要求文明卸货"


@pytest.fixture
def office(context, clock, register):
    clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    context.operator = "leader"
    register(context, "N-1", "投诉", "城南农贸市场凌晨四点开始卸货，噪音很大影响休息",
             received_at=WHEN, address=MARKET, category="噪音")  # fmt: skip
    return context


def _repeat(register, context, number, address=MARKET, category="噪音"):
    return register(context, number, "投诉", "农贸市场每天凌晨卸货，噪音扰民",
                    address=address, category=category)  # fmt: skip


def test_a_confirmed_matter_is_recognised_on_arrival_until_it_ends(office, clock, register):
    entry = whitelist.add(office, "N-1", date(2026, 12, 31), "核准的经营时间", ANSWER)
    service = TicketService(office)
    assert [e.action for e in service.events("N-1")][-1] == "whitelist"

    repeat = _repeat(register, office, "N-2", address="城关镇 城南农贸市场")
    assert repeat.whitelist_id == entry.id and "白名单" in repeat.flag_names()
    view = service.show("N-2")
    assert view.whitelist is not None and view.whitelist.answer == ANSWER
    match = view.events[-1]
    assert match.action == "whitelist_match" and match.data["source"] == "N-1"
    # Another place, or another category at the same place: not the frozen matter.
    assert _repeat(register, office, "N-3", address="河西镇菜市场").whitelist_id is None
    assert _repeat(register, office, "N-4", category="占道经营").whitelist_id is None

    clock.current = datetime(2027, 1, 1, 9, 0)  # the freeze has ended by itself
    assert _repeat(register, office, "N-5").whitelist_id is None
    assert whitelist.entries(office) == []
    assert [e.status(clock.current.date()) for e in whitelist.entries(office, True)] == ["已到期"]


def test_removing_an_entry_ends_it_on_record(office, register):
    entry = whitelist.add(office, "N-1", date(2026, 12, 31), "核准的经营时间")
    whitelist.remove(office, entry.id, "重新核查")
    assert _repeat(register, office, "N-2").whitelist_id is None
    assert [e.action for e in TicketService(office).events("N-1")][-2:] == [
        "whitelist", "unwhitelist"
    ]  # fmt: skip
    with pytest.raises(InputError, match="冻结中"):
        whitelist.remove(office, entry.id)


def test_only_the_leader_or_the_general_desk_confirm_and_bad_input_is_refused(office):
    office.operator = "liqing"
    with pytest.raises(NotPermitted):
        whitelist.add(office, "N-1", date(2026, 12, 31), "理由")
    office.operator = "leader"
    with pytest.raises(InputError, match="冻结至"):
        whitelist.add(office, "N-1", date(2028, 1, 1), "理由")  # more than a year
    with pytest.raises(InputError, match="理由"):
        whitelist.add(office, "N-1", date(2026, 12, 31), "  ")
    assert whitelist.entries(office) == []  # nothing half-stored


def test_an_import_flags_the_repeats_of_a_frozen_matter(office, tmp_path):
    whitelist.add(office, "N-1", date(2026, 12, 31), "核准的经营时间", ANSWER)
    path = tmp_path / "platform.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求类型", "诉求内容", "地址", "分类"])
        writer.writerow(
            ["I-1", "2026-09-30 09:30", "投诉", "城南农贸市场凌晨卸货吵", MARKET, "噪音"]
        )
        writer.writerow(["I-2", "2026-09-30 09:40", "投诉", "路灯不亮", "滨江路", "市政"])
    report = import_file(office, path)
    assert report.imported == 2 and report.whitelisted == [("I-1", "N-1")]
    assert TicketService(office).ticket("I-1").whitelist_id is not None
