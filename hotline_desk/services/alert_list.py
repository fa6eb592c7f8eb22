"""The in-app alert list (提醒) as the window and the CLI read it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hotline_desk.domain.alerts import AlertKind
from hotline_desk.services.context import AppContext
from hotline_desk.store.alerts import mark_seen, recent_alerts, unseen_count


@dataclass(frozen=True, slots=True)
class AlertEntry:
    id: int
    created_at: datetime
    kind: AlertKind
    number: str
    title: str
    body: str
    channel: str  # "tray", "plyer" or "" (shown in the window only)
    recipient: str  # who was on duty, when it went to them
    seen: bool


@dataclass(frozen=True, slots=True)
class AlertList:
    entries: list[AlertEntry]
    unseen: int  # over all alerts, not only the listed ones


def alert_list(context: AppContext, limit: int = 200, unseen_only: bool = False) -> AlertList:
    with context.db.session() as session:
        rows = recent_alerts(session, limit, unseen_only)
        entries = [
            AlertEntry(
                r.id,
                r.created_at,
                AlertKind(r.kind),
                r.number,
                r.title,
                r.body,
                r.channel or "",
                r.recipient or "",
                r.seen_at is not None,
            )
            for r in rows
        ]
        return AlertList(entries, unseen_count(session))


def mark_alerts_seen(context: AppContext, alert_ids: Sequence[int] | None = None) -> int:
    """Marks these alerts (all unseen ones when None) as seen now."""
    with context.db.session() as session:
        return mark_seen(session, context.clock.now(), alert_ids)
