"""相关工单: the caller's other tickets, the place's, and nearly the same requests.

The caller's phone is matched only for roles that may see callers; when
either ticket is a 保密件 the match is counted, never listed (listing it
would say who called). Addresses are compared by their normalised key
(domain.related.address_key), requests by their bigram overlap; candidates
come from the phone's index and the full-text index, so a ticket's related
tickets are found without reading the whole store.
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.lifecycle.merging import linked_numbers, merged_repeats
from hotline_desk.domain.lifecycle.roles import may_see_callers
from hotline_desk.domain.related import (
    ADDRESS,
    LINKED,
    MERGED,
    PHONE,
    REASONS,
    SHORTEST_ADDRESS,
    SIMILAR_TEXT,
    TEXT,
    Related,
    RelatedTicket,
    address_key,
    combined_score,
    longest_chinese_run,
    request_words,
    text_similarity,
)
from hotline_desk.domain.ticket import Ticket
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import staff_role
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.tickets import TicketStore
from hotline_desk.store.units import unit_names

SHORTEST_PHONE = 7
PLACE_QUERY_LENGTH = 24
HUB_TICKETS = 30  # a place with this many of the newest hundred (or of the open) is a hub


def _request(ticket: Ticket) -> str:
    return request_words(ticket.title, ticket.content, ticket.category)


def _text_fragments(text: str) -> list[str]:
    """Four significant characters from the start, the first and the second
    third of a request: a near copy reworded in places still shares one."""
    cleaned = "".join(ch for ch in text if ch.isalnum())
    if len(cleaned) < 6:
        return []
    starts = {0, len(cleaned) // 3, 2 * len(cleaned) // 3}
    return sorted({cleaned[i : i + 4] for i in starts if len(cleaned[i : i + 4]) == 4})


@dataclass(frozen=True)
class Probe:
    """What a ticket is compared by: a stored one, or one still being typed."""

    number: str = ""  # the ticket itself, left out of its own related tickets
    phone: str = ""
    address: str = ""
    request: str = ""  # title and content
    confidential: bool = False
    category: str = ""
    # Tickets the operators related to it: (number, MERGED or LINKED).
    recorded: tuple[tuple[str, str], ...] = ()


def related_tickets(context: AppContext, number: str, limit: int = 20) -> Related:
    """The tickets related to stored ticket ``number``, most related first."""
    with context.db.unit_of_work() as session:
        store = TicketStore(session)
        ticket = store.get(number)
        assert ticket.id is not None
        history = store.events(ticket.id)
        merged = [*merged_repeats(history), *([ticket.merged_into] if ticket.merged_into else [])]
        recorded = (
            *((n, MERGED) for n in merged),
            *((n, LINKED) for n in linked_numbers(history) if n not in merged),
        )
        probe = Probe(
            number,
            ticket.caller.phone,
            ticket.address,
            _request(ticket),
            ticket.confidential,
            ticket.category,
            recorded,
        )
        return related_to(context, probe, limit)


def related_to(context: AppContext, probe: Probe, limit: int = 20) -> Related:
    """The tickets related to ``probe`` (at most ``limit``), most related first."""
    number = probe.number
    # A login not on the staff list is matched by no caller (as it is shown none).
    sees_callers = may_see_callers(staff_role(context, context.operator) or "")
    with context.db.session() as session:
        store = TicketStore(session)
        found: dict[str, tuple[Ticket, dict[str, float]]] = {}
        hidden = 0

        def add(other: Ticket, reason: str, score: float) -> None:
            if other.number == number:
                return
            _ticket, scores = found.setdefault(other.number, (other, {}))
            scores[reason] = max(score, scores.get(reason, 0.0))

        if probe.recorded:
            reasons = dict(probe.recorded)
            for row in store.rows_by_numbers(list(reasons)).values():
                add(ticket_from_row(row), reasons[row.number], 1.0)
        phone = probe.phone.strip()
        if sees_callers and len(phone) >= SHORTEST_PHONE:
            for other in store.with_phone(phone):
                if other.number == number:
                    continue
                if probe.confidential or other.confidential:
                    hidden += 1  # matched, never shown
                else:
                    add(other, PHONE, 1.0)
        key = address_key(probe.address)
        # What the text index finds: the Chinese of the place however its digits
        # were typed; an address without Chinese (a street abroad) as it is.
        place = longest_chinese_run(key)
        place = place if len(place) >= 2 else key[:PLACE_QUERY_LENGTH]
        by_place = len(key) >= SHORTEST_ADDRESS and len(place) >= 2
        fragments = _text_fragments(probe.request)
        at_place, *by_text = store.holding_each([place if by_place else "", *fragments])
        here = [t for t in at_place if address_key(t.address) == key and t.number != number]
        if len(here) >= HUB_TICKETS:
            # A hub (a government service centre, a city hall) gathers unrelated
            # people's requests, of one category too: there the place alone
            # relates nothing (the caller and the request still do).
            here = []
        for other in here:
            add(other, ADDRESS, 0.9)
        seen: set[str] = set()
        for other in (t for holding in by_text for t in holding):
            if other.number in seen:
                continue
            seen.add(other.number)
            similarity = text_similarity(probe.request, _request(other))
            if similarity >= SIMILAR_TEXT:
                add(other, TEXT, round(similarity, 2))
        names = unit_names(session) if found else {}
    listed = [
        RelatedTicket(
            other.number,
            other.received_at,
            other.state,
            other.title or other.content[:30],
            names.get(other.main_unit_id, "") if other.main_unit_id else "",
            other.satisfaction.label if other.satisfaction else "",
            tuple(r for r in REASONS if r in scores),
            combined_score(scores),
        )
        for other, scores in found.values()
    ]
    listed.sort(key=lambda r: (-r.score, REASONS.index(r.reasons[0]), -r.received_at.timestamp()))
    return Related(listed[:limit], hidden)


def repeats_of_open(
    context: AppContext, new: list[Probe], limit: int = 1000
) -> list[tuple[str, str, str]]:
    """New tickets (an import's) that repeat a matter still open before them –
    the same caller's phone, or the same place (and category, where both have
    one) as an unfinished ticket:
    (new number, open number, PHONE or ADDRESS), at most ``limit``. Compared
    in memory with the office's unfinished tickets (a few thousand at most),
    so a large import pays one read."""
    fresh = {t.number for t in new}
    with context.db.session() as session:
        open_tickets = [
            t for t in TicketStore(session).unfinished_tickets() if t.number not in fresh
        ]
    by_phone: dict[str, str] = {}
    by_place: dict[str, list[Ticket]] = {}
    for ticket in open_tickets:
        if not ticket.confidential and len(ticket.caller.phone.strip()) >= SHORTEST_PHONE:
            by_phone.setdefault(ticket.caller.phone.strip(), ticket.number)
        key = address_key(ticket.address)
        if len(key) >= SHORTEST_ADDRESS:
            by_place.setdefault(key, []).append(ticket)
    found: list[tuple[str, str, str]] = []
    for probe in new:
        phone = probe.phone.strip()
        here = by_place.get(address_key(probe.address), [])
        if len(here) >= HUB_TICKETS:  # a hub: the place alone is no repeat
            here = []
        if probe.category.strip():  # another kind of problem at the place is no repeat
            here = [t for t in here if not t.category or t.category == probe.category]
        if not probe.confidential and phone in by_phone:
            found.append((probe.number, by_phone[phone], PHONE))
        elif here:
            found.append((probe.number, here[0].number, ADDRESS))
        if len(found) >= limit:
            break
    return found
