"""Access to callers' data: what is recorded, and how it is named."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

REVEAL = "reveal"  # a caller shown in clear (window or command line)
EXPORT = "export"  # a workbook with callers in clear
PRINT = "print"  # a printed or saved difficult-ticket sheet (caller masked)

ACCESS_LABELS = {REVEAL: "查看来电人", EXPORT: "导出含来电人的工作簿", PRINT: "打印呈批单"}


@dataclass(frozen=True)
class Access:
    at: datetime
    actor: str
    what: str
    subject: str  # a ticket number, or the file written
    callers: int  # how many callers' details it showed
    detail: str = ""

    @property
    def label(self) -> str:
        return ACCESS_LABELS.get(self.what, self.what)
