"""Backups: daily and on demand, restore, and what to do on PostgreSQL.

The embedded SQLite store is copied with SQLite's online backup API into a
``backups`` folder beside it, once a day (at the first poll of the day), and
rotated: 7 daily copies and one per week for 4 weeks. A migration copies the
file first as well (store.database). PostgreSQL is the server's business:
``pg_dump`` when it is installed here, otherwise the command to run.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hotline_desk.domain import settings
from hotline_desk.domain.auth import MAKE_BACKUP, RESTORE_BACKUP
from hotline_desk.services.auth import require_admin
from hotline_desk.services.context import AppContext
from hotline_desk.store import script_tokens as token_store
from hotline_desk.store import units as unit_store
from hotline_desk.store.backup import (
    BackupError,
    BackupInfo,
    check_backup,
    daily_name,
    online_backup,
    restore,
    sqlite_file,
    to_rotate,
)

__all__ = ["BackupError", "RestoreLoses", "backup_now", "daily_backup", "restore_from"]
log = logging.getLogger(__name__)


def _url(context: AppContext) -> str:
    return context.db.url


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def daily_backup(context: AppContext) -> Path | None:
    """Today's copy, if there is none yet; older ones rotated. SQLite only."""
    database = sqlite_file(_url(context))
    if database is None or not database.exists():
        return None
    folder = backup_folder(database)
    target = folder / daily_name(context.clock.now().date())
    if target.exists():
        return None
    online_backup(database, target)
    for old in to_rotate(folder.glob("hotline-desk-*.sqlite3")):
        old.unlink(missing_ok=True)
    log.info("daily backup written: %s", target.name)
    _purge_removed_attachments(context, folder)
    return target


def _purge_removed_attachments(context: AppContext, folder: Path) -> None:
    """A removed attachment's content stays while a kept copy still holds the
    attachment; after the rotation, what was removed before the oldest kept
    copy was made is in no copy any more that could need it: purged."""
    from hotline_desk.services.attachments import purge_removed

    kept = sorted(p.stat().st_mtime for p in folder.glob("hotline-desk-*.sqlite3"))
    if kept:
        oldest = datetime.fromtimestamp(kept[0])
        purged = purge_removed(context, oldest)
        if purged:
            log.info("purged %d removed attachment content(s) no backup needs", purged)


@dataclass(frozen=True)
class BackupDone:
    file: Path
    tool: str  # "sqlite" or "pg_dump"


def backup_now(context: AppContext, to: Path | None = None) -> BackupDone:
    """A copy now: SQLite through the backup API, PostgreSQL through pg_dump.
    The admin's, once the office has one (a copy holds every caller)."""
    require_admin(context, MAKE_BACKUP)
    url = _url(context)
    stamp = f"{context.clock.now():%Y%m%d-%H%M%S}"
    database = sqlite_file(url)
    if database is not None:
        target = to or backup_folder(database) / f"hotline-desk-{stamp}-manual.sqlite3"
        online_backup(database, target)
        return BackupDone(target, "sqlite")
    dump = shutil.which("pg_dump")
    target = to or Path(f"hotline-desk-{stamp}.dump")
    if dump is None:
        raise BackupError(
            "这里没有 pg_dump：请在数据库服务器上运行 "
            f"pg_dump --format=custom --file={target.name} <数据库名>（见 docs/office.md「Backups」）"
        )
    from hotline_desk.store.database import libpq_url

    conninfo, password = libpq_url(url)
    env = {**os.environ, **({"PGPASSWORD": password} if password else {})}
    result = subprocess.run(
        [dump, "--format=custom", f"--file={target}", conninfo],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_dump 失败：{result.stderr.strip()[:300]}")
    return BackupDone(target, "pg_dump")


class RestoreLoses(BackupError):
    """The backup predates the office's sign-in: restoring it would drop the
    admin, the staff list, the script tokens and sign-in (anyone could act)."""


def _losses(context: AppContext, info: BackupInfo) -> str | None:
    """What restoring ``info`` over the current store would take away, if it
    takes away the admin; None when the backup has an admin too (or neither has)."""
    with context.db.session() as session:
        if not unit_store.any_admin(session) or info.admins:
            return None
        staff = len(unit_store.staff(session))
        tokens = len(token_store.all_tokens(session))
    sign_in = context.get(settings.SIGN_IN_REQUIRED)
    return (
        f"这份备份里没有管理员：恢复后将失去人员名单（现有 {staff} 人，备份中 {info.staff} 人）、"
        f"全部 {tokens} 个脚本令牌" + ("和登录设置（恢复后无需登录）" if sign_in else "")
        + "，任何人都能再操作。确认要恢复，请由管理员加上 --accept-loss 再运行"
    )  # fmt: skip


def restore_from(
    context: AppContext, file: Path, *, accept_losses: bool = False
) -> tuple[Path, BackupInfo]:
    """Replaces the SQLite store with ``file`` (checked first); returns where the
    current one was kept and what was restored. The admin's, once there is one;
    a backup without the admin is restored only with ``accept_losses``."""
    require_admin(context, RESTORE_BACKUP)
    database = sqlite_file(_url(context))
    if database is None:
        raise BackupError(
            "PostgreSQL 的数据库请用 pg_restore 在服务器上恢复（见 docs/office.md「Backups」）"
        )
    info = check_backup(file)
    losses = _losses(context, info)
    if losses and not accept_losses:
        raise RestoreLoses(losses)
    context.db.dispose()  # this process lets go of the file first
    aside = restore(database, file, context.clock.now())
    from hotline_desk.services.trail import open_trail

    open_trail(context)  # a backup from before seals now; a sealed one needs its key
    if losses:
        log.warning("restored a backup without an admin (losses accepted): %s", file.name)
    return aside, info
