"""Errors a person can act on: which row, which field, what was expected."""

from __future__ import annotations


class InputError(ValueError):
    def __init__(
        self,
        field: str,
        expected: str,
        got: object = None,
        row: int | None = None,
        source: str = "",
    ) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        self.row = row
        self.source = source
        where = []
        if source:
            where.append(source)
        if row is not None:
            where.append(f"row {row}")
        prefix = (", ".join(where) + ": ") if where else ""
        shown = "" if got is None else f", got {got!r}"
        super().__init__(f"{prefix}field {field!r}: expected {expected}{shown}")


class InputErrors(ValueError):
    """Several rows were wrong; nothing of the batch was stored."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        lines = "\n".join(f"  {e}" for e in errors[:50])
        more = f"\n  ... and {len(errors) - 50} more" if len(errors) > 50 else ""
        super().__init__(f"{len(errors)} invalid row(s); nothing was imported:\n{lines}{more}")
