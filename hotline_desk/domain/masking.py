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


# A rejected import row's value, as the report shows it: the caller's fields
# masked like everywhere else (by the mapping's key or the form's label).
_CALLER_FIELDS = {
    "caller_name": mask_name, "来电人姓名": mask_name, "来电人": mask_name, "反映人": mask_name,
    "caller_phone": mask_phone, "来电号码": mask_phone, "联系电话": mask_phone,
    "caller_address": mask_address, "来电人地址": mask_address, "反映人地址": mask_address,
}  # fmt: skip


def masked_value(field: str, value: str) -> str:
    """``value`` of ``field`` as a report may show it (masked for a caller's field)."""
    mask = _CALLER_FIELDS.get(field)
    return mask(value) if mask is not None and value else value
