"""One caller, one matter: what makes two tickets related.

Three reasons, each with a score in 0..1: the same caller's phone, the same
place (addresses compared after normalising how they are written), and
nearly the same request (the overlap of the two texts' character bigrams –
a similarity that works for Chinese without a word segmenter).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from hotline_desk.domain.ticket import TicketState

PHONE, ADDRESS, TEXT = "phone", "address", "text"
# Relations an operator recorded: merged (并单, either way) and linked (关联).
MERGED, LINKED = "merged", "linked"
REASON_LABELS = {
    MERGED: "已并单",
    LINKED: "已关联",
    PHONE: "同一来电人",
    ADDRESS: "同一地点",
    TEXT: "诉求相似",
}
REASONS = tuple(REASON_LABELS)  # in the order they are shown
SIMILAR_TEXT = 0.6  # bigram overlap from which two requests are "nearly the same"
SHORTEST_ADDRESS = 4  # a shorter key ("城关镇") names a town, not a place

# The province, city and county in front of an address: short names before
# 省/市/县/区 – not 市场, 超市, 菜市 (markets), nor 小区/社区/园区/景区 (places).
_PREFIXES = (
    re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|自治区)"),
    re.compile(r"^[\u4e00-\u9fff]{0,3}[^\W\d_超菜夜集早门黑股楼](?:市(?!场)|自治州|地区|盟)"),
    re.compile(
        r"^[\u4e00-\u9fff]{0,3}[^\W\d_小社园景校厂营商街矿](?:自治县|县|区|旗)(?=[\u4e00-\u9fff])"
    ),
)
_SPELLINGS = (
    (re.compile(r"(\d+)\s*#\s*楼?"), r"\1栋"),  # 3#楼, 3# → 3栋
    (re.compile(r"(\d+)\s*(?:幢|号楼|栋楼)"), r"\1栋"),
    (re.compile(r"(\d+)\s*单元"), r"\1单元"),
    (re.compile(r"(\d+)\s*(?:室|房)"), r"\1室"),
)


def address_key(address: str) -> str:
    """The place an address names, however it was typed: full-width and
    half-width alike, spaces and punctuation gone, 3#楼/3幢/3号楼 as 3栋,
    the province, city and county in front left off (the office's own)."""
    text = unicodedata.normalize("NFKC", address or "").lower()
    text = re.sub(r"[\s\-–—_,，.。、/\\()（）\[\]【】]+", "", text)
    for pattern, spelling in _SPELLINGS:
        text = pattern.sub(spelling, text)
    for prefix in _PREFIXES:
        text = prefix.sub("", text, count=1)
    return text


def request_words(title: str, content: str, category: str = "") -> str:
    """What a request says in its own words: its title and content without
    its category's name. Where the request is only its category (a 311
    export's "SW-Dirty Alley"), two tickets of one kind anywhere in the county
    would otherwise read as "nearly the same request"."""
    text = f"{title}{content}"
    category = category.strip()
    return text.replace(category, "") if len(category) >= 2 else text


def longest_chinese_run(text: str) -> str:
    """The longest run of Chinese characters (what a full-text search finds
    however the digits around it were typed)."""
    runs = re.findall(r"[\u4e00-\u9fff]+", unicodedata.normalize("NFKC", text or ""))
    return max(runs, key=len, default="")


def _grams(text: str) -> Counter[str]:
    chars = "".join(ch for ch in unicodedata.normalize("NFKC", text or "").lower() if ch.isalnum())
    return Counter(chars[i : i + 2] for i in range(len(chars) - 1))


def text_similarity(one: str, other: str) -> float:
    """How much two requests say the same (Dice coefficient of their
    character bigrams): 1.0 the same text, 0 nothing in common."""
    a, b = _grams(one), _grams(other)
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    return 2 * sum((a & b).values()) / total


@dataclass(frozen=True)
class RelatedTicket:
    number: str
    received_at: datetime
    state: TicketState
    title: str
    unit: str  # the main unit's name, or ""
    outcome: str  # the callback's satisfaction or the unit's result, in Chinese; ""
    reasons: tuple[str, ...]  # MERGED, LINKED, PHONE, ADDRESS, TEXT
    score: float

    @property
    def reason_text(self) -> str:
        return "、".join(REASON_LABELS[r] for r in self.reasons)


@dataclass(frozen=True)
class Related:
    """A ticket's related tickets, most related first. ``hidden_callers``:
    tickets of the same caller not listed because one of the two is a 保密件
    (the caller is matched, never shown – only counted)."""

    tickets: list[RelatedTicket] = field(default_factory=list)
    hidden_callers: int = 0


def combined_score(scores: dict[str, float]) -> float:
    """The strongest reason, a little more for each further one."""
    if not scores:
        return 0.0
    best = max(scores.values())
    return min(1.0, best + 0.05 * (len(scores) - 1))
