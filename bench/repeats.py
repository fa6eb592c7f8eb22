"""Repeat detection (相关工单) on data nobody here wrote: the pairs found, by
reason, and a seeded sample of pairs to judge by hand.

    python bench/repeats.py --baltimore PATH/baltimore-311-sample.csv \
        --messages PATH/zhihuizhengwu-messages-replies.xlsx [--sample 25] [--seed 26]

Each file is imported through the real importer (its shipped preset) into a
scratch SQLite store; every ticket's related tickets are asked of the real
service, as the window asks them. Pairs are counted once (A–B = B–A) by
their strongest reason. The sample prints both tickets side by side – their
numbers, dates, category, address and request – for a person to judge.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from hotline_desk.services.context import open_context  # noqa: E402
from hotline_desk.services.importer import import_file, presets  # noqa: E402
from hotline_desk.services.related import related_tickets  # noqa: E402
from hotline_desk.services.staff import save_staff  # noqa: E402
from hotline_desk.store.models import TicketRow  # noqa: E402


def pairs_of(path: Path, preset: str) -> tuple[dict[tuple[str, str], str], dict[str, TicketRow]]:
    scratch = Path(tempfile.mkdtemp(prefix="repeats-bench-")) / "store.sqlite3"
    context = open_context(str(scratch), datetime(2026, 11, 23, 10, 0), "bench")
    save_staff(context, "bench", "测试员", "operator")
    mapping = next(p for p in presets() if p.name.startswith(preset))
    report = import_file(context, path, mapping)
    with context.db.session() as session:
        rows = {r.number: r for r in session.scalars(select(TicketRow))}
        for row in rows.values():
            session.expunge(row)
    pairs: dict[tuple[str, str], str] = {}
    for number in rows:
        for other in related_tickets(context, number, limit=50).tickets:
            key = (min(number, other.number), max(number, other.number))
            pairs.setdefault(key, other.reasons[0])
    context.close()
    print(
        f"{path.name}: {report.imported:,} imported; {len(pairs):,} related pairs: "
        + ", ".join(f"{why} {n:,}" for why, n in Counter(pairs.values()).most_common())
    )
    return pairs, rows


def show_sample(pairs: dict[tuple[str, str], str], rows: dict[str, TicketRow], size: int,
                seed: int) -> None:  # fmt: skip
    chosen = random.Random(seed).sample(sorted(pairs), min(size, len(pairs)))
    for i, (a, b) in enumerate(chosen, start=1):
        print(f"\n#{i} {pairs[(a, b)]}")
        for number in (a, b):
            r = rows[number]
            text = f"{r.title} | {r.content}".replace("\n", " ")[:150]
            print(
                f"   {number} {r.received_at:%Y-%m-%d} [{r.category}] @ {r.address or '-'}: {text}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baltimore", type=Path)
    parser.add_argument("--messages", type=Path)
    parser.add_argument("--sample", type=int, default=25)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    for path, preset in ((args.baltimore, "baltimore"), (args.messages, "zhihuizhengwu")):
        if path is not None:
            pairs, rows = pairs_of(path, preset)
            show_sample(pairs, rows, args.sample, args.seed)
            print()


if __name__ == "__main__":
    main()
