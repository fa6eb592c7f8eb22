"""What every use case needs: the database, the clock, the calendar, the rules."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from hotline_desk.domain import settings
from hotline_desk.domain.clock import Clock, FixedClock, SystemClock
from hotline_desk.domain.settings import Setting
from hotline_desk.domain.time_limits import OfficeHours, TimeLimitRule
from hotline_desk.domain.work_calendar import WorkCalendar
from hotline_desk.paths import resources_dir
from hotline_desk.store import office as store
from hotline_desk.store.database import Database, open_database


def preset_rules() -> list[TimeLimitRule]:
    data = json.loads((resources_dir() / "time_limits.json").read_text(encoding="utf-8"))
    return [TimeLimitRule.from_mapping(item) for item in data["rules"]]


T = TypeVar("T")


@dataclass
class AppContext:
    db: Database
    clock: Clock
    operator: str = "operator"
    _calendar: WorkCalendar | None = field(default=None, repr=False)
    # What every action reads and almost never changes – the time-limit rules
    # and the office's settings – is read once per session (a window's, a
    # command's): a server across town costs a round trip per read. A change
    # made here forgets it at once; the window forgets it when another
    # workstation's change or a poll comes in (``forget_cached``).
    _rules: dict[str, TimeLimitRule] | None = field(default=None, repr=False)
    _settings: dict[str, str | None] = field(default_factory=dict, repr=False)
    _cached: dict[str, object] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, url: str, clock: Clock, operator: str = "operator") -> AppContext:
        db = open_database(url, stamp=clock.now())
        context = cls(db, clock, operator)
        from hotline_desk.services.auth import sign_in_required
        from hotline_desk.services.trail import open_trail  # it needs the context

        with db.unit_of_work():  # one transaction: a distant server's round trips
            context.seed_rules()
            open_trail(context)
            sign_in_required(context)  # asked by every start (the window, the command line)
        return context

    def close(self) -> None:
        self.db.dispose()

    # -- calendar ------------------------------------------------------------
    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            self._calendar = self._read_calendar()
        return self._calendar

    def _read_calendar(self) -> WorkCalendar:
        with self.db.session() as session:
            return WorkCalendar(store.calendar_days(session))

    def calendar_changed(self) -> None:
        """Reads the calendar again at once – here, where it was changed (a
        write on a worker): the window's queue draws deadlines from it on the
        GUI thread, which must find it read."""
        self._calendar = self._read_calendar()

    def forget_cached(self) -> None:
        """Reads the calendar again at once and the rules, the settings, the
        units and templates when next asked. It reads: the window calls it on
        a worker."""
        self._rules = None
        self._settings = {}
        self._cached = {}
        self._calendar = self._read_calendar()

    def cached(self, key: str, read: Callable[[], T]) -> T:
        """``read()``'s answer, read once until ``forget_cached`` (the office's
        units and templates, which a form offers every time it opens)."""
        if key not in self._cached:
            self._cached[key] = read()
        return self._cached[key]  # type: ignore[return-value]

    # -- office hours and rules ---------------------------------------------
    def office_hours(self) -> OfficeHours:
        return OfficeHours(self.get(settings.OFFICE_OPENS), self.get(settings.OFFICE_CLOSES))

    def get(self, setting: Setting[T]) -> T:
        """A setting's value, typed by its declaration (the default when unset)."""
        if setting.key not in self._settings:
            with self.db.session() as session:
                self._settings[setting.key] = store.setting_text(session, setting.key)
        return setting.read(self._settings[setting.key])

    def put(self, setting: Setting[T], value: T) -> None:
        with self.db.session() as session:
            store.put_setting_text(session, setting.key, setting.format(value))
        self._settings.pop(setting.key, None)

    def rules(self) -> dict[str, TimeLimitRule]:
        if self._rules is None:
            with self.db.session() as session:
                self._rules = store.time_limit_rules(session)
        return dict(self._rules)

    def rules_changed(self) -> None:
        self._rules = None

    def seed_rules(self) -> None:
        """Copies the shipped presets for codes the office does not have yet."""
        with self.db.session() as session:
            store.add_missing_rules(session, preset_rules())
        self._rules = None


ENV_OPERATOR = "HOTLINE_DESK_OPERATOR"


def default_operator(explicit: str | None = None) -> str:
    """Who acts: the option, else $HOTLINE_DESK_OPERATOR, else the system user."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_OPERATOR)
    if from_env:
        return from_env
    try:
        return os.getlogin()
    except OSError:
        import getpass

        return getpass.getuser()


def open_context(
    db: str | None = None, now: datetime | None = None, operator: str | None = None
) -> AppContext:
    """The store the user named (or the embedded default), a clock fixed at ``now``
    or the system's, and who acts – for the window and the command line alike."""
    from hotline_desk.store.database import resolve_database_url

    clock: Clock = FixedClock(now) if now else SystemClock()
    return AppContext.open(resolve_database_url(db), clock, default_operator(operator))


def database_url(db: str | None = None) -> str:
    """The URL ``--db`` (or the environment, or the embedded default) means."""
    from hotline_desk.store.database import resolve_database_url

    return resolve_database_url(db)


def database_status(context: AppContext) -> tuple[str, str | None]:
    """(the database URL without its password, the schema revision it is at)."""
    from hotline_desk.store.database import current_revision

    engine = context.db.engine
    return engine.url.render_as_string(hide_password=True), current_revision(engine)
