"""What the benchmarks share: the big database, opened and filled by the demo
generator up to the number of tickets asked for, and the median timing."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.services.context import AppContext  # noqa: E402
from hotline_desk.services.demo import generate  # noqa: E402
from hotline_desk.store.models import TicketRow  # noqa: E402


def open_filled(url: str | None, name: str, tickets: int, now: str) -> tuple[AppContext, int]:
    """The database at ``url`` (default: bench/out/<name>-<tickets>.sqlite3) with
    at least ``tickets`` tickets, and how many it holds."""
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    url = url or f"sqlite:///{ROOT / 'bench' / 'out' / f'{name}-{tickets}.sqlite3'}"
    context = AppContext.open(url, FixedClock(datetime.fromisoformat(now)), operator="bench")
    with context.db.session() as session:
        have = int(session.scalar(select(func.count(TicketRow.id))) or 0)
    if have < tickets:
        started = time.perf_counter()
        generate(context, tickets - have)
        print(f"generated {tickets - have:,} tickets in {time.perf_counter() - started:.1f} s")
        have = tickets
    return context, have


def median_ms(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The median of ``repeat`` runs after one warm-up, and the last result."""
    result = run()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def bench_arguments(description: str | None) -> argparse.ArgumentParser:
    """The options every big-database benchmark takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--db", help="database URL (default: a SQLite file in bench/out/)")
    parser.add_argument("--now", default="2026-11-23T10:00")
    parser.add_argument("--repeat", type=int, default=7)
    return parser
