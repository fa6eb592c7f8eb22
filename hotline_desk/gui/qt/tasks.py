"""One way to run work off the GUI thread.

In the spirit of Picard's ``run_task(func, next_func)``: ``func`` runs on a
worker of a QThreadPool, ``then`` runs on the GUI thread with its result –
or ``failed`` with the exception. Each call names a *channel* (one per
panel: "detail", "alerts", ...); a newer call on the same channel makes the
answer of an older one stale, and a stale answer is dropped, so a slow read
of the ticket the operator clicked away from never overwrites the one they
clicked to.

``func`` must only read: it gets no widgets, returns plain domain objects,
and opens its own session (the store's sessions are per call).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
READERS = 4  # reads at once: the side panels and the detail after an action
log = logging.getLogger(__name__)


@dataclass
class _Answer(Generic[T]):
    channel: str
    generation: int
    result: T | None
    error: BaseException | None
    then: Callable[[T], None]
    failed: Callable[[BaseException], None] | None


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], answer: _Answer[Any], deliver: Any) -> None:
        super().__init__()
        self.func, self.answer, self.deliver = func, answer, deliver

    def run(self) -> None:
        try:
            self.answer.result = self.func()
        except Exception as error:  # handed to the GUI thread, never lost
            self.answer.error = error
        with suppress(RuntimeError):  # the runner was deleted with its window
            self.deliver.emit(self.answer)


class TaskRunner(QObject):
    """Runs reads on a thread pool and hands the answers to the GUI thread."""

    _deliver = Signal(object)
    idle = Signal()  # every task started has been answered (or dropped)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            # Reads mostly wait on the database (a server across the network):
            # more of them at once than there are cores, so that the panels
            # refreshing after an action do not queue behind one another.
            pool = QThreadPool(self)
            pool.setMaxThreadCount(max(READERS, QThreadPool.globalInstance().maxThreadCount()))
        self.pool = pool
        # Writes go one at a time, in the order they were asked for (five ticks
        # clicked in a row are five writes, each seeing the one before).
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self._generations: dict[str, int] = {}
        self.pending = 0
        self.gui_seconds: dict[str, float] = {}  # longest time a `then` took, per channel
        self._deliver.connect(self._answered)  # queued: the runner lives on the GUI thread

    def run(
        self,
        channel: str,
        func: Callable[[], T],
        then: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        serial: bool = False,
    ) -> int:
        """Starts ``func`` on a worker (``serial``: the writers' one, in turn);
        returns the call's generation on its channel."""
        generation = self._generations.get(channel, 0) + 1
        self._generations[channel] = generation
        self.pending += 1
        answer: _Answer[T] = _Answer(channel, generation, None, None, then, failed)
        (self.write_pool if serial else self.pool).start(_Job(func, answer, self._deliver))
        return generation

    def forget(self, channel: str) -> None:
        """Drops whatever is under way on ``channel`` (e.g. the panel was cleared)."""
        self._generations[channel] = self._generations.get(channel, 0) + 1

    def _answered(self, answer: _Answer[Any]) -> None:
        self.pending -= 1
        try:
            if answer.generation != self._generations.get(answer.channel):
                return  # a newer call on the channel answers instead
            started = time.perf_counter()
            try:
                self._hand_over(answer)
            except RuntimeError as error:
                if "already deleted" not in str(error):
                    raise
                # the dialog the answer was for was closed meanwhile: nobody to tell
                log.debug("answer on %s for a closed window dropped", answer.channel)
                return
            spent = time.perf_counter() - started
            self.gui_seconds[answer.channel] = max(self.gui_seconds.get(answer.channel, 0), spent)
        finally:
            if self.pending == 0:
                self.idle.emit()

    @staticmethod
    def _hand_over(answer: _Answer[Any]) -> None:
        if answer.error is None:
            answer.then(answer.result)
        elif answer.failed is not None:
            answer.failed(answer.error)
        else:  # by its type and place only: the message may carry SQL parameters
            from hotline_desk.log_setup import log_unexpected

            log.error("background work %s failed", answer.channel)
            log_unexpected(answer.error)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Processes events until every answer is in and no answer started
        another read (tests, benchmarks); False when the time ran out."""
        deadline = QDeadlineTimer(timeout_ms)
        app = QCoreApplication.instance()
        while not deadline.hasExpired():
            if app is not None:
                app.processEvents()
            if self.pending == 0:
                if app is not None:
                    app.processEvents()  # 0 ms timers the answers started
                if self.pending == 0:
                    return True
            self.pool.waitForDone(5)
            self.write_pool.waitForDone(5)
        return False


Part = TypeVar("Part", bound=QObject)


def window_part(
    widget: QObject | None, name: str, kind: type[Part], make: Callable[[], Part]
) -> Part:
    """The ``name`` attribute of type ``kind`` of the first of ``widget`` and
    its parents that has one (the window's runner, its change hub); a lone
    widget is given one of its own by ``make``."""
    found = widget
    while found is not None:
        part = getattr(found, name, None)
        if isinstance(part, kind):
            return part
        found = found.parent()
    own = make()
    if widget is not None:
        setattr(widget, name, own)
    return own


def runner_for(widget: QObject | None) -> TaskRunner:
    """The task runner of the window ``widget`` is in (its ``tasks``), so that
    waiting on the window's runner waits on its dialogs too."""
    return window_part(widget, "tasks", TaskRunner, lambda: TaskRunner(widget))
