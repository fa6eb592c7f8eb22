"""Keeping a ticket in step with the city platform's export, as events.

Each import of a platform export that holds a ticket the office already has
compares three things per field: what the platform said the last time (the
snapshot kept in the ticket's events), what it says now, and what the office
has. A field only the platform changed is taken over; a field the office
changed and the platform left alone stays the office's; a field both changed
to different values is a conflict the operator settles. A changed platform
state becomes the matching step of the ticket's life (重新交办, 审核退回,
归档), never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hotline_desk.domain import lifecycle
from hotline_desk.domain.import_mapping import FIELD_LABELS as IMPORT_FIELD_LABELS
from hotline_desk.domain.lifecycle import Action, ActionRefused
from hotline_desk.domain.ticket import Caller, Event, Ticket, TicketKind, TicketState

# The platform's own steps a mapping's state values may name besides the
# product's states (state keys as in `ticket list --state`).
REASSIGNED = "reassigned"  # 重新交办
REVIEW_RETURNED = "review_returned"  # 审核退回
PLATFORM_STATES = (*(s.value for s in TicketState), REASSIGNED, REVIEW_RETURNED)

# The fields the platform owns and the office may correct; compared on each import.
SYNCED_FIELDS = (
    "kind", "title", "content", "category", "address", "caller_name", "caller_phone",
    "caller_address", "due_at",
)  # fmt: skip
FIELD_LABELS = IMPORT_FIELD_LABELS
PLATFORM_NOTE = "市平台导出：{source}"


def shown(name: str, value: str) -> str:
    """A snapshot value as the office reads it (state and kind by their labels)."""
    if name == "state":
        labels = {s.value: s.label for s in TicketState}
        labels |= {REASSIGNED: "重新交办", REVIEW_RETURNED: "审核退回"}
        return labels.get(value, value)
    if name == "kind":
        return {k.value: k.label for k in TicketKind}.get(value, value)
    return value


def field_value(ticket: Ticket, name: str) -> str:
    """The ticket's value of a synced field as the text a snapshot keeps."""
    if name == "kind":
        return ticket.kind.value
    if name == "due_at":
        return ticket.due_at.isoformat(" ") if ticket.due_at else ""
    if name.startswith("caller_"):
        return str(getattr(ticket.caller, name.removeprefix("caller_")))
    return str(getattr(ticket, name))


def set_field(ticket: Ticket, name: str, value: str) -> None:
    if name == "kind":
        ticket.kind = TicketKind(value)
    elif name == "due_at":
        ticket.due_at = datetime.fromisoformat(value) if value else ticket.due_at
        ticket.city_due_at = ticket.due_at
    elif name.startswith("caller_"):
        caller = ticket.caller
        values = {"name": caller.name, "phone": caller.phone, "address": caller.address}
        values[name.removeprefix("caller_")] = value
        ticket.caller = Caller(**values)
    else:
        setattr(ticket, name, value)


def snapshot(ticket: Ticket, platform_state: str) -> dict[str, str]:
    """What the platform says about a ticket, as kept in its events."""
    taken = {name: field_value(ticket, name) for name in SYNCED_FIELDS}
    taken["state"] = platform_state
    return taken


def last_snapshot(events: Sequence[Event]) -> dict[str, str] | None:
    """The platform's view at the ticket's latest import (None: never imported)."""
    for event in reversed(events):
        platform = event.data.get("platform")
        if isinstance(platform, dict):
            return {str(k): str(v) for k, v in platform.items()}
    return None


def open_conflicts(events: Sequence[Event]) -> dict[str, dict[str, Any]]:
    """Field → the latest unsettled conflict's data (settling removes it)."""
    found: dict[str, dict[str, Any]] = {}
    for event in events:
        name = event.data.get("field")
        if event.action == Action.PLATFORM_CONFLICT.value and name:
            found[str(name)] = dict(event.data)
        elif event.action == Action.SETTLE_CONFLICT.value and name:
            found.pop(str(name), None)
    return found


@dataclass
class SyncOutcome:
    events: list[Event] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # field, local, platform

    @property
    def changed(self) -> bool:
        """Whether the ticket changed or a conflict was found (recording the
        platform's new snapshot alone is no change)."""
        quiet = (Action.PLATFORM_CONFLICT.value, Action.PLATFORM_SEEN.value)
        return any(e.action not in quiet for e in self.events) or bool(self.conflicts)


def sync(
    ticket: Ticket,
    incoming: Mapping[str, str],
    before: Mapping[str, str] | None,
    actor: str,
    at: datetime,
    reassigned_due: Callable[[datetime], datetime],
    source: str,
    unsettled: Mapping[str, Mapping[str, Any]] | None = None,
) -> SyncOutcome:
    """Brings ``ticket`` in step with the platform's ``incoming`` snapshot.

    ``before`` is the platform's snapshot of the previous import (None for a
    ticket typed in here: then only fields the office left empty are filled,
    and differing ones are conflicts). Returns the events to record – the
    last one carries the new snapshot – and the conflicts found.
    """
    unsettled = unsettled or {}
    outcome = SyncOutcome()
    note = PLATFORM_NOTE.format(source=source)
    changes: dict[str, list[str]] = {}
    for name in SYNCED_FIELDS:
        now_says = incoming.get(name, "")
        local = field_value(ticket, name)
        said = before.get(name, "") if before is not None else None
        if not now_says or now_says in (local, said):
            continue  # nothing new from the platform, or already the same
        typed_without_city_due = name == "due_at" and said is None and not ticket.city_due_at
        if local == said or (said is None and not local) or typed_without_city_due:
            changes[name] = [local, now_says]
            if name == "due_at":
                old_due = ticket.due_at
                set_field(ticket, name, now_says)
                outcome.events.append(_due_event(ticket, actor, at, note, old_due))
            else:
                set_field(ticket, name, now_says)
        elif unsettled.get(name, {}).get("platform_value") != now_says:
            outcome.conflicts.append((name, local, now_says))
    other = {k: v for k, v in changes.items() if k != "due_at"}
    if other:
        outcome.events.append(lifecycle.platform_update(ticket, actor, at, note, changes=other))
    state = incoming.get("state", "")
    said_state = before.get("state", "") if before is not None else ""
    if state and state != said_state:
        try:
            step = _state_step(ticket, state, actor, at, reassigned_due, note)
        except ActionRefused:
            step = None
            local_state = ticket.state.value
            if unsettled.get("state", {}).get("platform_value") != state:
                outcome.conflicts.append(("state", local_state, state))
        if step is not None:
            outcome.events.append(step)
    for name, local, platform in outcome.conflicts:
        outcome.events.append(
            lifecycle.platform_conflict(ticket, actor, at, name, local, platform, note)
        )
    if outcome.changed or before is None or dict(before) != dict(incoming):
        outcome.events.append(
            lifecycle.platform_seen(ticket, actor, at, note, platform=dict(incoming))
        )
    return outcome


def _state_step(
    ticket: Ticket,
    state: str,
    actor: str,
    at: datetime,
    reassigned_due: Callable[[datetime], datetime],
    note: str,
) -> Event | None:
    """The life step the platform's new state stands for (None: nothing to do
    here); ActionRefused when the ticket's own state does not allow it."""
    if state == REASSIGNED:
        if ticket.reassigned and ticket.state is TicketState.HANDLING:
            return None
        return lifecycle.reassign(ticket, actor, at, reassigned_due(at), note)
    if state == REVIEW_RETURNED:
        if ticket.review_returned and ticket.state is TicketState.HANDLING:
            return None
        return lifecycle.review_return(ticket, actor, at, note)
    if state == TicketState.ARCHIVED.value:
        if ticket.state is TicketState.ARCHIVED:
            return None
        return lifecycle.archive(ticket, actor, at)
    # The platform's view of the office's own progress lags behind it: kept
    # in the snapshot, never a step back.
    return None


def _due_event(ticket: Ticket, actor: str, at: datetime, note: str, old: datetime | None) -> Event:
    assert ticket.due_at is not None
    return lifecycle.platform_due(ticket, actor, at, note, old, ticket.due_at)
