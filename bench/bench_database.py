"""The big database the benchmarks share: opened, and filled by the demo
generator up to the number of tickets asked for."""

from __future__ import annotations

import sys
import time
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
