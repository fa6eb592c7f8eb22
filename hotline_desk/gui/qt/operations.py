"""Writes from the window, as operations on a worker (after Anki's ``CollectionOp``).

A ``WriteOp`` runs its function on the window's task runner, never on the
GUI thread, then on the GUI thread: announces what changed on the window's
change hub and calls ``success`` – or ``failure`` with the error. A write
that takes longer than a moment shows a progress dialog that keeps the
window from taking a second click meanwhile. Reads are ``TaskRunner.run``
(Anki's ``QueryOp``).

``write`` is the short form for a dialog: the problem goes into the
dialog's error label in one sentence (a bug is logged and said to be), the
dialog stays open with what was typed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from hotline_desk.gui.qt.changes import hub_for
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.services.changes import NOTHING, Changes

T = TypeVar("T")
PROGRESS_AFTER_MS = 1000  # a save that answers sooner (a distant server: ~0.5 s) shows none
_numbers = itertools.count(1)


class WriteOp(Generic[T]):
    def __init__(
        self,
        parent: QWidget,
        op: Callable[[], T],
        changes: Changes | Callable[[T], Changes] = NOTHING,
        progress: str = "",
    ) -> None:
        self.parent, self.op, self.changes = parent, op, changes
        self.progress_text = progress or tr("正在保存…")
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self.progress: QProgressDialog | None = None
        self.done = False

    def success(self, then: Callable[[T], object]) -> WriteOp[T]:
        self._success = then
        return self

    def failure(self, then: Callable[[BaseException], object]) -> WriteOp[T]:
        self._failure = then
        return self

    def run(self) -> WriteOp[T]:
        runner = runner_for(self.parent)
        # Each write its own channel: a later write never drops an earlier one's answer.
        runner.run(f"write-{next(_numbers)}", self.op, self._succeeded, self._failed, serial=True)
        QTimer.singleShot(PROGRESS_AFTER_MS, self._show_progress)
        return self

    def _show_progress(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(self.progress_text, "", 0, 0, self.parent)
        dialog.setObjectName("operationProgress")
        dialog.setCancelButton(None)  # a write half-sent to the server is not cancelled
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self.progress = dialog

    def _finish(self) -> None:
        self.done = True
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _succeeded(self, result: T) -> None:
        self._finish()
        changes = self.changes(result) if callable(self.changes) else self.changes
        hub_for(self.parent).announce(changes)
        if self._success is not None:
            self._success(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if self._failure is not None:
            self._failure(error)
            return
        _tell(self.parent, failure_text(error))


def _tell(widget: QObject | None, text: str) -> None:
    """A failure nobody asked to hear: said by the window the widget is in."""
    found = widget
    while found is not None:
        tell = getattr(found, "tell", None)
        if callable(tell):
            tell(text, warning=True)
            return
        found = found.parent()


def write(
    dialog: QWidget,
    op: Callable[[], T],
    error: QLabel,
    then: Callable[[T], object] | None = None,
    changes: Changes | Callable[[T], Changes] = NOTHING,
) -> WriteOp[T]:
    """Runs ``op`` as an operation for ``dialog``: its problem shown in
    ``error`` (the dialog stays as it is), ``then`` with its result."""
    error.setText("")

    def failed(problem: BaseException) -> None:
        error.setText(failure_text(problem))

    op_ = WriteOp(dialog, op, changes).failure(failed)
    if then is not None:
        op_.success(then)
    return op_.run()
