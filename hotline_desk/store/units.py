"""The directory of handling units and the operators' roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline_desk.domain.ensures import UnitPhones
from hotline_desk.domain.lifecycle.roles import SETTINGS_ROLE
from hotline_desk.domain.units import Unit
from hotline_desk.store.models import OperatorRow, UnitRow


def unit_from_row(row: UnitRow) -> Unit:
    return Unit(
        row.id, row.name, row.handler_name, row.handler_phone, row.leader_name, row.leader_phone
    )


def find_unit(session: Session, reference: str | int) -> Unit | None:
    """A unit by id or by exact name (承办单位名称); None when there is none."""
    text = str(reference).strip()
    row = None
    if text.isdigit() and len(text) <= 9:  # an id; 2**70 is a name nobody has
        row = session.get(UnitRow, int(text))
    if row is None:
        row = session.scalars(select(UnitRow).where(UnitRow.name == text)).first()
    return unit_from_row(row) if row is not None else None


def unit_names(session: Session) -> dict[int, str]:
    return {row.id: row.name for row in session.scalars(select(UnitRow))}


def list_units(session: Session) -> list[Unit]:
    return [unit_from_row(r) for r in session.scalars(select(UnitRow).order_by(UnitRow.name))]


def unit_named(session: Session, name: str) -> Unit | None:
    row = session.scalars(select(UnitRow).where(UnitRow.name == name)).first()
    return unit_from_row(row) if row is not None else None


def save_unit(session: Session, unit: Unit) -> Unit | None:
    """Writes ``unit``; id 0 adds a new one. None when the id to change is unknown."""
    row = session.get(UnitRow, unit.id) if unit.id else UnitRow()
    if row is None:
        return None
    row.name, row.handler_name, row.handler_phone = unit.name, unit.handler_name, unit.handler_phone
    row.leader_name, row.leader_phone = unit.leader_name, unit.leader_phone
    if not unit.id:
        session.add(row)
    session.flush()
    return unit_from_row(row)


def ensure_operator(session: Session, login: str, name: str = "", role: str = "operator") -> None:
    exists = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    if exists is None:
        session.add(OperatorRow(login=login, name=name or login, role=role))


def operator_role(session: Session, login: str) -> str | None:
    """The login's role; asked once per transaction (an action checks it twice)."""
    known: dict[str, str | None] = session.info.setdefault("operator_roles", {})
    if login not in known:
        row = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
        known[login] = row.role if row is not None else None
    return known[login]


def operator_name(session: Session, login: str) -> str | None:
    return session.scalar(select(OperatorRow.name).where(OperatorRow.login == login))


def unit_phones(session: Session) -> dict[int, UnitPhones]:
    """Each unit's handler and leader numbers (six ensures #5)."""
    return {
        row.id: UnitPhones(row.handler_phone, row.leader_phone)
        for row in session.scalars(select(UnitRow))
    }


def any_operator(session: Session) -> bool:
    return session.scalars(select(OperatorRow.id).limit(1)).first() is not None


def staff(session: Session) -> list[tuple[str, str, str]]:
    """(login, name, role) of the office's staff, by login."""
    rows = session.scalars(select(OperatorRow).order_by(OperatorRow.login))
    return [(r.login, r.name, r.role) for r in rows]


def save_operator(session: Session, login: str, name: str, role: str) -> None:
    row = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    if row is None:
        session.add(OperatorRow(login=login, name=name, role=role))
    else:
        row.name, row.role = name, role


def password_hash(session: Session, login: str) -> str | None:
    row = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    return row.password_hash if row is not None else None


def set_password_hash(session: Session, login: str, hashed: str) -> bool:
    row = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    if row is None:
        return False
    row.password_hash = hashed
    return True


def any_password(session: Session) -> bool:
    found = select(OperatorRow.id).where(OperatorRow.password_hash.is_not(None))
    return session.scalars(found).first() is not None


def any_admin(session: Session) -> bool:
    return (
        session.scalars(select(OperatorRow.id).where(OperatorRow.role == SETTINGS_ROLE)).first()
        is not None
    )


def remove_operator(session: Session, login: str) -> bool:
    row = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    if row is None:
        return False
    session.delete(row)
    return True
