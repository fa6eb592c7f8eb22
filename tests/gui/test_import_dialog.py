"""工单 → 导入…: preview, the mapping edited and saved, progress with cancel,
and the report – in the real window on a real SQLite file."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from hotline_desk.gui.ticket.conflicts_dialog import ConflictsDialog
from hotline_desk.services.demo import generate
from hotline_desk.services.importer import saved_mappings
from hotline_desk.services.tickets import TicketService

FIXTURES = Path(__file__).resolve().parents[1] / "services" / "fixtures"


@pytest.fixture
def office(qtbot, sqlite_context):
    sqlite_context.clock.current = datetime(2026, 11, 23, 10, 0)
    generate(sqlite_context, 0)
    return sqlite_context


def test_a_platform_export_previewed_imported_and_reported(
    qtbot, office, open_window, settle, tmp_path
):
    window = open_window(office)
    dialog = window.open_import()
    settle(dialog)
    dialog.open_file(FIXTURES / "platform-export.xls")
    settle(window)
    assert "第 3 行" in dialog.found.text() and "12345 平台工单导出" in dialog.found.text()
    assert dialog.rows.rowCount() == 3 and dialog.rows.item(0, 0).text() == "XLS001"
    assert dialog.choosers["number"].currentText() == "热线单号"
    assert dialog.choosers["received_at"].currentText() == "来电时间"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    settle(window)
    assert "新导入 2 件" in dialog.outcome.text() and "拒绝 1 行" in dialog.outcome.text()
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 0).text() == "6"
    assert TicketService(office).ticket("XLS001").content == "夜间施工噪音扰民"
    numbers = {window.model.ticket_at(r).number for r in range(window.model.rowCount())}
    assert "XLS001" in numbers  # the queue read again
    assert dialog.save_report_to(tmp_path / "报告.csv")
    assert "为空（必填）" in (tmp_path / "报告.csv").read_text(encoding="utf-8-sig")


def test_unknown_headers_are_mapped_by_hand_and_the_mapping_saved(
    qtbot, office, open_window, settle, tmp_path
):
    path = tmp_path / "own.csv"
    path.write_text("编号,日期,事由\nK1,2026-11-20 09:00,井盖缺失\n", encoding="utf-8")
    window = open_window(office)
    dialog = window.open_import()
    settle(dialog)
    dialog.open_file(path)
    settle(window)
    assert "没有映射认得它" in dialog.found.text()
    dialog.run_import()
    assert "工单编号" in dialog.error.text()  # required fields not chosen: nothing runs
    dialog.save_mapping_as("")
    settle(dialog)
    assert dialog.error.text()  # a name is needed
    for key, header in (("number", "编号"), ("received_at", "日期"), ("content", "事由")):
        chooser = dialog.choosers[key]
        chooser.setCurrentIndex(chooser.findData(header))
    dialog.save_mapping_as("我的格式")
    settle(dialog)
    assert [m.name for m in saved_mappings(office)] == ["我的格式"]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    assert TicketService(office).ticket("K1").content == "井盖缺失"
    # Next time the saved mapping recognises the file by itself.
    again = window.open_import()
    settle(again)
    again.open_file(path)
    settle(window)
    assert "我的格式" in again.found.text()


def test_cancel_stops_after_a_batch_and_keeps_what_was_written(
    qtbot, office, open_window, settle, tmp_path
):
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工单编号", "受理时间", "诉求内容"])
        writer.writerows([f"B{n:05d}", "2026-11-20 09:00:00", f"诉求 {n}"] for n in range(6000))
    window = open_window(office)
    dialog = window.open_import()
    settle(dialog)
    dialog.open_file(path)
    settle(window)
    dialog.progress_signal.rows.connect(lambda _rows: dialog.cancel.click())
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as finished:
        dialog.run_import()
    report = finished.args[0]
    assert report.cancelled and 0 < report.imported < 6000 and report.imported % 500 == 0
    assert "已取消" in dialog.outcome.text()
    # Running it again completes it: nothing twice.
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as rest:
        dialog.progress_signal.rows.disconnect()
        dialog.progress_signal.rows.connect(dialog._show_progress)
        dialog.run_import()
    assert rest.args[0].imported == 6000 - report.imported
    assert rest.args[0].unchanged == report.imported


def test_conflicts_found_by_an_import_are_settled_in_the_window(
    qtbot, office, open_window, settle, tmp_path, register
):
    register(office, number="C1", kind="help", content="本地记录", title="本地标题",
                  received_at=datetime(2026, 11, 20, 9, 0))  # fmt: skip
    path = tmp_path / "export.csv"
    path.write_text(
        "工单编号,受理时间,诉求内容,工单标题\nC1,2026-11-20 09:00:00,平台记录,平台标题\n",
        encoding="utf-8",
    )
    window = open_window(office)
    dialog = window.open_import()
    settle(dialog)
    dialog.open_file(path)
    settle(window)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    assert "不一致 2 处" in dialog.outcome.text() and not dialog.settle_conflicts.isHidden()
    dialog.settle_conflicts.click()
    settle(window)
    conflicts = window.findChild(ConflictsDialog)
    assert conflicts is not None and conflicts.table.rowCount() == 2
    assert not conflicts.settle_selected(take_platform=True)  # nothing chosen yet
    fields = [conflicts.table.item(r, 1).text() for r in range(2)]
    conflicts.table.selectRow(fields.index("标题"))
    conflicts.settle_selected(take_platform=True)
    settle(conflicts)
    settle(conflicts)
    conflicts.table.selectRow(0)
    conflicts.settle_selected(take_platform=False)
    settle(conflicts)
    settle(conflicts)
    assert conflicts.table.rowCount() == 0 and not conflicts.take_button.isEnabled()
    ticket = TicketService(office).ticket("C1")
    assert (ticket.title, ticket.content) == ("平台标题", "本地记录")


def test_a_poll_that_imported_the_watched_folder_says_so_and_shows_the_tickets(
    qtbot, office, open_window, settle, tmp_path
):
    import os
    import time

    from hotline_desk.services.notifier import Notifier
    from hotline_desk.services.poller import Poller
    from hotline_desk.services.watched_folder import set_watched_folder

    set_watched_folder(office, str(tmp_path))
    export = tmp_path / "today.csv"
    export.write_text(
        "工单编号,受理时间,诉求内容,工单状态\nF1,2026-11-23 09:30:00,桥下积水,待派单\n",
        encoding="utf-8",
    )
    os.utime(export, (time.time() - 60, time.time() - 60))
    (tmp_path / "broken.xlsx").write_text("no workbook")
    os.utime(tmp_path / "broken.xlsx", (time.time() - 60, time.time() - 60))
    window = open_window(office)
    result = Poller(office, Notifier([])).run_once()
    window.poll_finished(result)
    settle(window)
    assert "导入文件夹：2 个文件，新工单 1 件" in window.notice_text.text()
    assert "broken.xlsx" in window.notice_text.text()
    numbers = {window.model.ticket_at(r).number for r in range(window.model.rowCount())}
    assert "F1" in numbers
