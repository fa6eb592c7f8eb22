"""The tamper-evident trail: every ticket's events chained by a keyed hash.

Each event's seal is a keyed BLAKE2b (the office's key) over the previous
event's seal, the ticket, the event's position in the trail and every field
of the event; the ticket keeps a keyed *head* over its number, its state, the
length of its trail and the last seal. Without the key – which is kept out of
the database – nobody can change an actor or a state, insert, delete or
reorder events, drop the newest one, or change a ticket's state beside its
trail, without ``verify`` naming the ticket and the event.

Seals are 128 bits, written as 22 characters of URL-safe base64: a third of the space
of a full hex digest, over millions of events.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

SEAL_BYTES = 16
SEAL_CHARS = 22
_URL_SAFE = bytes.maketrans(b"+/", b"-_")  # a seal also names a key file
_JSON_CACHE: dict[str, str] = {}  # a store's JSON text -> the canonical spelling


def _mac(key: bytes, message: str) -> str:
    """A keyed BLAKE2b over ``message`` (BLAKE2's own keyed mode is a MAC, and
    several times faster than HMAC-SHA256 in CPython), as 22 characters."""
    digest = hashlib.blake2b(message.encode(), key=key, digest_size=SEAL_BYTES).digest()
    return binascii.b2a_base64(digest, newline=False)[:SEAL_CHARS].translate(_URL_SAFE).decode()


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
        known = _JSON_CACHE.get(data)
        if known is not None:
            return known
        if len(_JSON_CACHE) > 50_000:
            _JSON_CACHE.clear()
        canonical = data_text(json.loads(data))
        _JSON_CACHE[data] = canonical
        return canonical
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _event_message(
    previous: str, ticket_id: int, position: int, at: datetime | str, actor: str,
    action: str, from_state: str, to_state: str, note: str | None, data: Any,
) -> str:  # fmt: skip
    """Every field, length-prefixed: no field's text can pass for another's."""
    at, note, data = at_text(at), note or "", data_text(data)
    return (
        f"event|{previous}|{ticket_id}|{position}|{len(at)}:{at}|{len(actor)}:{actor}|"
        f"{len(action)}:{action}|{len(from_state)}:{from_state}|{len(to_state)}:{to_state}|"
        f"{len(note)}:{note}|{len(data)}:{data}"
    )


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
    return _mac(
        key,
        _event_message(
            previous, ticket_id, position, e.at, e.actor, e.action, e.from_state, e.to_state,
            e.note, e.data,
        ),
    )  # fmt: skip


def head_seal(key: bytes, ticket_id: int, number: str, state: str, length: int, last: str) -> str:
    return _mac(key, f"head|{ticket_id}|{len(number)}:{number}|{state}|{length}|{last}")


def key_fingerprint(key: bytes) -> str:
    """Names a key without revealing it (kept with the database to tell keys apart)."""
    return _mac(key, "fingerprint")[:12]


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


# One stored event as the store reads it for a check: (id, at, actor, action,
# from_state, to_state, note, data, seal) – plain tuples, a million times over.
EventTuple = tuple[int, Any, str, str, str, str, str | None, Any, str | None]


def check_trail(
    key: bytes,
    ticket_id: int,
    number: str,
    state: str,
    head: str | None,
    length: int | None,
    events: Sequence[EventTuple],
) -> TrailBreak | None:
    """The first break in one ticket's trail (events in the order written), or None."""
    previous = ""
    for position, (event_id, at, actor, action, before, after, note, data, seal) in enumerate(
        events
    ):
        if seal is None:
            return TrailBreak(
                ticket_id, number, event_id, position + 1, BROKEN_UNSEALED,
                {"position": position + 1},
            )  # fmt: skip
        message = _event_message(
            previous, ticket_id, position, at, actor, action, before, after, note, data
        )
        if not hmac.compare_digest(seal, _mac(key, message)):
            return TrailBreak(
                ticket_id, number, event_id, position + 1, BROKEN_EVENT,
                {"position": position + 1},
            )  # fmt: skip
        previous = seal
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
