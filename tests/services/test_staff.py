"""Only the office's staff act; the first user of a fresh store is registered."""

from __future__ import annotations

import pytest

from hotline_desk.domain.errors import NotStaff
from hotline_desk.services.errors import InputError
from hotline_desk.services.staff import list_staff, save_staff
from hotline_desk.services.tickets import NewTicket, TicketService


def test_the_first_to_act_is_registered_and_strangers_only_read(sqlite_context, register):
    service = TicketService(sqlite_context)
    register(service, number="S1", kind="求助", content="路灯")
    assert service.registered == "liqing"
    assert [(m.login, m.role_label) for m in list_staff(sqlite_context)] == [("liqing", "经办人员")]
    sqlite_context.operator = "stranger"
    stranger = TicketService(sqlite_context)
    assert stranger.show("S1").ticket.number == "S1"  # may read
    with pytest.raises(NotStaff, match="「stranger」不在本办公室的人员名单中"):
        stranger.escalate("S1", "需协调")
    with pytest.raises(NotStaff):
        stranger.create(NewTicket(number="S2", kind="求助", content="停水"))
    assert len(stranger.show("S1").events) == 1  # nothing recorded
    save_staff(sqlite_context, "stranger", "张敏", "operator")
    stranger.escalate("S1", "需协调")
    assert stranger.registered is None


def test_a_login_and_a_role_are_checked(sqlite_context):
    with pytest.raises(InputError, match="「登录名」应为"):
        save_staff(sqlite_context, "li qing\n", "李青", "operator")
    with pytest.raises(InputError, match="「角色」应为以下之一"):
        save_staff(sqlite_context, "liqing", "李青", "boss")
