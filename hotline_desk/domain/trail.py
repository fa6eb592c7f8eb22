"""The tamper-evident trail: every ticket's events chained by a keyed hash.

Each event's seal is an HMAC-SHA256 (the office's key) over the previous
event's seal, the ticket, the event's position in the trail and every field
of the event; the ticket keeps a keyed *head* over its number, its state, the
length of its trail and the last seal. Without the key – which is kept out of
the database – nobody can change an actor or a state, insert, delete or
reorder events, drop the newest one, or change a ticket's state beside its
trail, without ``verify`` naming the ticket and the event.

Seals are 128 bits (a truncated HMAC, as NIST SP 800-107 allows), written as
22 characters of URL-safe base64: half the space of a full hex digest, over
millions of events.
"""

from __future__ import annotations

import base64
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

SEAL_BYTES = 16
SEAL_CHARS = 22


def _field(value: str) -> bytes:
    data = value.encode("utf-8")
    return str(len(data)).encode() + b":" + data  # length-prefixed: no field bleeds into another


def _seal(key: bytes, parts: Iterable[str]) -> str:
    message = b"".join(_field(p) for p in parts)
    digest = hmac.digest(key, message, "sha256")[:SEAL_BYTES]
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def at_text(at: datetime | str) -> str:
    """A timestamp as both stores give it back (SQLite's text, PostgreSQL's value)."""
    if isinstance(at, str):
        return at if len(at) > 19 else at + ".000000"
    return at.isoformat(" ", "microseconds")


def data_text(data: dict[str, Any] | str | None) -> str:
    """An event's data in one canonical spelling, whatever JSON text a store kept."""
    if data is None or data == "" or data == "{}":
        return "{}"
    if isinstance(data, str):
        data = json.loads(data)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class SealedFields:
    """What a seal covers of one event, as plain values."""

    at: datetime | str
    actor: str
    action: str
    from_state: str
    to_state: str
    note: str
    data: dict[str, Any] | str | None


def event_seal(key: bytes, previous: str, ticket_id: int, position: int, e: SealedFields) -> str:
    return _seal(
        key,
        (
            "event",
            previous,
            str(ticket_id),
            str(position),
            at_text(e.at),
            e.actor,
            e.action,
            e.from_state,
            e.to_state,
            e.note or "",
            data_text(e.data),
        ),
    )


def head_seal(key: bytes, ticket_id: int, number: str, state: str, length: int, last: str) -> str:
    return _seal(key, ("head", str(ticket_id), number, state, str(length), last))


def key_fingerprint(key: bytes) -> str:
    """Names a key without revealing it (kept with the database to tell keys apart)."""
    return _seal(key, ("fingerprint",))[:12]


# Why a ticket no longer verifies (the first break of its trail).
BROKEN_EVENT = "第 {position} 条记录被改动、插入或调换过"
BROKEN_HEAD = "记录条数或工单状态与封存的不符（有记录被删除，或状态被直接改过）"
BROKEN_UNSEALED = "第 {position} 条记录没有封存（不是经本程序写入的）"
TRAIL_TEXTS = (BROKEN_EVENT, BROKEN_HEAD, BROKEN_UNSEALED)


@dataclass(frozen=True)
class TrailBreak:
    ticket_id: int
    number: str
    event_id: int | None  # the first event that does not verify; None: the head
    position: int | None
    reason: str
    params: dict[str, object]

    def text(self) -> str:
        return self.reason.format(**self.params)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    fields: SealedFields
    seal: str | None


def check_trail(
    key: bytes,
    ticket_id: int,
    number: str,
    state: str,
    head: str | None,
    length: int | None,
    events: Sequence[StoredEvent],
) -> TrailBreak | None:
    """The first break in one ticket's trail (events in the order written), or None."""
    previous = ""
    for position, event in enumerate(events):
        if event.seal is None:
            return TrailBreak(
                ticket_id, number, event.id, position + 1, BROKEN_UNSEALED,
                {"position": position + 1},
            )  # fmt: skip
        if not hmac.compare_digest(
            event.seal, event_seal(key, previous, ticket_id, position, event.fields)
        ):
            return TrailBreak(
                ticket_id, number, event.id, position + 1, BROKEN_EVENT,
                {"position": position + 1},
            )  # fmt: skip
        previous = event.seal
    expected = head_seal(key, ticket_id, number, state, len(events), previous)
    if head is None or length != len(events) or not hmac.compare_digest(head, expected):
        return TrailBreak(ticket_id, number, None, None, BROKEN_HEAD, {})
    return None


def extend_trail(
    key: bytes,
    ticket_id: int,
    number: str,
    state: str,
    length: int,
    last: str,
    new: Sequence[SealedFields],
) -> tuple[list[str], str]:
    """Seals for events appended to a trail of ``length`` ending in ``last``,
    and the ticket's new head."""
    seals = []
    for offset, fields in enumerate(new):
        last = event_seal(key, last, ticket_id, length + offset, fields)
        seals.append(last)
    return seals, head_seal(key, ticket_id, number, state, length + len(new), last)
