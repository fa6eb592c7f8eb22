"""Masking the caller's details (保密制度): shown only to those who need them."""

from __future__ import annotations


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
