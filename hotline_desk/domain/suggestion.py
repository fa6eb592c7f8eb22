"""The dispatch suggestion: which unit and category a new ticket likely goes
to, learnt from the office's own archive.

Three sources of evidence, each shown to the operator as its reason:

* the request – a multinomial naive Bayes over the request's character
  bigrams and its category, per unit (and per category). Character bigrams
  need no Chinese word segmenter and no dictionary; naive Bayes learns by
  counting, so it learns one archived ticket at a time (no retraining from
  scratch), fits in a desktop bundle (no numpy, no model download) and
  answers in milliseconds on 2 cores;
* the place – how the tickets at the same normalised address
  (domain.related.address_key) were handled before.

* the category – which units handled the tickets of the same category.

The sources are blended into one ranking (weights chosen on held-out data by
bench/suggest.py). Nothing here decides: the operator always chooses.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)

SMOOTHING = 0.1  # additive smoothing of the bigram counts
PLACE_FROM = 2  # a place speaks from this many handled tickets on
CATEGORY_TOKEN = "§"  # marks the category among the request's features
CATEGORY_WEIGHT = 3  # the category is a strong hint: counted as this many bigrams


def features(text: str, category: str = "") -> Counter[str]:
    """The request's character bigrams (letters and digits, full-width folded,
    lower case) and its category as one feature counted CATEGORY_WEIGHT times."""
    chars = "".join(ch for ch in unicodedata.normalize("NFKC", text or "").lower() if ch.isalnum())
    found = Counter(chars[i : i + 2] for i in range(len(chars) - 1))
    if category.strip():
        found[CATEGORY_TOKEN + category.strip()] += CATEGORY_WEIGHT
    return found


class NaiveBayes(Generic[K]):
    """Multinomial naive Bayes learnt by counting: ``learn`` one example at a time."""

    def __init__(self) -> None:
        self.docs: Counter[K] = Counter()
        self.counts: dict[K, Counter[str]] = {}
        self.totals: Counter[K] = Counter()
        self.vocabulary: set[str] = set()

    def learn(self, label: K, found: Counter[str]) -> None:
        self.docs[label] += 1
        self.counts.setdefault(label, Counter()).update(found)
        self.totals[label] += sum(found.values())
        self.vocabulary.update(found)

    def posterior(self, found: Counter[str]) -> dict[K, float]:
        """P(label | features), over the labels seen (empty before any)."""
        documents = sum(self.docs.values())
        if not documents:
            return {}
        size = len(self.vocabulary) + 1
        known = {g: n for g, n in found.items() if g in self.vocabulary}
        scores: dict[K, float] = {}
        for label, docs in self.docs.items():
            counts, denominator = self.counts[label], self.totals[label] + SMOOTHING * size
            score = math.log(docs / documents)
            for gram, n in known.items():
                score += n * math.log((counts.get(gram, 0) + SMOOTHING) / denominator)
            scores[label] = score
        top = max(scores.values())
        weights = {label: math.exp(s - top) for label, s in scores.items()}
        whole = sum(weights.values())
        return {label: w / whole for label, w in weights.items()}


@dataclass(frozen=True)
class Evidence:
    """What one source says of a value: its share, and the counts behind it."""

    share: float  # 0..1
    count: int = 0  # tickets of that history with this value
    total: int = 0  # tickets of that history


@dataclass(frozen=True)
class Ranked(Generic[K]):
    """One suggested unit or category: its score in 0..1 and why."""

    value: K
    score: float
    request: Evidence  # the request's words (naive Bayes)
    category: Evidence  # the tickets of the same category (units only)
    place: Evidence  # the tickets at the same place


# How much each source counts when it has something to say (renormalised over
# the sources that do): chosen on held-out data by bench/suggest.py.
REQUEST_WEIGHT, CATEGORY_SOURCE_WEIGHT, PLACE_WEIGHT = 0.15, 0.7, 0.15
# A category is told by the request's words far more than by the place.
CATEGORY_BY_REQUEST, CATEGORY_BY_PLACE = 0.8, 0.2


@dataclass
class DispatchModel:
    """What the archive taught: per unit and per category, by request, by
    category and by place."""

    units: NaiveBayes[int] = field(default_factory=NaiveBayes)
    categories: NaiveBayes[str] = field(default_factory=NaiveBayes)
    category_units: dict[str, Counter[int]] = field(default_factory=dict)
    unit_places: dict[str, Counter[int]] = field(default_factory=dict)
    category_places: dict[str, Counter[str]] = field(default_factory=dict)
    learnt: int = 0  # tickets learnt
    last_id: int = 0  # the highest ticket id learnt (incremental learning goes on from it)

    def learn(self, text: str, category: str, place: str, unit: int | None, ticket_id: int) -> None:
        """One archived ticket: its unit by its request, category and place; its
        category by its request and place."""
        self.learnt += 1
        self.last_id = max(self.last_id, ticket_id)
        category = category.strip()
        if unit is not None:
            self.units.learn(unit, features(text, category))
            if category:
                self.category_units.setdefault(category, Counter())[unit] += 1
            if place:
                self.unit_places.setdefault(place, Counter())[unit] += 1
        if category:
            self.categories.learn(category, features(text))
            if place:
                self.category_places.setdefault(place, Counter())[category] += 1

    def suggest_units(
        self, text: str, category: str, place: str, limit: int = 3
    ) -> list[Ranked[int]]:
        return _ranked(
            self.units.posterior(features(text, category)),
            self.category_units.get(category.strip()),
            self.unit_places.get(place),
            limit,
        )

    def suggest_categories(self, text: str, place: str, limit: int = 3) -> list[Ranked[str]]:
        return _ranked(
            self.categories.posterior(features(text)),
            None,
            self.category_places.get(place),
            limit,
            (CATEGORY_BY_REQUEST, 0.0, CATEGORY_BY_PLACE),
        )


def _shares(counts: Counter[K] | None, least: int = 1) -> tuple[dict[K, float], int]:
    total = sum(counts.values()) if counts else 0
    if not counts or total < least:
        return {}, total
    return {k: n / total for k, n in counts.items()}, total


def _ranked(
    by_request: dict[K, float],
    of_category: Counter[K] | None,
    at_place: Counter[K] | None,
    limit: int,
    weights: tuple[float, float, float] | None = None,
) -> list[Ranked[K]]:
    category_share, category_total = _shares(of_category)
    place_share, place_total = _shares(at_place, PLACE_FROM)
    request_weight, category_weight, place_weight = weights or (
        REQUEST_WEIGHT,
        CATEGORY_SOURCE_WEIGHT,
        PLACE_WEIGHT,
    )
    used = [
        request_weight if by_request else 0.0,
        category_weight if category_share else 0.0,
        place_weight if place_share else 0.0,
    ]
    whole = sum(used) or 1.0
    w_request, w_category, w_place = (w / whole for w in used)
    scored = [
        Ranked(
            value,
            w_request * by_request.get(value, 0.0)
            + w_category * category_share.get(value, 0.0)
            + w_place * place_share.get(value, 0.0),
            Evidence(by_request.get(value, 0.0)),
            Evidence(
                category_share.get(value, 0.0),
                of_category.get(value, 0) if of_category else 0,
                category_total,
            ),
            Evidence(
                place_share.get(value, 0.0), at_place.get(value, 0) if at_place else 0, place_total
            ),
        )
        for value in set(by_request) | set(category_share) | set(place_share)
    ]
    scored.sort(key=lambda r: (-r.score, str(r.value)))
    return scored[:limit]


def commonest_by(pairs: Iterable[tuple[str, K]]) -> dict[str, K]:
    """The rule of thumb the suggestion is measured against: for each key
    (a category), its commonest value (unit) in the archive."""
    counts: dict[str, Counter[K]] = {}
    for key, value in pairs:
        counts.setdefault(key, Counter())[value] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


MODEL_FORMAT = 1


def _bayes_json(model: NaiveBayes[Any]) -> dict[str, object]:
    return {
        "docs": [[k, n] for k, n in model.docs.items()],
        "counts": [[k, dict(c)] for k, c in model.counts.items()],
    }


def _bayes_from(data: dict[str, Any]) -> NaiveBayes[Any]:
    model: NaiveBayes[Any] = NaiveBayes()
    model.docs = Counter({k: n for k, n in data["docs"]})
    for k, counts in data["counts"]:
        model.counts[k] = Counter(counts)
        model.totals[k] = sum(counts.values())
        model.vocabulary.update(counts)
    return model


def model_json(model: DispatchModel) -> dict[str, object]:
    """The model as plain data (saved as JSON: a model file is data, never code)."""
    return {
        "format": MODEL_FORMAT,
        "units": _bayes_json(model.units),
        "categories": _bayes_json(model.categories),
        "category_units": {
            k: [[u, n] for u, n in c.items()] for k, c in model.category_units.items()
        },
        "unit_places": {k: [[u, n] for u, n in c.items()] for k, c in model.unit_places.items()},
        "category_places": {k: dict(c) for k, c in model.category_places.items()},
        "learnt": model.learnt,
        "last_id": model.last_id,
    }


def model_from_json(data: dict[str, Any]) -> DispatchModel:
    """The model saved by ``model_json``; ValueError for anything else."""
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ValueError("not a dispatch model of this version")
    return DispatchModel(
        units=_bayes_from(data["units"]),
        categories=_bayes_from(data["categories"]),
        category_units={
            k: Counter({u: n for u, n in v}) for k, v in data["category_units"].items()
        },
        unit_places={k: Counter({u: n for u, n in v}) for k, v in data["unit_places"].items()},
        category_places={k: Counter(v) for k, v in data["category_places"].items()},
        learnt=int(data["learnt"]),
        last_id=int(data["last_id"]),
    )
