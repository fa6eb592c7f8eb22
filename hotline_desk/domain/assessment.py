"""Unit assessment (考核) and the accountability thresholds (责任追究), as data
the general desk edits; every deduction names the ticket behind it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hotline_desk.domain.statistics import FindingKind


class RulesError(ValueError):
    """Assessment rules that cannot be used: ``pattern`` (one of RULES_ERRORS,
    filled with ``params``) says what was expected where, ``got`` what was there."""

    def __init__(self, pattern: str, got: object = None, **params: object) -> None:
        self.pattern, self.got, self.params = pattern, got, params
        shown = "" if got is None else f"（实际为「{got}」）"
        super().__init__(pattern.format(**params) + shown)


RULES_NOT_JSON = "有效的 JSON（第 {line} 行：{problem}）"
RULES_NOT_OBJECT = "JSON 对象（base、deductions、unfinished_limit、delay_days_limit）"
NUMBER_AT_LEAST = "{entry}：不小于 {minimum} 的数字"
DEDUCTIONS_LIST = "deductions：扣分项的列表"
DEDUCTION_OBJECT = "deductions 第 {position} 项：对象（kind、points、monthly_cap）"
KIND_ONE_OF = "deductions 第 {position} 项的 kind：{kinds} 之一"
KIND_ONCE = "deductions：每类扣分只出现一次"
RULES_ERRORS = (
    RULES_NOT_JSON,
    RULES_NOT_OBJECT,
    NUMBER_AT_LEAST,
    DEDUCTIONS_LIST,
    DEDUCTION_OBJECT,
    KIND_ONE_OF,
    KIND_ONCE,
)


@dataclass(frozen=True, slots=True)
class Deduction:
    kind: FindingKind
    points: float  # points off per finding
    monthly_cap: float | None = None  # at most this many points a month


@dataclass(frozen=True, slots=True)
class AssessmentRules:
    base: float = 100.0
    deductions: tuple[Deduction, ...] = (
        # the office rules' own example: 0.2 points per overdue reply, at most 2 a month.
        Deduction(FindingKind.OVERDUE_REPLY, 0.2, 2.0),
        # Examples for the office to set: the issue names them configurable.
        Deduction(FindingKind.UNJUSTIFIED_RETURN, 0.5, None),
        Deduction(FindingKind.FALSE_FEEDBACK, 1.0, None),
        Deduction(FindingKind.UNSATISFIED, 0.1, None),
    )
    # Accountability of operators: more than this many unfinished (overdue)
    # tickets in a month, or any ticket delayed more than this many days.
    unfinished_limit: int = 3
    delay_days_limit: float = 5.0

    def to_json(self) -> str:
        return json.dumps(
            {
                "base": self.base,
                "deductions": [
                    {"kind": d.kind.value, "points": d.points, "monthly_cap": d.monthly_cap}
                    for d in self.deductions
                ],
                "unfinished_limit": self.unfinished_limit,
                "delay_days_limit": self.delay_days_limit,
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> AssessmentRules:
        """Reads rules, refusing anything unclear with the entry and what was expected."""
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise RulesError(RULES_NOT_JSON, line=error.lineno, problem=error.msg) from None
        if not isinstance(raw, dict):
            raise RulesError(RULES_NOT_OBJECT, type(raw).__name__)
        base = _number(raw.get("base", 100.0), "base", minimum=0)
        entries = raw.get("deductions", [])
        if not isinstance(entries, list):
            raise RulesError(DEDUCTIONS_LIST, type(entries).__name__)
        deductions = tuple(_deduction(entry, i) for i, entry in enumerate(entries, 1))
        kinds = [d.kind for d in deductions]
        if len(set(kinds)) != len(kinds):
            raise RulesError(KIND_ONCE, "、".join(k.value for k in kinds))
        return cls(
            base=base,
            deductions=deductions,
            unfinished_limit=int(_number(raw.get("unfinished_limit", 3), "unfinished_limit", 0)),
            delay_days_limit=_number(raw.get("delay_days_limit", 5.0), "delay_days_limit", 0),
        )

    def deduction(self, kind: FindingKind) -> Deduction | None:
        return next((d for d in self.deductions if d.kind is kind), None)


def _number(value: object, entry: str, minimum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise RulesError(NUMBER_AT_LEAST, json.dumps(value), entry=entry, minimum=minimum)
    return float(value)


def _deduction(entry: object, position: int) -> Deduction:
    if not isinstance(entry, dict):
        raise RulesError(DEDUCTION_OBJECT, json.dumps(entry, ensure_ascii=False), position=position)
    try:
        kind = FindingKind(str(entry.get("kind")))
    except ValueError:
        raise RulesError(
            KIND_ONE_OF,
            entry.get("kind"),
            position=position,
            kinds=", ".join(k.value for k in FindingKind),
        ) from None
    where = f"deductions[{position}]"
    points = _number(entry.get("points"), where + ".points", 0)
    cap = entry.get("monthly_cap")
    return Deduction(kind, points, None if cap is None else _number(cap, where + ".monthly_cap", 0))


@dataclass(frozen=True, slots=True)
class Item:
    """One finding behind a score or a ledger line: the ticket that makes it."""

    number: str
    kind: FindingKind
    at: str  # ISO time
    detail: str = ""
    points: float = 0.0


@dataclass(frozen=True, slots=True)
class UnitScore:
    unit: str
    score: float
    deducted: float
    items: tuple[Item, ...]  # every finding the rules deduct for, with its points


def score_unit(unit: str, items: Sequence[Item], rules: AssessmentRules) -> UnitScore:
    """The unit's month score: each finding a rule names costs its points, in
    time order, until the rule's monthly cap is reached (later ones cost 0
    and still appear, so the count stays visible)."""
    charged: list[Item] = []
    spent: dict[FindingKind, float] = {}
    for item in sorted(items, key=lambda i: (i.at, i.number)):
        rule = rules.deduction(item.kind)
        if rule is None:
            continue
        used = spent.get(item.kind, 0.0)
        points = rule.points
        if rule.monthly_cap is not None:
            points = max(0.0, min(points, rule.monthly_cap - used))
        spent[item.kind] = used + points
        charged.append(Item(item.number, item.kind, item.at, item.detail, round(points, 2)))
    deducted = round(sum(spent.values()), 2)
    return UnitScore(unit, round(rules.base - deducted, 2), deducted, tuple(charged))


@dataclass(frozen=True, slots=True)
class OperatorFlag:
    """An operator the discipline rule names, and the tickets that make it."""

    operator: str
    unfinished: tuple[str, ...]  # overdue ticket numbers of the month
    delayed: tuple[tuple[str, float], ...]  # (number, days) beyond the limit

    def reasons(self, rules: AssessmentRules) -> list[str]:
        said = []
        if len(self.unfinished) > rules.unfinished_limit:
            said.append(
                f"本月未按期办结 {len(self.unfinished)} 件（超过 {rules.unfinished_limit} 件）"
            )
        if self.delayed:
            said.append(f"{len(self.delayed)} 件延误超过 {rules.delay_days_limit:g} 天")
        return said


def flag_operators(
    rows: Iterable[tuple[str, str, bool, float]], rules: AssessmentRules
) -> list[OperatorFlag]:
    """``rows``: (operator, ticket number, overdue, delay days) of the month.
    Lists each operator above a threshold, with the tickets behind it."""
    unfinished: dict[str, list[str]] = {}
    delayed: dict[str, list[tuple[str, float]]] = {}
    for operator, number, overdue, delay in rows:
        if overdue:
            unfinished.setdefault(operator, []).append(number)
        if delay > rules.delay_days_limit:
            delayed.setdefault(operator, []).append((number, delay))
    flags = []
    for operator in sorted(set(unfinished) | set(delayed)):
        late = unfinished.get(operator, [])
        slow = delayed.get(operator, [])
        if len(late) > rules.unfinished_limit or slow:
            flags.append(OperatorFlag(operator, tuple(late), tuple(slow)))
    return flags
