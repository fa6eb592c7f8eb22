"""The dispatch suggestion's model: learnt by counting, one ticket at a time;
the request, the category and the place each say something, and say why."""

from __future__ import annotations

import json

from hotline_desk.domain.suggestion import DispatchModel, model_from_json, model_json

HOUSING, CITY, WATER = 1, 2, 3


def _office() -> DispatchModel:
    model = DispatchModel()
    archive = [
        ("小区楼顶漏水，物业不维修", "住房", "幸福小区3栋", HOUSING),
        ("楼道墙皮脱落，房屋质量问题", "住房", "幸福小区3栋", HOUSING),
        ("开发商延期交房", "住房", "滨江花园", HOUSING),
        ("路边摊占道经营，影响通行", "城管", "滨江路", CITY),
        ("夜市油烟扰民，占道经营", "城管", "滨江路", CITY),
        ("渣土车撒漏，道路脏乱", "城管", "河西大道", CITY),
        ("停水两天没有通知", "供水", "幸福小区3栋", WATER),
        ("自来水浑浊发黄", "供水", "河东社区", WATER),
    ]
    for i, (text, category, place, unit) in enumerate(archive, start=1):
        model.learn(text, category, place, unit, i)
    return model


def test_the_request_the_category_and_the_place_each_count():
    model = _office()
    by_words = model.suggest_units("占道经营的摊贩太多", "", "")
    assert by_words[0].value == CITY and by_words[0].request.share > 0.5
    by_category = model.suggest_units("有问题", "供水", "")
    assert by_category[0].value == WATER
    assert (by_category[0].category.count, by_category[0].category.total) == (2, 2)
    at_place = model.suggest_units("", "", "幸福小区3栋")
    assert at_place[0].value == HOUSING
    assert (at_place[0].place.count, at_place[0].place.total) == (2, 3)
    categories = model.suggest_categories("楼顶漏水", "幸福小区3栋")
    assert categories[0].value == "住房"


def test_it_learns_one_ticket_at_a_time_and_survives_saving():
    model = _office()
    assert model.suggest_units("井盖丢失", "市政", "")[0].value != 9
    model.learn("井盖丢失，夜里危险", "市政", "滨江路", 9, 100)
    assert model.suggest_units("井盖丢失", "市政", "")[0].value == 9
    copy = model_from_json(json.loads(json.dumps(model_json(model), ensure_ascii=False)))
    assert copy.learnt == 9 and copy.last_id == 100
    for args in (("井盖丢失", "市政", ""), ("渣土车", "", "滨江路"), ("停水", "", "")):
        assert [r.value for r in copy.suggest_units(*args)] == [
            r.value for r in model.suggest_units(*args)
        ]


def test_an_empty_archive_suggests_nothing():
    assert DispatchModel().suggest_units("停水", "供水", "幸福小区") == []
    assert DispatchModel().suggest_categories("停水", "") == []
