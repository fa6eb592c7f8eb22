"""The watched import folder: exports the operator saves there are imported
by the next poll, then moved to done/ or failed/ beside their report.

A file is claimed by renaming it into processing/ first, so that two
workstations polling the same shared folder never import it twice at once;
a file still being written (changed in the last seconds) waits for the next
poll; Excel's lock files (~$...) are left alone.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from hotline_desk.domain import settings
from hotline_desk.services.auth import require_settings_role
from hotline_desk.services.context import AppContext
from hotline_desk.services.errors import InputError
from hotline_desk.services.import_report import ImportReport, save_report
from hotline_desk.services.importer import READABLE, import_file
from hotline_desk.services.private_files import private_output

log = logging.getLogger(__name__)
SETTLE_SECONDS = 10.0
PROCESSING, DONE, FAILED = "processing", "done", "failed"


@dataclass(frozen=True)
class FolderImport:
    file: str
    moved_to: Path
    report: ImportReport | None  # None: the file could not be read at all
    problem: str = ""


def watched_folder(context: AppContext) -> Path | None:
    text = context.get(settings.IMPORT_FOLDER).strip()
    return Path(text) if text else None


def set_watched_folder(context: AppContext, folder: str) -> Path | None:
    """Sets the folder (empty: none); it must exist and be writable."""
    require_settings_role(context)
    text = folder.strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_dir() or not os.access(path, os.W_OK):
            raise InputError("导入文件夹", "已存在且可写入的文件夹", text)
        text = str(path.resolve())
    context.put(settings.IMPORT_FOLDER, text)
    return Path(text) if text else None


def _ready(path: Path, settle_seconds: float) -> bool:
    if not path.is_file() or path.name.startswith(("~$", ".")):
        return False
    if path.suffix.lower() not in READABLE:
        return False
    return time.time() - path.stat().st_mtime >= settle_seconds


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, numbered if a file of that name is already there."""
    target = folder / name
    count = 1
    while target.exists():
        target = folder / f"{Path(name).stem} ({count}){Path(name).suffix}"
        count += 1
    return target


def import_folder(
    context: AppContext, folder: Path, settle_seconds: float = SETTLE_SECONDS
) -> list[FolderImport]:
    """Imports every ready export in ``folder`` (oldest first), keeping the
    queue in step with the platform; each file ends in done/ or failed/."""
    results = []
    candidates = sorted(
        (p for p in folder.iterdir() if _ready(p, settle_seconds)), key=lambda p: p.stat().st_mtime
    )
    for path in candidates:
        claimed = _free_name(folder / PROCESSING, path.name)
        claimed.parent.mkdir(exist_ok=True)
        try:
            path.rename(claimed)
        except OSError:  # another workstation took it first
            continue
        results.append(_import_one(context, folder, claimed))
    return results


def _import_one(context: AppContext, folder: Path, claimed: Path) -> FolderImport:
    report: ImportReport | None = None
    problem = ""
    try:
        report = import_file(context, claimed)
    except InputError as error:
        problem = str(error)
    except Exception as error:  # a damaged file must not stop the poll
        from hotline_desk.log_setup import log_unexpected

        log.error("importing %s failed", claimed.name)
        log_unexpected(error)  # by type and place: the message may hold the file's callers
        problem = f"意外错误（{type(error).__name__}），已记入日志"
    target = _free_name(folder / (DONE if report is not None else FAILED), claimed.name)
    target.parent.mkdir(exist_ok=True)
    claimed.rename(target)
    report_path = target.with_name(target.name + ".report.csv")
    if report is not None:
        save_report(report, report_path)
    else:
        private_output(report_path).write_text(problem + "\n", encoding="utf-8-sig")
    log.info("watched folder: %s → %s", claimed.name, target.parent.name)
    return FolderImport(claimed.name, target, report, problem)
