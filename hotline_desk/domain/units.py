"""A handling unit (承办单位) as the office's directory holds it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    handler_name: str  # 承办人
    handler_phone: str
    leader_name: str  # 分管领导
    leader_phone: str


# A unit's name goes into every workbook the office hands on: one that a
# spreadsheet would run as a formula (domain.sheet_text) is refused.
UNIT_NAME_EXPECTED = "单位的名称，不以 = + - @ 开头（电子表格会把它当作公式）"
