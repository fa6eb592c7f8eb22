"""The window's menus, built from one list of its actions.

Every command the window offers is a line of ``window_actions``: its menu,
its text, the window's method it calls and its shortcut. The menus are
built from it (the ticket actions from services.ticket_actions, the 设置
entries from gui/settings), and the 快捷键 list reads the shortcuts from
the menus – adding a command is one line here and its method.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from hotline_desk.gui.qt.i18n import LANGUAGES, chosen_language, tr
from hotline_desk.gui.ticket.action_forms import ACTION_FORMS

if TYPE_CHECKING:
    from hotline_desk.gui.mainwindow.window import MainWindow

SEPARATOR = "-"
TICKET_ACTIONS = "ticket actions"  # the place of the ticket actions in 工单
DOCKS = "docks"  # the side panels' show/hide entries in 视图
SETTINGS = "settings"  # the 设置 entries of gui/settings, and 语言
QUIT = "quit"


@dataclass(frozen=True)
class WindowAction:
    menu: str  # the key of its menu in ``menus()``
    text: str  # or SEPARATOR / TICKET_ACTIONS / DOCKS / SETTINGS
    slot: str = ""  # the window's method
    shortcut: str = ""
    everywhere: bool = False  # the shortcut works over a form too (F1)


def menus() -> list[tuple[str, str]]:
    return [
        ("tickets", tr("工单(&W)")),
        ("statistics", tr("统计(&R)")),
        ("view", tr("视图(&V)")),
        ("tools", tr("工具(&T)")),
        ("settings", tr("设置(&S)")),
        ("help", tr("帮助(&H)")),
    ]


def window_actions() -> list[WindowAction]:
    return [
        WindowAction("tickets", tr("新建工单(&N)…"), "new_ticket", "Ctrl+N"),
        WindowAction("tickets", tr("导入(&I)…"), "open_import", "Ctrl+I"),
        WindowAction("tickets", tr("与市平台不一致(&D)…"), "open_conflicts"),
        WindowAction("tickets", tr("导出当前列表(&X)…"), "_ask_export"),
        WindowAction("tickets", SEPARATOR),
        WindowAction("tickets", TICKET_ACTIONS),
        WindowAction("tickets", SEPARATOR),
        WindowAction("tickets", tr("打印疑难工单呈批单(&P)…"), "print_sheet", "Ctrl+P"),
        WindowAction("tickets", tr("呈批单存为 PDF…"), "_ask_sheet_pdf"),
        WindowAction("tickets", SEPARATOR),
        WindowAction("tickets", tr("退出(&Q)"), "quit_app", "Ctrl+Q"),
        WindowAction("statistics", tr("月度统计(&M)…"), "open_statistics", "Ctrl+Shift+S"),
        WindowAction("view", DOCKS),
        WindowAction("view", tr("恢复默认布局"), "reset_layout"),
        WindowAction("tools", tr("立即检查(&C)"), "poll_now", "F5"),
        WindowAction("tools", tr("刷新列表(&R)"), "apply_filters", "Ctrl+R"),
        WindowAction("tools", tr("搜索(&F)"), "_focus_search", "Ctrl+F"),
        WindowAction("tools", tr("知识库(&K)…"), "open_knowledge", "Ctrl+K"),
        WindowAction("settings", SETTINGS),
        WindowAction("help", tr("使用手册(&M)"), "open_manual", "F1", everywhere=True),
        WindowAction("help", tr("快捷键(&K)"), "open_shortcuts"),
        WindowAction("help", tr("关于(&A)"), "open_about"),
    ]


def entry(
    window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object], shortcut: str = ""
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    built = {key: window.menuBar().addMenu(title) for key, title in menus()}
    window.ticket_actions = {}
    for item in window_actions():
        menu = built[item.menu]
        if item.text == SEPARATOR:
            menu.addSeparator()
        elif item.text == TICKET_ACTIONS:
            for form in ACTION_FORMS.values():
                window.ticket_actions[form.action] = entry(
                    window,
                    menu,
                    form.label + "…",
                    lambda _c=False, a=form.action: window.detail.start(a),
                    form.shortcut,
                )
        elif item.text == DOCKS:
            for dock in window.docks.values():
                menu.addAction(dock.toggleViewAction())
        elif item.text == SETTINGS:
            _settings_menu(window, menu)
        else:
            action = entry(window, menu, item.text, getattr(window, item.slot), item.shortcut)
            if item.everywhere:
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)


def _settings_menu(window: MainWindow, menu: QMenu) -> None:
    from hotline_desk.gui.qt.app_settings import app_settings
    from hotline_desk.gui.settings import entries

    for setting in entries():
        entry(window, menu, setting.label, lambda _c=False, k=setting.key: window.open_setting(k))
    language = menu.addMenu(tr("语言(&Y)"))  # &L is 办理时限's
    current = chosen_language(app_settings())
    for code, name in LANGUAGES.items():
        choice = QAction(name, window)
        choice.setCheckable(True)
        choice.setChecked(code == current)
        choice.triggered.connect(lambda _c=False, c=code: window.choose_language(c))
        language.addAction(choice)
