"""Imports that survive hostile files: a bad row is rejected by number and the
good ones go in; a workbook that would expand past its bounds is refused
unread; a file of junk stops with a summary."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from hotline_desk.services import importer
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.importer import import_file
from hotline_desk.services.tickets import TicketService

HEADER = "工单编号,受理时间,诉求类型,诉求内容\n"


@pytest.fixture
def office(sqlite_context):
    generate(sqlite_context, 0)
    return sqlite_context


def _row(number: str, content: str = "路灯不亮") -> str:
    return f"{number},2026-09-30 10:00,求助,{content}\n"


def test_a_csv_of_mixed_encodings_and_a_lone_surrogate_loses_only_those_rows(office, tmp_path):
    path = tmp_path / "mixed.csv"
    with path.open("wb") as handle:
        handle.write(HEADER.encode("utf-8"))
        handle.write(_row("M1").encode("utf-8"))
        handle.write(_row("M2", "小区噪音扰民").encode("gb18030"))  # row 3: another encoding
        handle.write(_row("M3").encode("utf-8"))
        handle.write(
            b"M4,2026-09-30 10:00,\xe6\xb1\x82\xe5\x8a\xa9,\xed\xa0\x80\n"
        )  # lone surrogate
        handle.write(_row("M5").encode("utf-8"))
    report = import_file(office, path)
    assert report.imported == 3
    assert {e.row for e in report.errors} == {3, 5}
    assert all("无法解码" in e.reason for e in report.errors)
    service = TicketService(office)
    assert [service.show(n).ticket.content for n in ("M1", "M3", "M5")] == ["路灯不亮"] * 3


def test_a_field_above_the_limit_rejects_its_row_only(office, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(HEADER + _row("L1") + _row("L2", "长" * 140_000) + _row("L3"), encoding="utf-8")
    report = import_file(office, path)
    assert report.imported == 2
    [problem] = report.errors
    assert problem.row == 3 and "超过 32000 个字符" in problem.reason


def _bomb(path: Path, sheet_bytes: int) -> None:
    """An .xlsx whose sheet expands to ``sheet_bytes`` (mostly whitespace)."""
    head = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>'
    )
    tail = b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(head)
            chunk = b" " * 1_000_000
            for _ in range(sheet_bytes // len(chunk)):
                sheet.write(chunk)
            sheet.write(tail)


def test_a_zip_bomb_is_refused_before_it_is_read(office, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_SHEET_BYTES", 5_000_000)
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 8_000_000)
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError) as refused:
        import_file(office, path)
    assert "展开后不超过 5 MB 的工作表" in str(refused.value) and "拆分" in str(refused.value)


def test_a_file_of_junk_stops_with_a_summary(office, tmp_path):
    path = tmp_path / "junk.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求类型", "诉求内容"])
        for i in range(20_000):
            writer.writerow([f"J{i}", "not a date", "?", ""])
    report = import_file(office, path)
    assert report.imported == 0 and report.read == importer.JUNK_ROWS
    assert "没有一行可以导入" in report.stopped
    assert len({e.row for e in report.errors}) <= 1000
    assert report.to_json()["stopped"] == report.stopped


def test_rows_past_the_bound_are_not_read(office, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(_row(f"B{i}") for i in range(6)), encoding="utf-8")
    report = import_file(office, path)
    assert report.imported == 3 and "拆分" in report.stopped
