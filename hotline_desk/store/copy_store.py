"""Moving a workstation's store to the office server: every table copied into
an empty database of the same schema, then checked table by table and row by
row. The search index is built anew for the target (SQLite's FTS table and
PostgreSQL's tsvector differ).

"Empty" allows the shipped time-limit presets: every program that opens a
store adds them (``db upgrade``, the window's connection test), and the
workstation's own rules – presets or the office's edits – replace them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection, make_url

from hotline_desk.domain.time_limits import TimeLimitRule
from hotline_desk.store.database import Database, open_database
from hotline_desk.store.knowledge import KnowledgeStore
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.models import (
    Base,
    SettingRow,
    TicketRow,
    TimeLimitRuleRow,
    TrailSealRow,
)
from hotline_desk.store.office import time_limit_rules
from hotline_desk.store.search_text import index_body, search_insert_sql
from hotline_desk.store.tickets import searchable_parts

CHUNK = 2000
BLOB_CHUNK = 8  # attachment contents: up to the per-file limit each


class CopyRefused(Exception):
    """The copy cannot start or did not check out, in one sentence (Chinese)."""


@dataclass(frozen=True)
class TableCopied:
    table: str
    rows: int


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def _chunks(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in key order, a chunk at a time – files a few at a
    time, streamed, so that a store of many photos never sits in memory."""
    keys = list(table.primary_key.columns)
    size = BLOB_CHUNK if table.name == "attachment_blobs" else CHUNK
    result = (
        connection.execution_options(stream_results=True, max_row_buffer=size)
        .execute(select(table).order_by(*keys))
        .mappings()
    )
    while rows := result.fetchmany(size):
        yield [dict(row) for row in rows]


def _comparable(value: object) -> object:
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def copy_store(
    source: Database,
    target_url: str,
    stamp: datetime,
    progress: Callable[[str, int], None] | None = None,
    presets: Sequence[TimeLimitRule] = (),
) -> list[TableCopied]:
    """Copies ``source`` into the empty database at ``target_url`` (its schema
    made by the migrations first); refuses a target holding any row but the
    shipped time-limit ``presets``, which the source's rules replace."""
    target = open_database(target_url, stamp=stamp)
    shown = make_url(target_url).render_as_string(hide_password=True)
    try:
        _refuse_unless_empty(target, shown, presets)
        copied: list[TableCopied] = []
        with source.engine.connect() as reading, target.engine.begin() as writing:
            writing.execute(delete(TimeLimitRuleRow))  # only the presets, checked above
            writing.execute(delete(TrailSealRow))  # the seal of an empty store: the source's
            writing.execute(delete(SettingRow).where(SettingRow.key == TRAIL_KEY_SETTING))
            for table in _tables():
                count = 0
                for rows in _chunks(reading, table):
                    writing.execute(insert(table), rows)
                    count += len(rows)
                copied.append(TableCopied(table.name, count))
                if progress:
                    progress(table.name, count)
            _rebuild_search(reading, writing)
            _move_sequences(writing)
        _check(source, target, copied)
        return copied
    finally:
        target.dispose()


def _refuse_unless_empty(target: Database, shown: str, presets: Sequence[TimeLimitRule]) -> None:
    shipped = {rule.code: rule for rule in presets}
    with target.engine.connect() as connection:
        for table in _tables():
            if not connection.scalar(select(func.count()).select_from(table)):
                continue
            if table is TimeLimitRuleRow.__table__:
                with target.session() as session:
                    held = time_limit_rules(session)
                if all(shipped.get(code) == rule for code, rule in held.items()):
                    continue  # what opening a store adds, nothing of the office's
            if _only_an_empty_seal(connection, table):
                continue
            raise CopyRefused(
                f"目标数据库 {shown} 不是空的（{table.name} 表已有数据），未复制任何内容。"
                "请在服务器上新建一个空数据库（createdb），先迁移，再让各工作站连接它"
            )


TRAIL_KEY_SETTING = "trail.key"


def _only_an_empty_seal(connection: Connection, table: Table) -> bool:
    """Whether ``table`` holds only what sealing an empty store writes (its key's
    fingerprint, a sealing of nothing): the source's trail and key replace it."""
    if table is SettingRow.__table__:
        keys = set(connection.scalars(select(SettingRow.key)))
        return keys == {TRAIL_KEY_SETTING}
    if table is TrailSealRow.__table__:
        return not connection.scalar(
            select(func.count()).select_from(TrailSealRow).where(TrailSealRow.tickets > 0)
        )
    return False


def _rebuild_search(reading: Connection, writing: Connection) -> None:
    from sqlalchemy.orm import Session

    statement = text(search_insert_sql(writing.dialect.name))
    with Session(bind=reading) as session:
        for row in session.scalars(select(TicketRow).execution_options(yield_per=CHUNK)):
            body = index_body(searchable_parts(ticket_from_row(row)))
            writing.execute(statement, {"id": row.id, "body": body})
    with Session(bind=writing) as session:  # the knowledge base's, from what was copied
        KnowledgeStore(session).rebuild_index()
        session.flush()


def _move_sequences(writing: Connection) -> None:
    """After explicit ids, PostgreSQL's sequences must move past them."""
    if writing.dialect.name != "postgresql":
        return
    for table in _tables():
        column = table.columns.get("id")
        if column is None or not column.primary_key or column.type.python_type is not int:
            continue
        writing.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _check(source: Database, target: Database, copied: list[TableCopied]) -> None:
    """Every table's rows compared, value by value, in primary-key order."""
    with source.engine.connect() as a, target.engine.connect() as b:
        for table, done in zip(_tables(), copied, strict=True):
            left, right = _chunks(a, table), _chunks(b, table)
            seen = 0
            for chunk_a in left:
                chunk_b = next(right, [])
                for row_a, row_b in zip(chunk_a, chunk_b, strict=False):
                    if {k: _comparable(v) for k, v in row_a.items()} != {
                        k: _comparable(v) for k, v in row_b.items()
                    }:
                        raise CopyRefused(
                            f"复制后核对不符：{table.name} 表的一行不同（{_key(table, row_a)}）"
                        )
                if len(chunk_a) != len(chunk_b):
                    raise CopyRefused(f"复制后核对不符：{table.name} 表的行数不同")
                seen += len(chunk_a)
            if next(right, None) or seen != done.rows:
                raise CopyRefused(f"复制后核对不符：{table.name} 表的行数不同")


def _key(table: Table, row: dict[str, Any]) -> str:
    return ", ".join(f"{c.name}={row[c.name]}" for c in table.primary_key.columns)
