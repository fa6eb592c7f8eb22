"""Script tokens as the store keeps them: digests, whose they are, their life."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from hotline_desk.domain.auth import ScriptToken
from hotline_desk.store.models import OperatorRow, ScriptTokenRow


def _token(row: ScriptTokenRow, login: str) -> ScriptToken:
    return ScriptToken(
        id=row.id,
        login=login,
        label=row.label,
        issued_by=row.issued_by,
        issued_at=row.issued_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
        last_used_at=row.last_used_at,
    )


def add_token(
    session: Session,
    login: str,
    digest: str,
    *,
    label: str,
    issued_by: str,
    issued_at: datetime,
    expires_at: datetime | None,
) -> ScriptToken | None:
    """Keeps a new token's digest for ``login``; None when nobody has that login."""
    operator = session.scalars(select(OperatorRow).where(OperatorRow.login == login)).first()
    if operator is None:
        return None
    row = ScriptTokenRow(
        operator_id=operator.id,
        digest=digest,
        label=label,
        issued_by=issued_by,
        issued_at=issued_at,
        expires_at=expires_at,
    )
    session.add(row)
    session.flush()
    return _token(row, login)


def _with_login() -> Select[ScriptTokenRow, str]:
    return select(ScriptTokenRow, OperatorRow.login).join(
        OperatorRow, OperatorRow.id == ScriptTokenRow.operator_id
    )


def token_by_digest(session: Session, digest: str) -> ScriptToken | None:
    found = session.execute(_with_login().where(ScriptTokenRow.digest == digest)).first()
    return _token(*found) if found is not None else None


def note_used(session: Session, token_id: int, at: datetime) -> None:
    row = session.get(ScriptTokenRow, token_id)
    if row is not None:
        row.last_used_at = at


def all_tokens(session: Session) -> list[ScriptToken]:
    rows = session.execute(_with_login().order_by(ScriptTokenRow.id))
    return [_token(row, login) for row, login in rows]


def revoke_token(session: Session, token_id: int, at: datetime) -> ScriptToken | None:
    """Marks the token revoked (kept, so the list says when); None if unknown."""
    found = session.execute(_with_login().where(ScriptTokenRow.id == token_id)).first()
    if found is None:
        return None
    row, login = found
    if row.revoked_at is None:
        row.revoked_at = at
    return _token(row, login)
