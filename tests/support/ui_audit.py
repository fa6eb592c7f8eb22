"""The UI audit: opens every window, dialog and action form the main window can
reach and lists what a person would stumble on.

Run as a program, in its own process, for one screen and one language:

    QT_QPA_PLATFORM="offscreen:configfile=SCREEN.json" QT_SCALE_FACTOR=1.25 \
        python tests/support/ui_audit.py --language zh_CN

It prints a JSON list of problems (empty: nothing found). Dialogs are found
by walking the menus and the detail pane's action buttons and looking at the
top-level windows that appear, so a new dialog is covered without being named
here. What it checks, on each:

- the window fits the screen's available area;
- no label, button or check box shows less than its text needs (clipped);
- a Chinese screen shows no internal key (a snake_case or dotted code, an ISO
  week, JSON, a login where the person has a name);
- a multi-line field gives Tab back (Tab leaves it);
- the default button is the accepting one, never 取消;
- every visible input is reached by Tab.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

# A snake_case identifier, a dotted code (office.joint, 12345.dispatch), an ISO
# week, JSON. File names and addresses a person types are allowed (below).
INTERNAL = [
    (re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"), "an identifier"),
    (re.compile(r"\b[a-z0-9]+\.[a-z][a-z0-9_]*\b"), "a dotted code"),
    (re.compile(r"\b\d{4}-W\d{2}\b"), "an ISO week"),
    (re.compile(r"\b(?=[a-z0-9-]*[a-z])[a-z0-9]+-[a-z0-9-]+\b"), "a preset's file name"),
    (re.compile(r"[{\[]\s*\""), "JSON"),
]
ALLOWED = re.compile(
    r"\b[\w.-]+\.(?:sqlite3|xlsx|xls|csv|ods|pdf|json|log|key|token|desktop|dump)\b"
    r"|postgresql\+psycopg://\S*|https?://\S+|\bdocs?\.[a-z]+\b|\bhotline-desk\b"
    r"|sqlite:///\S*|(?:/[\w.+-]+)+/?"  # a folder or file the person is told about
)


LOGIN_COLUMNS = ("登录名", "Login")


def screen_area() -> tuple[int, int]:
    area = QApplication.primaryScreen().availableGeometry()
    return area.width(), area.height()


def _texts(widget: QWidget) -> Iterator[str]:
    """Every text a person reads in ``widget`` and its children (of a file
    chooser only its own words: the files and folders are the user's)."""
    yield widget.windowTitle()
    files = isinstance(widget, QFileDialog)
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if files and isinstance(child, QComboBox | QLineEdit | QAbstractItemView):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QTabBar):
            yield from (child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QPlainTextEdit | QTextEdit) and child.isReadOnly():
            yield child.toPlainText()
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = min(model.columnCount(QModelIndex()), 30)
                rows = min(model.rowCount(QModelIndex()), 40)
            except TypeError:  # a list widget's own model: one column
                columns, rows = 1, min(model.rowCount(), 40)
            headers = [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            ]
            yield from headers
            for row in range(rows):
                for column in range(columns):
                    if headers[column] in LOGIN_COLUMNS:
                        continue  # where logins are managed, a login is the field itself
                    yield str(model.index(row, column).data() or "")


def internal_keys(widget: QWidget, logins: dict[str, str]) -> list[str]:
    found = []
    for text in _texts(widget):
        plain = ALLOWED.sub(" ", re.sub(r"<[^>]+>", " ", text or ""))
        for pattern, what in INTERNAL:
            match = pattern.search(plain)
            if match:
                found.append(f"{what} «{match.group(0)}» in «{text[:80]}»")
        for login in logins:
            if re.search(rf"(?<![A-Za-z0-9_]){re.escape(login)}(?![A-Za-z0-9_])", plain):
                found.append(f"the login «{login}» where a name exists in «{text[:80]}»")
    return found


def clipped(widget: QWidget) -> list[str]:
    """Labels, buttons and check boxes shown smaller than their text needs."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, QLabel | QPushButton | QCheckBox):
            continue
        text = child.text()
        if not text or (isinstance(child, QLabel) and child.pixmap() is not None and not text):
            continue
        if isinstance(child, QLabel) and child.wordWrap():
            need_w, need_h = 0, child.heightForWidth(child.width())
        elif isinstance(child, QLabel):
            hint = child.minimumSizeHint()
            need_w, need_h = hint.width(), hint.height()
        else:
            hint = child.sizeHint()
            need_w, need_h = hint.width(), hint.height()
        if child.width() + 1 < need_w or child.height() + 1 < need_h:
            found.append(
                f"clipped {type(child).__name__} «{text[:40]}»: shown "
                f"{child.width()}×{child.height()}, needs {need_w}×{need_h}"
            )
    return found


def tab_problems(widget: QWidget) -> list[str]:
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or not child.isEnabled():
            continue
        editable = isinstance(child, QPlainTextEdit | QTextEdit) and not child.isReadOnly()
        if editable and not child.tabChangesFocus():
            found.append(f"Tab is kept by the multi-line field {child.objectName() or ''}")
        inputs = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)
        if isinstance(child, inputs) and not (child.focusPolicy() & Qt.FocusPolicy.TabFocus):
            if isinstance(child, QLineEdit) and isinstance(
                child.parent(), QComboBox | QAbstractSpinBox
            ):
                continue
            if isinstance(child, QPlainTextEdit | QTextEdit) and child.isReadOnly():
                continue
            found.append(f"Tab never reaches the {type(child).__name__} {child.objectName()}")
    return found


def default_button_problems(dialog: QWidget) -> list[str]:
    found = []
    for box in dialog.findChildren(QDialogButtonBox):
        if not box.isVisible():
            continue
        accepting = [
            b for b in box.buttons()
            if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                     QDialogButtonBox.ButtonRole.YesRole)
            and b.isVisible()
        ]  # fmt: skip
        for button in box.buttons():
            role = box.buttonRole(button)
            if (
                accepting
                and isinstance(button, QPushButton)
                and button.isDefault()
                and role
                in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole)
            ):
                found.append(f"the default button is «{button.text()}», not the accepting one")
        if accepting and isinstance(accepting[0], QPushButton):
            pushes = [b for b in accepting if isinstance(b, QPushButton)]
            if not any(b.isDefault() or b.autoDefault() for b in pushes):
                found.append(f"Enter does not press «{accepting[0].text()}»")
    return found


def accelerator_clashes(window: QWidget) -> list[str]:
    """Two entries of one menu (or the menu bar) with the same Alt letter."""
    found = []
    menus = [window.menuBar()] if hasattr(window, "menuBar") else []
    menus += [a.menu() for a in window.menuBar().actions() if a.menu()] if menus else []
    for menu in list(menus):
        menus += [a.menu() for a in menu.actions() if a.menu() and a.menu() not in menus]
    for menu in menus:
        seen: dict[str, str] = {}
        for action in menu.actions():
            match = re.search(r"&([^&\s])", action.text())
            if not match:
                continue
            letter = match.group(1).upper()
            if letter in seen:
                found.append(f"Alt+{letter} is both «{seen[letter]}» and «{action.text()}»")
            seen[letter] = action.text()
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Two things on screen at once with the same Alt letter – the menu bar's
    menus, buttons, labels of fields, tabs: Qt then runs neither."""
    from PySide6.QtWidgets import QAbstractButton, QMenuBar, QTabBar

    owners: list[tuple[str, QWidget | None]] = []
    for bar in window.findChildren(QMenuBar):
        owners += [(a.text(), None) for a in bar.actions() if a.isVisible()]
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            owners.append((button.text(), button))
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            owners.append((label.text(), label))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            owners += [(bar.tabText(i), bar) for i in range(bar.count())]
    seen: dict[str, str] = {}
    found = []
    for text, _owner in owners:
        match = re.search(r"&([^&\s])", text)
        if not match:
            continue
        letter = match.group(1).upper()
        if letter in seen and seen[letter] != text:
            found.append(f"Alt+{letter} is both «{seen[letter]}» and «{text}» on one screen")
        seen.setdefault(letter, text)
    return found


def fits(window: QWidget) -> list[str]:
    width, height = screen_area()
    frame = window.frameGeometry()
    if frame.width() > width or frame.height() > height:
        return [f"{frame.width()}×{frame.height()} does not fit the screen's {width}×{height}"]
    return []


def _each_tab(window: QWidget, logins: dict[str, str], chinese: bool) -> list[str]:
    """The checks of what is shown, on every page of every tab widget (a hidden
    page is what the next click shows)."""
    from PySide6.QtWidgets import QTabWidget

    def shown() -> list[str]:
        found = clipped(window) + tab_problems(window) + mnemonic_clashes(window)
        return found + (internal_keys(window, logins) if chinese else [])

    problems = shown()
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems += shown()
        tabs.setCurrentIndex(current)
    return problems


def audit(window: QWidget, logins: dict[str, str], chinese: bool) -> list[str]:
    problems = fits(window) + _each_tab(window, logins, chinese)
    if isinstance(window, QDialog):
        problems += default_button_problems(window)
    name = window.windowTitle() or type(window).__name__
    return [f"{name}: {p}" for p in dict.fromkeys(problems)]


# -- driving the window -------------------------------------------------------------
def _settle(window: QWidget, app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
    tasks = getattr(window, "tasks", None)
    if tasks is not None:
        tasks.wait_idle(15_000)
    for _ in range(5):
        app.processEvents()


def _new_windows(app: QApplication, before: set[int]) -> list[QWidget]:
    return [
        w for w in app.topLevelWidgets()
        if w.isVisible() and id(w) not in before and not isinstance(w, QMenu)
    ]  # fmt: skip


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(0)
    widget.close()


SKIPPED_MENU_ENTRIES = ("退出", "Quit", "English", "中文", "简体中文")


def _menu_actions(menu: QMenu) -> Iterator[object]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator() and not action.isCheckable():
            yield action


def run(language: str) -> list[str]:
    os.environ.setdefault("HOTLINE_DESK_LOG", "-")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from hotline_desk.domain.clock import FixedClock
    from hotline_desk.gui.mainwindow.window import MainWindow
    from hotline_desk.gui.qt.i18n import install_language
    from hotline_desk.services.context import AppContext
    from hotline_desk.services.demo import generate
    from hotline_desk.services.staff import list_staff

    install_language(app, language)
    folder = tempfile.mkdtemp(prefix="ui-audit-")
    context = AppContext.open(
        f"sqlite:///{Path(folder) / 'audit.sqlite3'}", FixedClock(datetime(2026, 11, 23, 10, 0))
    )
    generate(context, 60, seed=7)
    staff = list_staff(context)
    context.operator = next((m.login for m in staff if m.role == "operator"), context.operator)
    _tickets_at_every_stage(context)
    logins = {m.login: m.name for m in staff if m.name and m.name != m.login}
    chinese = language.startswith("zh")
    window = MainWindow(context)
    window.load_first_page()
    window.show()
    _settle(window, app)
    problems = audit(window, logins, chinese) + accelerator_clashes(window)
    # the detail of the first ticket, then every action form reachable on some ticket
    from hotline_desk.gui.ticket.action_forms import ACTION_FORMS

    numbers = [window.model.ticket_at(r).number for r in range(window.model.rowCount())]
    covered = set()
    for action in ACTION_FORMS:
        for number in numbers:
            window.show_ticket(number)
            _settle(window, app)
            if window.detail.can(action):
                dialog = window.detail.start(action)
                _settle(window, app)
                if dialog is not None:
                    problems += audit(dialog, logins, chinese)
                    _close(dialog)
                    covered.add(action)
                break
    # 相关工单's forms (关联, 并单) on a ticket that has related ones
    related = window.detail.related
    for number in numbers:
        window.show_ticket(number)
        _settle(window, app)
        if related.table.rowCount():
            related.table.selectRow(0)
            for ask in (related.ask_link, related.ask_merge):
                dialog = ask()
                _settle(window, app)
                if dialog is not None:
                    problems += audit(dialog, logins, chinese)
                    _close(dialog)
            break
    # 列入白名单 is the leader's: the detail offers it once a leader signs in
    from hotline_desk.domain.lifecycle import Action

    context.operator = next((m.login for m in staff if m.role == "leader"), context.operator)
    window.show_ticket(numbers[0])
    _settle(window, app)
    if window.detail.can(Action.WHITELIST):
        dialog = window.detail.start(Action.WHITELIST)
        _settle(window, app)
        if dialog is not None:
            problems += audit(dialog, logins, chinese)
            _close(dialog)
            covered.add(Action.WHITELIST)
    # every menu entry: what it opens is audited. A modal dialog (a file
    # chooser, a question) runs its own event loop: a timer audits and closes it.
    from PySide6.QtCore import QTimer

    seen: set[int] = set()

    def close_modal() -> None:
        modal = app.activeModalWidget()
        if modal is not None and id(modal) not in seen:
            seen.add(id(modal))
            problems.extend(audit(modal, logins, chinese))
            _close(modal)

    watchdog = QTimer()
    watchdog.timeout.connect(close_modal)
    watchdog.start(300)
    for menu_action in _menu_actions_of(window):
        if any(s in menu_action.text() for s in SKIPPED_MENU_ENTRIES):
            continue
        before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
        menu_action.trigger()
        _settle(window, app)
        for opened in _new_windows(app, before):
            if id(opened) in seen:
                continue
            problems.extend(audit(opened, logins, chinese))
            for child_dialog in opened.findChildren(QDialog):
                if child_dialog.isVisible():
                    _close(child_dialog)
            _close(opened)
            _settle(window, app)
    # every button of the side panels (五个确认, 提醒, 今日催办): what it opens is audited too
    from PySide6.QtWidgets import QDockWidget

    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        _settle(window, app)

        def clickable(dock: QDockWidget = dock) -> list[QPushButton]:
            return [
                b for b in dock.findChildren(QPushButton)
                if b.isVisible() and b.isEnabled() and not b.text().isdigit()
            ]  # fmt: skip

        for text in [b.text() for b in clickable()]:
            button = next((b for b in clickable() if b.text() == text), None)
            if button is None:  # the panel rebuilt its rows meanwhile
                continue
            before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
            button.click()
            _settle(window, app)
            for opened in _new_windows(app, before):
                if id(opened) not in seen:
                    problems.extend(audit(opened, logins, chinese))
                _close(opened)
    watchdog.stop()
    window.close()
    context.close()
    missed = [a.value for a in ACTION_FORMS if a not in covered]
    print(f"action forms not reached on the demo: {missed}", file=sys.stderr)
    return list(dict.fromkeys(problems))


def _tickets_at_every_stage(context: object) -> None:
    """Tickets of this operator's waiting to be submitted, archived, returned by
    the review group: the demo's may belong to others."""
    from hotline_desk.domain.lifecycle import CallbackAnswers, UnitFeedback
    from hotline_desk.domain.ticket import FeedbackResult, Satisfaction
    from hotline_desk.services.directory import list_units
    from hotline_desk.services.tickets import NewTicket, TicketService

    service = TicketService(context)  # type: ignore[arg-type]
    unit = list_units(context)[0].name  # type: ignore[arg-type]
    for number, submit in (("AUDIT-1", False), ("AUDIT-2", True)):
        service.create(NewTicket(number, "求助", "审计用工单：路灯不亮"))
        service.dispatch(number, unit, call_reached=True)
        service.feedback(number, UnitFeedback("线路老化", "已更换", FeedbackResult.HANDLED))
        service.callback(number, CallbackAnswers(True, True, True, False, Satisfaction.SATISFIED))
        if submit:
            service.submit(number)


def _menu_actions_of(window: QWidget) -> list[object]:
    actions = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            actions += list(_menu_actions(top.menu()))
    return actions


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="zh_CN")
    args = parser.parse_args()
    print(json.dumps(run(args.language), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
