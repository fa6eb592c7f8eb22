"""The dispatch suggestion (派单建议): the likely units and categories of a
ticket, with the reasons, learnt from the office's own archive
(domain.suggestion).

The model learns the archived tickets in the order they were archived and
remembers where it stopped, so each suggestion first learns what was
archived since (a few tickets) – it never starts over unless asked
(``train(from_scratch=True)``) or the store holds fewer archived tickets
than it learnt (another database at the same address, a restore). It is
kept in memory per database and saved beside the user's other caches as
JSON (data, never code); nothing leaves the workstation.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from hotline_desk.domain.related import address_key
from hotline_desk.domain.suggestion import DispatchModel, Ranked, model_from_json, model_json
from hotline_desk.services.context import AppContext
from hotline_desk.store.tickets import TicketStore
from hotline_desk.store.units import unit_names

log = logging.getLogger(__name__)
ENV_CACHE = "HOTLINE_DESK_CACHE"  # where models are kept (default: the user's cache folder)
BATCH = 5000
SHOWN_FROM = 0.05  # a unit or category scored lower than this is not worth a line


@dataclass
class Learnt:
    """A model with where its learning stopped (archived at, ticket id)."""

    model: DispatchModel = field(default_factory=DispatchModel)
    watermark: tuple[datetime, int] | None = None


_models: dict[str, Learnt] = {}
_lock = threading.Lock()  # one learner at a time per process


def _cache_dir() -> Path:
    chosen = os.environ.get(ENV_CACHE)
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("hotline-desk", appauthor=False))


def _key(context: AppContext) -> str:
    url = context.db.engine.url.render_as_string(hide_password=True)
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def model_path(context: AppContext) -> Path:
    return _cache_dir() / f"dispatch-model-{_key(context)}.json.gz"


def _load(path: Path) -> Learnt | None:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        mark = data.get("watermark")
        watermark = (datetime.fromisoformat(mark[0]), int(mark[1])) if mark else None
        return Learnt(model_from_json(data["model"]), watermark)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
        log.warning("dispatch model %s unreadable, learning again: %s", path, error)
        return None


def _save(path: Path, learnt: Learnt) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    mark = learnt.watermark
    data = {
        "model": model_json(learnt.model),
        "watermark": [mark[0].isoformat(), mark[1]] if mark else None,
    }
    partial = path.with_suffix(".part")
    # Owner-only: the model holds the words of the office's requests.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as raw, gzip.open(raw, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
    partial.replace(path)  # a reader never sees half a model


def learn_archived(
    context: AppContext,
    learnt: Learnt,
    progress: Callable[[int], None] | None = None,
    received_before: datetime | None = None,
) -> int:
    """Learns the tickets archived after the model's watermark; returns how many."""
    count = 0
    while True:
        with context.db.session() as session:
            rows = TicketStore(session).archived_after(learnt.watermark, BATCH, received_before)
        for row in rows:
            learnt.model.learn(
                f"{row.title}{row.content}",
                row.category or "",
                address_key(row.address or ""),
                row.main_unit_id,
                row.id,
            )
        count += len(rows)
        if rows:
            last = rows[-1]
            learnt.watermark = (last.archived_at, last.id)
            if progress is not None:
                progress(count)
        if len(rows) < BATCH:
            return count


def _archived_count(context: AppContext) -> int:
    with context.db.session() as session:
        return TicketStore(session).archived_count()


def model_for(
    context: AppContext,
    from_scratch: bool = False,
    progress: Callable[[int], None] | None = None,
) -> DispatchModel:
    """The model of this database, up to date with its archive."""
    key = _key(context)
    with _lock:
        learnt = None if from_scratch else _models.get(key)
        if learnt is None and not from_scratch:
            learnt = _load(model_path(context))
            if learnt is not None and learnt.model.learnt > _archived_count(context):
                learnt = None  # another or a restored database: what it learnt is not here
        learnt = learnt or Learnt()
        added = learn_archived(context, learnt, progress)
        _models[key] = learnt
        if added or from_scratch:
            try:
                _save(model_path(context), learnt)
            except OSError as error:  # a read-only cache: the model is only in memory
                log.warning("dispatch model not saved: %s", error)
        return learnt.model


# The reasons, as patterns the window translates and their values.
SAME_PLACE_ALL = "同地址 {total} 件均由{unit}办理"
SAME_PLACE_SOME = "同地址 {total} 件中 {count} 件由{unit}办理"
SAME_CATEGORY = "「{category}」类 {total} 件中 {count} 件由{unit}办理"
SIMILAR_REQUESTS = "相似诉求 {share} 由{unit}办理"
PLACE_CATEGORY = "同地址 {total} 件中 {count} 件为「{category}」"
SIMILAR_CATEGORY = "相似诉求 {share} 为「{category}」"
REASON_PATTERNS = (
    SAME_PLACE_ALL, SAME_PLACE_SOME, SAME_CATEGORY, SIMILAR_REQUESTS, PLACE_CATEGORY,
    SIMILAR_CATEGORY,
)  # fmt: skip

Reason = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class Suggested:
    """One unit or category with its score and the reasons (pattern, values)."""

    name: str
    unit_id: int | None
    score: float
    reasons: list[Reason]

    @property
    def reason_texts(self) -> list[str]:
        return [pattern.format(**values) for pattern, values in self.reasons]


@dataclass(frozen=True)
class Suggestion:
    units: list[Suggested]
    categories: list[Suggested]
    learnt: int  # archived tickets the model learnt

    def as_json(self) -> dict[str, object]:
        def item(s: Suggested, key: str) -> dict[str, object]:
            return {key: s.name, "score": round(s.score, 3), "reasons": s.reason_texts}

        return {
            "units": [item(s, "unit") | {"unit_id": s.unit_id} for s in self.units],
            "categories": [item(s, "category") for s in self.categories],
            "learnt": self.learnt,
        }


def _share(value: float) -> str:
    return f"{value:.0%}"


def _reasons(ranked: Ranked[Any], unit: str, category: str) -> list[Reason]:
    said: list[Reason] = []
    place = ranked.place
    if place.count:
        pattern = SAME_PLACE_ALL if place.count == place.total else SAME_PLACE_SOME
        said.append((pattern, {"total": place.total, "count": place.count, "unit": unit}))
    of_category = ranked.category
    if of_category.count:
        said.append(
            (
                SAME_CATEGORY,
                {"category": category, "total": of_category.total,
                 "count": of_category.count, "unit": unit},
            )
        )  # fmt: skip
    if ranked.request.share >= SHOWN_FROM:
        said.append((SIMILAR_REQUESTS, {"share": _share(ranked.request.share), "unit": unit}))
    return said


def _category_reasons(ranked: Ranked[Any], category: str) -> list[Reason]:
    said: list[Reason] = []
    if ranked.place.count:
        said.append(
            (PLACE_CATEGORY,
             {"total": ranked.place.total, "count": ranked.place.count, "category": category})
        )  # fmt: skip
    if ranked.request.share >= SHOWN_FROM:
        said.append(
            (SIMILAR_CATEGORY, {"share": _share(ranked.request.share), "category": category})
        )
    return said


def suggest(
    context: AppContext,
    title: str,
    content: str,
    address: str = "",
    category: str = "",
    limit: int = 3,
) -> Suggestion:
    """The likely units and categories of a request (a typed one, or a ticket's)."""
    model = model_for(context)
    text, place = f"{title}{content}", address_key(address)
    units = model.suggest_units(text, category, place, limit)
    categories = model.suggest_categories(text, place, limit)
    with context.db.session() as session:
        names = unit_names(session) if units else {}
    return Suggestion(
        [
            Suggested(
                names.get(r.value, str(r.value)),
                r.value,
                r.score,
                _reasons(r, names.get(r.value, str(r.value)), category.strip()),
            )
            for r in units
            if r.value in names and r.score >= SHOWN_FROM
        ],
        [
            Suggested(r.value, None, r.score, _category_reasons(r, r.value))
            for r in categories
            if r.score >= SHOWN_FROM
        ],
        model.learnt,
    )


def suggest_for_ticket(context: AppContext, number: str, limit: int = 3) -> Suggestion:
    """The suggestion for a stored ticket (its own unit, if archived, is in the
    model only if it was learnt; the dispatch form asks before dispatch)."""
    with context.db.session() as session:
        ticket = TicketStore(session).get(number)
    return suggest(context, ticket.title, ticket.content, ticket.address, ticket.category, limit)
