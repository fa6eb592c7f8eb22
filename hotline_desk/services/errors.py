"""Errors a person can act on: which row, which field, what was expected.

Messages are in the office's language (Chinese): ``field`` is the field as
the form or the file names it, ``expected`` says what would be accepted.
``expected`` is a fixed pattern and what varies goes in ``params`` (like
:class:`~hotline_desk.domain.lifecycle.ActionRefused`), so the window can
translate the pattern through its "Domain" catalogue when the user chose
English and fill in the values afterwards; tests/test_translations.py checks
every pattern is in that catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping


def _got(value: object) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class InputError(ValueError):
    def __init__(
        self,
        field: str,
        expected: str,
        got: object = None,
        row: int | None = None,
        source: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.field = field
        self.expected = expected
        self.params = dict(params or {})
        self.got = got
        self.row = row
        self.source = source
        super().__init__(self.where() + self.problem())

    def where(self) -> str:
        parts = []
        if self.source:
            parts.append(self.source)
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        return ("，".join(parts) + "：") if parts else ""

    def problem(self) -> str:
        shown = "" if self.got in (None, "") else f"（实际为「{_got(self.got)}」）"
        return f"「{self.field}」应为{self.expected_text()}{shown}"

    def expected_text(self) -> str:
        """``expected`` with its params filled in (lists joined with 、)."""
        return self.expected.format(
            **{
                k: "、".join(map(str, v)) if isinstance(v, tuple | list) else v
                for k, v in self.params.items()
            }
        )


class InputErrors(ValueError):
    """Several rows were wrong; nothing of the batch was stored."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        lines = "\n".join(f"  {e}" for e in errors[:50])
        more = f"\n  ……另有 {len(errors) - 50} 处" if len(errors) > 50 else ""
        super().__init__(f"{len(errors)} 处错误，未导入任何内容：\n{lines}{more}")


def bounded_text(field: str, value: str, limit: int) -> str:
    """``value`` stripped; too long, or with a NUL or other control character
    (PostgreSQL refuses NUL), is an InputError naming the field and the limit –
    the same on both stores."""
    text = value.strip()
    if len(text) > limit:
        raise InputError(
            field,
            "不超过 {limit} 个字（实际 {length} 个）",
            params={"limit": limit, "length": len(text)},
        )
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        raise InputError(field, "不含控制字符的文字")
    return text


def connection_problem(error: BaseException) -> bool:
    """Whether ``error`` is the database out of reach (server, network, a
    locked file), which passes, rather than a bug."""
    from hotline_desk.store.connection_errors import is_connection_problem

    return is_connection_problem(error)
