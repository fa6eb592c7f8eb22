"""Handling units and operators, as the forms and the rules ask for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hotline_desk.domain.units import Unit
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.store import units as store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["Unit", "find_unit", "list_units", "operator_role", "unit_choices", "unit_names"]


def find_unit(session: Session, reference: str | int) -> Unit:
    """A unit by id or by exact name, inside a service's unit of work."""
    unit = store.find_unit(session, reference)
    if unit is None:
        raise InputError("承办单位", "通讯录中单位的编号或完整名称", reference)
    return unit


def unit_names(context: AppContext) -> dict[int, str]:
    with context.db.session() as session:
        return store.unit_names(session)


def list_units(context: AppContext) -> list[Unit]:
    with context.db.session() as session:
        return store.list_units(session)


def unit_choices(context: AppContext) -> list[tuple[str, int]]:
    """(name, id) of every unit, by name: what a form offers to choose from."""
    return [(u.name, u.id) for u in list_units(context)]


def staff_role(context: AppContext, login: str) -> str | None:
    """The role of a person on the staff list; None for a login not on it."""
    with context.db.session() as session:
        return store.operator_role(session, login)


def operator_role(context: AppContext, login: str) -> str:
    """The role of an operator; a login not in the table works as an operator."""
    with context.db.session() as session:
        return store.operator_role(session, login) or "operator"
