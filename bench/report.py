"""Times the month's report and the 12-month trend on a big database.

    python bench/report.py --tickets 1000000            # SQLite file under bench/out/
    python bench/report.py --db postgresql+psycopg://... --tickets 1000000

Builds the database with the demo generator when it holds fewer tickets than
asked (three years of history, each ticket's statistics facts derived from
its event trail), then prints:

* the backfill rate (facts derived from the trails of tickets that have none);
* the month report cold (its open tickets' facts recomputed first, as after
  a quarter of an hour without a poll) and warm (median of repeated runs);
* the 12-month trend, the weekly view, the workbook and the PDF.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_database import bench_arguments, median_ms, open_filled  # noqa: E402

from hotline_desk.domain.clock import FixedClock  # noqa: E402
from hotline_desk.services.derived import backfill  # noqa: E402
from hotline_desk.services.statistics import (  # noqa: E402
    add_months,
    month_report,
    trend,
    weekly,
)
from hotline_desk.store.models import TicketFactsRow, TicketFindingRow, TicketRow  # noqa: E402
from hotline_desk.store.statistics import StatisticsStore  # noqa: E402


def once_ms(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = bench_arguments(__doc__)
    parser.add_argument(
        "--backfill-sample", type=int, default=20_000, help="tickets whose facts are re-derived"
    )
    args = parser.parse_args()
    context, have = open_filled(args.db, "report", args.tickets, args.now)
    clock = context.clock
    assert isinstance(clock, FixedClock)
    month = add_months(f"{clock.now():%Y-%m}", -1)  # last month: a full month
    with context.db.session() as session:
        in_month = session.scalar(
            select(func.count()).select_from(TicketFactsRow).where(TicketFactsRow.month == month)
        )
        facts = session.scalar(select(func.count()).select_from(TicketFactsRow))
        findings = session.scalar(select(func.count()).select_from(TicketFindingRow))
    print(
        f"database: {context.db.dialect}, {have:,} tickets ({facts:,} with facts, "
        f"{findings:,} findings), {in_month:,} received in {month}; now {args.now}"
    )

    # Backfill: drop a sample's facts and derive them again from the trails.
    with context.db.session() as session:
        sample = list(
            session.scalars(select(TicketRow.id).order_by(TicketRow.id).limit(args.backfill_sample))
        )
        session.execute(delete(TicketFindingRow).where(TicketFindingRow.ticket_id <= sample[-1]))
        session.execute(delete(TicketFactsRow).where(TicketFactsRow.ticket_id <= sample[-1]))
    started = time.perf_counter()
    done = backfill(context)
    seconds = time.perf_counter() - started
    print(
        f"  backfill: {done:,} tickets' facts in {seconds:.1f} s = {done / seconds:,.0f} tickets/s"
    )

    # Cold: the open tickets' facts are older than a quarter of an hour (also
    # on a second run over the same database).
    with context.db.session() as session:
        newest = session.scalar(select(func.max(TicketFactsRow.computed_at)))
    clock.current = max(clock.current, newest or clock.current) + timedelta(minutes=16)
    with context.db.session() as session:
        stale = len(StatisticsStore(session).stale_unfinished(clock.now() - timedelta(minutes=15)))
    cold = once_ms(lambda: month_report(context, month))
    warm = median_ms(lambda: month_report(context, month), args.repeat)[0]
    trend_ms = median_ms(lambda: trend(context, month, 12), args.repeat)[0]
    weeks_ms = median_ms(lambda: weekly(context, month), args.repeat)[0]
    report = month_report(context, month)
    months = trend(context, month, 12)
    weeks = weekly(context, month)
    print(f"  month report {month}, {stale:,} open tickets recomputed first: {cold:7.0f} ms")
    print(f"  month report {month} (median of {args.repeat}):           {warm:9.0f} ms")
    print(f"  12-month trend to {month}:                        {trend_ms:9.0f} ms")
    print(f"  weekly view of {month}:                           {weeks_ms:9.0f} ms")
    from hotline_desk.services.report_workbook import write_report_xlsx

    with tempfile.TemporaryDirectory() as folder:
        xlsx_ms = once_ms(lambda: write_report_xlsx(report, weeks, Path(folder) / "m.xlsx"))
        from hotline_desk.printing.app import ensure_app
        from hotline_desk.printing.documents import report_document, write_pdf

        ensure_app()
        pdf_ms = once_ms(
            lambda: write_pdf(report_document(report, months, weeks), Path(folder) / "m.pdf")
        )
    print(f"  workbook (.xlsx):                                 {xlsx_ms:9.0f} ms")
    print(f"  PDF with charts:                                  {pdf_ms:9.0f} ms")
    print(
        f"  -> total {report.totals.counts.total:,}, completion "
        f"{report.totals.completion_rate}, {len(report.units)} units"
    )
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
