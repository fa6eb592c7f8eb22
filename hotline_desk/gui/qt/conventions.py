"""What every screen of the application does, enforced once for all of them.

An event filter on the application sees every widget as it is polished and
every window as it is shown, so that no dialog – present or future – can
forget the conventions an operator relies on:

- Tab leaves a multi-line field (诉求内容, 办理情况…), as it leaves every other
  field; a tab character is never what an operator means to type there. Tab
  also leaves a date field at once (Qt walks its five sections first; typed
  digits move through them by themselves).
- Enter presses a dialog's accepting button (保存, 确定), never 取消: where a
  button box has an accepting button and none is the default, it becomes it.
- A window opens inside the screen's available area (a 1366×768 laptop at
  125 % has 1093×614 logical pixels): one larger than the screen is shrunk to
  fit, as far as its layout allows, and moved inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)


def make_enter_accept(dialog: QWidget) -> None:
    """The accepting button of each button box is the default (Enter presses it)."""
    for box in dialog.findChildren(QDialogButtonBox):
        buttons = [b for b in box.buttons() if isinstance(b, QPushButton)]
        accepting = [b for b in buttons if box.buttonRole(b) in ACCEPTING and b.isEnabled()]
        if not accepting:
            continue
        for button in buttons:
            if button not in accepting and button.isDefault():
                button.setDefault(False)
                button.setAutoDefault(False)
        if not any(b.isDefault() for b in accepting):
            accepting[0].setAutoDefault(True)
            accepting[0].setDefault(True)


def fit_to_screen(window: QWidget) -> None:
    """Shrinks and moves ``window`` into its screen's available area."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def tab_to_next(widget: QWidget, forward: bool) -> None:
    """The focus to the next (or previous) field that Tab reaches."""
    candidate = widget
    for _ in range(500):
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
        if candidate is widget:
            return
        focus_proxy_of_widget = candidate.focusProxy() is widget or widget.isAncestorOf(candidate)
        if (
            not focus_proxy_of_widget
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.window() is widget.window()
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return


class _Conventions(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            tab_to_next(watched, event.key() == Qt.Key.Key_Tab)
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, QPlainTextEdit | QTextEdit):
            watched.setTabChangesFocus(True)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if isinstance(watched, QDialog):
                make_enter_accept(watched)
            fit_to_screen(watched)
        return False


_installed: list[_Conventions] = []


def install_conventions(app: QApplication | None = None) -> None:
    """Installs the conventions on the application (once)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or _installed:
        return
    conventions = _Conventions(app)
    app.installEventFilter(conventions)
    _installed.append(conventions)
