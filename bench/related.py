"""How long 相关工单 takes for one ticket on a big store.

    python bench/related.py --db sqlite:////path/to/a-million-tickets.sqlite3 [--samples 30]

Asks the related tickets of --samples tickets spread over the store (every
reason: the caller's phone index, the place and the request through the
full-text index) and prints the median and the slowest, and how many were
found.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from hotline_desk.services.context import open_context  # noqa: E402
from hotline_desk.services.related import related_tickets  # noqa: E402
from hotline_desk.store.models import TicketRow  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--now", default="2026-11-23T10:00")
    args = parser.parse_args()
    context = open_context(args.db, datetime.fromisoformat(args.now), "liqing")
    with context.db.session() as session:
        top = session.scalar(select(func.max(TicketRow.id))) or 0
        step = max(1, top // args.samples)
        numbers = list(
            session.scalars(
                select(TicketRow.number).where(TicketRow.id.in_(range(1, top + 1, step)))
            )
        )[: args.samples]
    related_tickets(context, numbers[0])  # warm the caches as a window would be
    times, counts = [], []
    for number in numbers:
        started = time.perf_counter()
        found = related_tickets(context, number)
        times.append(time.perf_counter() - started)
        counts.append(len(found.tickets))
    print(
        f"{context.db.dialect}, {top:,} tickets: related tickets of one ticket "
        f"median {statistics.median(times) * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms "
        f"({len(times)} tickets; {statistics.median(counts):.0f} found, median)"
    )


if __name__ == "__main__":
    main()
