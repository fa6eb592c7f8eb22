"""附件 use cases: attach files to a ticket (or one of its events), list them,
open one (its content to a viewer or a file), remove one, purge what was
removed once the backups no longer need it.

Every add, open and remove is an event on the ticket. A file is refused –
naming it and why – when its content is not a kind the office keeps
(domain.attachments), or when it or the ticket's files together pass the
limits the admin set; nothing of a refused batch is stored. Removing keeps
the content until ``purge`` (after the daily backup rotation, the oldest
kept backup still holds it); a removed file can no longer be opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hotline_desk.domain import settings
from hotline_desk.domain.attachments import (
    ACCEPTED,
    Attachment,
    content_hash,
    shown_size,
    sniff,
)
from hotline_desk.domain.lifecycle import ACTOR_NAMES, Action, action_label, may_see_callers
from hotline_desk.domain.ticket import Event
from hotline_desk.services.context import AppContext
from hotline_desk.services.directory import staff_role
from hotline_desk.services.errors import InputError
from hotline_desk.services.staff import check_actor
from hotline_desk.store import attachments as store
from hotline_desk.store.mapping import ticket_from_row
from hotline_desk.store.tickets import TicketStore

MB = 1024 * 1024
T = TypeVar("T")
# What the admin may set, in MB: a database value holds at most 1 GB, and a
# ticket's files are read whole to be exported or printed.
FILE_MB_RANGE = (1, 500)
TICKET_MB_RANGE = (1, 5000)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


# The events a file may belong to (the unit's reply, the callback, a request
# for more time); ``--event`` names one by its kind (the latest) or its number.
EVENT_KINDS = (Action.FEEDBACK, Action.CALLBACK, Action.COMMIT)


@dataclass(frozen=True)
class NewFile:
    name: str
    content: bytes


@dataclass(frozen=True)
class EventTarget:
    """An event of the ticket a file can be put on: its number in the
    ticket's history (1 = the first, as ``ticket show`` lists them)."""

    seq: int
    action: str
    at: datetime
    actor: str  # a login, or the platform / the unit
    actor_name: str = ""  # as the staff list names them

    @property
    def label(self) -> str:
        return action_label(self.action)

    @property
    def who(self) -> str:
        return self.actor_name or ACTOR_NAMES.get(self.actor, self.actor)


SEE_CONTENT = "查看附件的内容（照片、信件可能含来电人信息）"


def require_sight(context: AppContext, what: str = SEE_CONTENT) -> None:
    """A photo or a letter may show the caller: its content is for the roles
    that may see callers (the general desk lists the files, never opens them)."""
    from hotline_desk.services.auth import refusal

    role = staff_role(context, context.operator) or ""
    if not may_see_callers(role):
        raise refusal(context, role, what)


def read_files(paths: Sequence[Path]) -> list[NewFile]:
    files = []
    for path in paths:
        try:
            files.append(NewFile(path.name, path.read_bytes()))
        except OSError as error:
            raise InputError("附件", "可以读取的文件", f"{path}：{error.strerror}") from None
    return files


def _event(
    action: Action, actor: str, at: datetime, state: object, note: str, **data: object
) -> Event:
    return Event(action.value, actor, at, state, state, note, dict(data))  # type: ignore[arg-type]


def event_targets(history: Sequence[Event]) -> list[EventTarget]:
    kinds = {k.value for k in EVENT_KINDS}
    return [
        EventTarget(seq, e.action, e.at, e.actor)
        for seq, e in enumerate(history, start=1)
        if e.action in kinds
    ]


def _target(history: Sequence[Event], event: str | int) -> EventTarget | None:
    """The event ``event`` names: its number, or its kind (the latest of it)."""
    if event in ("", 0, None):
        return None
    targets = event_targets(history)
    if isinstance(event, int) or str(event).isdigit():
        found = [t for t in targets if t.seq == int(event)]
    else:
        word = str(event).strip()
        found = [t for t in targets if word in (t.action, t.label)][-1:]
    if not found:
        raise InputError(
            "所属记录", "工单上反馈、回访或延期申请记录的序号或种类（{kinds}）", event,
            params={"kinds": tuple(k.value for k in EVENT_KINDS)},
        )  # fmt: skip
    return found[0]


def attach(
    context: AppContext, number: str, files: Sequence[NewFile], event: str | int = ""
) -> list[Attachment]:
    """Adds ``files`` to ticket ``number`` in one transaction: all or none;
    ``event``: the ticket's event they belong to (see :func:`_target`)."""
    check_actor(context)
    per_file = context.get(settings.ATTACHMENT_FILE_MB) * MB
    per_ticket = context.get(settings.ATTACHMENT_TICKET_MB) * MB
    kinds = []
    for f in files:
        if not f.content:
            raise InputError("附件", "非空的文件", f.name)
        if len(f.content) > per_file:
            raise InputError(
                "附件", "不超过 {limit} 的文件", f"{f.name}（{shown_size(len(f.content))}）",
                params={"limit": shown_size(per_file)},
            )  # fmt: skip
        kind = sniff(f.content)
        if kind is None:
            raise InputError("附件", ACCEPTED, f.name)
        kinds.append(kind)
    now = context.clock.now()
    with context.db.unit_of_work() as session:
        tickets = TicketStore(session)
        row = tickets.get_row(number.strip(), for_update=True)
        total = store.total_size(session, row) + sum(len(f.content) for f in files)
        if total > per_ticket:
            raise InputError(
                "附件", "每件工单的附件合计不超过 {limit}", shown_size(total),
                params={"limit": shown_size(per_ticket)},
            )  # fmt: skip
        added, events = [], []
        ticket = ticket_from_row(row)
        target = _target(tickets.events(row.id), event)
        for f, kind in zip(files, kinds, strict=True):
            digest = content_hash(f.content)
            store.keep_content(session, digest, kind, f.content)
            name = Path(f.name).name[:255] or "附件"
            attachment = store.add(
                session, row, name, digest, kind, len(f.content), context.operator, now,
                target.action if target else "", target.seq if target else None,
            )  # fmt: skip
            added.append(attachment)
            events.append(_event(Action.ATTACH, context.operator, now, ticket.state, name,
                                 attachment=attachment.id, size=attachment.size, kind=kind))  # fmt: skip
        tickets.save(row, ticket, events)
    return added


def attachments_of(context: AppContext, number: str) -> list[Attachment]:
    with context.db.session() as session:
        row = TicketStore(session).get_row(number.strip())
        return store.of_ticket(session, row)


def attachments_and_targets(
    context: AppContext, number: str
) -> tuple[list[Attachment], list[EventTarget]]:
    """The ticket's files and the events a new one may be put on (one read)."""
    with context.db.session() as session:
        tickets = TicketStore(session)
        row = tickets.get_row(number.strip())
        targets = [
            replace(t, actor_name=store.staff_name(session, t.actor) or "")
            for t in event_targets(tickets.events(row.id))
        ]
        return store.of_ticket(session, row), targets


def previews(context: AppContext, number: str) -> list[tuple[Attachment, bytes]]:
    """The contents of the ticket's images and PDFs, for thumbnails: one look
    on record (an event naming them), for the roles that may see callers."""
    check_actor(context)
    require_sight(context)
    now = context.clock.now()
    with context.db.unit_of_work() as session:
        tickets = TicketStore(session)
        row = tickets.get_row(number.strip())
        shown = [a for a in store.of_ticket(session, row) if a.has_preview]
        if not shown:
            return []
        ticket = ticket_from_row(row)
        names = "、".join(a.name for a in shown)
        event = _event(Action.OPEN_ATTACHMENT, context.operator, now, ticket.state,
                       f"缩略图：{names}", attachments=[a.id for a in shown])  # fmt: skip
        contents = [(a, store.content(session, a.digest)) for a in shown]
        tickets.save(row, ticket, [event])
    return contents


def _on_record(
    context: AppContext, attachment_id: int, action: Action, act: Callable[[Session, Attachment], T]
) -> tuple[Attachment, T]:
    """``act`` on an attachment the ticket still has, and the event that says so."""
    check_actor(context)
    if action is Action.OPEN_ATTACHMENT:
        require_sight(context)
    now = context.clock.now()
    with context.db.unit_of_work() as session:
        found = store.one(session, attachment_id)
        if found is None or found[0].removed_at is not None:
            raise InputError("附件编号", "工单上现有附件的编号", str(attachment_id))
        attachment, row = found
        ticket = ticket_from_row(row)
        result = act(session, attachment)
        event = _event(action, context.operator, now, ticket.state, attachment.name,
                       attachment=attachment.id)  # fmt: skip
        TicketStore(session).save(row, ticket, [event])
    return attachment, result


def open_attachment(context: AppContext, attachment_id: int) -> tuple[Attachment, bytes]:
    """The file's content; the look is an event on the ticket."""
    return _on_record(
        context, attachment_id, Action.OPEN_ATTACHMENT, lambda s, a: store.content(s, a.digest)
    )


def save_attachment(context: AppContext, attachment_id: int, target: Path) -> Attachment:
    from hotline_desk.services.private_files import private_output

    attachment, data = open_attachment(context, attachment_id)
    private_output(target).write_bytes(data)
    return attachment


def remove_attachment(context: AppContext, attachment_id: int) -> Attachment:
    """Off the ticket (an event); its content stays until ``purge_removed``."""
    at, by = context.clock.now(), context.operator
    return _on_record(
        context,
        attachment_id,
        Action.DETACH,
        lambda s, a: store.mark_removed(s, a.id, by, at),
    )[0]


def attachment_limits(context: AppContext) -> tuple[int, int]:
    """The limits per file and per ticket, in MB."""
    return context.get(settings.ATTACHMENT_FILE_MB), context.get(settings.ATTACHMENT_TICKET_MB)


def _megabytes(label: str, value: object, bounds: tuple[int, int]) -> int:
    low, high = bounds
    text = str(value).strip()
    if not text.isdigit() or not low <= int(text) <= high:
        raise InputError(
            label, "{low}–{high} 之间的整数（MB）", value, params={"low": low, "high": high}
        )
    return int(text)


def set_attachment_limits(
    context: AppContext, file_mb: object, ticket_mb: object
) -> tuple[int, int]:
    """The admin's limits (files already kept stay, whatever their size)."""
    from hotline_desk.services.auth import require_settings_role

    require_settings_role(context)
    per_file = _megabytes(settings.ATTACHMENT_FILE_MB.title, file_mb, FILE_MB_RANGE)
    per_ticket = _megabytes(settings.ATTACHMENT_TICKET_MB.title, ticket_mb, TICKET_MB_RANGE)
    if per_file > per_ticket:
        raise InputError(
            settings.ATTACHMENT_FILE_MB.title, "不大于每件工单的合计上限（{limit} MB）", per_file,
            params={"limit": per_ticket},
        )  # fmt: skip
    context.put(settings.ATTACHMENT_FILE_MB, per_file)
    context.put(settings.ATTACHMENT_TICKET_MB, per_ticket)
    return per_file, per_ticket


def purge_removed(context: AppContext, removed_before: datetime) -> int:
    with context.db.unit_of_work() as session:
        return store.purge(session, removed_before)
