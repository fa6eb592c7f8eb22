"""Masking the caller's details (保密制度): shown only to those who need them."""

from __future__ import annotations

from hotline_desk.domain.ticket import Caller, Ticket


def mask_name(name: str) -> str:
    name = name.strip()
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)


def mask_phone(phone: str) -> str:
    digits = phone.strip()
    if len(digits) <= 4:
        return "*" * len(digits)
    keep_head = 3 if len(digits) >= 11 else 0
    return digits[:keep_head] + "*" * (len(digits) - keep_head - 4) + digits[-4:]


def mask_address(address: str) -> str:
    address = address.strip()
    if len(address) <= 3:
        return "*" * len(address)
    return address[:3] + "*" * min(6, len(address) - 3)


def shown_caller(ticket: Ticket, revealed: bool = False) -> Caller | None:
    """The caller as a screen, a print or an export may show them: None for a
    保密件 (nothing at all – not a masked surname, a phone tail or a town),
    in clear after a logged reveal, masked otherwise."""
    if ticket.confidential:
        return None
    caller = ticket.caller
    if revealed:
        return caller
    return Caller(mask_name(caller.name), mask_phone(caller.phone), mask_address(caller.address))


def masked_event_data(
    data: dict[str, object], ticket: Ticket, revealed: bool = False
) -> dict[str, object]:
    """An event's data as shown: the callback's callee is caller data too –
    masked like the caller, in clear only after a reveal, never for a 保密件."""
    if "callee" not in data:
        return data
    callee = str(data["callee"])
    shown: object = None if ticket.confidential else callee if revealed else mask_name(callee)
    return {**data, "callee": shown}
