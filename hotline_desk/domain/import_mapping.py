"""How a platform's export maps onto tickets: columns, date forms, value maps.

A mapping (JSON, written by hand or shipped as a preset) says which column
feeds which field – a list means alternatives, the first header present
wins – which date formats to try, how a column's cell text maps onto the
product's own values (states, kinds), and defaults for fields no column
gives. Reading one row gives a record or the problems of that row; a bad row
never stops the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

FIELDS = (
    "number", "received_at", "kind", "title", "content", "category", "address",
    "caller_name", "caller_phone", "caller_address", "confidential", "due_at", "unit",
    "co_units", "state", "closed_at", "satisfaction",
)  # fmt: skip
REQUIRED = ("number", "received_at", "content")
FIELD_LABELS = {
    "number": "工单编号", "received_at": "受理时间", "kind": "诉求类型", "title": "标题",
    "content": "诉求内容", "category": "分类", "address": "地址", "caller_name": "来电人姓名",
    "caller_phone": "来电号码", "caller_address": "来电人地址", "confidential": "是否保密",
    "due_at": "办理时限", "unit": "承办单位", "co_units": "协办单位", "state": "工单状态",
    "closed_at": "办结时间", "satisfaction": "满意度",
}  # fmt: skip
DATE_FIELDS = ("received_at", "due_at", "closed_at")
# Tried after the mapping's own formats: the forms Chinese and US exports use.
COMMON_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
    "%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日",
    "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y",
)  # fmt: skip
EXCEL_EPOCH = datetime(1899, 12, 30)


@dataclass(frozen=True)
class ImportMapping:
    columns: dict[str, tuple[str, ...]]
    date_formats: tuple[str, ...] = ()
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    name: str = ""  # the preset's file name or the office's name for a saved mapping
    title: str = ""  # how a person sees a preset (its file name is the store's key)

    @property
    def shown_name(self) -> str:
        return self.title or self.name

    @classmethod
    def from_json(cls, data: Mapping[str, Any], name: str = "") -> ImportMapping:
        """Raises ValueError naming what is wrong in the mapping itself."""
        if not isinstance(data, Mapping) or not isinstance(data.get("columns"), Mapping):
            raise ValueError("映射须有 columns：字段 → 列名（或列名的列表）")
        columns: dict[str, tuple[str, ...]] = {}
        for key, headers in data["columns"].items():
            if key not in FIELDS:
                raise ValueError(f"未知字段「{key}」，可用：{'、'.join(FIELDS)}")
            names = (headers,) if isinstance(headers, str) else tuple(headers)
            if not names or not all(isinstance(h, str) for h in names):
                raise ValueError(f"字段「{key}」的列名须为文字或文字的列表")
            columns[key] = tuple(h.strip() for h in names)
        values = {
            k: {str(a): str(b) for a, b in v.items()} for k, v in data.get("values", {}).items()
        }
        defaults = {str(k): str(v) for k, v in data.get("defaults", {}).items()}
        return cls(
            columns, tuple(data.get("date_formats", ())), values, defaults, name,
            str(data.get("title", "")),
        )  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        """The mapping in the form ``from_json`` reads (a preset file's form)."""
        return {
            "columns": {k: list(v) for k, v in self.columns.items()},
            "date_formats": list(self.date_formats),
            "values": self.values,
            "defaults": self.defaults,
        }

    def with_columns(self, columns: Mapping[str, str], name: str) -> ImportMapping:
        """This mapping's dates, values and defaults with the columns chosen by hand."""
        return ImportMapping(
            {k: (v,) for k, v in columns.items() if v}, self.date_formats, self.values,
            self.defaults, name,
        )  # fmt: skip

    def locate(self, header: Sequence[str]) -> dict[str, int]:
        """Field → column index in ``header`` (the first alternative present)."""
        found: dict[str, int] = {}
        cleaned = [str(h or "").strip() for h in header]
        for key, names in self.columns.items():
            for name in names:
                if name in cleaned:
                    found[key] = cleaned.index(name)
                    break
        return found

    def score(self, header: Sequence[str]) -> int:
        return len(self.locate(header))


@dataclass
class RowProblem:
    row: int
    field: str
    reason: str  # a fixed pattern (translated by the window)
    got: str = ""  # what the row held, when that helps to find it


def parse_when(value: object, formats: Sequence[str] = ()) -> datetime | None:
    """A cell as a date-time: a datetime, an Excel serial number, or text in
    one of ``formats`` or the common forms. None for an empty cell; ValueError
    for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 80_000:  # 1900 .. 2118 as Excel counts days
            return (EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0)
        raise ValueError(f"数字 {value} 不像日期")
    text = str(value).strip()
    if text.replace(".", "", 1).isdigit():
        return parse_when(float(text), formats)
    for form in (*formats, *COMMON_DATE_FORMATS):
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    raise ValueError(f"「{text[:30]}」不是认得的日期格式")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_row(
    mapping: ImportMapping, located: Mapping[str, int], cells: Sequence[object], row: int
) -> tuple[dict[str, Any] | None, list[RowProblem]]:
    """One row as the fields the mapping gives (values mapped, dates parsed),
    or the row's problems: each with its row number, field and reason."""
    record: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for key in FIELDS:
        index = located.get(key)
        raw: object = cells[index] if index is not None and index < len(cells) else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            raw = mapping.defaults.get(key)
        if key in DATE_FIELDS:
            try:
                record[key] = parse_when(raw, mapping.date_formats)
            except ValueError as error:
                problems.append(RowProblem(row, key, str(error)))
            continue
        text = cell_text(raw)
        text = mapping.values.get(key, {}).get(text, text)
        record[key] = text
    for key in REQUIRED:
        if not record.get(key) and not any(p.field == key for p in problems):
            problems.append(RowProblem(row, key, "为空（必填）"))
    return (None, problems) if problems else (record, [])
