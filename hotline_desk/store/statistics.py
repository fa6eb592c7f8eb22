"""The statistics facts and findings of tickets: kept, summed, listed.

The definitions are the domain's (domain.statistics); here they are stored
and summed in SQL, so that a month of a million-ticket archive is a GROUP BY
over one index range on both SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, case, delete, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hotline_desk.domain.statistics import (
    CallbackOutcome,
    FigureSelection,
    FindingKind,
    TicketCounts,
    TicketFacts,
)
from hotline_desk.domain.ticket import UNFINISHED_STATES
from hotline_desk.store.models import TicketFactsRow, TicketFindingRow, TicketRow, UnitRow

FACTS = cast(Table, TicketFactsRow.__table__)
FINDINGS = cast(Table, TicketFindingRow.__table__)

GROUPS: dict[str, InstrumentedAttribute[Any]] = {
    "month": TicketFactsRow.month,
    "unit": TicketFactsRow.unit_id,
    "operator": TicketFactsRow.operator,
    "kind": TicketFactsRow.kind,
    "category": TicketFactsRow.category,
    "week": TicketFactsRow.week,
}
FINDING_GROUPS: dict[str, InstrumentedAttribute[Any]] = {
    "month": TicketFindingRow.month,
    "unit": TicketFindingRow.unit_id,
    "operator": TicketFindingRow.operator,
}


def _sum(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _count_columns() -> list[Any]:
    f = TicketFactsRow
    return [
        func.count(),
        _sum(f.completed.is_(True)),
        _sum(f.on_time_completion.is_(False)),
        _sum(f.on_time_completion.is_(True)),
        _sum(f.on_time_completion.is_not(None)),
        _sum(f.on_time_dispatch.is_(True)),
        _sum(f.on_time_dispatch.is_not(None)),
        _sum(f.satisfaction.in_(("satisfied", "basic"))),
        _sum(f.callback == CallbackOutcome.REACHED.value),
        _sum(f.callback == CallbackOutcome.UNREACHABLE.value),
        _sum(f.callback == CallbackOutcome.CONFIDENTIAL.value),
        _sum(f.typical.is_not(None)),
        _sum(f.repeat.is_(True)),
    ]


class StatisticsStore:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- writes ------------------------------------------------------------------
    def replace(self, facts: Sequence[TicketFacts], computed_at: datetime) -> None:
        """Stores these tickets' facts and findings in place of what was there."""
        if not facts:
            return
        ids = [f.ticket_id for f in facts]
        for chunk in _chunks(ids, 500):
            self.session.execute(
                delete(TicketFindingRow).where(TicketFindingRow.ticket_id.in_(chunk))
            )
            self.session.execute(delete(TicketFactsRow).where(TicketFactsRow.ticket_id.in_(chunk)))
        self.session.execute(insert(FACTS), [_facts_row(f, computed_at) for f in facts])
        findings = [
            {
                "ticket_id": f.ticket_id,
                "month": f.month,
                "kind": finding.kind.value,
                "at": finding.at,
                "unit_id": finding.unit_id,
                "operator": finding.operator,
                "detail": finding.detail[:2000],
            }
            for f in facts
            for finding in f.findings
        ]
        if findings:
            self.session.execute(insert(FINDINGS), findings)

    def tickets_without_facts(self, limit: int) -> list[int]:
        """Tickets stored before statistics existed (or by a bulk path), to derive."""
        # Facts exist only for stored tickets (deleted with them): equal counts
        # mean none is missing, which two index counts tell sooner than the join.
        tickets = self.session.scalar(select(func.count()).select_from(TicketRow))
        facts = self.session.scalar(select(func.count()).select_from(TicketFactsRow))
        if tickets == facts:
            return []
        return list(
            self.session.scalars(
                select(TicketRow.id)
                .outerjoin(TicketFactsRow, TicketFactsRow.ticket_id == TicketRow.id)
                .where(TicketFactsRow.ticket_id.is_(None))
                .order_by(TicketRow.id)
                .limit(limit)
            )
        )

    def stale_unfinished(self, computed_before: datetime) -> list[int]:
        """Unfinished tickets whose facts are older than ``computed_before``:
        time alone may have made them overdue."""
        return list(
            self.session.scalars(
                select(TicketFactsRow.ticket_id)
                .join(TicketRow, TicketRow.id == TicketFactsRow.ticket_id)
                .where(
                    TicketRow.state.in_(sorted(s.value for s in UNFINISHED_STATES)),
                    TicketFactsRow.computed_at < computed_before,
                )
            )
        )

    # -- sums --------------------------------------------------------------------
    def counts(
        self, months: tuple[str, str], by: str, *, unit_id: int | None = None
    ) -> dict[Any, TicketCounts]:
        """Ticket counts per ``by`` (a key of GROUPS) for months first..last."""
        column = GROUPS[by]
        statement = (
            select(column, *_count_columns())
            .where(TicketFactsRow.month.between(*months))
            .group_by(column)
        )
        if unit_id is not None:
            statement = statement.where(TicketFactsRow.unit_id == unit_id)
        return {row[0]: TicketCounts(*row[1:]) for row in self.session.execute(statement)}

    def finding_counts(
        self, months: tuple[str, str], by: str, *, unit_id: int | None = None
    ) -> dict[Any, dict[str, int]]:
        column = FINDING_GROUPS[by]
        statement = (
            select(column, TicketFindingRow.kind, func.count())
            .where(TicketFindingRow.month.between(*months))
            .group_by(column, TicketFindingRow.kind)
        )
        if unit_id is not None:
            statement = statement.where(TicketFindingRow.unit_id == unit_id)
        result: dict[Any, dict[str, int]] = {}
        for key, kind, count in self.session.execute(statement):
            result.setdefault(key, {})[kind] = count
        return result

    # -- lists ---------------------------------------------------------------------
    def findings(
        self, months: tuple[str, str], kinds: Iterable[FindingKind], *, unit_id: int | None = None
    ) -> list[tuple[str, str, datetime, int | None, str, str]]:
        """(number, kind, at, unit id, operator, detail) of these kinds, in time order."""
        statement = (
            select(
                TicketRow.number,
                TicketFindingRow.kind,
                TicketFindingRow.at,
                TicketFindingRow.unit_id,
                TicketFindingRow.operator,
                TicketFindingRow.detail,
            )
            .join(TicketRow, TicketRow.id == TicketFindingRow.ticket_id)
            .where(
                TicketFindingRow.month.between(*months),
                TicketFindingRow.kind.in_([k.value for k in kinds]),
            )
            .order_by(TicketFindingRow.at, TicketRow.number)
        )
        if unit_id is not None:
            statement = statement.where(TicketFindingRow.unit_id == unit_id)
        return [tuple(row) for row in self.session.execute(statement)]  # type: ignore[misc]

    def operator_rows(
        self, months: tuple[str, str], *, unit_id: int | None = None
    ) -> list[tuple[str, str, bool, float]]:
        """(operator, number, overdue, delay days) of the tickets judged late or delayed."""
        statement = (
            select(
                TicketFactsRow.operator,
                TicketRow.number,
                TicketFactsRow.on_time_completion.is_(False),
                TicketFactsRow.delay_days,
            )
            .join(TicketRow, TicketRow.id == TicketFactsRow.ticket_id)
            .where(
                TicketFactsRow.month.between(*months),
                TicketFactsRow.on_time_completion.is_(False),
            )
            .order_by(TicketFactsRow.operator, TicketRow.number)
        )
        if unit_id is not None:
            statement = statement.where(TicketFactsRow.unit_id == unit_id)
        return [
            (op, number, bool(late), float(days))
            for op, number, late, days in self.session.execute(statement)
        ]

    def typical(self, months: tuple[str, str]) -> list[tuple[str, str, str]]:
        """(number, title, summary) of the typical cases (典型工单)."""
        statement = (
            select(TicketRow.number, TicketRow.title, TicketFactsRow.typical)
            .join(TicketRow, TicketRow.id == TicketFactsRow.ticket_id)
            .where(TicketFactsRow.month.between(*months), TicketFactsRow.typical.is_not(None))
            .order_by(TicketRow.received_at)
        )
        return [(n, t, s or "") for n, t, s in self.session.execute(statement)]

    def weekly(
        self, months: tuple[str, str], weeks: Sequence[str]
    ) -> list[tuple[str, str, TicketCounts]]:
        """(week, operator, counts) of these ISO weeks of receipt."""
        statement = (
            select(TicketFactsRow.week, TicketFactsRow.operator, *_count_columns())
            .where(TicketFactsRow.month.between(*months), TicketFactsRow.week.in_(weeks))
            .group_by(TicketFactsRow.week, TicketFactsRow.operator)
            .order_by(TicketFactsRow.week, TicketFactsRow.operator)
        )
        return [(row[0], row[1], TicketCounts(*row[2:])) for row in self.session.execute(statement)]

    def unit_names(self) -> dict[int, str]:
        return {uid: name for uid, name in self.session.execute(select(UnitRow.id, UnitRow.name))}


def selection_condition(selection: FigureSelection) -> ColumnElement[bool]:
    """The tickets behind a figure, as a condition on tickets (the queue's filter)."""
    f = TicketFactsRow
    conditions: list[ColumnElement[bool]] = [f.month.between(selection.first, selection.last)]
    if selection.finding is not None:
        found = select(TicketFindingRow.ticket_id).where(
            TicketFindingRow.month.between(selection.first, selection.last),
            TicketFindingRow.kind == selection.finding.value,
        )
        if selection.unit_id is not None:
            found = found.where(TicketFindingRow.unit_id == selection.unit_id)
        if selection.operator is not None:
            found = found.where(TicketFindingRow.operator == selection.operator)
        return TicketRow.id.in_(found)
    if selection.unit_id is not None:
        conditions.append(f.unit_id == selection.unit_id)
    if selection.operator is not None:
        conditions.append(f.operator == selection.operator)
    extra = _FIGURE_CONDITIONS.get(selection.figure)
    if extra is not None:
        conditions.append(extra)
    return TicketRow.id.in_(select(f.ticket_id).where(and_(*conditions)))


_FIGURE_CONDITIONS: dict[str, ColumnElement[bool]] = {
    "completed": TicketFactsRow.completed.is_(True),
    "overdue": TicketFactsRow.on_time_completion.is_(False),
    "on_time_completed": TicketFactsRow.on_time_completion.is_(True),
    "satisfied": TicketFactsRow.satisfaction.in_(("satisfied", "basic")),
    "reached": TicketFactsRow.callback == CallbackOutcome.REACHED.value,
    "unreachable": TicketFactsRow.callback == CallbackOutcome.UNREACHABLE.value,
    "confidential": TicketFactsRow.callback == CallbackOutcome.CONFIDENTIAL.value,
    "typical": TicketFactsRow.typical.is_not(None),
    "late_dispatch": TicketFactsRow.on_time_dispatch.is_(False),
    "repeats": TicketFactsRow.repeat.is_(True),
}


def _facts_row(f: TicketFacts, computed_at: datetime) -> dict[str, Any]:
    return {
        "ticket_id": f.ticket_id,
        "month": f.month,
        "week": f.week,
        "kind": f.kind,
        "category": f.category,
        "unit_id": f.unit_id,
        "operator": f.operator,
        "confidential": f.confidential,
        "completed": f.completed,
        "on_time_dispatch": f.on_time_dispatch,
        "on_time_completion": f.on_time_completion,
        "satisfaction": f.satisfaction,
        "callback": f.callback.value,
        "delay_days": f.delay_days,
        "typical": f.typical,
        "repeat": f.repeat,
        "computed_at": computed_at,
    }


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
