"""The watched import folder: the next poll imports what the operator saved
there, alerts its new tickets, and files it under done/ or failed/."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import pytest

from hotline_desk.domain.alerts import AlertKind
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.notifier import Notifier
from hotline_desk.services.poller import Poller
from hotline_desk.services.tickets import TicketService
from hotline_desk.services.watched_folder import set_watched_folder

EXPORT = (
    "工单编号,受理时间,诉求内容,办理时限,工单状态\n"
    "W1,2026-11-23 08:40:00,小区门口积水,2026-11-30 17:30:00,待派单\n"
    "W2,2026-11-23 08:50:00,,2026-11-30 17:30:00,待派单\n"
)


def saved_a_minute_ago(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    then = time.time() - 60
    os.utime(path, (then, then))
    return path


@pytest.fixture
def office(sqlite_context, tmp_path):
    sqlite_context.clock.current = datetime(2026, 11, 23, 9, 0)
    generate(sqlite_context, 0)
    folder = tmp_path / "exports"
    folder.mkdir()
    set_watched_folder(sqlite_context, str(folder))
    return sqlite_context, folder


def test_the_poll_imports_a_saved_export_alerts_its_new_ticket_and_files_it(office, recorder):
    context, folder = office
    saved_a_minute_ago(folder / "today.csv", EXPORT)
    (folder / "~$today.xlsx").write_bytes(b"lock")  # Excel's lock file: left alone
    (folder / "notes.txt").write_text("not an export")
    fresh = folder / "saving.csv"
    fresh.write_text(EXPORT)  # still being written: waits for the next poll
    recorder = recorder()
    result = Poller(context, Notifier([recorder])).run_once()
    (done,) = result.imported
    assert done.report is not None and (done.report.imported, done.report.rejected) == (1, 1)
    assert done.moved_to == folder / "done" / "today.csv" and done.moved_to.is_file()
    report = (folder / "done" / "today.csv.report.csv").read_text(encoding="utf-8-sig")
    assert "content" in report and "为空（必填）" in report
    assert TicketService(context).ticket("W1").content == "小区门口积水"
    assert (AlertKind.NEW_TICKET, "W1") in [(a.kind, a.number) for a in result.alerts]
    assert fresh.exists() and (folder / "~$today.xlsx").exists() and (folder / "notes.txt").exists()
    assert not (folder / "processing").exists() or not any((folder / "processing").iterdir())


def test_an_unreadable_file_goes_to_failed_with_the_reason_and_the_poll_goes_on(office, recorder):
    context, folder = office
    saved_a_minute_ago(folder / "broken.xlsx", "this is no workbook")
    saved_a_minute_ago(folder / "again.csv", EXPORT)
    result = Poller(context, Notifier([recorder()])).run_once()
    outcomes = {f.file: f for f in result.imported}
    assert outcomes["broken.xlsx"].report is None
    assert outcomes["broken.xlsx"].moved_to == folder / "failed" / "broken.xlsx"
    reason = (folder / "failed" / "broken.xlsx.report.csv").read_text(encoding="utf-8-sig")
    assert "Excel" in reason
    assert outcomes["again.csv"].report is not None
    # A second export of the same name later is kept beside the first, not over it.
    saved_a_minute_ago(folder / "again.csv", EXPORT)
    (second,) = Poller(context, Notifier([recorder()])).run_once().imported
    assert second.moved_to == folder / "done" / "again (1).csv"
    assert second.report is not None and second.report.unchanged == 1


def test_the_folder_must_exist(sqlite_context, tmp_path):
    with pytest.raises(InputError, match="已存在且可写入的文件夹"):
        set_watched_folder(sqlite_context, str(tmp_path / "nowhere"))
