"""Alembic environment for hotline-desk.

The application hands its engine in through ``config.attributes["engine"]``
(see hotline_desk.store.database.upgrade); the alembic command line can use
``-x url=...`` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hotline_desk.store.models import SEARCH_TABLES, Base

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """The full-text indexes are built by hand in SQL: autogenerate must leave them be."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = context.get_x_argument(as_dictionary=True).get("url")
        if not url:
            raise SystemExit("pass the database with -x url=DATABASE_URL")
        engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
