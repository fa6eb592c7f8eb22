from __future__ import annotations

from datetime import datetime

import pytest

from hotline_desk.domain.lifecycle import UnitFeedback
from hotline_desk.domain.reply_templates import ReplyTemplate, describe_missing
from hotline_desk.domain.ticket import FeedbackResult
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.reply_templates import (
    list_templates,
    remove_template,
    save_template,
)
from hotline_desk.services.tickets import TicketService


def test_missing_parts_include_untouched_starting_text():
    template = ReplyTemplate(
        "t", "通用", ("cause", "actions", "basis"), {"basis": "依据《》第  条"}
    )
    assert template.missing(
        {"cause": "线路老化", "actions": "已修复", "basis": "依据《》第  条"}
    ) == ["basis"]
    assert template.missing({"cause": "x", "actions": "y", "basis": "《城市照明管理规定》"}) == []
    assert describe_missing(["cause", "basis"]) == "问题原因、政策法规依据"
    with pytest.raises(ValueError, match="unknown feedback part"):
        ReplyTemplate("bad", "bad", ("mood",))


def test_feedback_lacking_its_templates_parts_is_flagged(context, register):
    generate(context, 0)
    assert {t.code for t in list_templates(context)} >= {"general", "handled", "no_action"}
    service = TicketService(context)
    for number in ("F1", "F2"):
        register(
            service,
            number=number,
            kind="求助",
            content="路灯不亮",
            received_at=datetime(2026, 9, 30, 9, 0),
        )
        service.dispatch(number, "县城市管理和综合执法局")
    flagged = service.feedback(
        "F1", UnitFeedback("线路老化", "已更换", FeedbackResult.HANDLED, template="handled")
    )
    assert flagged.feedback_incomplete and "反馈不规范" in flagged.flag_names()
    event = service.show("F1").events[-1]
    assert event.data["missing"] == ["next_steps", "basis"] and event.data["template"] == "handled"
    complete = service.feedback(
        "F2",
        UnitFeedback(
            "线路老化",
            "已更换",
            FeedbackResult.HANDLED,
            "每月巡查",
            "《城市照明管理规定》",
            template="handled",
        ),
    )
    assert not complete.feedback_incomplete
    with pytest.raises(InputError, match="答复参考范本"):
        service.feedback("F1", UnitFeedback("a", "b", FeedbackResult.HANDLED, template="nope"))


def test_templates_are_managed(context):
    save_template(context, ReplyTemplate("env", "环保投诉答复", ("cause", "actions", "basis")))
    assert "env" in {t.code for t in list_templates(context)}
    with pytest.raises(InputError, match="至少一项"):
        save_template(context, ReplyTemplate("empty", "空", ()))
    assert remove_template(context, "env") and not remove_template(context, "env")


@pytest.mark.parametrize(
    ("part", "text"),
    [
        ("basis", "依据《》"),
        ("next_steps", "我单位将持续跟踪，"),
        ("actions", "我单位已于  月  日"),
    ],
)
def test_a_templates_starting_text_is_refused_as_the_answer(sqlite_context, part, text, register):
    from hotline_desk.domain.lifecycle import UnitFeedback
    from hotline_desk.domain.ticket import FeedbackResult
    from hotline_desk.services.demo import generate
    from hotline_desk.services.directory import list_units
    from hotline_desk.services.errors import InputError
    from hotline_desk.services.tickets import TicketService

    generate(sqlite_context, 0)
    service = TicketService(sqlite_context)
    register(service, "TPL-1", "求助", "路灯不亮")
    service.dispatch("TPL-1", list_units(sqlite_context)[0].name)
    parts = {
        "cause": "线路老化",
        "actions": "已更换线路",
        "next_steps": "",
        "basis": "《城市照明管理规定》",
    }
    parts[part] = text
    with pytest.raises(InputError) as refused:
        service.feedback("TPL-1", UnitFeedback(
            parts["cause"], parts["actions"], FeedbackResult.HANDLED, parts["next_steps"],
            parts["basis"], "handled",
        ))  # fmt: skip
    assert text.strip() in str(refused.value) and "范本的开头" in str(refused.value)
    assert service.show("TPL-1").ticket.state.value == "handling"  # nothing stored
    service.feedback("TPL-1", UnitFeedback("线路老化", "已更换线路", FeedbackResult.HANDLED,
                                           "", "《城市照明管理规定》第十条"))  # fmt: skip
