"""The directory of handling units, with checked phone numbers."""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.domain.phone import check_mobile
from hotline_desk.domain.sheet_text import reads_as_formula
from hotline_desk.domain.units import UNIT_NAME_EXPECTED, Unit
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError, bounded_text
from hotline_desk.store import units as store


@dataclass
class UnitInput:
    name: str
    handler_name: str
    handler_phone: str
    leader_name: str
    leader_phone: str


def validate_unit(data: UnitInput) -> UnitInput:
    if not data.name.strip():
        raise InputError("单位名称", "单位的名称，不能为空")
    if not data.handler_name.strip():
        raise InputError("承办人", "承办人姓名，不能为空")
    if not data.leader_name.strip():
        raise InputError("分管领导", "分管领导姓名，不能为空")
    name = bounded_text("单位名称", data.name, 100)  # the store's widths, on both stores
    if reads_as_formula(name):
        raise InputError("单位名称", UNIT_NAME_EXPECTED, name)
    handler = bounded_text("承办人", data.handler_name, 50)
    leader = bounded_text("分管领导", data.leader_name, 50)
    phones = {}
    for field, label in (("handler_phone", "承办人手机"), ("leader_phone", "领导手机")):
        check = check_mobile(getattr(data, field))
        if not check.ok:
            raise InputError(label, check.reason, getattr(data, field), params=check.params)
        phones[field] = check.number
    return UnitInput(name, handler, phones["handler_phone"], leader, phones["leader_phone"])


def save_unit(context: AppContext, data: UnitInput, unit_id: int | None = None) -> Unit:
    """Adds a unit, or changes one; the name stays unique."""
    clean = validate_unit(data)
    with context.db.session() as session:
        same_name = store.unit_named(session, clean.name)
        if same_name is not None and same_name.id != unit_id:
            raise InputError("单位名称", "其他单位未用过的名称", clean.name)
        saved = store.save_unit(
            session,
            Unit(
                unit_id or 0,
                clean.name,
                clean.handler_name,
                clean.handler_phone,
                clean.leader_name,
                clean.leader_phone,
            ),
        )
        if saved is None:
            raise InputError("承办单位", "通讯录中的单位", unit_id)
        context.forget_cached()  # the units every action reads
        return saved
