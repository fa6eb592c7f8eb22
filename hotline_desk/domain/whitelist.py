"""The whitelist (白名单): a recurring matter confirmed normal, frozen until a date.

A leader or the general desk confirms, on a ticket, that what it reports is
normal (a market's lawful early opening, a plant's licensed night shift):
the place, the kind or category and the request are kept with the reason,
the confirmed answer and an end date. Until then a new ticket about the
same matter is recognised on arrival – the same place (domain.related's
address key), the same category (or kind, where either has no category) and
a request that says much the same – and flagged with the confirmed answer
and the ticket it came from. The answer is offered for the unit's reply,
never filled in for it. An entry ends by itself on its date or when
removed; adding, each recognition and removing are events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hotline_desk.domain.related import SHORTEST_ADDRESS, address_key, text_similarity
from hotline_desk.domain.ticket import Ticket

# A repeat of a frozen matter is worded anew by each caller: half as close as
# "nearly the same text" is close enough once place and category agree.
SIMILAR_REQUEST = 0.3
LONGEST_FREEZE = timedelta(days=366)  # confirmed again at least once a year

WHITELIST_EXPECTED = {
    "until": "今天以后、一年以内的日期",
    "reason": "确认属于正常情况的理由",
    "address": "有地址的工单（白名单按地点识别重复）",
}


@dataclass(frozen=True)
class WhitelistEntry:
    id: int
    source_number: str
    place_key: str
    address: str
    kind: str
    category: str
    request: str
    answer: str
    reason: str
    until: date
    created_by: str
    created_at: datetime
    removed_by: str | None = None
    removed_at: datetime | None = None

    def active(self, today: date) -> bool:
        return self.removed_at is None and today <= self.until

    def status(self, today: date) -> str:
        if self.removed_at is not None:
            return "已移出"
        return "冻结中" if today <= self.until else "已到期"


def request_of(ticket: Ticket) -> str:
    return f"{ticket.title}{ticket.content}"


def problems(ticket: Ticket, until: date, reason: str, today: date) -> list[str]:
    """What keeps ``ticket`` from being whitelisted as asked: keys of
    WHITELIST_EXPECTED (empty: it may be)."""
    found = []
    if not today < until <= today + LONGEST_FREEZE:
        found.append("until")
    if not reason.strip():
        found.append("reason")
    if len(address_key(ticket.address)) < SHORTEST_ADDRESS:
        found.append("address")
    return found


def matches(entry: WhitelistEntry, ticket: Ticket, today: date) -> bool:
    """Whether a new ticket is a repeat of the frozen matter."""
    if not entry.active(today) or ticket.number == entry.source_number:
        return False
    if address_key(ticket.address) != entry.place_key:
        return False
    if entry.category and ticket.category:
        if entry.category != ticket.category:
            return False
    elif entry.kind != ticket.kind.value:
        return False
    return text_similarity(entry.request, request_of(ticket)) >= SIMILAR_REQUEST


def first_match(
    entries: list[WhitelistEntry], ticket: Ticket, today: date
) -> WhitelistEntry | None:
    """The entry a new ticket repeats (the newest confirmation first)."""
    for entry in sorted(entries, key=lambda e: e.created_at, reverse=True):
        if matches(entry, ticket, today):
            return entry
    return None
