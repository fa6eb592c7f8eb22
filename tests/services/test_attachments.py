"""附件 through the real services, on SQLite and PostgreSQL: kept with the
ticket, judged by content, within the limits, all or none, each add, look
and removal on record, the content once however often attached, purged
after removal, and carried to the office server byte for byte."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from hotline_desk.domain import settings
from hotline_desk.domain.errors import NotPermitted
from hotline_desk.services import attachments
from hotline_desk.services.attachments import NewFile
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.tickets import TicketService
from hotline_desk.store.models import AttachmentBlobRow

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40  # a PNG's signature and some bytes
PDF = b"%PDF-1.4\n" + b"1 0 obj<<>>endobj\n" * 50


@pytest.fixture
def office(context, clock, register):
    clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    context.operator = "liqing"
    register(context, "P-1", "投诉", "路灯不亮")
    register(context, "P-2", "投诉", "井盖丢失")
    return context


def _actions(context, number):
    return [e.action for e in TicketService(context).events(number)]


def test_files_are_kept_with_the_ticket_and_every_look_is_on_record(office, tmp_path):
    added = attachments.attach(
        office, "P-1", [NewFile("整改后.jpg", PNG), NewFile("回复函.pdf", PDF)]
    )
    assert [(a.kind, a.event_action) for a in added] == [
        ("image/png", ""),
        ("application/pdf", ""),
    ]  # fmt: skip  - a PNG named .jpg is a PNG: judged by content
    attachments.attach(office, "P-2", [NewFile("same.png", PNG)])  # the same photo again
    with office.db.session() as session:
        assert session.query(AttachmentBlobRow).count() == 2  # kept once
    listed = attachments.attachments_of(office, "P-1")
    assert [a.name for a in listed] == ["整改后.jpg", "回复函.pdf"]
    saved = attachments.save_attachment(office, listed[0].id, tmp_path / "out.png")
    assert (tmp_path / "out.png").read_bytes() == PNG and saved.size == len(PNG)
    attachments.remove_attachment(office, listed[1].id)
    assert [a.name for a in attachments.attachments_of(office, "P-1")] == ["整改后.jpg"]
    with pytest.raises(InputError, match="附件编号"):
        attachments.open_attachment(office, listed[1].id)
    assert _actions(office, "P-1")[-4:] == ["attach", "attach", "open_attachment", "detach"]


def test_what_is_no_office_file_or_too_big_is_refused_and_nothing_stored(office):
    program = NewFile("setup.jpg", b"MZ\x90\x00" + bytes(200))  # a Windows program
    script = NewFile("说明.txt", b"#!/bin/sh\nrm -rf ~\n")
    for bad in (program, script, NewFile("empty.png", b"")):
        with pytest.raises(InputError, match="附件"):
            attachments.attach(office, "P-1", [NewFile("ok.pdf", PDF), bad])
    assert attachments.attachments_of(office, "P-1") == []  # all or none
    office.put(settings.ATTACHMENT_FILE_MB, 1)
    with pytest.raises(InputError, match="不超过 1.0 MB"):
        attachments.attach(office, "P-1", [NewFile("big.pdf", PDF + bytes(2 * 1024 * 1024))])
    office.put(settings.ATTACHMENT_TICKET_MB, 1)
    attachments.attach(office, "P-1", [NewFile("a.pdf", PDF + bytes(600_000))])
    with pytest.raises(InputError, match="合计"):
        attachments.attach(office, "P-1", [NewFile("b.pdf", PDF + bytes(600_000))])
    assert (
        "attach" in _actions(office, "P-1") and len(attachments.attachments_of(office, "P-1")) == 1
    )


def test_removed_contents_are_purged_once_no_backup_needs_them(office, clock):
    kept, dropped = attachments.attach(
        office, "P-1", [NewFile("a.png", PNG), NewFile("b.pdf", PDF)]
    )
    attachments.remove_attachment(office, dropped.id)
    assert attachments.purge_removed(office, clock.current - timedelta(days=1)) == 0
    clock.advance(timedelta(days=8))
    assert attachments.purge_removed(office, clock.current - timedelta(days=7)) == 1
    with office.db.session() as session:
        assert [b.digest for b in session.query(AttachmentBlobRow)] == [kept.digest]
    assert attachments.open_attachment(office, kept.id)[1] == PNG


def test_an_export_writes_the_files_beside_it_but_never_a_confidential_tickets(
    office, register, tmp_path
):
    from hotline_desk.services.exporter import export_tickets

    register(office, "P-3", "举报", "举报违规", confidential=True)
    attachments.attach(office, "P-1", [NewFile("照片.png", PNG)])
    attachments.attach(office, "P-3", [NewFile("举报材料.pdf", PDF)])
    out = tmp_path / "out"
    out.mkdir()
    assert export_tickets(office, out / "导出.xlsx", with_attachments=True) == 3
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*"))
    assert written == ["导出-附件/P-1/1-照片.png", "导出.xlsx"]
    assert (out / "导出-附件/P-1/1-照片.png").read_bytes() == PNG
    assert _actions(office, "P-1")[-1] == "open_attachment"  # the look is on record
    from hotline_desk.services.staff import save_staff

    save_staff(office, "tongji", "统计员", "general")  # a role that may not see callers
    office.operator = "tongji"
    with pytest.raises(NotPermitted, match="统计员（综合科）不能导出附件"):
        export_tickets(office, out / "再导出.xlsx", with_attachments=True)
    assert not (out / "再导出.xlsx").exists()


def test_a_file_belongs_to_one_event_named_by_its_number_or_its_kind(office, ticket_in):
    ticket_in(office, "feedback", "E-1")
    history = TicketService(office).events("E-1")
    feedback_number = [e.action for e in history].index("feedback") + 1
    by_kind = attachments.attach(office, "E-1", [NewFile("整改后.png", PNG)], "feedback")
    by_number = attachments.attach(office, "E-1", [NewFile("回复函.pdf", PDF)], feedback_number)
    assert [(a.event_action, a.event_seq) for a in by_kind + by_number] == [
        ("feedback", feedback_number),
        ("feedback", feedback_number),
    ]
    for wrong in ("callback", 1, 999, "nonsense"):  # none yet; creation; none; no kind
        with pytest.raises(InputError, match="所属记录"):
            attachments.attach(office, "E-1", [NewFile("x.png", PNG)], wrong)
    assert len(attachments.attachments_of(office, "E-1")) == 2  # nothing of the refused


def test_thumbnails_are_one_look_on_record_and_only_for_who_may_see_callers(office):
    from hotline_desk.services.staff import save_staff

    attachments.attach(
        office, "P-1", [NewFile("a.png", PNG), NewFile("b.pdf", PDF), NewFile("c.txt", b"hello")]
    )
    before = len(_actions(office, "P-1"))
    shown = attachments.previews(office, "P-1")
    assert [(a.name, data[:4]) for a, data in shown] == [("a.png", PNG[:4]), ("b.pdf", b"%PDF")]
    events = TicketService(office).events("P-1")
    assert len(events) == before + 1 and events[-1].action == "open_attachment"
    assert events[-1].note == "缩略图：a.png、b.pdf"
    save_staff(office, "tongji", "统计员", "general")
    office.operator = "tongji"
    for look in (
        lambda: attachments.previews(office, "P-1"),
        lambda: attachments.open_attachment(office, shown[0][0].id),
    ):
        with pytest.raises(NotPermitted, match="统计员（综合科）不能查看附件的内容"):
            look()
    assert len(TicketService(office).events("P-1")) == before + 1
    assert [a.name for a in attachments.attachments_of(office, "P-1")] == [
        "a.png",
        "b.pdf",
        "c.txt",
    ]


def test_the_sheet_prints_pictures_only_for_who_may_see_callers_and_never_a_confidentials(
    office, register
):
    from hotline_desk.services.difficult_sheet import sheet_for
    from hotline_desk.services.staff import save_staff

    register(office, "P-9", "举报", "举报违规", confidential=True)
    for number in ("P-1", "P-9"):
        attachments.attach(office, number, [NewFile("照片.png", PNG), NewFile("c.txt", b"hi")])
    sheet = sheet_for(office, "P-1")
    assert [a.name for a, _data in sheet.pictures] == ["照片.png"]
    assert [a.name for a in sheet.attachments] == ["照片.png", "c.txt"]
    assert sheet.attachments[0].adder != "liqing"  # the name on the staff list
    assert sheet_for(office, "P-9").pictures == ()  # a 保密件: listed, never printed
    save_staff(office, "tongji", "统计员", "general")
    office.operator = "tongji"
    assert sheet_for(office, "P-1").pictures == ()
