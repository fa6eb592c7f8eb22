"""The office's settings, each declared once with its type, default and title.

Stored as text in the settings table; read and written only through these
declarations (``AppContext.get`` / ``AppContext.put``), so a default lives
in one place and a stored value always comes back with its type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any, Generic, TypeVar

from hotline_desk.domain.assessment import AssessmentRules
from hotline_desk.domain.duty import DEFAULT_DUTY_KINDS

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    title: str
    parse: Callable[[str], T]
    format: Callable[[T], str] = str

    def read(self, stored: str | None) -> T:
        """The stored text as a value; a missing or unreadable value gives the default."""
        if stored is None:
            return self.default
        try:
            return self.parse(stored)
        except ValueError:
            return self.default


def _time(text: str) -> time:
    return time.fromisoformat(text)


def _minutes(value: time) -> str:
    return value.isoformat(timespec="minutes")


OFFICE_OPENS: Setting[time] = Setting("office.opens", time(8, 30), "上班时间", _time, _minutes)
OFFICE_CLOSES: Setting[time] = Setting("office.closes", time(17, 30), "下班时间", _time, _minutes)
# A folder the operator saves the platform's exports in: each poll imports them.
IMPORT_FOLDER: Setting[str] = Setting("import.watch_folder", "", "导入文件夹", str)
# Import mappings the office saved from the import window: {name: mapping JSON}.
SAVED_IMPORT_MAPPINGS: Setting[str] = Setting("import.saved_mappings", "{}", "导入映射", str)
POLL_INTERVAL_MINUTES: Setting[int] = Setting("poll.interval_minutes", 15, "检查间隔（分钟）", int)
DIGEST_ABOVE: Setting[int] = Setting("poll.digest_above", 3, "超过几件时合并为一条提醒", int)
DUTY_ALERT_KINDS: Setting[str] = Setting(
    "duty.alert_kinds", ",".join(sorted(DEFAULT_DUTY_KINDS)), "值班人员接收的提醒类型", str
)
NEW_TICKET_DUE_RULE: Setting[str] = Setting(
    "tickets.default_due_rule", "office.joint", "手工登记工单的默认办理时限规则", str
)
CALLBACK_ATTEMPTS: Setting[int] = Setting(
    "callback.attempts_before_unreachable", 3, "记为无法联系前须拨打的次数", int
)
TICKET_NUMBER_PATTERN: Setting[str] = Setting(
    "tickets.number_pattern",
    r"[A-Za-z0-9][A-Za-z0-9_\-]{0,39}",
    "工单编号格式（正则表达式）",
    str,
)
# Unit assessment and accountability thresholds, as JSON (domain.assessment).
ASSESSMENT_RULES: Setting[str] = Setting(
    "statistics.assessment_rules", AssessmentRules().to_json(), "考核与责任追究规则", str
)


def _yes(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


def _yes_text(value: bool) -> str:
    return "true" if value else "false"


# Sign-in on a single workstation's SQLite store (always on for PostgreSQL).
SIGN_IN_REQUIRED: Setting[bool] = Setting("security.sign_in", False, "需要登录", _yes, _yes_text)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    OFFICE_OPENS,
    OFFICE_CLOSES,
    POLL_INTERVAL_MINUTES,
    DIGEST_ABOVE,
    DUTY_ALERT_KINDS,
    NEW_TICKET_DUE_RULE,
    TICKET_NUMBER_PATTERN,
    CALLBACK_ATTEMPTS,
)


# Attachments (domain.attachments): the largest file, and all of one ticket's, in MB.
ATTACHMENT_FILE_MB: Setting[int] = Setting("attachments.file_mb", 20, "单个附件上限（MB）", int)
ATTACHMENT_TICKET_MB: Setting[int] = Setting(
    "attachments.ticket_mb", 200, "每件工单附件总量上限（MB）", int
)
# The office's category tree for the knowledge base, as JSON: ["一级/二级/三级", …].
KNOWLEDGE_CATEGORIES: Setting[str] = Setting("knowledge.categories", "[]", "知识库分类", str)
