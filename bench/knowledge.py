"""How long a knowledge-base search takes over many entries.

    python bench/knowledge.py [--db URL] [--entries 50000]

Fills an empty store (a scratch SQLite file unless --db names one) with
``--entries`` entries built from the message board's subjects and the
office's words (titles, answers, bases, keywords of realistic length), then
prints the median and slowest of searches for frequent and rare words, two
and four characters, one and two terms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hotline_desk.domain.knowledge import EntryChange, KnowledgeEntry  # noqa: E402
from hotline_desk.services import knowledge  # noqa: E402
from hotline_desk.services.context import open_context  # noqa: E402
from hotline_desk.store.knowledge import KnowledgeStore  # noqa: E402

TOPICS = ["医保", "社保", "公积金", "户籍", "不动产", "营业执照", "路灯", "噪音", "拖欠工资",
          "入学", "养老", "低保", "残疾人", "征地", "拆迁", "物业", "停水", "停电", "燃气", "公交"]  # fmt: skip
WORDS = "关于办理标准流程材料时限条件申请审核缴费补贴待遇政策规定通知实施办法服务窗口咨询电话"
QUERIES = ["医保", "公积金", "营业执照", "路灯 维修", "缴费 标准", "残疾人 补贴", "办法第", "窗口"]


def fill(context: object, count: int) -> None:
    rng = random.Random(27)
    now = datetime(2026, 11, 23, 10, 0)
    with context.db.session() as session:  # type: ignore[attr-defined]
        store = KnowledgeStore(session)
        for i in range(count):
            topic = rng.choice(TOPICS)
            words = "".join(rng.choice(WORDS) for _ in range(rng.randint(60, 240)))
            entry = KnowledgeEntry(
                title=f"{topic}{''.join(rng.choice(WORDS) for _ in range(6))}（{i}）",
                answer=f"{topic}{words}",
                category=f"{rng.choice(TOPICS)}/{topic}/办理",
                basis=f"《{topic}管理办法》第{rng.randint(1, 60)}条",
                keywords=f"{topic} {rng.choice(TOPICS)}",
                updated_at=now,
                updated_by="bench",
            )
            store.add(entry, EntryChange(0, 1, now, "bench", "import"))
            if i % 5000 == 4999:
                session.commit()
                print(f"\r  {i + 1:,} entries", end="", flush=True)
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db")
    parser.add_argument("--entries", type=int, default=50_000)
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="kb-bench-")) / "kb.sqlite3")
    context = open_context(db, datetime(2026, 11, 23, 10, 0), "bench")
    with context.db.session() as session:
        have = KnowledgeStore(session).count()
    if have < args.entries:
        started = time.perf_counter()
        fill(context, args.entries - have)
        print(f"  filled in {time.perf_counter() - started:.0f} s")
    for query in QUERIES:
        knowledge.search(context, query)  # warm
        times, found = [], 0
        for _ in range(9):
            started = time.perf_counter()
            found = len(knowledge.search(context, query))
            times.append(time.perf_counter() - started)
        print(
            f"{context.db.dialect}, {args.entries:,} entries, search {query!r}: "
            f"median {statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms "
            f"({found} shown)"
        )
    context.close()


if __name__ == "__main__":
    main()
