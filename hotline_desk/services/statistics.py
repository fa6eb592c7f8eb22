"""The general desk's monthly statistics, unit assessment and accountability
ledger, summed from the stored facts (services.derived keeps them current).

The definitions are in domain.statistics and domain.assessment; this module
asks the store for sums and lists and puts them together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hotline_desk.domain import settings
from hotline_desk.domain.assessment import (
    AssessmentRules,
    Item,
    OperatorFlag,
    RulesError,
    UnitScore,
    flag_operators,
    score_unit,
)
from hotline_desk.domain.statistics import (
    OPERATOR_ACCOUNTABLE,
    UNIT_ACCOUNTABLE,
    Figures,
    FindingKind,
    TicketCounts,
)
from hotline_desk.domain.ticket import TicketKind
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import backfill, refresh_stale
from hotline_desk.services.directory import find_unit
from hotline_desk.services.errors import InputError
from hotline_desk.store.statistics import StatisticsStore

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
NO_UNIT = "（未派单）"
NO_OPERATOR = "（未派单）"


def parse_month(text: str) -> str:
    """YYYY-MM, checked; a clear error otherwise."""
    match = MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InputError("月份", "YYYY-MM，例如 2026-10", text)
    return text.strip()


def add_months(month: str, count: int) -> str:
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_span(month: str) -> tuple[date, date]:
    """The first day of the month and of the next."""
    first = date(int(month[:4]), int(month[5:7]), 1)
    return first, date.fromisoformat(add_months(month, 1) + "-01")


@dataclass(frozen=True)
class Line:
    """A unit's or an operator's line of the report."""

    key: int | str | None
    name: str
    figures: Figures
    score: UnitScore | None = None

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"name": self.name, **self.figures.as_dict()}
        if self.score is not None:
            data["score"] = self.score.score
            data["deducted"] = self.score.deducted
        return data


@dataclass(frozen=True)
class LedgerLine:
    """责任追究: who, and each finding with its ticket."""

    who: str
    items: tuple[Item, ...]


@dataclass
class MonthReport:
    first: str
    last: str
    as_of: datetime
    rules: AssessmentRules
    totals: Figures
    units: list[Line] = field(default_factory=list)
    operators: list[Line] = field(default_factory=list)
    kinds: list[Line] = field(default_factory=list)
    categories: list[Line] = field(default_factory=list)
    typical: list[tuple[str, str, str]] = field(default_factory=list)
    unit_ledger: list[LedgerLine] = field(default_factory=list)
    operator_ledger: list[LedgerLine] = field(default_factory=list)
    flagged: list[OperatorFlag] = field(default_factory=list)

    @property
    def period(self) -> str:
        return self.first if self.first == self.last else f"{self.first}..{self.last}"

    def as_json(self) -> dict[str, object]:
        return {
            "month": self.period,
            "as_of": f"{self.as_of:%Y-%m-%d %H:%M}",
            **self.totals.as_dict(),
            "units": [line.as_dict() for line in self.units],
            "operators": [line.as_dict() for line in self.operators],
            "kinds": [line.as_dict() for line in self.kinds],
            "categories": [line.as_dict() for line in self.categories],
            "typical": [{"number": n, "title": t, "summary": s} for n, t, s in self.typical],
            "deductions": [
                {"unit": line.name, **_item(item)}
                for line in self.units
                if line.score
                for item in line.score.items
            ],
            "accountability": {
                "units": [
                    {"unit": line.who, "items": [_item(i) for i in line.items]}
                    for line in self.unit_ledger
                ],
                "operators": [
                    {"operator": line.who, "items": [_item(i) for i in line.items]}
                    for line in self.operator_ledger
                ],
                "flagged": [
                    {
                        "operator": flag.operator,
                        "reasons": flag.reasons(self.rules),
                        "unfinished": list(flag.unfinished),
                        "delayed": [{"number": n, "days": d} for n, d in flag.delayed],
                    }
                    for flag in self.flagged
                ],
            },
        }


def _item(item: Item) -> dict[str, object]:
    return {
        "number": item.number,
        "kind": item.kind.value,
        "label": item.kind.label,
        "at": item.at,
        "detail": item.detail,
        "points": item.points,
    }


def assessment_rules(context: AppContext) -> AssessmentRules:
    return AssessmentRules.from_json(context.get(settings.ASSESSMENT_RULES))


def save_assessment_rules(context: AppContext, text: str) -> AssessmentRules:
    """Checks and stores the general desk's rules; bad rules are refused, the old kept."""
    from hotline_desk.domain.auth import CHANGE_ASSESSMENT
    from hotline_desk.services.auth import require_admin

    require_admin(context, CHANGE_ASSESSMENT, also=("general",))  # 综合科 assesses
    try:
        rules = AssessmentRules.from_json(text)
    except RulesError as error:
        raise InputError("考核规则", error.pattern, error.got, params=error.params) from None
    context.put(settings.ASSESSMENT_RULES, rules.to_json())
    return rules


# Open tickets' facts older than this are recomputed before a report; the
# poll (every 15 minutes) recomputes them all, so a running office rarely waits.
STALE_AFTER = timedelta(minutes=15)


def bring_up_to_date(context: AppContext, progress: Callable[[int], None] | None = None) -> None:
    """Facts for tickets that have none, and the open tickets' as of now (at
    most ``STALE_AFTER`` old)."""
    backfill(context, progress)
    refresh_stale(context, STALE_AFTER)


def month_report(
    context: AppContext,
    first: str,
    last: str | None = None,
    *,
    unit: str | None = None,
    refresh: bool = True,
    progress: Callable[[int], None] | None = None,
) -> MonthReport:
    """The statistics of months ``first``..``last`` (one month by default)."""
    first = parse_month(first)
    last = parse_month(last) if last else first
    if last < first:
        raise InputError("结束月份", "不早于开始月份的 YYYY-MM", last)
    if refresh:
        bring_up_to_date(context, progress)
    rules = assessment_rules(context)
    months = (first, last)
    with context.db.session() as session:
        unit_id = find_unit(session, unit).id if unit else None
        stats = StatisticsStore(session)
        names = stats.unit_names()
        total_counts = stats.counts(months, "month", unit_id=unit_id)
        total_findings = stats.finding_counts(months, "month", unit_id=unit_id)
        by_unit = stats.counts(months, "unit", unit_id=unit_id)
        unit_findings = stats.finding_counts(months, "unit", unit_id=unit_id)
        by_operator = stats.counts(months, "operator", unit_id=unit_id)
        operator_findings = stats.finding_counts(months, "operator", unit_id=unit_id)
        by_kind = stats.counts(months, "kind", unit_id=unit_id)
        by_category = stats.counts(months, "category", unit_id=unit_id)
        found = stats.findings(
            months, {*UNIT_ACCOUNTABLE, *OPERATOR_ACCOUNTABLE, *_deducted(rules)}, unit_id=unit_id
        )
        late_rows = stats.operator_rows(months, unit_id=unit_id)
        typical = stats.typical(months)
    totals = Figures(_sum_counts(total_counts.values()), _sum_findings(total_findings.values()))
    deductible = {d.kind for d in rules.deductions}
    unit_items: dict[int | None, list[Item]] = {}
    unit_ledger: dict[int | None, list[Item]] = {}
    operator_ledger: dict[str, list[Item]] = {}
    for number, kind, at, found_unit, operator, detail in found:
        item = Item(number, FindingKind(kind), f"{at:%Y-%m-%d %H:%M}", detail)
        if item.kind in deductible:
            unit_items.setdefault(found_unit, []).append(item)
        if item.kind in UNIT_ACCOUNTABLE:
            unit_ledger.setdefault(found_unit, []).append(item)
        if item.kind in OPERATOR_ACCOUNTABLE:
            operator_ledger.setdefault(operator, []).append(item)

    def unit_name(key: int | None) -> str:
        return names.get(key, str(key)) if key is not None else NO_UNIT

    units = []
    for key in sorted(set(by_unit) | set(unit_findings), key=lambda k: (k is None, k or 0)):
        if unit_id is not None and key != unit_id:
            continue
        figures = Figures(by_unit.get(key, TicketCounts()), unit_findings.get(key, {}))
        score = score_unit(unit_name(key), unit_items.get(key, []), rules) if key else None
        units.append(Line(key, unit_name(key), figures, score))
    units.sort(
        key=lambda line: (line.score is None, -(line.score.score if line.score else 0), line.name)
    )
    operators = [
        Line(
            key,
            key or NO_OPERATOR,
            Figures(by_operator.get(key, TicketCounts()), operator_findings.get(key, {})),
        )
        for key in sorted(set(by_operator) | set(operator_findings))
    ]
    return MonthReport(
        first=first,
        last=last,
        as_of=context.clock.now(),
        rules=rules,
        totals=totals,
        units=units,
        operators=operators,
        kinds=[Line(k, _kind_label(k), Figures(c, {})) for k, c in sorted(by_kind.items())],
        categories=sorted(
            (Line(k, k or "（未分类）", Figures(c, {})) for k, c in by_category.items()),
            key=lambda line: -line.figures.counts.total,
        ),
        typical=typical,
        unit_ledger=[
            LedgerLine(unit_name(k), tuple(v))
            for k, v in sorted(unit_ledger.items(), key=lambda kv: unit_name(kv[0]))
        ],
        operator_ledger=[
            LedgerLine(k or NO_OPERATOR, tuple(v)) for k, v in sorted(operator_ledger.items())
        ],
        flagged=flag_operators(
            ((op or NO_OPERATOR, n, late, d) for op, n, late, d in late_rows), rules
        ),
    )


def _kind_label(value: str) -> str:
    try:
        return TicketKind(value).label
    except ValueError:
        return value


def _deducted(rules: AssessmentRules) -> set[FindingKind]:
    return {d.kind for d in rules.deductions}


def _sum_counts(groups: Iterable[TicketCounts]) -> TicketCounts:
    totals = [0] * len(TicketCounts.__dataclass_fields__)
    for counts in groups:
        for i, name in enumerate(TicketCounts.__dataclass_fields__):
            totals[i] += getattr(counts, name)
    return TicketCounts(*totals)


def _sum_findings(groups: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for group in groups:
        for kind, count in group.items():
            total[kind] = total.get(kind, 0) + count
    return total


def trend(
    context: AppContext, last: str, months: int = 12, *, refresh: bool = True
) -> list[tuple[str, Figures]]:
    """The figures of the ``months`` months ending with ``last``, oldest first."""
    last = parse_month(last)
    first = add_months(last, -(months - 1))
    if refresh:
        bring_up_to_date(context)
    with context.db.session() as session:
        stats = StatisticsStore(session)
        counts = stats.counts((first, last), "month")
        findings = stats.finding_counts((first, last), "month")
    return [
        (m, Figures(counts.get(m, TicketCounts()), findings.get(m, {})))
        for m in (add_months(first, i) for i in range(months))
    ]


@dataclass(frozen=True)
class WeekLine:
    week: str
    operator: str
    handled: int
    completed: int
    on_time: int

    @property
    def completion_rate(self) -> float | None:
        return round(self.completed / self.handled, 4) if self.handled else None


def weekly(context: AppContext, month: str, *, refresh: bool = True) -> list[WeekLine]:
    """Per ISO week of receipt and operator: handled, completed, completed on time –
    the weeks that start in ``month``'s span (one week either side is not cut)."""
    month = parse_month(month)
    if refresh:
        bring_up_to_date(context)
    start, end = month_span(month)
    weeks = []
    day = start - timedelta(days=start.weekday())
    while day < end:
        year, week, _ = day.isocalendar()
        weeks.append(f"{year}-W{week:02d}")
        day += timedelta(days=7)
    span = (add_months(month, -1), add_months(month, 1))
    with context.db.session() as session:
        rows = StatisticsStore(session).weekly(span, weeks)
    return [
        WeekLine(w, op or NO_OPERATOR, c.total, c.completed, c.on_time_completed)
        for w, op, c in rows
    ]
