"""Attachments at scale: one 10 MB photo, then a store with many files.

    python bench/attachments.py [--db URL] [--files 10000] [--size-kb 200]

On a scratch store with the demo office (2,000 tickets) unless --db names
one: the time and memory of attaching one 10 MB photo; then ``--files``
files of ``--size-kb`` each spread over the tickets, and the queue's first
page, a search and (SQLite) a backup, before and after.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hotline_desk.domain.queue_query import QueueQuery  # noqa: E402
from hotline_desk.services import attachments  # noqa: E402
from hotline_desk.services.context import open_context  # noqa: E402
from hotline_desk.services.demo import generate  # noqa: E402
from hotline_desk.store.tickets import TicketStore  # noqa: E402

PNG_HEAD = b"\x89PNG\r\n\x1a\n"


def _photo(size: int, rng: random.Random) -> bytes:
    return PNG_HEAD + rng.randbytes(size - len(PNG_HEAD))


def _queue(context: object) -> tuple[float, float]:
    times_page, times_search = [], []
    for _ in range(7):
        with context.db.session() as session:  # type: ignore[attr-defined]
            store = TicketStore(session)
            started = time.perf_counter()
            store.page(QueueQuery(limit=50))
            times_page.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.page(QueueQuery(search="路灯", limit=50))
            times_search.append(time.perf_counter() - started)
    return statistics.median(times_page) * 1000, statistics.median(times_search) * 1000


def _backup_seconds(context: object, folder: Path) -> float | None:
    """SQLite: the online backup; PostgreSQL: the application's pg_dump
    (None when pg_dump is not installed here)."""
    import shutil

    from hotline_desk.services.backups import backup_now
    from hotline_desk.store.backup import online_backup

    url = str(context.db.engine.url)  # type: ignore[attr-defined]
    started = time.perf_counter()
    if url.startswith("sqlite"):
        online_backup(Path(url.split("///", 1)[1]), folder / "backup.sqlite3")
    elif shutil.which("pg_dump"):
        backup_now(context, folder / f"backup-{time.time_ns()}.dump")  # type: ignore[arg-type]
    else:
        return None
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--size-kb", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="attachments-bench-"))
    db = args.db or str(folder / "store.sqlite3")
    context = open_context(db, datetime(2026, 11, 23, 10, 0), "liqing")
    generate(context, 2000)
    rng = random.Random(27)
    with context.db.session() as session:
        numbers = [t.number for t in TicketStore(session).page(QueueQuery(limit=2000))]
    page, search = _queue(context)
    backup = _backup_seconds(context, folder)
    print(f"{context.db.dialect}: before – first page {page:.1f} ms, search {search:.1f} ms"
          + (f", backup {backup:.1f} s" if backup is not None else ""))  # fmt: skip

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    photo = _photo(10 * 1024 * 1024, rng)
    started = time.perf_counter()
    attachments.attach(context, numbers[0], [attachments.NewFile("现场照片.png", photo)])
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"  one 10 MB photo: {seconds:.2f} s, peak memory {peak / 1024:.0f} MB "
          f"(+{(peak - before) / 1024:.0f} MB over the 10 MB in hand)")  # fmt: skip

    started = time.perf_counter()
    for i in range(args.files):
        data = _photo(args.size_kb * 1024, rng)
        attachments.attach(
            context, numbers[i % len(numbers)], [attachments.NewFile(f"照片{i}.png", data)]
        )
        if i % 1000 == 999:
            print(
                f"\r  {i + 1:,} files ({time.perf_counter() - started:.0f} s)", end="", flush=True
            )
    total_gb = args.files * args.size_kb / 1024 / 1024
    print(f"\n  {args.files:,} files, {total_gb:.1f} GB, in {time.perf_counter() - started:.0f} s")
    page, search = _queue(context)
    backup = _backup_seconds(context, folder)
    print(f"{context.db.dialect}: after – first page {page:.1f} ms, search {search:.1f} ms"
          + (f", backup {backup:.1f} s" if backup is not None else ""))  # fmt: skip
    context.close()


if __name__ == "__main__":
    main()
