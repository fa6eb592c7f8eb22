"""Importing the platform's exports: presets, bad rows, idempotence, real data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline_desk.domain.ticket import Satisfaction, TicketState
from hotline_desk.services.demo import generate
from hotline_desk.services.importer import import_file, load_mapping
from hotline_desk.services.tickets import TicketService

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture
def office(sqlite_context):
    sqlite_context.clock.current = datetime(2026, 11, 23, 10, 0)
    generate(sqlite_context, 0)
    return sqlite_context


def test_a_gb18030_csv_with_its_header_on_row_3(office):
    report = import_file(office, FIXTURES / "gb18030-header-row3.csv")
    assert report.mapping == "12345-platform" and report.read == 4
    assert report.imported == 2 and report.rejected == 2
    reasons = {(e.row, e.field): e.reason for e in report.errors}
    assert "不是认得的日期格式" in reasons[(6, "received_at")]
    assert reasons[(7, "content")] == "为空（必填）"
    service = TicketService(office)
    open_one, closed = service.show("SZ001").ticket, service.show("SZ002").ticket
    assert open_one.state is TicketState.RECEIVED or open_one.state is TicketState.HANDLING
    assert open_one.caller.phone == "13800001234"
    assert closed.state is TicketState.ARCHIVED and closed.satisfaction is Satisfaction.SATISFIED
    assert closed.archived_at == datetime(2026, 11, 22, 16, 0)
    assert "县城管局" in report.new_units
    assert service.show("SZ002").events[0].note == "导入：gb18030-header-row3.csv 第 5 行"


def test_the_same_file_again_completes_without_duplicates(office):
    first = import_file(office, FIXTURES / "gb18030-header-row3.csv")
    again = import_file(office, FIXTURES / "gb18030-header-row3.csv")
    assert (first.imported, again.imported, again.unchanged) == (2, 0, 2)


@pytest.mark.parametrize("streamed", [False, True], ids=["calamine", "openpyxl-stream"])
def test_an_xlsx_with_a_serial_date_and_a_hand_written_mapping(
    office, tmp_path, monkeypatch, streamed
):
    from openpyxl import Workbook

    from hotline_desk.services import importer

    if streamed:  # a workbook above the size calamine reads whole is streamed
        monkeypatch.setattr(importer, "STREAM_XLSX_ABOVE_BYTES", 0)

    book = Workbook()
    sheet = book.active
    sheet.append(["单号", "时间", "内容"])
    sheet.append(["X1", 46345.5, "\t\t停水"])  # 2026-11-19 12:00 as Excel counts
    sheet.append(["X2", datetime(2026, 11, 19, 9, 0), "噪音"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        '{"columns": {"number": "单号", "received_at": "时间", "content": "内容"},'
        ' "defaults": {"kind": "help"}}',
        encoding="utf-8",
    )
    report = import_file(office, path, load_mapping(mapping))
    assert (report.imported, report.rejected) == (2, 0)
    service = TicketService(office)
    assert service.show("X1").ticket.received_at == datetime(2026, 11, 19, 12, 0)
    assert service.show("X2").ticket.received_at == datetime(2026, 11, 19, 9, 0)
    assert service.show("X1").ticket.content == "停水"


def test_a_dry_run_checks_every_row_and_stores_nothing(office):
    report = import_file(office, FIXTURES / "gb18030-header-row3.csv", dry_run=True)
    assert report.imported == 2 and report.rejected == 2
    assert TicketService(office).state_of("SZ001") is None


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data (real exports) is not here")
def test_the_real_message_board_export(office):
    report = import_file(office, SHARED / "zhihuizhengwu-messages-replies.xlsx")
    assert (report.read, report.imported, report.rejected) == (2816, 2816, 0)
    ticket = TicketService(office).show("2549").ticket
    assert ticket.title == "A2区景蓉华苑物业管理有问题"
    assert ticket.received_at == datetime(2019, 4, 25, 9, 32, 9)
    assert ticket.state is TicketState.ARCHIVED and ticket.archived_at == datetime(
        2019, 5, 10, 14, 56, 53
    )
    assert ticket.content.startswith("2019年4月以来")  # the leading tabs and newlines are gone


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    junk=st.lists(
        st.tuples(st.text(max_size=30), st.text(max_size=30), st.text(max_size=60)),
        max_size=12,
    )
)
def test_malformed_rows_never_crash_and_no_good_row_is_lost(office, tmp_path_factory, junk):
    """Random cells between good rows: every row is either imported or reported."""
    import csv

    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzz.csv"
    good = [(f"OK{i}", f"2026-11-{10 + i:02d} 09:00:00", f"诉求{i}") for i in range(3)]
    rows = [good[0], *junk, good[1], good[2]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求内容"])
        writer.writerows(rows)
    report = import_file(office, path)
    assert report.read == sum(1 for r in rows if any(c.strip() for c in r))
    assert report.imported + report.unchanged + report.rejected == report.read
    service = TicketService(office)
    assert all(service.state_of(number) is not None for number, _, _ in good)
    assert all(e.row >= 2 and e.field and e.reason for e in report.errors)


def test_exporting_and_importing_into_an_empty_store_gives_the_same_tickets(
    office, tmp_path, clock
):
    from hotline_desk.services.context import AppContext
    from hotline_desk.services.exporter import export_tickets

    generate(office, 60, seed=4)  # tickets in every state, some confidential
    path = tmp_path / "all.xlsx"
    count = export_tickets(office, path)
    empty = AppContext.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}", clock, operator="liqing")
    try:
        clock.current = office.clock.now()
        generate(empty, 0)  # the same directory of units
        report = import_file(empty, path)
        assert (report.read, report.imported, report.rejected) == (count, count, 0), report.errors
        before = {t.number: t for t in _all(office)}
        after = {t.number: t for t in _all(empty)}
        assert before.keys() == after.keys()
        for number, old in before.items():
            new = after[number]
            fields = ("received_at", "kind", "title", "content", "address", "confidential",
                      "due_at", "state", "satisfaction")  # fmt: skip
            assert [getattr(new, f) for f in fields] == [getattr(old, f) for f in fields], number
            if old.confidential:
                assert new.caller.name == new.caller.phone == ""  # never written out
    finally:
        empty.close()


def _all(context):
    from hotline_desk.domain.queue_query import QueueQuery
    from hotline_desk.services.queue import read_page

    return read_page(context, QueueQuery(limit=10_000), with_count=False, count_cap=None).tickets


def test_a_legacy_xls_with_a_title_row_and_real_date_cells(office):
    report = import_file(office, FIXTURES / "platform-export.xls")
    assert (report.read, report.imported, report.rejected) == (3, 2, 1)
    assert [(e.row, e.field) for e in report.errors] == [(6, "content")]
    service = TicketService(office)
    open_one, closed = service.ticket("XLS001"), service.ticket("XLS002")
    assert open_one.received_at == datetime(2026, 11, 18, 9, 5)
    assert open_one.due_at == datetime(2026, 11, 25, 17, 30)
    assert open_one.kind.value == "complaint" and open_one.state is TicketState.HANDLING
    assert closed.state is TicketState.ARCHIVED and closed.satisfaction is Satisfaction.SATISFIED
    assert closed.archived_at == datetime(2026, 10, 14, 10, 0)
    assert set(report.new_units) == {"县住建局", "县城管局"}


def test_the_documented_mapping_example_is_a_valid_mapping():
    import json
    import re

    from hotline_desk.domain.import_mapping import FIELDS, ImportMapping

    readme = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```json\n(.*?)```", readme, re.S) if '"columns"' in b]
    full = max(blocks, key=len)
    mapping = ImportMapping.from_json(json.loads(full))
    assert set(mapping.columns) == set(FIELDS) - {"co_units"}
    assert mapping.values["state"]["重新交办"] == "reassigned"


def test_co_units_are_split_and_added_to_the_directory(office, tmp_path):
    path = tmp_path / "co.csv"
    path.write_text(
        "工单编号,受理时间,诉求内容,承办单位,协办单位\n"
        "CO1,2026-11-20 09:00:00,占道经营,县城管局,县市场监管局、县交通局；县城管局\n",
        encoding="utf-8",
    )
    report = import_file(office, path)
    assert report.imported == 1 and report.unused_columns == []
    view = TicketService(office).show("CO1")
    names = [view.unit_names[i] for i in view.ticket.co_unit_ids]
    assert names == ["县市场监管局", "县交通局"]  # the main unit is not its own co-unit
    assert set(report.new_units) == {"县城管局", "县市场监管局", "县交通局"}


def test_a_rejected_row_says_what_it_held(office, tmp_path):
    """The row, the field, what was expected – and what the row held, so the
    operator finds it in the platform's file."""
    import csv

    path = tmp_path / "due-before-received.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "办理时限", "诉求内容"])
        writer.writerow(["OK1", "2026-11-20 09:00:00", "2026-11-27 17:30:00", "路灯不亮"])
        writer.writerow(["BAD1", "2026-11-20 09:00:00", "2026-11-19 17:30:00", "路灯不亮"])
    report = import_file(office, path)
    assert report.imported == 1
    [problem] = report.errors
    assert (problem.row, problem.field, problem.reason, problem.got) == (
        3,
        "办理时限",
        "晚于受理时间的时限",
        "2026-11-19 17:30",
    )
    assert report.to_json()["errors"][0]["got"] == "2026-11-19 17:30"
    assert ["行号", "字段", "原因", "实际值"] in report.lines()
