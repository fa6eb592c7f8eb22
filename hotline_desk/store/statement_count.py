"""Counts what the store sends to its database: statements, transactions and
new connections – the round trips a distant server makes each one cost.

Used by the statement-budget test and bench/round_trips.py; nothing in the
application counts (the listeners are attached only while counting).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool


@dataclass
class Sent:
    statements: list[str] = field(default_factory=list)
    transactions: int = 0  # each a BEGIN and a COMMIT or ROLLBACK on the wire
    connections: int = 0  # each a handshake (several round trips on PostgreSQL)

    @property
    def round_trips(self) -> int:
        """Statements, plus BEGIN and COMMIT of every transaction."""
        return len(self.statements) + 2 * self.transactions


@contextmanager
def counting() -> Iterator[Sent]:
    """Counts everything every engine of this process sends meanwhile."""
    sent = Sent()

    def statement(_conn: Any, _cursor: Any, text: str, *_args: Any) -> None:
        sent.statements.append(" ".join(text.split())[:160])

    def begin(_conn: Any) -> None:
        sent.transactions += 1

    def connect(*_args: Any) -> None:
        sent.connections += 1

    hooks: list[tuple[Any, str, Callable[..., Any]]] = [
        (Engine, "before_cursor_execute", statement),
        (Engine, "begin", begin),
        (Pool, "connect", connect),
    ]
    for target, name, hook in hooks:
        event.listen(target, name, hook)
    try:
        yield sent
    finally:
        for target, name, hook in hooks:
            event.remove(target, name, hook)
