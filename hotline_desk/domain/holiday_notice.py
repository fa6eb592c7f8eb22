"""Reading the State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知).

Each November the office pastes next year's notice and gets the year's entries
to review: the holidays (放假, 补休) and the make-up working days (调休上班).
The wording varies between years and copies, so the reader is forgiving:

- a range may cross a month ("5月31日（周六）至6月2日（周一）") or a year
  (元旦 starting on 12月31日 of the year before);
- a holiday may be one day ("放假1天，不调休", "与周末连休") or a day in lieu
  ("1月2日（星期一）补休");
- two festivals may share one line ("国庆节、中秋节");
- weekdays are 周X or 星期X; punctuation full- or half-width; a republished
  copy may be in traditional characters.

Whatever it cannot read is returned as a problem, never silently dropped;
nothing is applied here (the caller shows the result for review).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from hotline_desk.domain.work_calendar import OfficeDay

FESTIVALS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
# Words of a clause that asks employers to let staff rest, which decides nothing.
ENCOURAGING = ("鼓励", "倡导", "提倡")

# The traditional characters a republished notice uses, and full-width forms.
_TRADITIONAL = str.maketrans(
    "國節勞動慶調補週與連陽曆農廳來閱辦關於號區東內會開統戰運強間臺灣後發頒勵導職",
    "国节劳动庆调补周与连阳历农厅来阅办关于号区东内会开统战运强间台湾后发颁励导职",
)
_FULL_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # ０-９
        "（": "(",
        "）": ")",
        "：": ":",
        "，": ",",
        "；": ";",
        "。": ".",
        "～": "~",
        "－": "-",
        "—": "-",
        "\u3000": " ",
    }
)


def _day(n: str) -> str:
    """A date as notices write it, its parts named by ``n``: [YYYY年][M月]D日[(周X)]."""
    return (
        rf"(?:(?P<y{n}>\d{{4}})年)?(?:(?P<m{n}>\d{{1,2}})月)?(?P<d{n}>\d{{1,2}})日"
        r"(?:\([^)]*\))?"
    )


_RANGE = re.compile(_day("1") + r"\s*(?:至|到|~|-)\s*" + _day("2"))
_SINGLE = re.compile(_day("1"))
_FESTIVAL_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]\s*)?((?:"
    + "|".join(FESTIVALS)
    + r")(?:[、和与](?:"
    + "|".join(FESTIVALS)
    + r"))*)\s*[:：]?"
)


@dataclass
class NoticeReading:
    year: int
    days: list[OfficeDay] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # lines it could not read


def normalise(text: str) -> str:
    return text.translate(_TRADITIONAL).translate(_FULL_WIDTH).replace("星期", "周")


def notice_year(text: str) -> int | None:
    """The year the notice arranges ("关于2027年部分节假日安排的通知")."""
    found = re.search(r"关于\s*(\d{4})\s*年", normalise(text)) or re.search(
        r"(\d{4})\s*年\s*(?:部分)?节假日", normalise(text)
    )
    return int(found.group(1)) if found else None


class _Dates:
    """Turns the parts of a date into a date: a missing month is the last one
    named, a missing year the notice's – or the year before for a 元旦 in
    December (12月31日至1月2日)."""

    def __init__(self, year: int, festival: str) -> None:
        self.year, self.festival, self.month = year, festival, 1

    def of(self, match: re.Match[str], n: str) -> date:
        month = int(match.group(f"m{n}") or self.month)
        self.month = month
        if match.group(f"y{n}"):
            year = int(match.group(f"y{n}"))
        elif self.festival.startswith("元旦") and month == 12:
            year = self.year - 1
        else:
            year = self.year
        return date(year, month, int(match.group(f"d{n}")))


def _read_festival_line(year: int, festival: str, body: str) -> tuple[list[OfficeDay], bool]:
    """The days one festival's line arranges, and whether any date was found."""
    days: list[OfficeDay] = []
    found = False
    dates = _Dates(year, festival)
    for sentence in re.split(r"[;.]", body):
        # "鼓励各单位…安排职工在12月31日休息" only encourages: no holiday, no workday
        sentence = ",".join(
            clause for clause in sentence.split(",") if not any(w in clause for w in ENCOURAGING)
        ).strip()
        if not sentence:
            continue
        for word, workday, note in (("上班", True, "调休上班"), ("补休", False, "补休")):
            if word in sentence:
                for match in _SINGLE.finditer(sentence.split(word)[0]):
                    days.append(OfficeDay(dates.of(match, "1"), workday, f"{festival} {note}"))
                    found = True
                break
        else:
            if "放假" not in sentence:  # only 放假 makes a holiday (not 休息, not 休假)
                continue
            head = sentence.split("放假")[0]
            ranged = _RANGE.search(head)
            if ranged:
                start = dates.of(ranged, "1")
                end = dates.of(ranged, "2")
                if end < start:  # 12月31日至1月2日 without years
                    end = date(end.year + 1, end.month, end.day)
                while start <= end:
                    days.append(OfficeDay(start, False, f"{festival} 放假"))
                    start += timedelta(days=1)
                found = True
                continue
            single = _SINGLE.search(head)
            if single:
                days.append(OfficeDay(dates.of(single, "1"), False, f"{festival} 放假"))
                found = True
    return days, found


def read_notice(text: str, year: int | None = None) -> NoticeReading:
    """The entries a notice arranges; ``year`` when the text does not say."""
    clean = normalise(text)
    wanted = year or notice_year(clean)
    if wanted is None:
        return NoticeReading(
            0, problems=["找不到通知所属的年份（如“关于2027年部分节假日安排的通知”）"]
        )
    reading = NoticeReading(wanted)
    current: tuple[str, str] | None = None
    lines: list[tuple[str, str]] = []
    for raw in clean.splitlines():
        line = raw.strip()
        if not line:
            continue
        started = _FESTIVAL_START.match(line)
        if started:
            current = (started.group(1), line[started.end() :])
            lines.append(current)
        elif current is not None and re.search(r"\d+月\d+日|\d+日", line):
            # a continuation of the festival's sentence on the next line
            lines[-1] = (lines[-1][0], lines[-1][1] + line)
            current = lines[-1]
    if not lines:
        reading.problems.append("没有找到任何节日的安排（元旦、春节、清明节……）")
    for festival, body in lines:
        try:
            days, found = _read_festival_line(wanted, festival.replace("和", "、"), body)
        except ValueError:  # 2月30日 and the like
            reading.problems.append(f"{festival}：{body.strip()}（日期无效）")
            continue
        if not found:
            reading.problems.append(f"{festival}：{body.strip()}（读不出日期）")
        reading.days.extend(days)
    by_day: dict[date, OfficeDay] = {}
    for entry in reading.days:
        if entry.day in by_day and by_day[entry.day].workday != entry.workday:
            reading.problems.append(f"{entry.day:%m月%d日} 既是假日又是工作日，请核对")
        by_day[entry.day] = entry
    reading.days = sorted(by_day.values(), key=lambda d: d.day)
    return reading
