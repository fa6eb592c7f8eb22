"""Phone numbers of handlers and leaders (六个确保 #5): full mobile numbers only.

A mainland mobile number has 11 digits and starts with 1 and a network digit
3-9. Offices also use short internal numbers (短号, 3-6 digits) – unreachable
from outside the internal network, so they are refused with that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_SEPARATORS = re.compile(r"[\s\-()]")


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    ok: bool
    number: str  # cleaned: digits only, +86 removed
    reason: str = ""


def check_mobile(raw: str) -> PhoneCheck:
    number = _SEPARATORS.sub("", raw.strip())
    if number.startswith("+86"):
        number = number[3:]
    elif number.startswith("0086"):
        number = number[4:]
    if not number:
        return PhoneCheck(False, number, "手机号码不能为空 (a mobile number is required)")
    if not number.isdigit():
        return PhoneCheck(False, number, "手机号码只能包含数字 (digits only)")
    if len(number) <= 6:
        return PhoneCheck(
            False,
            number,
            f"「{number}」是短号：短号在单位内网以外打不通，请登记完整的11位手机号 "
            "(a short internal number cannot be reached from outside; "
            "register the full 11-digit mobile number)",
        )
    if len(number) != 11:
        return PhoneCheck(
            False,
            number,
            f"手机号码应为11位，「{number}」为{len(number)}位 "
            f"(a mobile number has 11 digits, this has {len(number)})",
        )
    if not _MOBILE.match(number):
        return PhoneCheck(
            False,
            number,
            f"「{number}」不是有效的手机号段（应以13-19开头）(not a valid mobile prefix: 13x-19x)",
        )
    return PhoneCheck(True, number)
