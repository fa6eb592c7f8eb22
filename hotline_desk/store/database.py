"""Engines, sessions and migrations.

SQLite (the single-workstation default) gets WAL, a busy timeout and foreign
keys on every connection; PostgreSQL (the shared office queue) is used as is.
Migrations run at start-up; a SQLite file is copied before it is migrated.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hotline_desk.domain.errors import DatabaseUnusable
from hotline_desk.paths import migrations_dir

ENV_DB_URL = "HOTLINE_DESK_DB"


def default_database_url() -> str:
    """The embedded SQLite file in the user's data directory."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("hotline-desk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # callers' data: the owner's only
    return f"sqlite:///{folder / 'hotline-desk.sqlite3'}"


def resolve_database_url(explicit: str | None) -> str:
    """--db first, then the environment variable, then the embedded default."""
    if explicit:
        return normalise_url(explicit)
    from_env = os.environ.get(ENV_DB_URL)
    if from_env:
        return normalise_url(from_env)
    return default_database_url()


def normalise_url(url: str) -> str:
    """Accepts a bare file path as a SQLite database; maps postgresql:// to psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: the queue's indexes stay hot
    finally:
        cursor.close()


def _create_private(path: Path) -> None:
    """A new SQLite file readable by its owner only: it holds callers' names and
    phones (保密制度). SQLite gives its -wal and -shm files the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):  # an existing file keeps its owner's mode
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            _create_private(Path(database))
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config  # imported only when a migration runs: it is slow

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database, read without loading Alembic."""
    with engine.connect() as connection:
        return revision_on(connection)


def revision_on(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _current_with_indexes(engine: Engine) -> bool:
    """True when the schema is the newest: its missing indexes (a bulk load
    killed half-way) rebuilt in the same transaction – one for both, as
    every start of the command line pays it."""
    from hotline_desk.store.indexes import ensure_ticket_indexes

    with engine.begin() as connection:
        if revision_on(connection) != head_revision():
            return False
        rebuilt = ensure_ticket_indexes(connection)
    if rebuilt:
        logging.getLogger(__name__).warning("rebuilt missing indexes: %s", ", ".join(rebuilt))
    return True


_REVISION = re.compile(r"^revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def head_revision() -> str | None:
    """The newest migration shipped with this version of hotline-desk.

    Read from the migration files' ``revision``/``down_revision`` lines, so that
    a start-up with nothing to migrate does not pay for importing Alembic (a
    test checks it agrees with Alembic's own answer).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        parents.update(_DOWN.findall(source))
    heads = revisions - parents
    if len(heads) > 1:
        raise RuntimeError(f"the migrations have several heads: {sorted(heads)}")
    return heads.pop() if heads else None


def known_revisions() -> set[str]:
    """Every schema revision this version of hotline-desk ships a migration for."""
    found: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        found.update(_REVISION.findall(path.read_text(encoding="utf-8")))
    return found


def backup_sqlite_file(engine: Engine, stamp: datetime) -> Path | None:
    """Copies the SQLite file (its WAL folded in) beside itself before migrating
    it to the newest revision, once per revision: a start that fails and is
    tried again does not copy the file again. The copy is its owner's only."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    if not source.exists() or source.stat().st_size == 0:
        return None
    with engine.connect() as connection:  # fold the WAL into the main file first
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    target = source.with_name(f"{source.name}.before-{head_revision()}.bak")
    if target.exists():
        return target
    # Through SQLite, never by reading the file: closing a plain handle on the
    # file drops every lock this process's connections hold on it (POSIX), and
    # another program's next close then deletes the WAL they still write to –
    # the window stopped seeing others' changes and wrote into a deleted file.
    from hotline_desk.store.backup import online_backup

    online_backup(source, target)  # owner-only; a kill mid-copy leaves no half copy
    return target


def upgrade(engine: Engine, stamp: datetime) -> Path | None:
    """Brings the schema to the newest revision; returns the backup made, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is not None and current not in known_revisions():
        raise DatabaseUnusable(
            f"此数据库由更新版本的 hotline-desk 写入（结构版本 {current}，本程序只认识到 "
            f"{head_revision()}）：请先升级本程序，数据库未作任何改动。"
        )
    backup = backup_sqlite_file(engine, stamp) if current is not None else None
    from alembic import command

    migrating = _transactional_ddl_engine(engine)
    try:
        command.upgrade(_alembic_config(migrating), "head")
    finally:
        if migrating is not engine:
            migrating.dispose()
    return backup


def _rebuild_missing_indexes(engine: Engine) -> None:
    """A bulk load killed half-way leaves the tickets without their indexes."""
    from hotline_desk.store.indexes import ensure_ticket_indexes

    with engine.begin() as connection:
        rebuilt = ensure_ticket_indexes(connection)
    if rebuilt:
        logging.getLogger(__name__).warning("rebuilt missing indexes: %s", ", ".join(rebuilt))


def _transactional_ddl_engine(engine: Engine) -> Engine:
    """On SQLite, an engine whose transactions include DDL, so that all pending
    migrations commit together or not at all: Python's sqlite3 driver would
    otherwise run each CREATE/ALTER outside the transaction, and a kill during
    an upgrade would leave half a schema behind (SQLAlchemy's documented
    recipe: let SQLAlchemy emit BEGIN itself)."""
    if engine.dialect.name != "sqlite":
        return engine
    migrating = make_engine(engine.url.render_as_string(hide_password=False))

    @event.listens_for(migrating, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(migrating, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return migrating


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # The office's trail key (services.trail_keys), handed to every session;
    # ``trail_required``: the store is sealed, so writing without the key is refused.
    trail_key: bytes | None = None
    trail_required: bool = False
    _current: threading.local = field(default_factory=threading.local, repr=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on error.

        Inside ``unit_of_work`` on the same thread, every session is that one:
        an action's lookups, checks and writes go in one transaction (on a
        distant server each transaction costs a BEGIN and a COMMIT round trip)."""
        joined = getattr(self._current, "session", None)
        if joined is not None:
            yield joined
            return
        session = self.sessions()
        session.info["trail_key"] = self.trail_key
        session.info["trail_required"] = self.trail_required
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def own_session(self) -> Iterator[Session]:
        """A unit of work of its own even inside ``unit_of_work`` (committed
        when it ends: what other threads must see at once)."""
        joined = getattr(self._current, "session", None)
        self._current.session = None
        try:
            with self.session() as session:
                yield session
        finally:
            self._current.session = joined

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction for everything this thread does within (nested
        ``session()`` calls join it); committed at the end, rolled back on error."""
        if getattr(self._current, "session", None) is not None:
            yield self._current.session
            return
        with self.session() as session:
            self._current.session = session
            try:
                yield session
            finally:
                self._current.session = None

    def dispose(self) -> None:
        self.engine.dispose()


SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"tickets", "events"}


def check_sqlite_file(url: str) -> None:
    """Refuses, in one sentence, a path that is a folder, not SQLite, not ours, or read-only."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return
    path = Path(parsed.database)
    if path.is_dir():
        raise DatabaseUnusable(
            f"「{path}」是一个文件夹，不是数据库文件：请用 --db 指定其中的一个数据库文件"
            "（例如 hotline-desk.sqlite3），或一个新文件名来新建数据库。"
        )
    if path.exists():
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise DatabaseUnusable(
                f"「{path}」不是 hotline-desk 数据库（不是 SQLite 文件）：请选择正确的数据库文件，"
                "或指定一个新文件名来新建数据库。"
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseUnusable(
                f"「{path}」是只读的，hotline-desk 需要写入它：请让当前用户可写该文件及其所在"
                "文件夹，或把它复制到可写的位置再打开。"
            )
        if header:
            probe = create_engine(url)
            try:
                tables = set(inspect(probe).get_table_names())
            finally:
                probe.dispose()
            if tables and not tables & OUR_TABLES and "alembic_version" not in tables:
                raise DatabaseUnusable(
                    f"「{path}」是另一个程序的 SQLite 数据库，不是 hotline-desk 数据库："
                    "请选择正确的文件，或指定一个新文件名来新建数据库。"
                )


def open_database(url: str, *, stamp: datetime, migrate: bool = True) -> Database:
    """Connects and migrates; ``stamp`` (the injected clock's now) names a backup.

    A path that cannot be a hotline-desk store raises DatabaseUnusable with a
    sentence for the user, never a traceback."""
    try:
        parsed = make_url(url)
        parsed.get_dialect()  # an unknown scheme (bogus://) or a missing driver
    except Exception as error:  # ArgumentError, NoSuchModuleError: one sentence, not a traceback
        raise DatabaseUnusable(
            f"「{url}」不是可用的数据库地址：应为 SQLite 文件路径、sqlite:///文件 "
            "或 postgresql://用户:密码@主机/数据库。"
        ) from error
    check_sqlite_file(url)
    engine = make_engine(url)
    try:
        if migrate and not _current_with_indexes(engine):
            upgrade(engine, stamp)
            _rebuild_missing_indexes(engine)
    except OperationalError as error:
        engine.dispose()
        raise DatabaseUnusable(
            f"无法打开数据库「{make_url(url).render_as_string(hide_password=True)}」："
            f"{error.orig}。请检查路径、权限或数据库服务器是否可用。"
        ) from error
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def psycopg_conninfo(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as psycopg's own connections take it (the
    listener's, the office lock's): the password kept."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def libpq_url(url: str) -> tuple[str, str | None]:
    """A PostgreSQL URL as libpq tools (pg_dump) take it, without its password,
    and the password apart (for PGPASSWORD: never on a command line)."""
    parsed = make_url(url)
    # URL.set(password=None) keeps the password: build the URL without one.
    plain = URL.create(
        "postgresql", parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query
    )
    return plain.render_as_string(hide_password=False), parsed.password


def probe(url: str) -> str:
    """Connects once to ``url`` and returns the server's version."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version()").scalar()
        return str(version).split(",")[0]
    finally:
        engine.dispose()
