"""A database out of reach is told apart from a wrong statement: the first
passes (the window says so and reads again), the second is a bug (logged)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from hotline_desk.store.connection_errors import is_connection_problem


def _raised(engine, statement: str = "SELECT 1") -> DBAPIError:
    with pytest.raises(DBAPIError) as caught, engine.connect() as connection:
        connection.execute(text(statement))
    return caught.value


def test_a_server_that_refuses_is_a_connection_problem():
    nobody_listens = create_engine("postgresql+psycopg://someone:pw@127.0.0.1:1/hotline")
    assert is_connection_problem(_raised(nobody_listens))


def test_a_locked_sqlite_file_is_one_and_a_wrong_statement_is_not(tmp_path):
    path = tmp_path / "office.sqlite3"
    holder = sqlite3.connect(path)
    holder.execute("CREATE TABLE t (x)")
    holder.commit()
    holder.execute("BEGIN EXCLUSIVE")
    try:
        waiting = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})
        assert is_connection_problem(_raised(waiting, "INSERT INTO t VALUES (1)"))
    finally:
        holder.rollback()
        holder.close()
    assert not is_connection_problem(_raised(waiting, "SELECT * FROM no_such_table"))
    assert not is_connection_problem(ValueError("not a database error"))


@pytest.mark.postgres
def test_a_lock_timeout_or_a_typo_on_the_server_is_not(postgres_url):
    engine = create_engine(postgres_url)
    assert not is_connection_problem(_raised(engine, "SELEC 1"))
    with engine.connect() as holder:
        holder.execute(text("CREATE TABLE t (x int)"))
        holder.commit()
        holder.execute(text("LOCK TABLE t IN ACCESS EXCLUSIVE MODE"))
        with engine.connect() as waiting:
            waiting.execute(text("SET lock_timeout = '100ms'"))
            with pytest.raises(DBAPIError) as caught:
                waiting.execute(text("SELECT * FROM t"))
        holder.rollback()
    assert not is_connection_problem(caught.value)  # 55P03: somebody holds it, not unreachable
    engine.dispose()
