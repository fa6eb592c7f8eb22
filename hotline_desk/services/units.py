"""The directory of handling units, with checked phone numbers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hotline_desk.domain.phone import check_mobile
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import Unit, unit_from_row
from hotline_desk.services.errors import InputError
from hotline_desk.store.models import UnitRow


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
    phones = {}
    for field, label in (("handler_phone", "承办人手机"), ("leader_phone", "领导手机")):
        check = check_mobile(getattr(data, field))
        if not check.ok:
            raise InputError(label, check.reason, getattr(data, field), params=check.params)
        phones[field] = check.number
    return UnitInput(
        data.name.strip(),
        data.handler_name.strip(),
        phones["handler_phone"],
        data.leader_name.strip(),
        phones["leader_phone"],
    )


def save_unit(context: AppContext, data: UnitInput, unit_id: int | None = None) -> Unit:
    """Adds a unit, or changes one; the name stays unique."""
    clean = validate_unit(data)
    with context.db.session() as session:
        same_name = session.scalars(select(UnitRow).where(UnitRow.name == clean.name)).first()
        if same_name is not None and same_name.id != unit_id:
            raise InputError("单位名称", "其他单位未用过的名称", clean.name)
        row = session.get(UnitRow, unit_id) if unit_id is not None else UnitRow()
        if row is None:
            raise InputError("承办单位", "通讯录中的单位", unit_id)
        row.name, row.handler_name, row.handler_phone = (
            clean.name,
            clean.handler_name,
            clean.handler_phone,
        )
        row.leader_name, row.leader_phone = clean.leader_name, clean.leader_phone
        if unit_id is None:
            session.add(row)
        session.flush()
        return unit_from_row(row)
