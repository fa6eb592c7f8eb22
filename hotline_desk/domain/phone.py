"""Phone numbers: handlers' and leaders' mobiles (六个确保 #5) and callers' numbers.

Checked with ``phonenumbers`` (Google's libphonenumber metadata), not with
hand-written patterns: a mainland mobile number, or a landline with its area
code. Offices also use short internal numbers (短号, 3-6 digits) – unreachable
from outside the internal network, so they are refused for handlers with
that reason.

Each ``reason`` completes the sentence "「field」应为…" (what is expected).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

_SEPARATORS = re.compile(r"[\s\-()（）]")
REGION = "CN"
# phonenumbers' types (PhoneNumberType), named here so that its metadata loads
# only when a number is first checked, not on every start of the window.
_FIXED_LINE, _MOBILE, _FIXED_LINE_OR_MOBILE = 0, 1, 2
_MOBILE_TYPES: set[int] = {_MOBILE, _FIXED_LINE_OR_MOBILE}
_LANDLINE_TYPES: set[int] = {_FIXED_LINE, _FIXED_LINE_OR_MOBILE}


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    ok: bool
    number: str  # cleaned: national digits, +86 removed
    reason: str = ""  # a pattern; ``params`` fills it in
    params: dict[str, object] = field(default_factory=dict)

    @property
    def reason_text(self) -> str:
        """The reason with its params filled in."""
        return self.reason.format(**self.params)


@cache
def _library() -> Any:
    import phonenumbers

    kinds = phonenumbers.PhoneNumberType
    assert (kinds.FIXED_LINE, kinds.MOBILE, kinds.FIXED_LINE_OR_MOBILE) == (0, 1, 2)
    return phonenumbers


def _clean(raw: str) -> str:
    number = _SEPARATORS.sub("", raw.strip())
    for prefix in ("+86", "0086"):
        if number.startswith(prefix):
            return number[len(prefix) :]
    return number


@lru_cache(maxsize=8192)
def _parsed_type(number: str) -> int | None:
    """The number's type when it is a valid mainland number, else None (kept
    for the numbers seen last: an import meets the same callers again and again)."""
    try:
        parsed = _library().parse(number, REGION)
    except _library().NumberParseException:
        return None
    if parsed.country_code != 86 or not _library().is_valid_number(parsed):
        return None
    return int(_library().number_type(parsed))


def check_mobile(raw: str) -> PhoneCheck:
    """A handler's or leader's number: a full mainland mobile number, nothing else."""
    number = _clean(raw)
    if not number:
        return PhoneCheck(False, number, "完整的11位手机号，不能为空")
    if not number.isdigit():
        return PhoneCheck(False, number, "完整的11位手机号，只含数字")
    if len(number) <= 6:
        return PhoneCheck(
            False,
            number,
            "完整的11位手机号：这是短号，在单位内网以外打不通",
        )
    if len(number) != 11:
        return PhoneCheck(False, number, "11位手机号（这是{digits}位）", {"digits": len(number)})
    if _parsed_type(number) not in _MOBILE_TYPES:
        return PhoneCheck(False, number, "有效号段的手机号（以13-19开头）")
    return PhoneCheck(True, number)


def check_caller_phone(raw: str) -> PhoneCheck:
    """A caller's number: empty (none given), a mobile, or a landline with its area code."""
    number = _clean(raw)
    if not number:
        return PhoneCheck(True, "")
    if not number.isdigit():
        return PhoneCheck(False, number, "手机号或带区号的固定电话，只含数字")
    kind = _parsed_type(number)
    if kind in _MOBILE_TYPES or (kind in _LANDLINE_TYPES and number.startswith("0")):
        return PhoneCheck(True, number)
    if not number.startswith(("0", "1")) and 7 <= len(number) <= 8:
        return PhoneCheck(False, number, "带区号的固定电话（如 0571-87654321）：缺少区号")
    return PhoneCheck(False, number, "有效的手机号或带区号的固定电话")
