"""What an operation changed, so that each part of the window rereads only what it shows.

Every write from the window says what it touched; changes from other
workstations (the server's notifications, the SQLite watcher) and the poll
say the same in the same words. The window's panels each look at a
``Changes`` and decide for themselves whether to read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Area(Enum):
    """A part of the window that shows data of its own."""

    QUEUE = "queue"
    DETAIL = "detail"
    CONFIRMATIONS = "confirmations"
    ALERTS = "alerts"
    PHONE_TODAY = "phone_today"
    STATISTICS = "statistics"
    # The office's reference data: units, templates, staff, rules, calendar, settings.
    REFERENCE = "reference"


TICKET_AREAS = frozenset(
    {
        Area.QUEUE,
        Area.DETAIL,
        Area.CONFIRMATIONS,
        Area.ALERTS,
        Area.PHONE_TODAY,
        Area.STATISTICS,
    }
)


@dataclass(frozen=True)
class Changes:
    tickets: frozenset[str] = field(default_factory=frozenset)
    areas: frozenset[Area] = field(default_factory=frozenset)
    # Which tickets is not known (an import, a restore, many at once): every
    # ticket shown reads again.
    all_tickets: bool = False

    @classmethod
    def of_tickets(cls, *numbers: str) -> Changes:
        """A ticket acted on: its row, its detail and every count it is in."""
        return cls(frozenset(numbers), TICKET_AREAS)

    @classmethod
    def of_many_tickets(cls) -> Changes:
        return cls(frozenset(), TICKET_AREAS, all_tickets=True)

    @classmethod
    def of_reference(cls) -> Changes:
        """Units, templates, staff, rules, calendar or settings: the queue shows
        names and deadlines that come from them."""
        return cls(frozenset(), frozenset({Area.REFERENCE, Area.QUEUE, Area.DETAIL}))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tickets | other.tickets,
            self.areas | other.areas,
            self.all_tickets or other.all_tickets,
        )

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, area: Area) -> bool:
        return area in self.areas

    def touches_ticket(self, number: str | None) -> bool:
        """The ticket shown was changed (or perhaps was: many changed)."""
        return number is not None and (self.all_tickets or number in self.tickets)


NOTHING = Changes()
