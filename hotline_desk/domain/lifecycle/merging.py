"""One matter, several tickets: linking, merging repeats (并单) and undoing both.

A link records that two tickets concern related matters; both keep their own
life. A merge makes a repeat complaint follow a main ticket: the repeat keeps
its platform number (each number is still answered to the platform) and
takes the main ticket's dispatch, feedback, submission and archiving as
events of its own, each saying which main ticket it followed. Its callback
follows only when the same caller is called back (a different citizen is
called back on their own ticket – never recorded as reached when they were
not). Undoing a merge is an event on both tickets; the repeat goes on from
where it stands.

Merging is allowed while the matter is still at the unit (待派单 or 办理中),
into a main ticket that is neither a repeat itself nor already answered; a
repeat that is being handled must be with the main ticket's unit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from hotline_desk.domain.lifecycle.actions import FOLLOWED_AT_THE_UNIT, Action
from hotline_desk.domain.lifecycle.events import _event, _require_state
from hotline_desk.domain.lifecycle.refusals import (
    ALREADY_MERGED,
    HAS_REPEATS,
    MAIN_IS_REPEAT,
    MAIN_NOT_DISPATCHED,
    MERGE_OTHER_UNIT,
    NOT_LINKED,
    NOT_MERGED,
    SAME_TICKET,
    ActionRefused,
)
from hotline_desk.domain.ticket import Event, Ticket, TicketState

# The main ticket's actions its repeats follow: its handling at the unit (which
# a repeat no longer does on its own) and its closing steps.
FOLLOWED_ACTIONS = (FOLLOWED_AT_THE_UNIT - {Action.MERGE}) | {
    Action.CALLBACK,
    Action.SEND_BACK,
    Action.SUBMIT,
    Action.REVIEW_RETURN,
    Action.ARCHIVE,
}


def _different(ticket: Ticket, other: Ticket, action: Action) -> None:
    if ticket.number == other.number:
        raise ActionRefused(ticket, action, SAME_TICKET)


def link(ticket: Ticket, other: Ticket, actor: str, at: datetime, note: str = "") -> list[Event]:
    """关联: an event on each ticket naming the other; nothing else changes."""
    _different(ticket, other, Action.LINK)
    return [
        _event(ticket, Action.LINK, actor, at, ticket.state, note.strip(), other=other.number),
        _event(other, Action.LINK, actor, at, other.state, note.strip(), other=ticket.number),
    ]


def unlink(
    ticket: Ticket, other: Ticket, linked: bool, actor: str, at: datetime, note: str = ""
) -> list[Event]:
    """取消关联 of two tickets that are linked (``linked``: the store says so)."""
    _different(ticket, other, Action.UNLINK)
    if not linked:
        raise ActionRefused(ticket, Action.UNLINK, NOT_LINKED, other=other.number)
    return [
        _event(ticket, Action.UNLINK, actor, at, ticket.state, note.strip(), other=other.number),
        _event(other, Action.UNLINK, actor, at, other.state, note.strip(), other=ticket.number),
    ]


def merge(
    main: Ticket,
    repeat: Ticket,
    actor: str,
    at: datetime,
    reason: str = "",
    repeat_has_repeats: bool = False,
) -> list[Event]:
    """并单: ``repeat`` follows ``main`` from now on. Returns the events, the
    main ticket's first; a repeat still 待派单 is dispatched to the main
    ticket's units at once (an event that says it followed the main)."""
    _different(main, repeat, Action.MERGE)
    if main.merged_into:
        raise ActionRefused(main, Action.MERGE, MAIN_IS_REPEAT, main=main.merged_into)
    if repeat.merged_into:
        raise ActionRefused(repeat, Action.MERGE, ALREADY_MERGED, main=repeat.merged_into)
    _require_state(main, Action.MERGE)
    _require_state(repeat, Action.MERGE)
    if repeat_has_repeats:
        raise ActionRefused(repeat, Action.MERGE, HAS_REPEATS)
    if repeat.state is TicketState.HANDLING:
        if main.state is not TicketState.HANDLING:
            raise ActionRefused(repeat, Action.MERGE, MAIN_NOT_DISPATCHED, main=main.number)
        if repeat.main_unit_id != main.main_unit_id:
            raise ActionRefused(repeat, Action.MERGE, MERGE_OTHER_UNIT, main=main.number)
    note = reason.strip()
    events = [
        _event(main, Action.MERGE, actor, at, main.state, note, repeat=repeat.number),
    ]
    repeat.merged_into = main.number
    events.append(_event(repeat, Action.MERGE, actor, at, repeat.state, note, main=main.number))
    if repeat.state is TicketState.RECEIVED and main.state is TicketState.HANDLING:
        events.append(_catch_up_dispatch(main, repeat, actor, at))
    return events


def _catch_up_dispatch(main: Ticket, repeat: Ticket, actor: str, at: datetime) -> Event:
    """The repeat goes to the unit already handling the matter."""
    from hotline_desk.domain.lifecycle.dispatching import dispatch

    assert main.main_unit_id is not None
    unit, co_units = main.main_unit_id, main.co_unit_ids
    return following(repeat, lambda t: dispatch(t, actor, at, unit, co_units))[0]


def unmerge(main: Ticket, repeat: Ticket, actor: str, at: datetime, note: str = "") -> list[Event]:
    """取消并单: the repeat leaves the main ticket and goes on on its own."""
    _require_state(repeat, Action.UNMERGE)
    if repeat.merged_into != main.number:
        raise ActionRefused(repeat, Action.UNMERGE, NOT_MERGED, main=main.number)
    repeat.merged_into = None
    return [
        _event(main, Action.UNMERGE, actor, at, main.state, note.strip(), repeat=repeat.number),
        _event(repeat, Action.UNMERGE, actor, at, repeat.state, note.strip(), main=main.number),
    ]


def follows(action: Action, main: Ticket, repeat: Ticket) -> bool:
    """Whether the repeat takes the main ticket's ``action`` too: the handling
    does; a callback only when the same caller was called back."""
    if action not in FOLLOWED_ACTIONS or repeat.merged_into != main.number:
        return False
    if action is Action.CALLBACK:
        same_caller = bool(repeat.caller.phone) and repeat.caller.phone == main.caller.phone
        return same_caller and not repeat.confidential
    return True


def following(repeat: Ticket, change: Callable[[Ticket], Event | list[Event]]) -> list[Event]:
    """Applies the main ticket's ``change`` to a merged repeat: the state rules
    of the repeat hold (a refusal is the caller's to handle), and every event
    says which main ticket it followed."""
    main = repeat.merged_into
    repeat.merged_into = None  # the repeat's own refusal of separate handling
    try:
        result = change(repeat)
    finally:
        repeat.merged_into = main
    events = result if isinstance(result, list) else [result]
    return [replace(e, data={**e.data, "follows": main}) for e in events]


def merged_repeats(history: Sequence[Event]) -> list[str]:
    """The numbers of the repeats merged into a main ticket now, from its own
    history (no query needed to know whether a ticket has followers)."""
    repeats: dict[str, None] = {}
    for event in history:
        number = event.data.get("repeat")
        if not isinstance(number, str):
            continue
        if event.action == _MERGE:
            repeats[number] = None
        elif event.action == _UNMERGE:
            repeats.pop(number, None)
    return list(repeats)


def linked_numbers(history: Sequence[Event]) -> list[str]:
    """The tickets linked to this one now, from its own history."""
    linked: dict[str, None] = {}
    for event in history:
        number = event.data.get("other")
        if not isinstance(number, str):
            continue
        if event.action == Action.LINK.value:
            linked[number] = None
        elif event.action == Action.UNLINK.value:
            linked.pop(number, None)
    return list(linked)


_MERGE, _UNMERGE = Action.MERGE.value, Action.UNMERGE.value
