"""SQLAlchemy 2 typed models. Migrations in db/ must match these."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    case,
    false,
    literal_column,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# Must list exactly the states of hotline_desk.domain.ticket.UNFINISHED_STATES,
# in the order the queries write them, so that the planners use the index.
OPEN_STATES_SQL = "state IN ('called_back', 'feedback', 'handling', 'received')"

# The full-text indexes, made by hand in SQL (store.search_text): no models.
SEARCH_TABLES = ("ticket_search", "kb_search")


class UnitRow(Base):
    """A handling unit (承办单位) with its handler and supervising leader."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    handler_name: Mapped[str] = mapped_column(String(50), default="")
    handler_phone: Mapped[str] = mapped_column(String(20), default="")
    leader_name: Mapped[str] = mapped_column(String(50), default="")
    leader_phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OperatorRow(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20), default="operator")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))  # scrypt; never a password


class ScriptTokenRow(Base):
    """A token the admin issued for one person's scripts: only its SHA-256 is
    kept (the token is 256 random bits, so no slow KDF is needed)."""

    __tablename__ = "script_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id", ondelete="CASCADE"))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    issued_by: Mapped[str] = mapped_column(String(50))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)


class TicketRow(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(String(200), default="")
    caller_name: Mapped[str] = mapped_column(String(50), default="")
    caller_phone: Mapped[str] = mapped_column(String(30), default="")
    caller_address: Mapped[str] = mapped_column(String(200), default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    city_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    dispatch_due_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(20))
    main_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    owner: Mapped[str | None] = mapped_column(String(50))
    first_dispatcher: Mapped[str | None] = mapped_column(String(50))
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    feedback_at: Mapped[datetime | None] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    commitment_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    requested_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    commitment_count: Mapped[int] = mapped_column(Integer, default=0)
    limit_rule: Mapped[str | None] = mapped_column(String(40))  # the time-limit rule's code
    returned: Mapped[bool] = mapped_column(Boolean, default=False)
    unjustified_return: Mapped[bool] = mapped_column(Boolean, default=False)
    reassigned: Mapped[bool] = mapped_column(Boolean, default=False)
    difficult: Mapped[bool] = mapped_column(Boolean, default=False)
    false_feedback: Mapped[bool] = mapped_column(Boolean, default=False)
    rehandling: Mapped[bool] = mapped_column(Boolean, default=False)
    review_returned: Mapped[bool] = mapped_column(Boolean, default=False)
    transfer_count: Mapped[int] = mapped_column(Integer, default=0)
    return_count: Mapped[int] = mapped_column(Integer, default=0)
    leader_decision: Mapped[str] = mapped_column(Text, default="")
    feedback_incomplete: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    # Derived from the event trail by services.ensures (after every action and
    # at every poll), stored so that the queue can filter on it.
    ensures_missing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The sealed trail (domain.trail): how many events, and the keyed head over
    # the number, the state, that length and the last event's seal.
    trail_length: Mapped[int | None] = mapped_column(Integer)
    trail_head: Mapped[str | None] = mapped_column(String(22))
    # 并单: the main ticket's number while this one is a merged repeat.
    merged_into: Mapped[str | None] = mapped_column(String(40))
    # The whitelist entry (a matter confirmed normal) it matched on arrival.
    whitelist_id: Mapped[int | None] = mapped_column(Integer)
    # Optimistic locking: two operators sharing a PostgreSQL queue must not
    # silently overwrite each other's change.
    version: Mapped[int] = mapped_column(Integer, default=1)

    co_units: Mapped[list[TicketCoUnitRow]] = relationship(
        cascade="all, delete-orphan", order_by="TicketCoUnitRow.position", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The queue lives on unfinished tickets, a sliver of a big archive:
        # walking the full due index past a million closed tickets is slow.
        # Partial on both databases (migration 0002 says so for PostgreSQL);
        # a postgresql_where here would import the PostgreSQL dialect on every
        # start of a SQLite workstation, and the schema comes from migrations.
        Index("ix_tickets_open_due", "due_at", "id", sqlite_where=text(OPEN_STATES_SQL)),
        Index("ix_tickets_state_due", "state", "due_at"),
        Index("ix_tickets_due", "due_at"),
        Index("ix_tickets_received", "received_at"),
        Index("ix_tickets_state_dispatch_due", "state", "dispatch_due_at"),
        Index("ix_tickets_unit_state", "main_unit_id", "state"),
        Index("ix_tickets_owner_state", "owner", "state"),
        Index("ix_tickets_caller_phone", "caller_phone"),
        Index("ix_tickets_merged_into", "merged_into"),
        Index("ix_tickets_archived", "archived_at", "id"),  # what the suggestion learns next
    )


# The window's default order, "剩余时间": the nearer deadline of the ticket's
# stage – the dispatch deadline while 待派单, else the due date. Indexed so that
# the whole archive in that order reads a page at once (0.2–0.4 s a page before).
# 'received' is a literal, not a bound parameter: both databases match an ORDER
# BY to an expression index only when the expressions are the same.
STAGE_DEADLINE = case(
    (TicketRow.state == literal_column("'received'"), TicketRow.dispatch_due_at),
    else_=TicketRow.due_at,
)
Index("ix_tickets_stage_deadline", STAGE_DEADLINE, TicketRow.id)
# The same, as written where the index is made by hand (migration 0011; a
# rebuild on PostgreSQL, whose dialect leaves the CASE without its parentheses).
STAGE_DEADLINE_INDEX_SQL = (
    "CREATE INDEX IF NOT EXISTS ix_tickets_stage_deadline ON tickets "
    "((CASE WHEN (state = 'received') THEN dispatch_due_at ELSE due_at END), id)"
)


class TicketCoUnitRow(Base):
    __tablename__ = "ticket_co_units"

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class EventRow(Base):
    """Every change to a ticket: who, when, from, to, why."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seal: Mapped[str | None] = mapped_column(String(22))  # domain.trail.event_seal

    __table_args__ = (
        Index("ix_events_ticket_at", "ticket_id", "at"),
        Index("ix_events_action_at", "action", "at"),
    )


class WhitelistRow(Base):
    """A recurring matter confirmed normal (白名单), frozen until a date: a new
    ticket about it is recognised on arrival instead of investigated again."""

    __tablename__ = "whitelist"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_number: Mapped[str] = mapped_column(String(40))  # the ticket it was confirmed on
    place_key: Mapped[str] = mapped_column(String(200))  # domain.related.address_key
    address: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(100), default="")
    request: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")  # the confirmed answer
    reason: Mapped[str] = mapped_column(Text)
    until: Mapped[date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    removed_by: Mapped[str | None] = mapped_column(String(50))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_whitelist_place", "place_key"),)


class CalendarEntryRow(Base):
    """A day the office decided itself (next year's State Council notice, local rules)."""

    __tablename__ = "calendar_entries"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")


class TimeLimitRuleRow(Base):
    __tablename__ = "time_limit_rules"

    code: Mapped[str] = mapped_column(String(50), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AlertRow(Base):
    """The in-app alert list: every alert raised, whether or not a popup reached anyone."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(50), default="")  # what showed it, if anything
    recipient: Mapped[str] = mapped_column(String(50), default="")  # on-duty staff, if any
    seen_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_alerts_created", "created_at"),)


class DutyShiftRow(Base):
    """Who is on duty (值班) from when to when."""

    __tablename__ = "duty_shifts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    who: Mapped[str] = mapped_column(String(50))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_duty_shifts_span", "starts_at", "ends_at"),)


class ReplyTemplateRow(Base):
    """答复参考范本: required feedback parts and their starting text."""

    __tablename__ = "reply_templates"

    code: Mapped[str] = mapped_column(String(50), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    required: Mapped[str] = mapped_column(String(200))  # comma-separated feedback parts
    starters: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class ConfirmationRoundRow(Base):
    """One pass through the five confirmations (五个确认)."""

    __tablename__ = "confirmation_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operator: Mapped[str] = mapped_column(String(50))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)

    ticks: Mapped[list[ConfirmationTickRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ConfirmationTickRow.item"
    )

    __table_args__ = (Index("ix_confirmation_rounds_operator", "operator", "started_at"),)


class ConfirmationTickRow(Base):
    __tablename__ = "confirmation_ticks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("confirmation_rounds.id", ondelete="CASCADE"))
    item: Mapped[int] = mapped_column(Integer)  # 1-5
    ticked_at: Mapped[datetime] = mapped_column(DateTime)
    count_seen: Mapped[int] = mapped_column(Integer)


class PlatformCheckRow(Base):
    """Each look at the city platform (at least every 15 minutes in office hours)."""

    __tablename__ = "platform_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operator: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_platform_checks_at", "at"),)


class TicketFactsRow(Base):
    """A ticket's statistics facts (domain.statistics), derived from its event
    trail after every change: a cache the reports sum, never typed."""

    __tablename__ = "ticket_facts"

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[str] = mapped_column(String(7))
    week: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(100), default="")
    unit_id: Mapped[int | None] = mapped_column(Integer)
    operator: Mapped[str] = mapped_column(String(50), default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    on_time_dispatch: Mapped[bool | None] = mapped_column(Boolean)
    on_time_completion: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    callback: Mapped[str] = mapped_column(String(20))
    delay_days: Mapped[float] = mapped_column(Float, default=0.0)
    typical: Mapped[str | None] = mapped_column(Text)
    repeat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    computed_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_ticket_facts_month_unit", "month", "unit_id"),
        Index("ix_ticket_facts_month_operator", "month", "operator"),
    )


class TicketFindingRow(Base):
    """One finding (a return, a late reply ...) of a ticket, for counts and ledgers."""

    __tablename__ = "ticket_findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))  # the ticket's month
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime)
    unit_id: Mapped[int | None] = mapped_column(Integer)
    operator: Mapped[str] = mapped_column(String(50), default="")
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_ticket_findings_month_kind", "month", "kind"),
        Index("ix_ticket_findings_ticket", "ticket_id"),
    )


class TrailSealRow(Base):
    """When the history was sealed, and with which key (its fingerprint only)."""

    __tablename__ = "trail_seals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_fingerprint: Mapped[str] = mapped_column(String(12))
    sealed_at: Mapped[datetime] = mapped_column(DateTime)
    sealed_by: Mapped[str] = mapped_column(String(50))
    tickets: Mapped[int] = mapped_column(Integer)
    events: Mapped[int] = mapped_column(Integer)


class AccessRow(Base):
    """One access to callers' data: a reveal, an export, a print, a CLI read."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(50))
    what: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(300))
    callers: Mapped[int] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_access_log_at", "at"),)


class KnowledgeEntryRow(Base):
    """An entry of the knowledge base (domain.knowledge)."""

    __tablename__ = "kb_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(200), default="")
    answer: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text, default="")
    source_unit: Mapped[str] = mapped_column(String(100), default="")
    keywords: Mapped[str] = mapped_column(String(300), default="")
    effective: Mapped[date | None] = mapped_column(Date)
    review_due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(50))

    __table_args__ = (
        Index("ix_kb_entries_category", "category"),
        Index("ix_kb_entries_review", "status", "review_due"),
    )


class KnowledgeChangeRow(Base):
    """One version of an entry: who, when, what changed (field: [old, new])."""

    __tablename__ = "kb_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("kb_entries.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_kb_changes_entry", "entry_id", "version"),)


class AttachmentBlobRow(Base):
    """A file's content, once however often it is attached (by its SHA-256)."""

    __tablename__ = "attachment_blobs"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentRow(Base):
    """A file on a ticket (or on one of its events): who added it, when, and
    whether it was removed (the content is purged later, see services)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    event_action: Mapped[str] = mapped_column(String(30), default="")
    event_seq: Mapped[int | None] = mapped_column(Integer)  # the event's number in the history
    name: Mapped[str] = mapped_column(String(255))
    digest: Mapped[str] = mapped_column(ForeignKey("attachment_blobs.digest"))
    kind: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(50))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    removed_by: Mapped[str | None] = mapped_column(String(50))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_attachments_ticket", "ticket_id"),)
