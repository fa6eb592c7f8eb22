"""Reading the State Council's holiday notice in the wordings it comes in."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hotline_desk.domain.holiday_notice import read_notice

NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
"""


def workdays(reading) -> dict[date, bool]:
    return {d.day: d.workday for d in reading.days}


def agrees_with_chinesecalendar(
    year: int, parsed: dict[date, bool], skip: frozenset[date] = frozenset()
) -> list[date]:
    wrong = []
    day = date(year, 1, 1)
    while day.year == year:
        if day not in skip and parsed.get(day, day.weekday() < 5) != chinese_calendar.is_workday(
            day
        ):
            wrong.append(day)
        day += timedelta(days=1)
    return wrong


def test_the_2025_notice_as_published():
    reading = read_notice(NOTICE_2025)
    assert reading.year == 2025 and reading.problems == []
    assert agrees_with_chinesecalendar(2025, workdays(reading)) == []
    notes = {d.day: d.note for d in reading.days}
    assert notes[date(2025, 10, 1)] == "国庆节、中秋节 放假"  # two festivals on one line
    assert notes[date(2025, 2, 8)] == "春节 调休上班"
    assert date(2025, 6, 1) in notes  # a range crossing into June


def test_traditional_characters_星期_and_a_new_year_from_december():
    reading = read_notice(
        "國務院辦公廳關於2023年部分節假日安排的通知\n"
        "一、元旦：2022年12月31日至2023年1月2日放假調休，共3天。\n"
        "二、春節：1月21日至27日放假調休，共7天。1月28日（星期六）、1月29日（星期日）上班。\n"
    )
    assert reading.year == 2023 and reading.problems == []
    days = workdays(reading)
    assert days[date(2022, 12, 31)] is False and days[date(2023, 1, 2)] is False
    assert days[date(2023, 1, 28)] is True and days[date(2023, 1, 29)] is True


def test_a_day_in_lieu_half_width_punctuation_and_a_single_day():
    reading = read_notice(
        "关于2017年部分节假日安排的通知\n"
        "一、元旦: 1月1日放假, 1月2日(星期一)补休.\n"
        "三、清明节: 4月2日至4日放假调休, 共3天. 4月1日(星期六)上班.\n"
        "五、端午节：5月30日放假1天，与周末连休。\n"
    )
    days = workdays(reading)
    assert reading.problems == []
    assert days[date(2017, 1, 2)] is False and days[date(2017, 4, 1)] is True
    assert days[date(2017, 5, 30)] is False


def test_what_cannot_be_read_is_shown_never_dropped():
    reading = read_notice(
        "关于2027年部分节假日安排的通知\n一、元旦：放假安排另行通知。\n二、春节：2月30日放假。\n"
    )
    assert len(reading.problems) == 2
    assert "元旦" in reading.problems[0] and "读不出日期" in reading.problems[0]
    assert "日期无效" in reading.problems[1]
    assert read_notice("随便一段文字").problems  # no year, nothing silently applied


WEEKDAYS = "一二三四五六日"


def _render(year: int, style: dict[str, bool]) -> str:
    """A notice for ``year`` built from chinesecalendar, in one of the wordings."""
    names = {
        "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
        "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
        "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "",
    }  # fmt: skip
    runs: dict[str, list[list[date]]] = {}
    work: dict[str, list[date]] = {}
    day = date(year, 1, 1)
    while day.year == year:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
        festival = names.get(str(name), "") if name else ""
        if festival == "元旦" and day.month == 12:  # next year's notice arranges these
            festival = ""
        if festival and on_holiday and not chinese_calendar.is_workday(day):
            festival_runs = runs.setdefault(festival, [])
            if festival_runs and festival_runs[-1][-1] == day - timedelta(days=1):
                festival_runs[-1].append(day)
            else:
                festival_runs.append([day])
        elif festival and chinese_calendar.is_workday(day) and day.weekday() >= 5:
            work.setdefault(festival, []).append(day)
        day += timedelta(days=1)
    week = "星期" if style["xingqi"] else "周"

    def written(d: date, with_month: bool = True) -> str:
        text = f"{d.month}月{d.day}日" if with_month else f"{d.day}日"
        return text + (f"（{week}{WEEKDAYS[d.weekday()]}）" if style["weekday"] else "")

    lines = [f"国务院办公厅关于{year}年部分节假日安排的通知"]
    for n, festival in enumerate(runs):
        parts = []
        for run in runs[festival]:
            if len(run) == 1:
                parts.append(f"{written(run[0])}放假")
            else:
                same = run[0].month == run[-1].month
                parts.append(f"{written(run[0])}至{written(run[-1], not same)}放假调休")
        sentence = "。".join(parts) + f"，共{sum(len(r) for r in runs[festival])}天。"
        if festival in work:
            sentence += "、".join(written(d) for d in work[festival]) + "上班。"
        lines.append(f"{'一二三四五六七八'[n]}、{festival}：{sentence}")
    text = "\n".join(lines)
    if not style["full_width"]:
        text = text.translate(str.maketrans("（），：。", "(),:."))
    if style["traditional"]:
        text = text.translate(str.maketrans("国节劳动庆调关于", "國節勞動慶調關於"))
    return text


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(min_value=2016, max_value=2026),
    style=st.fixed_dictionaries(
        {k: st.booleans() for k in ("xingqi", "weekday", "full_width", "traditional")}
    ),
)
def test_a_read_year_agrees_day_by_day_with_chinesecalendar(year, style):
    reading = read_notice(_render(year, style))
    assert reading.problems == []
    next_new_year = frozenset(
        date(year, 12, d)
        for d in range(20, 32)
        if (detail := chinese_calendar.get_holiday_detail(date(year, 12, d)))[1]
        and str(detail[1]) == "New Year's Day"
    )  # the next year's notice arranges those
    assert agrees_with_chinesecalendar(year, workdays(reading), next_new_year) == []


ENCOURAGED = {
    "own sentence": "一、元旦：1月1日（周四）放假1天，不调休。鼓励各单位结合带薪年休假等制度落实，"
    "安排职工在12月31日（周三）休息。",
    "next line": "一、元旦：1月1日（周四）放假1天，不调休。\n"
    "鼓励各单位安排职工在12月31日（周三）休息。",
    "same sentence": "一、元旦：1月1日（周四）放假1天，不调休，倡导各单位安排职工12月31日休息。",
    "says 放假": "一、元旦：1月1日（周四）放假1天。提倡有条件的单位12月31日放假。",
    "traditional": "一、元旦：1月1日（週四）放假1天，不調休。鼓勵各單位安排職工在12月31日（星期三）休息。",
    "full width": "一、元旦：１月１日（周四）放假１天，不调休。鼓励各单位安排职工在１２月３１日休息。",
}


@pytest.mark.parametrize("text", ENCOURAGED.values(), ids=ENCOURAGED.keys())
def test_encouraging_rest_on_a_day_does_not_make_it_a_holiday(text):
    reading = read_notice("国务院办公厅关于2026年部分节假日安排的通知\n" + text)
    assert workdays(reading) == {date(2026, 1, 1): False}, reading
    assert not reading.problems
