"""What an import did, row by row: kept, shown, and saved as .xlsx or .csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hotline_desk.domain.import_mapping import RowProblem
from hotline_desk.domain.masking import masked_value
from hotline_desk.domain.related import REASON_LABELS
from hotline_desk.services.errors import InputError
from hotline_desk.services.private_files import private_output
from hotline_desk.services.safe_sheets import append_rows, csv_row

MAX_LISTED = 1000  # rejected rows listed one by one; the rest are counted


@dataclass(frozen=True)
class Conflict:
    """A field the office and the platform both changed, differently."""

    row: int
    number: str
    field: str
    local: str
    platform: str


@dataclass
class ImportReport:
    file: str
    mapping: str
    read: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)  # number, what happened
    cancelled: bool = False
    stopped: str = ""  # why the rest of the file was not read (a hostile or foreign file)
    stop_pattern: str = ""  # the same as a pattern and its values (the window translates it)
    stop_params: dict[str, object] = field(default_factory=dict)
    unlisted_rows: int = 0  # rejected rows beyond the first MAX_LISTED (counted, not listed)
    # New tickets that repeat a matter already open: (new number, open number, why).
    repeats: list[tuple[str, str, str]] = field(default_factory=list)
    # New tickets that repeat a whitelisted matter: (new number, the ticket it was confirmed on).
    whitelisted: list[tuple[str, str]] = field(default_factory=list)

    def stop(self, pattern: str, **params: object) -> None:
        """The rest of the file is not read, for the reason ``pattern`` says."""
        self.stop_pattern, self.stop_params = pattern, params
        self.stopped = pattern.format(**params)

    def reject(self, problems: list[RowProblem]) -> None:
        """Records a rejected row's problems; past MAX_LISTED rows only counted,
        so that a million rows of junk cannot fill the memory or the report."""
        if len(self.errors) >= MAX_LISTED:
            self.unlisted_rows += 1
        else:
            self.errors.extend(problems)

    def shown_errors(self) -> list[RowProblem]:
        """The problems as every output shows them: a caller's value masked."""
        return [replace(e, got=masked_value(e.field, e.got)) for e in self.errors]

    @property
    def rejected(self) -> int:
        return len({e.row for e in self.errors}) + self.unlisted_rows

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "mapping": self.mapping,
            "read": self.read,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "errors": [
                {"row": e.row, "field": e.field, "reason": e.reason, "got": e.got}
                for e in self.shown_errors()
            ],
            "new_units": self.new_units,
            "unused_columns": self.unused_columns,
            "conflicts": [
                {
                    "row": c.row,
                    "number": c.number,
                    "field": c.field,
                    "local": c.local,
                    "platform": c.platform,
                }
                for c in self.conflicts
            ],  # fmt: skip
            "changes": [{"number": n, "change": c} for n, c in self.changes],
            "cancelled": self.cancelled,
            "stopped": self.stopped,
            "unlisted_rejected_rows": self.unlisted_rows,
            "repeats": [{"number": n, "repeats": o, "why": w} for n, o, w in self.repeats],
            "whitelisted": [{"number": n, "source": s} for n, s in self.whitelisted],
        }

    def lines(self) -> list[list[object]]:
        """The report as rows of a sheet: the counts, then every problem,
        conflict and change with the row and ticket it concerns."""
        rows: list[list[object]] = [
            ["文件", self.file],
            ["映射", self.mapping],
            ["读取行数", self.read],
            ["新导入", self.imported],
            ["已更新", self.updated],
            ["无变化", self.unchanged],
            ["拒绝行数", self.rejected],
        ]
        if self.cancelled:
            rows.append(["已取消", "是（再次导入同一文件可补全）"])
        if self.stopped:
            rows.append(["已停止", self.stopped])
        if self.unlisted_rows:
            rows.append(["未逐行列出的拒绝行", self.unlisted_rows])
        rows += [[], ["行号", "字段", "原因", "实际值"]]
        rows += [[e.row, e.field, e.reason, e.got] for e in self.shown_errors()]
        rows += [[], ["行号", "工单编号", "不一致的字段", "本地", "市平台"]]
        rows += [[c.row, c.number, c.field, c.local, c.platform] for c in self.conflicts]
        rows += [[], ["工单编号", "按市平台变化"]]
        rows += [[number, change] for number, change in self.changes]
        if self.repeats:
            rows += [[], ["工单编号", "重复尚未办结的工单", "相关原因"]]
            rows += [[n, o, REASON_LABELS[w]] for n, o, w in self.repeats]
        if self.whitelisted:
            rows += [[], ["工单编号", "白名单事项（确认正常的工单）"]]
            rows += [[n, s] for n, s in self.whitelisted]
        if self.new_units:
            rows += [[], ["新增单位", *self.new_units]]
        if self.unused_columns:
            rows += [[], ["未用的列", *self.unused_columns]]
        return rows


def save_report(report: ImportReport, path: Path) -> None:
    """Writes the report as .xlsx or .csv (UTF-8 with BOM, which Excel opens)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with private_output(path).open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(csv_row(line) for line in report.lines())
        return
    if suffix != ".xlsx":
        raise InputError("报告文件", ".xlsx 或 .csv 文件", path.name)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("导入报告")
    append_rows(sheet, report.lines())
    book.save(private_output(path))
