"""The sealed trail at office scale: verifying every ticket's trail, and what
sealing adds to one action.

    python bench/trail.py [--tickets 1000000] [--db URL] [--repeat 200]

Prints the time of a full ``db verify``, the time of sealing one action's
event (reading the ticket's last seal and computing the HMACs) and the time
of a whole action with and without the seal.
"""

from __future__ import annotations

import os
import random
import statistics
import time

from bench_database import bench_arguments, open_filled
from sqlalchemy import select, text

from hotline_desk.domain.ticket import Event, TicketState
from hotline_desk.services.tickets import TicketService
from hotline_desk.services.trail import open_trail, verify_trail
from hotline_desk.store.mapping import event_row
from hotline_desk.store.models import TicketRow
from hotline_desk.store.trail import seal_new_events, seal_range


def main() -> None:
    parser = bench_arguments(__doc__)
    parser.set_defaults(repeat=200)
    parser.add_argument(
        "--reseal", action="store_true", help="seal the history again, as a first open does"
    )
    args = parser.parse_args()
    context, have = open_filled(args.db, "trail", args.tickets, args.now)
    print(f"{context.db.dialect}: {have:,} tickets")
    if args.reseal:
        with context.db.session() as session:
            session.execute(text("DELETE FROM settings WHERE key = 'trail.key'"))
            session.execute(text("DELETE FROM trail_seals"))
        started = time.perf_counter()
        open_trail(context)
        print(f"sealing the history as it stands: {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    report = verify_trail(context, processes=os.cpu_count() or 1)
    print(
        f"db verify: {report.checked:,} tickets in {time.perf_counter() - started:.1f} s, "
        f"{len(report.breaks)} broken"
    )

    rng = random.Random(7)
    with context.db.session() as session:
        top = session.scalar(select(TicketRow.id).order_by(TicketRow.id.desc()).limit(1)) or 1
    ids = [rng.randint(1, top) for _ in range(args.repeat)]
    now = context.clock.now()
    seal_times = []
    with context.db.session() as session:
        for ticket_id in ids:
            row = session.get(TicketRow, ticket_id)
            if row is None:
                continue
            new = [event_row(ticket_id, Event("note", "bench", now, TicketState(row.state),
                                              TicketState(row.state), "bench", {}))]  # fmt: skip
            started = time.perf_counter()
            seal_new_events(session, row, new)
            seal_times.append((time.perf_counter() - started) * 1000)
        session.rollback()
    print(f"sealing one action's event: median {statistics.median(seal_times):.3f} ms, "
          f"p95 {sorted(seal_times)[int(len(seal_times) * 0.95)]:.3f} ms")  # fmt: skip

    service = TicketService(context)
    with context.db.session() as session:
        numbers = list(session.scalars(
            select(TicketRow.number).where(TicketRow.confidential.is_(False))
            .where(TicketRow.id.in_(ids))
        ))  # fmt: skip
    key = context.db.trail_key
    assert key is not None
    for label, used in (("with the seal", key), ("without", None)):
        context.db.trail_key, context.db.trail_required = used, used is not None
        times = []
        for number in numbers[: args.repeat // 2]:
            started = time.perf_counter()
            service.mark_typical(number, "基准测试", typical=True)
            times.append((time.perf_counter() - started) * 1000)
        print(f"an action (标记典型工单) {label}: median {statistics.median(times):.2f} ms")
    context.db.trail_key, context.db.trail_required = key, True
    with context.db.session() as session:  # the unsealed actions of "without", sealed again
        for ticket_id in ids:
            seal_range(session, key, ticket_id, ticket_id)
    context.close()


if __name__ == "__main__":
    main()
