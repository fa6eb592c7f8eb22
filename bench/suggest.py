"""How right the dispatch suggestion is, on data nobody here wrote.

    python bench/suggest.py --baltimore PATH/baltimore-311-sample.csv \
        [--messages PATH/zhihuizhengwu-messages-replies.xlsx]
    python bench/suggest.py --db URL-OF-A-BIG-STORE [--samples 30]

Baltimore's 311 sample is imported through the real importer (its shipped
preset) into a scratch SQLite store; tickets are ordered by the day they
were received: the model learns the archived tickets of the first 60 %,
the blend weights are chosen on the next 20 % (validation), then the model
learns the first 80 % and is measured on the last 20 % (test) – so every
ticket is suggested for with its own history, and all later tickets,
excluded. Top-1/top-3 accuracy of the unit (Agency) and the category
(SRType), beside the rule of thumb: the commonest unit of the same category.

The message board has no unit column: the unit appears only in the reply's
prose. Where the reply names a unit in its first 300 characters (a county
or city code followed by a body's name, e.g. "A7县教育局"), the kind of body
without the place ("教育局") is the label – which department a county would
send the message to; the request is the message's subject and text. Same
split by date.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from hotline_desk.domain import suggestion  # noqa: E402
from hotline_desk.domain.related import address_key  # noqa: E402
from hotline_desk.domain.suggestion import DispatchModel, commonest_by  # noqa: E402
from hotline_desk.services.context import open_context  # noqa: E402
from hotline_desk.services.importer import import_file, presets  # noqa: E402
from hotline_desk.services.suggestion import Learnt, learn_archived  # noqa: E402
from hotline_desk.store.models import TicketRow  # noqa: E402

WEIGHTS = [  # (request, category, place) tried on the validation part
    (1.0, 0.0, 0.0),
    (0.15, 0.7, 0.15),
    (0.3, 0.5, 0.2),
    (0.1, 0.8, 0.1),
    (0.5, 0.5, 0.0),
    (0.2, 0.6, 0.2),
]


def _accuracy(model: DispatchModel, cases: list[tuple[str, str, str, object]]) -> dict[str, float]:
    """cases: (text, category, place, unit); unit top-1/top-3 and category top-1/top-3."""
    unit1 = unit3 = cat1 = cat3 = 0
    for text, category, place, unit in cases:
        units = [r.value for r in model.suggest_units(text, category, place)]
        unit1 += bool(units) and units[0] == unit
        unit3 += unit in units
        if category:
            categories = [r.value for r in model.suggest_categories(text, place)]
            cat1 += bool(categories) and categories[0] == category
            cat3 += category in categories
    n = len(cases) or 1
    with_category = sum(1 for c in cases if c[1]) or 1
    return {
        "unit_top1": unit1 / n,
        "unit_top3": unit3 / n,
        "category_top1": cat1 / with_category,
        "category_top3": cat3 / with_category,
    }


def _choose_weights(
    model: DispatchModel, validation: list[tuple[str, str, str, object]]
) -> tuple[float, float, float]:
    best, chosen = -1.0, WEIGHTS[0]
    for weights in WEIGHTS:
        suggestion.REQUEST_WEIGHT, suggestion.CATEGORY_SOURCE_WEIGHT, suggestion.PLACE_WEIGHT = (
            weights
        )
        score = _accuracy(model, validation)["unit_top1"]
        print(f"    validation, weights {weights}: unit top-1 {score:.3f}")
        if score > best:
            best, chosen = score, weights
    suggestion.REQUEST_WEIGHT, suggestion.CATEGORY_SOURCE_WEIGHT, suggestion.PLACE_WEIGHT = chosen
    return chosen


def _line(name: str, figures: dict[str, float], baseline: float) -> None:
    print(
        f"  {name}: unit top-1 {figures['unit_top1']:.1%}, top-3 {figures['unit_top3']:.1%} "
        f"(rule of thumb {baseline:.1%}); category top-1 {figures['category_top1']:.1%}, "
        f"top-3 {figures['category_top3']:.1%}"
    )


def baltimore(path: Path) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="suggest-bench-")) / "baltimore.sqlite3"
    context = open_context(str(scratch), datetime(2019, 3, 1), "bench")
    mapping = next(p for p in presets() if p.name.startswith("baltimore"))
    started = time.perf_counter()
    report = import_file(context, path, mapping)
    print(f"Baltimore: {report.imported:,} imported in {time.perf_counter() - started:.1f} s")
    with context.db.session() as session:
        rows = session.execute(
            select(
                TicketRow.received_at, TicketRow.title, TicketRow.content, TicketRow.category,
                TicketRow.address, TicketRow.main_unit_id,
            ).order_by(TicketRow.received_at, TicketRow.id)
        ).all()  # fmt: skip
    cut60, cut80 = rows[len(rows) * 6 // 10].received_at, rows[len(rows) * 8 // 10].received_at

    def cases(first: datetime, last: datetime | None) -> list[tuple[str, str, str, object]]:
        return [
            (f"{r.title}{r.content}", r.category, address_key(r.address), r.main_unit_id)
            for r in rows
            if r.main_unit_id is not None
            and r.received_at >= first
            and (last is None or r.received_at < last)
        ]

    learnt = Learnt()
    learn_archived(context, learnt, received_before=cut60)
    print(f"  learnt {learnt.model.learnt:,} archived tickets received before {cut60:%Y-%m-%d}")
    chosen = _choose_weights(learnt.model, cases(cut60, cut80))
    learnt = Learnt()
    started = time.perf_counter()
    learn_archived(context, learnt, received_before=cut80)
    seconds = time.perf_counter() - started
    test = cases(cut80, None)
    print(
        f"  learnt {learnt.model.learnt:,} archived tickets received before {cut80:%Y-%m-%d} "
        f"in {seconds:.2f} s; weights {chosen}; test: {len(test):,} tickets from then on"
    )
    rule = commonest_by(
        (r.category, r.main_unit_id)
        for r in rows
        if r.received_at < cut80 and r.main_unit_id is not None
    )
    baseline = sum(rule.get(c[1]) == c[3] for c in test) / len(test)
    _line("test", _accuracy(learnt.model, test), baseline)
    seen = {r.category for r in rows if r.received_at < cut80}
    unseen = sum(1 for c in test if c[1] not in seen)
    print(f"  ({unseen} test tickets have a category never seen before the cut)")
    started = time.perf_counter()
    for text, category, place, _unit in test[:500]:
        learnt.model.suggest_units(text, category, place)
        learnt.model.suggest_categories(text, place)
    print(
        f"  one suggestion: {(time.perf_counter() - started) / min(500, len(test)) * 1000:.2f} ms"
    )
    context.close()


MESSAGES_PER_UNIT = 5
UNIT_IN_REPLY = re.compile(
    r"[A-Z]\d*(?:市|县|区)([\u4e00-\u9fff]{1,8}?"
    r"(?:局|委员会|委|办公室|中心|政府|公司|街道办事处|街道|镇|乡))"
)


def messages(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    records = []
    for row in list(book.active.iter_rows(values_only=True))[1:]:
        _number, _user, subject, when, text, reply, _replied = row[:7]
        found = UNIT_IN_REPLY.findall(str(reply or "")[:300])
        if not found or not isinstance(when, str | datetime):
            continue
        if isinstance(when, datetime):
            received = when
        else:
            try:
                received = datetime.strptime(str(when).strip(), "%Y/%m/%d %H:%M:%S")
            except ValueError:
                continue
        records.append((received, f"{subject or ''}{text or ''}", found[0]))
    records.sort()
    total = sum(1 for _ in book.active.iter_rows(min_row=2))
    named = len(records)
    # A unit named once or twice is mostly a misread of the prose: the units
    # that answered at least MESSAGES_PER_UNIT messages are the label set.
    often = {u for u, n in Counter(u for _w, _t, u in records).items() if n >= MESSAGES_PER_UNIT}
    records = [r for r in records if r[2] in often]
    print(
        f"Message board: {named:,} of {total:,} messages name a unit in their reply; "
        f"{len(records):,} of them one of the {len(often)} units named at least "
        f"{MESSAGES_PER_UNIT} times"
    )
    cut60, cut80 = len(records) * 6 // 10, len(records) * 8 // 10
    names: dict[str, int] = {}

    def learn(upto: int) -> DispatchModel:
        model = DispatchModel()
        for i, (_when, text, unit) in enumerate(records[:upto]):
            model.learn(text, "", "", names.setdefault(unit, len(names)), i)
        return model

    def cases(first: int, last: int) -> list[tuple[str, str, str, object]]:
        return [(t, "", "", names.setdefault(u, len(names))) for _w, t, u in records[first:last]]

    _choose_weights(learn(cut60), cases(cut60, cut80))
    model, test = learn(cut80), cases(cut80, len(records))
    commonest = Counter(u for _w, _t, u in records[:cut80]).most_common(1)[0][0]
    baseline = sum(1 for _w, _t, u in records[cut80:] if u == commonest) / len(test)
    figures = _accuracy(model, test)
    print(
        f"  test: {len(test)} messages; unit top-1 {figures['unit_top1']:.1%}, "
        f"top-3 {figures['unit_top3']:.1%} (no category: rule of thumb = the commonest unit, "
        f"{baseline:.1%})"
    )


def speed(db: str, samples: int) -> None:
    """Learning a big archive from scratch, then one suggestion at a time."""
    import statistics

    from hotline_desk.services.suggestion import model_for, suggest_for_ticket

    context = open_context(db, datetime(2026, 11, 23, 10, 0), "liqing")
    started = time.perf_counter()

    def progress(count: int) -> None:
        print(f"\r  learnt {count:,} ({time.perf_counter() - started:.0f} s)", end="", flush=True)

    model = model_for(context, from_scratch=True, progress=progress)
    learning = time.perf_counter() - started
    print(f"\n{context.db.dialect}: learnt {model.learnt:,} archived tickets in {learning:.0f} s")
    started = time.perf_counter()
    suggestion_module = sys.modules["hotline_desk.services.suggestion"]
    suggestion_module._models.clear()
    model_for(context)
    print(f"  a new process reads the saved model in {time.perf_counter() - started:.1f} s")
    with context.db.session() as session:
        top = session.scalar(select(TicketRow.id).order_by(TicketRow.id.desc()).limit(1)) or 0
        step = max(1, top // samples)
        numbers = list(
            session.scalars(
                select(TicketRow.number).where(TicketRow.id.in_(range(1, top + 1, step)))
            )
        )[:samples]
    times = []
    for number in numbers:
        started = time.perf_counter()
        suggest_for_ticket(context, number)
        times.append(time.perf_counter() - started)
    print(
        f"  one suggestion: median {statistics.median(times) * 1000:.0f} ms, "
        f"slowest {max(times) * 1000:.0f} ms ({len(times)} tickets)"
    )
    context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baltimore", type=Path)
    parser.add_argument("--messages", type=Path)
    parser.add_argument("--db", help="a big store: time learning it and suggesting")
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    if args.db:
        speed(args.db, args.samples)
    if args.baltimore:
        baltimore(args.baltimore)
    if args.messages:
        messages(args.messages)


if __name__ == "__main__":
    main()
