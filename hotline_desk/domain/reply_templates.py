"""Reply templates (答复参考范本): what a unit's feedback must contain.

Each template names the parts of the structured feedback that must be filled
(cause, actions, next steps, the policy or legal basis) and offers starting
text for them. Feedback that lacks a required part is flagged on the ticket.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

FEEDBACK_PARTS: dict[str, str] = {
    "cause": "问题原因",
    "actions": "处理情况",
    "next_steps": "下一步措施",
    "basis": "政策法规依据",
}


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    code: str
    name: str
    required: tuple[str, ...] = ("cause", "actions", "basis")
    starters: Mapping[str, str] = field(default_factory=dict)  # part -> starting text

    def __post_init__(self) -> None:
        unknown = [p for p in (*self.required, *self.starters) if p not in FEEDBACK_PARTS]
        if unknown:
            raise ValueError(
                f"template {self.code!r}: unknown feedback part(s) {unknown}; "
                f"known: {', '.join(FEEDBACK_PARTS)}"
            )

    def missing(self, parts: Mapping[str, str]) -> list[str]:
        """The required parts left empty, or left exactly as the starting text."""
        gaps = []
        for part in self.required:
            value = (parts.get(part) or "").strip()
            if not value or value == self.starters.get(part, "").strip():
                gaps.append(part)
        return gaps

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ReplyTemplate:
        return cls(
            str(data["code"]),
            str(data["name"]),
            tuple(data.get("required", ())),
            dict(data.get("starters", {})),
        )

    def to_mapping(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "required": list(self.required),
            "starters": dict(self.starters),
        }


def describe_missing(parts: list[str]) -> str:
    return "、".join(FEEDBACK_PARTS[p] for p in parts)


# The blanks a template's starting text leaves for the operator: an empty
# title 《》, a date "  月  日", an article "第  条" – still there, the text
# is the template's, not the unit's answer.
_BLANKS = re.compile(r"《\s*》|\s{2,}[月日条]|（\s*）|_{2,}")
STARTER_LEFT = "单位的实际答复，不是范本的开头或空白（「{text}」）"


def unfinished_part(
    parts: Mapping[str, str], starters: Iterable[Mapping[str, str]]
) -> tuple[str, str] | None:
    """The first feedback part (its key, its text) still a template's starting
    text or holding one of its blanks; None when every part is the unit's own."""
    known = {text.strip() for s in starters for text in s.values() if text.strip()}
    for part in FEEDBACK_PARTS:
        text = (parts.get(part) or "").strip()
        if text and (text in known or _BLANKS.search(text)):
            return part, text
    return None
