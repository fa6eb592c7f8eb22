"""What the queue shows: filters, order and page – asked by the window and the CLI,
answered by the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from hotline_desk.domain.statistics import FigureSelection
from hotline_desk.domain.ticket import TicketKind, TicketState

SEARCH_MAX = 100  # characters: a search is a few words, never a pasted document


@dataclass(frozen=True)
class QueueQuery:
    """What the queue shows: filters, order and page."""

    states: Sequence[TicketState] = ()
    unit_id: int | None = None
    owner: str | None = None
    due_before: datetime | None = None
    due_from: datetime | None = None
    search: str = ""
    limit: int = 50
    offset: int = 0
    # "due": the deadline first (the queue); "newest": latest received first,
    # which a search over the whole archive answers from the index alone.
    order: Literal["due", "newest"] = "due"
    kinds: Sequence[TicketKind] = ()
    flags: Sequence[str] = ()  # names of FLAG_COLUMNS: all must hold
    any_flags: Sequence[str] = ()  # names of FLAG_COLUMNS: at least one must hold
    sort: str = ""  # a key of SORT_COLUMNS; overrides ``order``
    descending: bool = False
    figure: FigureSelection | None = None  # the tickets behind a statistic

    def __post_init__(self) -> None:
        if len(self.search) > SEARCH_MAX:  # longer text cannot be a search; keep it cheap
            object.__setattr__(self, "search", self.search[:SEARCH_MAX])
