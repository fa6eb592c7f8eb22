"""The sealed trail at the service level: sealing a store on first open,
verifying every trail (``db verify``, the window at start and after a
restore, the daily poll for the day's events).

A store is sealed once: the first program of this version to open it makes
the office's key (services.trail_keys), seals the history as it stands and
records when and by whom (``trail_seals``). From then on every event is
sealed as it is written, and a workstation without the key may read but not
write.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from hotline_desk.domain.trail import TrailBreak
from hotline_desk.services.context import AppContext
from hotline_desk.services.trail_keys import keep_key, load_key, new_key
from hotline_desk.store import office as office_store
from hotline_desk.store import trail as store
from hotline_desk.store.trail import TrailKeyMissing

__all__ = ["TrailKeyMissing", "TrailReport", "open_trail", "verify_trail", "verify_since"]
log = logging.getLogger(__name__)
KEY_SETTING = "trail.key"  # the fingerprint of the key the store is sealed with


def open_trail(context: AppContext) -> None:
    """Gives the context the store's key, sealing the store first if it never was."""
    db = context.db
    with db.session() as session:
        fingerprint = office_store.setting_text(session, KEY_SETTING)
    if fingerprint is None:
        key = new_key()
        with db.session() as session:
            store.lock_sealing(session)
            fingerprint = office_store.setting_text(session, KEY_SETTING)
            if fingerprint is None:  # nobody sealed it meanwhile
                fingerprint = keep_key(key)
                tickets, events = store.seal_all(session, key)
                office_store.put_setting_text(session, KEY_SETTING, fingerprint)
                store.record_sealing(
                    session, fingerprint, context.clock.now(), context.operator, tickets, events
                )
                log.info("trail sealed: %d tickets, %d events", tickets, events)
                db.trail_key, db.trail_required = key, True
                return
    db.trail_key = load_key(fingerprint)
    db.trail_required = True
    if db.trail_key is None:
        log.warning("this workstation has no trail key %s: it can read but not write", fingerprint)


def store_fingerprint(context: AppContext) -> str | None:
    with context.db.session() as session:
        return office_store.setting_text(session, KEY_SETTING)


@dataclass
class TrailReport:
    checked: int = 0
    breaks: list[TrailBreak] = field(default_factory=list)
    seconds: float = 0.0
    sealed: list[tuple[datetime, str, int, int]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "seconds": round(self.seconds, 2),
            "broken": [
                {
                    "number": b.number,
                    "event_id": b.event_id,
                    "position": b.position,
                    "reason": b.text(),
                }
                for b in self.breaks
            ],
            "sealed": [
                {"at": at.isoformat(" ", "seconds"), "by": by, "tickets": t, "events": e}
                for at, by, t, e in self.sealed
            ],
        }


def verify_trail(
    context: AppContext,
    ticket_ids: Iterable[int] | None = None,
    progress: Callable[[int], None] | None = None,
    processes: int = 1,
) -> TrailReport:
    """Checks every trail (or those of ``ticket_ids``); names each broken one.
    With ``processes`` > 1 (``db verify``: one per core) the tickets are split
    between that many processes, each with its own connection."""
    key = context.db.trail_key
    if key is None:
        raise TrailKeyMissing()
    started = time.perf_counter()
    report = TrailReport()
    with context.db.session() as session:
        span = store.id_span(session) if ticket_ids is None else None
        if span is not None and processes > 1 and span[1] - span[0] > 10 * store.CHUNK:
            report.checked, report.breaks = _verify_in_processes(
                context.db.url, key, span, processes
            )
        else:
            for item in store.verify(session, key, ticket_ids):
                if isinstance(item, int):
                    report.checked = item
                    if progress is not None:
                        progress(item)
                else:
                    report.breaks.append(item)
        report.sealed = [
            (s.sealed_at, s.sealed_by, s.tickets, s.events) for s in store.sealings(session)
        ]
    report.seconds = time.perf_counter() - started
    if report.breaks:
        log.warning("%d tickets no longer verify", len(report.breaks))
    return report


def _verify_in_processes(
    url: str, key: bytes, span: tuple[int, int], processes: int
) -> tuple[int, list[TrailBreak]]:
    from concurrent.futures import ProcessPoolExecutor

    low, high = span
    step = (high - low) // processes + 1
    parts = [(low + i * step, min(high, low + (i + 1) * step - 1)) for i in range(processes)]
    checked, breaks = 0, []
    with ProcessPoolExecutor(max_workers=processes) as pool:
        for part_checked, part_breaks in pool.map(_verify_part, [(url, key, p) for p in parts]):
            checked += part_checked
            breaks += part_breaks
    return checked, breaks


def _verify_part(job: tuple[str, bytes, tuple[int, int]]) -> tuple[int, list[TrailBreak]]:
    """One process's share: its own connection, the tickets of one span."""
    from hotline_desk.store.database import open_database

    url, key, span = job
    db = open_database(url, stamp=datetime.now(), migrate=False)
    checked, breaks = 0, []
    try:
        with db.session() as session:
            for item in store.verify(session, key, span=span):
                if isinstance(item, int):
                    checked = item
                else:
                    breaks.append(item)
    finally:
        db.dispose()
    return checked, breaks


def verify_since(context: AppContext, since: datetime) -> TrailReport:
    """The trails of the tickets that have events since ``since`` (the daily poll)."""
    with context.db.session() as session:
        ids = store.tickets_with_events_since(session, since)
    return verify_trail(context, ids)
