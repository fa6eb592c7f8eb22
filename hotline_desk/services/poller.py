"""One poll: find what is due, late or new; alert once; notify; keep the list.

Runs on the scheduler's thread or from ``hotline-desk poll --once``; touches
no widget. During office hours the operators hear about everything; outside
them (and on holidays) the on-duty staff hear about what the settings say.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hotline_desk.domain import settings
from hotline_desk.domain.alerts import (
    TICKET_ALERT_KINDS,
    Alert,
    AlertKind,
    Notification,
    collect_alerts,
    plan_notifications,
)
from hotline_desk.domain.duty import in_office_hours, on_duty
from hotline_desk.domain.time_limits import due_is_estimate, end_of_next_workday
from hotline_desk.services.auth import require_settings_role
from hotline_desk.services.context import AppContext
from hotline_desk.services.derived import refresh_unfinished
from hotline_desk.services.errors import InputError
from hotline_desk.services.notifier import Delivery, Notifier
from hotline_desk.services.watched_folder import FolderImport, import_folder, watched_folder
from hotline_desk.store.alerts import AlertRecord, add_alerts, known_keys, shifts_between
from hotline_desk.store.office_lock import OfficePollLock, alerts_for_owner, newest_alert_id
from hotline_desk.store.tickets import TicketStore

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    at: datetime
    office_hours: bool
    on_duty: list[str]
    alerts: list[Alert] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    imported: list[FolderImport] = field(default_factory=list)  # from the watched folder
    following: bool = False  # another workstation's poller is the office's
    broken_trails: list[str] = field(default_factory=list)  # today's trails that fail

    def channel_of(self, number: str, kind: AlertKind) -> str:
        for delivery in self.deliveries:
            note = delivery.notification
            if (note.summary or note.kind is kind) and number in note.numbers:
                return delivery.channel
        return ""


def duty_kinds(context: AppContext) -> set[AlertKind]:
    text = context.get(settings.DUTY_ALERT_KINDS)
    return {AlertKind(k) for k in text.split(",") if k}


def set_poll_settings(
    context: AppContext, interval_minutes: int | None = None, digest_above: int | None = None
) -> None:
    """How often to poll and from how many alerts of a kind to group them."""
    require_settings_role(context)
    if interval_minutes is not None:
        if not 1 <= interval_minutes <= 24 * 60:
            raise InputError("interval-minutes", "1 到 1440 之间的整数分钟", interval_minutes)
        context.put(settings.POLL_INTERVAL_MINUTES, interval_minutes)
    if digest_above is not None:
        if digest_above < 1:
            raise InputError("digest-above", "1 或更大的整数", digest_above)
        context.put(settings.DIGEST_ABOVE, digest_above)


def set_duty_kinds(context: AppContext, kinds: list[str]) -> set[AlertKind]:
    require_settings_role(context)
    parsed: set[AlertKind] = set()
    for kind in kinds:
        try:
            parsed.add(AlertKind(kind.strip()))
        except ValueError:
            allowed = tuple(k.value for k in AlertKind)
            raise InputError(
                "提醒类型", "以下提醒类型：{allowed}", kind, params={"allowed": allowed}
            ) from None
    context.put(settings.DUTY_ALERT_KINDS, ",".join(sorted(parsed)))
    return parsed


def poll_interval(context: AppContext) -> timedelta:
    return timedelta(minutes=context.get(settings.POLL_INTERVAL_MINUTES))


class Poller:
    """One workstation's poller. On a shared PostgreSQL queue only the office's
    poller (the holder of the office lock) collects, stores and announces
    alerts; the others follow: they show the desktop notifications of the
    stored alerts about their own operator's tickets."""

    def __init__(self, context: AppContext, notifier: Notifier) -> None:
        self.context = context
        self.notifier = notifier
        self.lock = OfficePollLock(context.db)
        self._followed_up_to: int | None = None  # the newest stored alert a follower saw
        # Tickets typed in at this workstation: their 新工单 alert is listed but not
        # popped up here – the person who typed it knows (the window adds them).
        self.typed_here: set[str] = set()

    def close(self) -> None:
        self.lock.release()

    def follow(self) -> PollResult:
        """Not the office's poller: notify this operator of the alerts the office
        poll stored about their tickets since the last look."""
        context = self.context
        now = context.clock.now()
        office = in_office_hours(now, context.calendar, context.office_hours())
        # The first look covers one poll interval back (what the office poll
        # stored just before this workstation started), later ones what is new.
        since = (
            now - poll_interval(context)
            if self._followed_up_to is None
            else now - timedelta(days=1)
        )
        with context.db.session() as session:
            stored = alerts_for_owner(session, context.operator, self._followed_up_to or 0, since)
            if self._followed_up_to is None:
                self._followed_up_to = newest_alert_id(session)
        if stored:
            self._followed_up_to = max(self._followed_up_to, stored[-1].id)
        notes = [Notification(a.title, a.body, AlertKind(a.kind), (a.number,)) for a in stored]
        result = PollResult(now, office, [], [], following=True)
        result.deliveries = self.notifier.deliver_all(notes)
        return result

    def _import_watched_folder(self) -> list[FolderImport]:
        """Exports saved in the watched folder come in before the alerts are
        collected, so their new tickets raise the new-ticket alert now."""
        folder = watched_folder(self.context)
        if folder is None:
            return []
        if not folder.is_dir():
            log.warning("watched import folder %s is missing", folder)
            return []
        return import_folder(self.context, folder)

    def _daily_backup(self) -> None:
        """The day's copy of a SQLite store (at the first poll of the day); a
        failure is logged and told, never stops the poll."""
        from hotline_desk.services.backups import daily_backup

        try:
            daily_backup(self.context)
        except Exception as error:  # noqa: BLE001 - a backup must not stop the alerts
            log.warning("daily backup failed: %s", error)

    def _check_todays_trails(self) -> list[str]:
        """The trails of the tickets changed today, verified; the broken ones'
        numbers (logged too). A failure is logged, never stops the poll."""
        from hotline_desk.services.trail import verify_since

        if self.context.db.trail_key is None:
            return []
        start = datetime.combine(self.context.clock.now().date(), datetime.min.time())
        try:
            report = verify_since(self.context, start)
        except Exception as error:  # noqa: BLE001 - the alerts come first
            log.warning("checking today's trails failed: %s", type(error).__name__)
            return []
        return [b.number for b in report.breaks]

    def _knowledge_reviews(self, now: datetime) -> None:
        """Entries past their review date: one alert each (per review date) in
        the window's list – the general desk's reminder, never a popup."""
        from hotline_desk.domain.alerts import KNOWLEDGE_REVIEW_TEXT
        from hotline_desk.services.knowledge import due_for_review

        entries = due_for_review(self.context)
        if not entries:
            return
        kind = AlertKind.KNOWLEDGE_REVIEW
        keyed = {f"{kind.value}:{e.id}:{e.review_due}": e for e in entries}
        with self.context.db.session() as session:
            seen = known_keys(session, list(keyed))
            entries = [e for key, e in keyed.items() if key not in seen]
            add_alerts(
                session,
                now,
                (
                    AlertRecord(
                        key=f"{kind.value}:{e.id}:{e.review_due}",
                        kind=kind.value,
                        ticket_id=None,
                        number="",
                        title=f"{kind.label}：{e.title}"[:200],
                        body=KNOWLEDGE_REVIEW_TEXT.format(title=e.title, due=e.review_due, id=e.id),
                        channel="",
                        recipient="",
                    )
                    for e in entries
                ),
            )

    def check_new_tickets(self) -> PollResult | None:
        """Between polls, outside office hours: new tickets alert the on-duty staff at
        once (on the next 30-second heartbeat) instead of at the next poll."""
        context = self.context
        now = context.clock.now()
        if in_office_hours(now, context.calendar, context.office_hours()):
            return None
        if AlertKind.NEW_TICKET not in duty_kinds(context):
            return None
        return self.run_once(only={AlertKind.NEW_TICKET})

    def run_once(self, only: set[AlertKind] | None = None) -> PollResult:
        if not self.lock.holds():
            return self.follow()
        context = self.context
        imported = self._import_watched_folder() if only is None else []
        now = context.clock.now()
        calendar = context.calendar
        bound = end_of_next_workday(now, calendar)
        office = in_office_hours(now, calendar, context.office_hours())
        with context.db.session() as session:
            tickets = TicketStore(session).alert_candidates(bound)
            staff = on_duty(shifts_between(session, now, now + timedelta(seconds=1)), now)
        kinds = set(TICKET_ALERT_KINDS) if office else duty_kinds(context)
        if only is not None:
            kinds &= only
        alerts = collect_alerts(
            tickets, now, bound, kinds, estimated=lambda t: due_is_estimate(t, calendar)
        )
        with context.db.session() as session:
            seen = known_keys(session, [a.key for a in alerts])
        fresh = [a for a in alerts if a.key not in seen]
        result = PollResult(now, office, staff, fresh, imported=imported)
        if only is None:  # the full poll, not the 30-second new-ticket check
            refresh_unfinished(context)
            self._daily_backup()
            result.broken_trails = self._check_todays_trails()
            self._knowledge_reviews(now)
        digest_above = context.get(settings.DIGEST_ABOVE)
        to_show = [
            a for a in fresh if not (a.kind is AlertKind.NEW_TICKET and a.number in self.typed_here)
        ]
        notes = plan_notifications(
            to_show, now.date(), calendar.next_workday(now.date()), digest_above
        )
        result.deliveries = self.notifier.deliver_all(notes)
        recipient = "" if office else ",".join(staff)
        with context.db.session() as session:
            add_alerts(
                session,
                now,
                (
                    AlertRecord(
                        key=a.key,
                        kind=a.kind.value,
                        ticket_id=a.ticket_id,
                        number=a.number,
                        title=f"{a.kind.label}：{a.number}",
                        body=a.text(),
                        channel=result.channel_of(a.number, a.kind),
                        recipient=recipient,
                    )
                    for a in fresh
                ),
            )
        log.info(
            "poll at %s: %d new alert(s), %d notification(s)%s",
            now,
            len(fresh),
            len(result.deliveries),
            "" if office else f", on duty: {recipient or 'nobody'}",
        )
        return result
