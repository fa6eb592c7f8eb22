"""Times the queue's three hot queries on a big database.

    python bench/queries.py --tickets 1000000            # SQLite file under bench/out/
    python bench/queries.py --db postgresql+psycopg://... --tickets 1000000

Builds the database with the demo generator when it holds fewer tickets than
asked, then prints the median of repeated runs of each query (fresh session
each run, after one warm-up run).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_database import bench_arguments, median_ms, open_filled  # noqa: E402

from hotline_desk.domain.ticket import UNFINISHED_STATES, TicketState  # noqa: E402
from hotline_desk.services.queue import COUNT_CAP, read_page  # noqa: E402
from hotline_desk.services.tickets import TicketService  # noqa: E402
from hotline_desk.store.tickets import QueueQuery, TicketStore  # noqa: E402


def main() -> int:
    parser = bench_arguments(__doc__)
    args = parser.parse_args()
    context, have = open_filled(args.db, "queries", args.tickets, args.now)
    service = TicketService(context)

    def page(query: QueueQuery) -> Callable[[], object]:
        def run() -> object:
            with context.db.session() as session:
                return len(TicketStore(session).page(query))

        return run

    def count(query: QueueQuery) -> Callable[[], object]:
        def run() -> object:
            with context.db.session() as session:
                return TicketStore(session).count(query)

        return run

    unfinished = sorted(UNFINISHED_STATES)
    unfinished_search = QueueQuery(states=unfinished, search="噪音")
    queries = [
        ("queue: unfinished, by due", QueueQuery(states=unfinished)),
        ("queue: 办理中, by due", QueueQuery(states=[TicketState.HANDLING])),
        (
            "queue: 办结归档, by due, page 100",
            QueueQuery(states=[TicketState.ARCHIVED], offset=5000),
        ),
        ("search 2 chars 噪音", QueueQuery(search="噪音")),
        ("search 4 chars 幸福小区", QueueQuery(search="幸福小区")),
        ("search 6 chars 夜间施工噪音", QueueQuery(search="夜间施工噪音")),
        ("search 2 chars 噪音, newest first", QueueQuery(search="噪音", order="newest")),
        ("search 4 chars 幸福小区, newest first", QueueQuery(search="幸福小区", order="newest")),
        ("search 2 chars 噪音 in unfinished", unfinished_search),
        ("search number fragment 0000123", QueueQuery(search="0000123")),
        ("search 1 char 噪 (prefix)", QueueQuery(search="噪")),
    ]

    def window(query: QueueQuery) -> Callable[[], object]:
        def run() -> object:
            shown = read_page(context, query, with_count=True, count_cap=COUNT_CAP)
            return f"{len(shown.tickets)} of {shown.total:,}"

        return run

    cases: list[tuple[str, Callable[[], object]]] = []
    for label, query in queries:
        cases.append((f"{label}: first 50", page(query)))
        cases.append((f"{label}: count", count(query)))
        cases.append((f"{label}: window (page + count to {COUNT_CAP:,})", window(query)))
    cases.append(
        ("due by the end of the next working day", lambda: len(service.due_by_next_workday()[1]))
    )
    print(
        f"database: {context.db.dialect}, {max(have, args.tickets):,} tickets, "
        f"now {args.now}, median of {args.repeat}"
    )
    for label, run in cases:
        ms, result = median_ms(run, args.repeat)
        print(f"  {label:<62} {ms:9.1f} ms   -> {result}")
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
