"""Backups of the embedded SQLite store: SQLite's online backup API (a
consistent copy while the app runs), checked restores, daily rotation."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from hotline_desk.store.database import head_revision, known_revisions

DAILY_NAME = re.compile(r"^hotline-desk-(\d{4}-\d{2}-\d{2})\.sqlite3$")


class BackupError(Exception):
    """A backup or restore that cannot be done, in one sentence (Chinese)."""


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for any other database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def online_backup(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (even while it is written) at ``target``,
    readable by its owner only; a kill mid-copy leaves no file under the name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with (
        sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src,
        sqlite3.connect(partial) as dst,
    ):
        src.backup(dst, pages=1024)
    _close(src, dst)
    partial.chmod(0o600)
    partial.replace(target)


def _close(*connections: sqlite3.Connection) -> None:
    for connection in connections:  # ``with`` commits, it does not close
        connection.close()


@dataclass(frozen=True)
class BackupInfo:
    revision: str
    tickets: int
    staff: int = 0
    admins: int = 0
    tokens: int = 0
    sign_in: bool = False


def _count(connection: sqlite3.Connection, tables: set[str], sql: str) -> int:
    """A count from a table an older schema may not have (0 then)."""
    table = sql.split(" FROM ", 1)[1].split()[0]
    if table not in tables:
        return 0
    return int(connection.execute(sql).fetchone()[0])


def check_backup(path: Path) -> BackupInfo:
    """Refuses what is not a hotline-desk database this version can open."""
    if not path.is_file():
        raise BackupError(f"找不到文件 {path}")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError(f"{path.name} 不是 SQLite 数据库文件，不能用来恢复")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not {"alembic_version", "tickets", "ticket_events"} <= tables:
            raise BackupError(f"{path.name} 不是 hotline-desk 的数据库（缺少工单表）")
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"{path.name} 已损坏（完整性检查未通过），不能用来恢复")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tickets = connection.execute("SELECT count(*) FROM tickets").fetchone()[0]
        staff = _count(connection, tables, "SELECT count(*) FROM operators")
        admins = _count(connection, tables, "SELECT count(*) FROM operators WHERE role = 'admin'")
        tokens = _count(connection, tables, "SELECT count(*) FROM script_tokens")
        sign_in = _count(
            connection,
            tables,
            "SELECT count(*) FROM settings WHERE key = 'security.sign_in' AND value = 'true'",
        )
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name} 读不了：{error}") from None
    finally:
        connection.close()
    if revision not in known_revisions():
        raise BackupError(
            f"{path.name} 由更新版本的 hotline-desk 写入（结构版本 {revision}，本程序只认识到 "
            f"{head_revision()}）：请先升级本程序"
        )
    return BackupInfo(revision, tickets, staff, admins, tokens, bool(sign_in))


def restore(database: Path, backup: Path, stamp: datetime) -> Path:
    """Puts ``backup`` in place of ``database`` (through the backup API, so that
    a running window sees it whole); the current file is kept aside first.
    Returns the kept file."""
    check_backup(backup)
    aside = database.with_name(f"{database.name}.before-restore-{stamp:%Y%m%d-%H%M%S}")
    if database.exists():
        online_backup(database, aside)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    target = sqlite3.connect(database)
    try:
        source.backup(target)
    finally:
        _close(source, target)
    return aside


def daily_name(day: date) -> str:
    return f"hotline-desk-{day:%Y-%m-%d}.sqlite3"


def to_rotate(files: Iterable[Path], keep_daily: int = 7, keep_weekly: int = 4) -> list[Path]:
    """The daily backups to delete: the newest ``keep_daily`` stay, and of the
    older ones the newest of each ISO week for ``keep_weekly`` weeks."""
    dated = sorted(
        ((date.fromisoformat(m.group(1)), f) for f in files if (m := DAILY_NAME.match(f.name))),
        reverse=True,
    )
    kept = {f for _day, f in dated[:keep_daily]}
    weeks: set[tuple[int, int]] = set()
    for day, file in dated[keep_daily:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            kept.add(file)
    return [f for _day, f in dated if f not in kept]
