from __future__ import annotations

import pytest

from hotline_desk.domain.phone import check_mobile
from hotline_desk.services.errors import InputError
from hotline_desk.services.units import UnitInput, save_unit


def test_full_mobile_numbers_pass_and_short_numbers_are_refused_with_the_reason():
    assert check_mobile("139 0731 0001") == check_mobile("13907310001")
    assert check_mobile("+86 139-0731-0001").number == "13907310001"
    assert check_mobile("13907310001").ok
    short = check_mobile("6601")
    assert not short.ok and "短号" in short.reason and "11位" in short.reason
    assert "这是10位" in check_mobile("1390731000").reason_text
    assert "13-19" in check_mobile("12907310001").reason
    assert not check_mobile("0731-8888888").ok
    assert not check_mobile("").ok


def test_the_directory_keeps_units_unique_with_valid_phones(sqlite_context):
    unit = save_unit(
        sqlite_context, UnitInput("县教育局", "马丽娟", "158 0731 0009", "宋光明", "15807310109")
    )
    assert unit.handler_phone == "15807310009"
    with pytest.raises(InputError, match="短号"):
        save_unit(
            sqlite_context, UnitInput("县交通运输局", "郭勇", "6608", "梁志远", "15207310108")
        )
    with pytest.raises(InputError, match="其他单位未用过"):
        save_unit(sqlite_context, UnitInput("县教育局", "甲", "15807310001", "乙", "15807310002"))
    changed = save_unit(
        sqlite_context,
        UnitInput("县教育局", "马丽娟", "15807310009", "张局", "15807310199"),
        unit.id,
    )
    assert changed.id == unit.id and changed.leader_name == "张局"
