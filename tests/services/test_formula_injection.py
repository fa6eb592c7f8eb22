"""No cell of any workbook or CSV the application writes is a formula, however
hostile the text typed or imported (issue: formula injection)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from hotline_desk.domain.sheet_text import reads_as_formula
from hotline_desk.services.errors import InputError
from hotline_desk.services.exporter import export_tickets
from hotline_desk.services.import_report import save_report
from hotline_desk.services.importer import import_file
from hotline_desk.services.report_workbook import write_report_xlsx
from hotline_desk.services.statistics import month_report, weekly
from hotline_desk.services.tickets import NewTicket, TicketService
from hotline_desk.services.units import UnitInput, save_unit

PAYLOADS = [
    '=HYPERLINK("http://example.invalid","click")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "＝1+1",
    "\t=1+1",
    " =1+1",
]


def formula_cells(path: Path) -> list[str]:
    """Every <f> element (a formula) in any sheet of the workbook."""
    with zipfile.ZipFile(path) as book:
        return [
            name
            for name in book.namelist()
            if name.startswith("xl/worksheets/") and b"<f>" in book.read(name)
        ]


def test_the_test_sees_a_live_formula(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["=1+1"])
    book.save(tmp_path / "live.xlsx")
    assert formula_cells(tmp_path / "live.xlsx")


@pytest.mark.parametrize("text", PAYLOADS)
def test_payloads_read_as_formulas(text):
    assert reads_as_formula(text)


@pytest.mark.parametrize("text", ["停水", "13800001234", "A=1", "", "'=1"])
def test_plain_text_does_not(text):
    assert not reads_as_formula(text)


def _hostile_tickets(context) -> None:
    service = TicketService(context)
    for i, payload in enumerate(PAYLOADS):
        service.create(
            NewTicket(
                f"INJ{i}",
                "投诉",
                payload + " 诉求",
                title=payload,
                address=payload,
                caller_name=payload[:20],
                caller_address=payload,
                category=payload,
            )
        )


def test_export_writes_hostile_text_as_text(context, tmp_path):
    _hostile_tickets(context)
    path = tmp_path / "export.xlsx"
    assert export_tickets(context, path) == len(PAYLOADS)
    assert formula_cells(path) == []
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    titles = {row[3].value for row in sheet.iter_rows(min_row=2)}
    assert titles == set(p.strip() for p in PAYLOADS)  # the text kept, as text


def test_the_monthly_report_writes_hostile_text_as_text(sqlite_context, tmp_path):
    _hostile_tickets(sqlite_context)
    service = TicketService(sqlite_context)
    service.mark_typical("INJ0", PAYLOADS[1])
    month = sqlite_context.clock.now().strftime("%Y-%m")
    report = month_report(sqlite_context, month)
    path = tmp_path / "report.xlsx"
    write_report_xlsx(report, weekly(sqlite_context, month), path)
    assert formula_cells(path) == []


def test_an_import_refuses_formula_unit_names_and_its_report_is_inert(sqlite_context, tmp_path):
    source = tmp_path / "hostile.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求类型", "诉求内容", "承办单位"])
        writer.writerow(["H1", "2026-09-30 10:00", "投诉", "=cmd|' /C calc'!A0", "县城管局"])
        writer.writerow(["H2", "2026-09-30 10:00", "投诉", "路灯", '=HYPERLINK("x","y")'])
        writer.writerow(["H3", "not a date", "投诉", "路灯", "县水务局"])
        writer.writerow(["=1+1", "2026-09-30 10:00", "投诉", "路灯", "县水务局"])
    report = import_file(sqlite_context, source)
    assert report.imported >= 1
    assert report.new_units == ["县城管局"]
    unit_rows = {e.row: e for e in report.errors if e.field == "unit"}
    assert 3 in unit_rows and "公式" in unit_rows[3].reason
    xlsx = tmp_path / "report.xlsx"
    save_report(report, xlsx)
    assert formula_cells(xlsx) == []
    csv_path = tmp_path / "report.csv"
    save_report(report, csv_path)
    cells = [c for row in csv.reader(csv_path.open(encoding="utf-8-sig")) for c in row]
    assert not [c for c in cells if reads_as_formula(c)], "a CSV cell would run"
    assert any(c.startswith("'=") for c in cells)  # the hostile text kept, made inert


def test_a_unit_named_like_a_formula_is_refused(sqlite_context):
    with pytest.raises(InputError) as refused:
        save_unit(
            sqlite_context,
            UnitInput('=HYPERLINK("x")', "张三", "13800001234", "李四", "13800005678"),
        )
    assert refused.value.field == "单位名称" and "公式" in str(refused.value)


def test_an_import_report_masks_a_rejected_callers_value(sqlite_context, tmp_path):
    source = tmp_path / "phones.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求类型", "诉求内容", "联系电话", "是否保密"])
        writer.writerow(["P1", "2026-09-30 10:00", "投诉", "噪音", "1390000123", "是"])
    report = import_file(sqlite_context, source)
    assert report.rejected == 1
    shown = report.to_json()["errors"][0]["got"]
    assert shown and "1390000123" not in shown and shown.endswith("0123")
    save_report(report, tmp_path / "r.csv")
    assert "1390000123" not in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
