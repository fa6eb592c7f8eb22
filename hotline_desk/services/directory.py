"""Handling units and operators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.services.errors import InputError
from hotline_desk.store.models import OperatorRow, UnitRow


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    handler_name: str
    handler_phone: str
    leader_name: str
    leader_phone: str


def unit_from_row(row: UnitRow) -> Unit:
    return Unit(
        row.id, row.name, row.handler_name, row.handler_phone, row.leader_name, row.leader_phone
    )


def find_unit(session: Session, reference: str | int) -> UnitRow:
    """A unit by id or by exact name (承办单位名称)."""
    text = str(reference).strip()
    row = None
    if text.isdigit():
        row = session.get(UnitRow, int(text))
    if row is None:
        row = session.scalars(select(UnitRow).where(UnitRow.name == text)).first()
    if row is None:
        raise InputError("承办单位", "通讯录中单位的编号或完整名称", reference)
    return row


def unit_names(session: Session) -> dict[int, str]:
    return {row.id: row.name for row in session.scalars(select(UnitRow))}


def list_units(session: Session) -> list[Unit]:
    return [unit_from_row(r) for r in session.scalars(select(UnitRow).order_by(UnitRow.name))]


def ensure_operator(session: Session, login: str, name: str = "", role: str = "operator") -> None:
    exists = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    if exists is None:
        session.add(OperatorRow(login=login, name=name or login, role=role))


def operator_role(context: Any, login: str) -> str:
    """The role of an operator; a login not in the table works as an operator."""
    with context.db.session() as session:
        row = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
        return row.role if row is not None else "operator"


def unit_choices(session: Session) -> list[tuple[str, int]]:
    """(name, id) of every unit, by name: what a form offers to choose from."""
    return [(u.name, u.id) for u in list_units(session)]
