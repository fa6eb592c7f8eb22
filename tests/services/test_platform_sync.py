"""Each day's platform export keeps the queue in step: state changes become
the ticket's own steps, changed due dates events, and fields both sides
changed conflicts the operator settles."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from hotline_desk.domain.lifecycle import Action
from hotline_desk.domain.ticket import TicketState
from hotline_desk.services import platform_conflicts
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.importer import ExistingTickets, import_file
from hotline_desk.services.tickets import TicketService

HEADER = ["工单编号", "受理时间", "诉求内容", "工单标题", "办理时限", "承办单位", "工单状态"]


def export(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def row(number: str, state: str, due: str = "2026-11-27 17:30:00", title: str = "") -> list[str]:
    return [number, "2026-11-16 09:00:00", f"{number} 的诉求", title, due, "县住建局", state]


@pytest.fixture
def office(context):
    context.clock.current = datetime(2026, 11, 23, 10, 0)
    generate(context, 0)
    return context


def actions_after_import(service: TicketService, number: str) -> list[str]:
    events = service.events(number)
    return [e.action for e in events[1:] if e.action != Action.PLATFORM_SEEN.value]


def test_a_reassigned_a_review_returned_and_an_archived_ticket_become_those_events(
    office, tmp_path
):
    first = export(
        tmp_path / "monday.csv",
        [row("P1", "已提交"), row("P2", "已提交"), row("P3", "已提交"), row("P4", "办理中")],
    )
    assert import_file(office, first).imported == 4
    office.clock.current = datetime(2026, 11, 24, 9, 0)
    second = export(
        tmp_path / "tuesday.csv",
        [row("P1", "重新交办"), row("P2", "审核退回"), row("P3", "已办结"), row("P4", "办理中")],
    )
    report = import_file(office, second)
    assert (report.read, report.imported, report.updated, report.unchanged) == (4, 0, 3, 1)
    service = TicketService(office)
    assert actions_after_import(service, "P1") == [Action.REASSIGN.value]
    assert actions_after_import(service, "P2") == [Action.REVIEW_RETURN.value]
    assert actions_after_import(service, "P3") == [Action.ARCHIVE.value]
    assert actions_after_import(service, "P4") == []
    reassigned = service.ticket("P1")
    assert reassigned.state is TicketState.HANDLING and reassigned.reassigned
    # 重新交办 gives three working days from now: Tue 24 → Fri 27 November.
    assert (
        reassigned.due_at is not None and reassigned.due_at.date() == datetime(2026, 11, 27).date()
    )
    assert service.ticket("P2").review_returned
    assert service.ticket("P3").state is TicketState.ARCHIVED
    assert sorted(report.changes) == [("P1", "重新交办"), ("P2", "审核退回"), ("P3", "办结归档")]
    # The same export again changes nothing: the platform said it already.
    again = import_file(office, second)
    assert (again.updated, again.unchanged) == (0, 4)
    assert actions_after_import(service, "P1") == [Action.REASSIGN.value]


def test_a_due_date_the_platform_moved_is_an_event_and_skip_existing_leaves_it(office, tmp_path):
    import_file(office, export(tmp_path / "a.csv", [row("D1", "办理中")]))
    moved = export(tmp_path / "b.csv", [row("D1", "办理中", due="2026-12-02 17:30:00")])
    skipped = import_file(office, moved, existing=ExistingTickets.SKIP)
    service = TicketService(office)
    assert skipped.unchanged == 1 and service.ticket("D1").due_at == datetime(2026, 11, 27, 17, 30)
    report = import_file(office, moved)
    assert report.updated == 1 and report.changes == [("D1", "市平台调整办理时限")]
    assert service.ticket("D1").due_at == datetime(2026, 12, 2, 17, 30)
    due_event = service.events("D1")[-2]
    assert due_event.data["old_due_at"] == "2026-11-27T17:30:00"


def test_a_field_both_sides_changed_is_a_conflict_the_operator_settles(office, tmp_path, register):
    service = TicketService(office)
    register(
        service,
        number="T1",
        kind="help",
        content="typed in here",
        received_at=datetime(2026, 11, 16, 9, 0),
        title="路灯不亮",
    )
    report = import_file(
        office, export(tmp_path / "a.csv", [row("T1", "办理中", title="路灯坏了")])
    )
    assert [(c.number, c.field, c.local, c.platform) for c in report.conflicts] == [
        ("T1", "title", "路灯不亮", "路灯坏了"),
        ("T1", "content", "typed in here", "T1 的诉求"),
    ]
    typed_in = service.ticket("T1")
    assert typed_in.title == "路灯不亮"  # never overwritten silently
    # The city's due date the operator had not typed in is simply taken over.
    assert typed_in.due_at == typed_in.city_due_at == datetime(2026, 11, 27, 17, 30)
    listed = platform_conflicts.open_conflicts(office)
    assert {c.field for c in listed} == {c.field for c in report.conflicts}
    # The same export again raises nothing new.
    assert import_file(office, tmp_path / "a.csv").conflicts == []
    platform_conflicts.settle(office, "T1", "title", take_platform=True)
    platform_conflicts.settle(office, "T1", "content", take_platform=False)
    assert service.ticket("T1").title == "路灯坏了"
    assert service.ticket("T1").content == "typed in here"
    assert "title" not in {c.field for c in platform_conflicts.open_conflicts(office)}
    with pytest.raises(InputError, match="未处理的不一致"):
        platform_conflicts.settle(office, "T1", "title", take_platform=True)


def test_a_platform_state_the_ticket_cannot_follow_is_a_conflict(office, tmp_path):
    import_file(office, export(tmp_path / "a.csv", [row("S1", "办理中")]))
    # The platform's view of the office's own progress is noted, not a change.
    noted = import_file(office, export(tmp_path / "n.csv", [row("S1", "已反馈")]))
    assert (noted.updated, noted.unchanged, noted.changes) == (0, 1, [])
    assert TicketService(office).ticket("S1").state is TicketState.HANDLING
    report = import_file(office, export(tmp_path / "b.csv", [row("S1", "已办结")]))
    assert [(c.field, c.local, c.platform) for c in report.conflicts] == [
        ("state", "handling", "archived")
    ]
    assert TicketService(office).ticket("S1").state is TicketState.HANDLING
    with pytest.raises(InputError, match="按工单流程办理"):
        platform_conflicts.settle(office, "S1", "state", take_platform=True)
    platform_conflicts.settle(office, "S1", "state", take_platform=False)
    assert platform_conflicts.open_conflicts(office) == []
