"""Telling a lost or refused database connection from a mistake in what was
asked: the first is the office's server or network (wait, it comes back), the
second is a bug (logged)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

# PostgreSQL's "connection exception" class and the server shutting down.
_CONNECTION_STATES = ("08",)
_SHUTDOWN_STATES = frozenset({"57P01", "57P02", "57P03"})
_SQLITE_UNAVAILABLE = ("database is locked", "unable to open database", "disk i/o error")


def is_connection_problem(error: BaseException) -> bool:
    """Whether ``error`` says the database could not be reached or the
    connection was lost – the server stopped, the network down, a SQLite file
    locked by another program or gone – rather than a wrong statement."""
    if isinstance(error, PoolTimeout):
        return True
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated or isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    original = error.orig
    if type(original).__module__.startswith("sqlite3"):
        return any(words in str(original).lower() for words in _SQLITE_UNAVAILABLE)
    state = getattr(original, "sqlstate", None)
    if state is None:  # refused or closed before the server said anything
        return True
    return state.startswith(_CONNECTION_STATES) or state in _SHUTDOWN_STATES
