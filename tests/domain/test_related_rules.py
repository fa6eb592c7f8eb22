"""What makes two tickets related: the same place however it was typed, and
nearly the same request."""

from __future__ import annotations

from hotline_desk.domain.related import address_key, text_similarity


def test_one_place_however_it_was_typed():
    same = [
        "某某省某市城关县幸福小区3#楼2单元301室",
        "城关县幸福小区３幢２单元３０１室",
        "幸福小区 3号楼 2 单元 301 室",
        "幸福小区3栋2单元301房",
    ]
    assert {address_key(a) for a in same} == {"幸福小区3栋2单元301室"}
    assert address_key("城关镇幸福小区") != address_key("河西镇幸福小区")  # two towns' places
    assert address_key("滨江路12号") == address_key("滨江路 １２ 号") == "滨江路12号"
    assert address_key("") == ""


def test_nearly_the_same_request_scores_high_and_another_low():
    one = "滨江路路灯不亮已经半个月，夜间出行不安全，请尽快修复"
    again = "滨江路路灯不亮已有半个月了，晚上出行很不安全，请尽快修复"
    other = "幸福小区物业乱收停车费，请相关部门查处"
    assert text_similarity(one, one) == 1.0
    assert text_similarity(one, again) >= 0.6
    assert text_similarity(one, other) < 0.2
    assert text_similarity("", one) == 0.0


def test_a_place_whose_name_holds_an_admin_word_keeps_it():
    # 市场, 超市 and 小区 name places, not the city or county in front.
    assert address_key("城关镇城南农贸市场") == "城关镇城南农贸市场"
    assert address_key("华联超市门口") == "华联超市门口"
    assert address_key("幸福小区东门") == "幸福小区东门"
    assert address_key("城南社区居委会") == "城南社区居委会"
    assert address_key("湖南省长沙市宁乡县城关镇幸福小区3栋") == "城关镇幸福小区3栋"
    assert address_key("长沙市开福区湘江路") == "湘江路"


def test_a_request_that_is_only_its_category_says_nothing_of_its_own():
    from hotline_desk.domain.related import request_words

    assert request_words("SW-Dirty Alley", "SW-Dirty Alley", "SW-Dirty Alley") == ""
    assert request_words("", "滨江路路灯不亮", "路灯") == "滨江路不亮"
    assert request_words("标题", "内容", "") == "标题内容"
