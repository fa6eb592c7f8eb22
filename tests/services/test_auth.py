"""Sign-in and roles: hashed passwords, admin-only staff edits, actions outside
one's role refused with the reason – in the services and on the command line."""

from __future__ import annotations

import json

import pytest

from hotline_desk.cli import EXIT_REFUSED, main
from hotline_desk.domain.auth import hash_password, verify_password
from hotline_desk.domain.errors import NotPermitted, SignInRefused
from hotline_desk.domain.lifecycle import Action
from hotline_desk.services.auth import set_password, set_sign_in, sign_in, sign_in_required
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.staff import save_staff
from hotline_desk.services.ticket_actions import run_action
from hotline_desk.services.tickets import TicketService


def test_a_password_is_kept_only_as_a_salted_hash():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second and "correct" not in first  # salted, never in clear
    assert verify_password("correct horse", first)
    assert not verify_password("correct hors", first)
    assert not verify_password("anything", None) and not verify_password("x", "plain")


def test_the_staff_list_is_the_admins_once_there_is_one(sqlite_context):
    context = sqlite_context
    save_staff(context, "boss", "管理员甲", "admin")  # no admin yet: open
    with pytest.raises(NotPermitted):  # from now on, the admin's
        save_staff(context, "liqing", "李青", "operator")
    context.operator = "boss"
    save_staff(context, "liqing", "李青", "operator")
    context.operator = "liqing"
    with pytest.raises(NotPermitted, match="编辑人员名单"):
        save_staff(context, "mallory", "某人", "admin")
    with pytest.raises(NotPermitted, match="重设他人的密码"):
        set_password(context, "boss", "12345678")
    set_password(context, "liqing", "liqing-secret")  # one's own
    context.operator = "boss"
    with pytest.raises(InputError, match="至少 8 个字符"):
        set_password(context, "liqing", "short")
    set_password(context, "liqing", "reset-by-admin")  # a forgotten password reset
    with pytest.raises(SignInRefused):
        sign_in(context, "liqing", "liqing-secret")
    assert sign_in(context, "liqing", "reset-by-admin") == "liqing"
    assert context.operator == "liqing"


def test_an_action_outside_ones_role_is_refused(sqlite_context, register):
    context = sqlite_context
    generate(context, 0)
    save_staff(context, "tongji", "统计员", "general")
    ticket = register(context, "R1", "求助", "路灯")
    context.operator = "tongji"
    with pytest.raises(NotPermitted, match="综合科.*不能派单"):
        run_action(TicketService(context), Action.DISPATCH, ticket.number, {"unit": 1})
    run_action(TicketService(context), Action.MARK_TYPICAL, ticket.number, {"summary": "典型"})


def test_sign_in_on_a_workstation_and_on_the_command_line(
    sqlite_context, sqlite_url, capsys, monkeypatch
):
    context = sqlite_context
    save_staff(context, "boss", "管理员甲", "admin")
    context.operator = "boss"
    with pytest.raises(InputError, match="设了密码的管理员"):
        set_sign_in(context, True)
    set_password(context, "boss", "boss-secret-1")
    set_sign_in(context, True)
    assert sign_in_required(context)
    argv = ["--db", sqlite_url, "--operator", "boss", "--format", "json", "staff", "list"]
    monkeypatch.setenv("HOTLINE_DESK_PASSWORD", "wrong-password")
    assert main(argv) == EXIT_REFUSED
    assert "登录名或密码不对" in capsys.readouterr().err
    monkeypatch.setenv("HOTLINE_DESK_PASSWORD", "boss-secret-1")
    assert main(argv) == 0
    assert [m["login"] for m in json.loads(capsys.readouterr().out)] == ["boss"]
    monkeypatch.delenv("HOTLINE_DESK_PASSWORD")
    assert main(argv) != 0  # no terminal, no password: refused, says how
    said = capsys.readouterr().err
    assert "HOTLINE_DESK_PASSWORD" in said and "--token-file" in said  # the ways in


@pytest.mark.postgres
def test_the_shared_store_requires_sign_in_once_set_up(postgres_url, clock):
    from hotline_desk.services.context import AppContext

    context = AppContext.open(postgres_url, clock, operator="boss")
    try:
        assert not sign_in_required(context)  # setting up: the first admin is named
        save_staff(context, "boss", "管理员甲", "admin")
        set_password(context, "boss", "boss-secret-1")
        assert sign_in_required(context)
        with pytest.raises(InputError, match="PostgreSQL"):
            set_sign_in(context, False)
    finally:
        context.close()


def test_the_offices_settings_are_the_admins_and_the_assessment_the_general_desks(sqlite_context):
    from hotline_desk.services.office_settings import set_office_hours
    from hotline_desk.services.poller import set_poll_settings
    from hotline_desk.services.statistics import assessment_rules, save_assessment_rules

    context = sqlite_context
    save_staff(context, "boss", "管理员甲", "admin")
    context.operator = "boss"
    save_staff(context, "liqing", "李青", "operator")
    save_staff(context, "tongji", "统计员", "general")
    context.operator = "liqing"
    with pytest.raises(NotPermitted, match="更改办公室设置"):
        set_office_hours(context, None, "18:00")
    with pytest.raises(NotPermitted):
        set_poll_settings(context, 5)
    with pytest.raises(NotPermitted, match="更改考核规则"):
        save_assessment_rules(context, assessment_rules(context).to_json())
    context.operator = "tongji"  # 综合科 sets the assessment rules
    save_assessment_rules(context, assessment_rules(context).to_json())
    context.operator = "boss"
    set_office_hours(context, None, "18:00")
    set_poll_settings(context, 5)
