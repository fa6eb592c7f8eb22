"""The operator's main window: filters, the lazy queue, the ticket detail, alerts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.alerts import AlertKind
from hotline_desk.domain.confirmations import Confirmation
from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.statistics import FigureSelection
from hotline_desk.domain.ticket import TicketState
from hotline_desk.domain.work_calendar import unpublished_next_year
from hotline_desk.gui.mainwindow.filter_bar import FilterBar
from hotline_desk.gui.mainwindow.layout import (
    default_columns,
    fit_to_screen,
    restore_layout,
    save_layout,
)
from hotline_desk.gui.mainwindow.notice import NoticeBar
from hotline_desk.gui.mainwindow.queue_model import (
    COLUMNS,
    COUNT_CAP,
    NUMBER_ROLE,
    REMAINING_COLUMN,
    TicketQueueModel,
)
from hotline_desk.gui.panels.alerts import AlertsPanel
from hotline_desk.gui.panels.confirmations import ConfirmationsPanel
from hotline_desk.gui.panels.phone_today import PhoneTodayPanel
from hotline_desk.gui.qt.app_settings import SETTINGS_CLOSE_TO_TRAY, app_icon, app_settings
from hotline_desk.gui.qt.changes import ChangeHub
from hotline_desk.gui.qt.conventions import install_conventions
from hotline_desk.gui.qt.error_text import error_text, failure_text
from hotline_desk.gui.qt.i18n import SETTINGS_LANGUAGE, chosen_language, tr, tr_domain
from hotline_desk.gui.qt.tasks import TaskRunner
from hotline_desk.gui.qt.widgets import in_user_folder, remember_folder
from hotline_desk.gui.ticket.detail import TicketDetail
from hotline_desk.services.changes import TICKET_AREAS, Area, Changes
from hotline_desk.services.confirmations import confirmation_query
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import list_staff
from hotline_desk.services.tickets import DueReference, TicketService
from hotline_desk.services.trail import TrailKeyMissing, TrailReport, verify_trail

if TYPE_CHECKING:  # dialogs are imported when first opened: start-up stays short
    from hotline_desk.gui.importing.dialog import ImportDialog
    from hotline_desk.gui.knowledge.dialog import KnowledgeDialog
    from hotline_desk.gui.statistics.window import StatisticsWindow
    from hotline_desk.gui.ticket.conflicts_dialog import ConflictsDialog
    from hotline_desk.gui.ticket.new_ticket_dialog import NewTicketDialog
    from hotline_desk.printing.documents import SheetPictures
    from hotline_desk.services.difficult_sheet import Sheet
    from hotline_desk.services.live_updates import ChangeListener
    from hotline_desk.services.watched_folder import FolderImport


D = TypeVar("D", bound=QDialog)


class _LiveBridge(QObject):
    """Carries the listener thread's ticket numbers to the GUI thread."""

    changed = Signal(list)


class MainWindow(QMainWindow):
    ticket_typed = Signal(str)  # a ticket typed in here (its 新工单 alert pops up nowhere)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        install_conventions()  # Tab, Enter and the screen's size, for every window
        self.setWindowTitle(tr("热线工单桌面助手"))
        self.setWindowIcon(app_icon())
        self.context = context
        self.tray = None  # set by run_gui: hotline_desk.gui.mainwindow.tray.Tray
        self.scheduler = None  # set by wire_polling: PollScheduler
        self.live: ChangeListener | None = None  # others' changes (start_live_updates)
        # Every read and write for the window goes through this runner, off the
        # GUI thread; what a write changed goes out on one signal, to every panel.
        self.tasks = TaskRunner(self)
        self.changes = ChangeHub(self)
        self.changes.changed.connect(self._on_changed)
        self.broken_trails: list[str] = []  # tickets whose trail no longer verifies
        self._follow_list = False  # the next first page comes from a new query
        self.typed_here: set[str] = set()  # tickets typed in at this window
        self.due_reference: DueReference | None = None  # what 新建工单 computes deadlines from
        self.manual: QWidget | None = None  # 使用手册, once opened
        self.filters = FilterBar({}, context.operator, context.clock.now, lambda: context.calendar)
        self.filters.changed.connect(self.apply_filters)
        self.count_label = QLabel()
        self.active_filter = QLabel()
        self.active_filter.setStyleSheet("color: #1565c0")
        self.clear_filter = QPushButton(tr("清除"))
        self.clear_filter.clicked.connect(self.apply_filters)
        self.active_filter.hide()
        self.clear_filter.hide()
        self.views = QComboBox()
        self.views.setMinimumWidth(120)
        self.views.activated.connect(lambda _i: self.load_view(self.views.currentText()))
        save_view = QPushButton(tr("保存视图"))
        save_view.clicked.connect(self._ask_view_name)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.active_filter)
        top.addWidget(self.clear_filter)
        top.addWidget(QLabel(tr("视图")))
        top.addWidget(self.views)
        top.addWidget(save_view)
        self.model = TicketQueueModel(context, self.tasks, self)
        self.model.units_loaded.connect(self.filters.set_units)
        self.model.count_changed.connect(self._show_count)
        self.model.first_page_loaded.connect(self._select_first_if_none)
        self.model.load_failed.connect(self._queue_failed)
        self.model.first_page_loaded.connect(self._queue_read_again)
        self._queue_failure_shown = False
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSortIndicator(
            REMAINING_COLUMN, Qt.SortOrder.AscendingOrder
        )
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.doubleClicked.connect(self._open_row)
        self.table.setMinimumWidth(320)
        self._default_columns()
        self.detail = TicketDetail(context, self.tasks)
        self.changes.changed.connect(self.detail.on_changed)
        self.detail.ticket_changed.connect(self._ticket_changed)
        self.detail.actions_changed.connect(self._sync_ticket_actions)
        # After a form, the keys go to the queue again: the ticket shortcuts
        # (Ctrl+E, Ctrl+H, Ctrl+U) are editing keys inside a text field.
        self.detail.form_closed.connect(self.keys_to_queue)
        self.filters.search.returnPressed.connect(self.table.setFocus)
        self.detail.ticket_requested.connect(self.show_ticket)  # a related ticket chosen
        self.detail.not_found.connect(
            lambda number: self.tell(tr("找不到工单 {number}").format(number=number), warning=True)
        )
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 420])
        self.splitter = splitter
        self.demo_banner = self._demo_banner()
        self.notice = NoticeBar()
        self.notice_text, self.notice_action = self.notice.text, self.notice.action
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.filters)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.confirmations = ConfirmationsPanel(context, self.tasks)
        self.confirmations.show_confirmation.connect(self.show_confirmation)
        self.confirmations.platform_reminder.connect(self._platform_reminder)
        self.phone_today = PhoneTodayPanel(context, self.tasks)
        self.alerts = AlertsPanel(context, self.tasks)
        for panel in (self.confirmations, self.phone_today, self.alerts):
            self.changes.changed.connect(panel.on_changed)
        self.alerts.ticket_requested.connect(self.show_ticket)
        self.alerts.knowledge_requested.connect(lambda: self.open_knowledge(review=True))
        # The three side panels share one tabbed dock area on the right: all
        # reachable on a 1366×768 screen; each can float, close or come back
        # from the 视图 menu.
        self.docks: dict[str, QDockWidget] = {}
        for name, title, panel in (
            ("confirmationsDock", tr("五个确认"), self.confirmations),
            ("alertsDock", tr("提醒"), self.alerts),
            ("phoneTodayDock", tr("今日催办"), self.phone_today),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(self._scrolling(panel))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if self.docks:
                self.tabifyDockWidget(next(iter(self.docks.values())), dock)
            self.docks[name] = dock
        self.docks["confirmationsDock"].raise_()
        # The queue and the detail get the width; the side panels a narrow column.
        # (a narrow screen gives the side column less: the queue needs its four columns)
        side = min(300, int(self.screen().availableGeometry().width() * 0.23))
        self.resizeDocks([self.docks["confirmationsDock"]], [side], Qt.Orientation.Horizontal)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        self._build_menu()
        self._shown_once = False
        self._fit_to_screen()
        self._restore_layout()
        self._reload_view_names()
        # The side panels fill in right after the queue's first page: the
        # operator sees the queue first.
        self.model.first_page_loaded.connect(lambda: QTimer.singleShot(0, self._load_panels))
        self._panels_loaded = False

    def _load_panels(self) -> None:
        if self._panels_loaded:
            return
        self._panels_loaded = True
        self._read_due_reference()
        self.confirmations.open_round()
        self.phone_today.refresh()
        self.alerts.refresh()
        self._offer_demo_if_empty()
        self._remind_of_next_years_calendar()
        self.check_trail()

    # -- the sealed trail --------------------------------------------------------
    def check_trail(self) -> None:
        """Every ticket's trail verified on a worker; what no longer verifies is
        said plainly (at start, and after a poll finds the day's events changed)."""
        context = self.context
        if context.db.trail_key is None:
            self.tell(error_text(TrailKeyMissing()) or "", warning=True)
            return
        self.tasks.run("trail_check", lambda: verify_trail(context), self._trail_checked)

    def _trail_checked(self, report: TrailReport) -> None:
        self.broken_trails = [b.number for b in report.breaks]
        if self.broken_trails:
            self._tell_broken(self.broken_trails)

    def _tell_broken(self, numbers: list[str]) -> None:
        shown = tr("、").join(numbers[:10]) + (tr(" 等") if len(numbers) > 10 else "")
        self.tell(
            tr(
                "{n} 件工单的办理记录在本程序之外被改动过（修改、删除或插入），已不可信：{numbers}。"
                "请报告管理员，用 hotline-desk db verify 查看详情，必要时从备份恢复。"
            ).format(n=len(numbers), numbers=shown),
            warning=True,
        )

    @staticmethod
    def _scrolling(panel: QWidget) -> QScrollArea:
        """A side panel that scrolls rather than pushing the window past the screen."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(260)
        return scroll

    def _fit_to_screen(self) -> None:
        fit_to_screen(self)

    # -- what the window has to say ----------------------------------------------
    def tell(
        self,
        text: str,
        warning: bool = False,
        action: tuple[str, Callable[[], object]] | None = None,
        topic: str = "",
    ) -> None:
        """Says something that matters: in the notice bar (until dismissed) and
        the status bar; ``action`` adds a button that does something about it."""
        self.notice.say(text, warning, action, topic)
        self.statusBar().showMessage(text, 30_000)

    # -- first start -------------------------------------------------------------
    def _demo_banner(self) -> QFrame:
        """Offered while the store has no ticket at all (a first start)."""
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet("#demoBanner { background: #fff8e1; border: 1px solid #ffe082; }")
        row = QHBoxLayout(banner)
        row.addWidget(
            QLabel(
                tr(
                    "还没有任何工单。可以先载入一个演示办公室看看（约60件工单，"
                    "可随时另建数据库正式使用）。"
                )
            ),
            1,
        )
        self.demo_button = QPushButton(tr("载入演示数据"))
        self.demo_button.clicked.connect(self.load_demo)
        row.addWidget(self.demo_button)
        banner.hide()  # until the store answers that it holds no ticket
        return banner

    def _remind_of_next_years_calendar(self) -> None:
        """Once a day from 1 November: next year's holidays are still estimated."""
        today = self.context.clock.now().date()
        settings = app_settings()
        if settings.value("calendarReminderShownOn", "") == today.isoformat():
            return
        context = self.context

        def remind(year: int | None) -> None:
            if year is not None:
                settings.setValue("calendarReminderShownOn", today.isoformat())
                self.tell(
                    tr("{year} 年节假日安排尚未录入，涉及 {year} 年的期限为估算").format(year=year),
                    warning=True,
                    action=(tr("打开工作日历"), lambda: self.open_setting("calendar")),
                )

        self.tasks.run(
            "calendar_reminder", lambda: unpublished_next_year(context.calendar, today), remind
        )

    def _offer_demo_if_empty(self) -> None:
        """An empty store: the first start's page when nobody is on the staff list
        yet (who is acting, what to do first), else the banner offering the demo."""
        service, context = TicketService(self.context), self.context

        def read() -> tuple[bool, bool]:
            return service.store_is_empty(), not list_staff(context)

        def show(answer: tuple[bool, bool]) -> None:
            empty, nobody = answer
            self.demo_banner.setVisible(empty)
            if empty and nobody:
                self.open_first_start()

        self.tasks.run("demo_banner", read, show)

    def open_first_start(self) -> QDialog:
        from hotline_desk.gui.mainwindow.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.context, self)

        def started() -> None:
            if dialog.demo.isChecked():
                self.load_demo()
            self.tell(
                tr("欢迎，{name}：从 工单 → 新建工单（Ctrl+N）开始；按 F1 打开使用手册").format(
                    name=dialog.name.text().strip()
                )
            )

        dialog.accepted.connect(started)
        self.first_start = dialog
        dialog.open()
        return dialog

    def load_demo(self) -> None:
        """Fills the store with a demo office off the GUI thread, then shows it."""
        from hotline_desk.services.demo import generate

        self.demo_button.setEnabled(False)
        self.demo_button.setText(tr("正在载入……"))
        context = self.context
        self.tasks.run("demo", lambda: generate(context, 60), self._demo_loaded)

    def _demo_loaded(self, _result: object) -> None:
        self.demo_banner.hide()
        self.refresh_all()

    def refresh_all(self) -> None:
        """Tickets came in from outside the window (demo, import, another user
        signed in): every panel reads again, and a poll raises their alerts."""
        self.changes.announce(Changes.of_many_tickets() | Changes.of_reference())

    def _reread_office_data(self) -> None:
        """The cached office data read again on a worker (the calendar at once,
        the rest when next asked), then what 新建工单 computes deadlines from."""
        self.tasks.run(
            "office_data", self.context.forget_cached, lambda _r: self._read_due_reference()
        )

    def _read_due_reference(self, then: Callable[[], object] | None = None) -> None:
        service = self.detail.service

        def read(reference: DueReference) -> None:
            self.due_reference = reference
            if then is not None:
                then()

        self.tasks.run("due_reference", service.due_reference, read)

    def _on_changed(self, changes: Changes) -> None:
        """The window's part of a change (the panels each take theirs): the
        queue reads again, cached office data is forgotten, tickets acted on
        are polled for the alerts they now raise."""
        if changes.touches(Area.REFERENCE):
            self._reread_office_data()
        if changes.touches(Area.QUEUE):
            self.model.reload()
        if changes.touches(Area.STATISTICS) and getattr(self, "statistics_window", None):
            self.statistics_window.on_changed(changes)
        if (changes.tickets or changes.all_tickets) and self.scheduler is not None:
            self.scheduler.request_poll()

    # -- menus and shortcuts ---------------------------------------------------
    def _build_menu(self) -> None:
        from hotline_desk.gui.mainwindow.menu import build_menus

        build_menus(self)
        self._sync_ticket_actions()

    # -- 帮助 ------------------------------------------------------------------
    def open_manual(self) -> QWidget:
        """使用手册 at the section of the window or form in front (F1)."""
        from hotline_desk.gui.mainwindow.help import ManualWindow, focused_window, section_for

        front = focused_window()
        section = section_for(front if front is not None else self)
        if self.manual is None:
            self.manual = ManualWindow(chosen_language(app_settings()), self)
        self.manual.show_section(section)
        return self.manual

    def open_shortcuts(self) -> QDialog:
        from hotline_desk.gui.mainwindow.help import ShortcutsDialog

        return self._opened(ShortcutsDialog(self))

    def open_about(self) -> QDialog:
        from platformdirs import user_data_dir

        from hotline_desk import __version__
        from hotline_desk.gui.mainwindow.help import AboutDialog
        from hotline_desk.log_setup import current_log_file
        from hotline_desk.services.context import database_status

        facts = {
            tr("版本"): __version__,
            tr("数据库"): tr("读取中…"),
            tr("数据文件夹"): user_data_dir("hotline-desk", appauthor=False),
            tr("日志"): str(current_log_file() or tr("控制台")),
            tr("许可证"): "MIT",
        }
        dialog = self._opened(AboutDialog(facts, self))
        context = self.context

        def show(status: tuple[str, str | None]) -> None:
            url, revision = status
            dialog.set_fact(
                tr("数据库"),
                tr("{url}（结构版本 {revision}）").format(url=url, revision=revision or "—"),
            )

        self.tasks.run("about", lambda: database_status(context), show)
        return dialog

    def quit_app(self) -> None:
        """退出: really ends the program (closing the window may keep it in the tray)."""
        self.save_layout()
        self.stop_live_updates()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _sync_ticket_actions(self) -> None:
        """工单 menu entries (and their shortcuts) only for what the ticket shown allows."""
        for action, entry in getattr(self, "ticket_actions", {}).items():
            entry.setEnabled(self.detail.can(action))

    def open_import(self) -> ImportDialog:
        from hotline_desk.gui.importing.dialog import ImportDialog

        dialog = ImportDialog(self.context, self.tasks, self)
        dialog.imported.connect(lambda _report: self.refresh_all())
        dialog.settle_conflicts.clicked.connect(self.open_conflicts)
        dialog.show()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        from hotline_desk.gui.ticket.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.context, self)
        dialog.changed.connect(self.refresh_all)
        return self._opened(dialog)

    def _ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self, tr("导出当前列表"), in_user_folder(tr("工单.xlsx")), tr("Excel 工作簿 (*.xlsx)")
        )
        remember_folder(path)
        if path:
            self.export_queue(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export_queue(self, path: Path) -> None:
        """The queue as shown (its filters and order) to .xlsx, off the GUI thread."""
        from hotline_desk.services.exporter import export_tickets

        context, query = self.context, self.model.query
        self.tasks.run(
            "export",
            lambda: export_tickets(context, path, query, tr_domain),
            lambda count: self.tell(
                tr("已导出 {n} 件工单到 {file}").format(n=count, file=path.name)
            ),
            lambda error: self.tell(
                tr("导出失败：{problem}").format(problem=failure_text(error)), warning=True
            ),
        )

    def new_ticket(self) -> NewTicketDialog | None:
        """新建工单: opens at once with the deadlines' rules read at start (or,
        in the first moment, when they are read)."""
        from hotline_desk.gui.ticket.new_ticket_dialog import NewTicketDialog

        if self.due_reference is None:
            self._read_due_reference(then=lambda: self.new_ticket())
            return None
        dialog = NewTicketDialog(self.context, self.due_reference, self)
        dialog.created.connect(lambda _n: self._tell_registered(dialog.service))
        dialog.created.connect(self._ticket_created)  # its changes went out on ``changes``
        dialog.open_ticket.connect(self.show_ticket)
        dialog.finished.connect(lambda _r: self.keys_to_queue())
        dialog.open()
        return dialog

    def keys_to_queue(self) -> None:
        """After a form: this window active again and the keys on the queue."""
        self.activateWindow()
        self.table.setFocus()

    def _ticket_created(self, number: str) -> None:
        self.typed_here.add(number)
        self.ticket_typed.emit(number)
        self.statusBar().showMessage(tr("工单 {number} 已登记").format(number=number), 5000)
        self.detail.show_ticket(number)

    def choose_language(self, code: str) -> None:
        app_settings().setValue(SETTINGS_LANGUAGE, code)
        self.statusBar().showMessage(tr("语言已更改，重新启动后生效"), 10_000)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def poll_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.request_poll()
            self.statusBar().showMessage(tr("正在检查…"), 5000)

    def _opened(self, dialog: D) -> D:
        dialog.open()
        return dialog

    def open_setting(self, key: str) -> QDialog | None:
        """Opens a 设置 dialog by its key (gui/settings: its ``open_from``);
        None when it opens once what it shows is read."""
        import importlib

        from hotline_desk.gui.settings import entries

        entry = next(e for e in entries() if e.key == key)
        module = importlib.import_module(f"hotline_desk.gui.settings.{entry.module}")
        dialog: QDialog | None = module.open_from(self)
        return dialog

    # -- the queue ---------------------------------------------------------------
    def apply_filters(self) -> None:
        self.active_filter.hide()
        self.clear_filter.hide()
        query = self.filters.query()
        number = query.search.strip()
        if number and (query.states or query.unit_id or query.kinds or query.flags):
            # A ticket's number finds it whatever the other filters say: is it one?
            service = self.detail.service
            self.tasks.run(
                "queue_query",
                lambda: service.state_of(number),
                lambda found: self._list(query, number, found),
            )
            return
        self._list(query)

    def _list(self, query: QueueQuery, number: str = "", found: TicketState | None = None) -> None:
        if found is not None:
            query = QueueQuery(search=number)
            self.active_filter.setText(
                tr("按编号找到工单 {number}（{state}），未按其他条件筛选").format(
                    number=number, state=tr_domain(found.label)
                )
            )
            self.active_filter.show()
            self.clear_filter.show()
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        sort_key = COLUMNS[section][1] if 0 <= section < len(COLUMNS) else ""
        if sort_key:
            query = replace(
                query,
                sort=sort_key,
                descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )
        self._follow_list = True  # the operator asked for another list: the detail follows it
        self.model.set_query(query)

    def show_figure(self, selection: FigureSelection, label: str) -> None:
        """The queue lists the tickets behind a statistic."""
        self.model.set_query(QueueQuery(figure=selection, order="newest"))
        self.active_filter.setText(tr("统计：{what}").format(what=label))
        self.active_filter.show()
        self.clear_filter.show()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_knowledge(self, review: bool = False) -> KnowledgeDialog:
        """知识库, its search started with the shown ticket's category or title;
        ``review``: the entries due for review (from an alert)."""
        from hotline_desk.gui.knowledge.dialog import feedback_draft, open_knowledge

        view = self.detail.view
        query = (view.ticket.category or view.ticket.title) if view and not review else ""
        draft = feedback_draft(view) if view is not None else None
        dialog = open_knowledge(self, self.context, self.tasks, query, draft=draft)
        if review:
            dialog.show_review()
        self.knowledge_dialog = dialog
        return dialog

    def open_statistics(self) -> StatisticsWindow:
        from hotline_desk.gui.statistics.window import StatisticsWindow

        window = StatisticsWindow(
            self.context, self.tasks, self.show_figure, self.show_ticket, self
        )
        window.show()
        self.statistics_window = window
        return window

    def _sheet_number(self) -> str | None:
        view = self.detail.view
        if view is None:
            self.tell(tr("请先在列表中选择一件工单"), warning=True)
            return None
        return view.ticket.number

    def print_sheet(self) -> None:
        """The sheet is read on a worker; its print preview opens when it is here
        (``sheet_preview``)."""
        from hotline_desk.gui.ticket.sheet_printing import preview_sheet

        number = self._sheet_number()
        if number is None:
            return
        context = self.context

        def show(read: tuple[Sheet, SheetPictures]) -> None:
            self.sheet_preview = preview_sheet(*read, context.clock.now(), self)

        self.tasks.run("sheet", lambda: _sheet_read(context, number), show, self._sheet_failed)

    def _sheet_failed(self, error: BaseException) -> None:
        self.tell(failure_text(error), warning=True)

    def _ask_sheet_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        number = self._sheet_number()
        if number is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("呈批单存为 PDF"), in_user_folder(f"{number}.pdf"), tr("PDF 文件 (*.pdf)")
        )
        remember_folder(path)
        if path:
            self.save_sheet_pdf(number, Path(path if path.endswith(".pdf") else path + ".pdf"))

    def save_sheet_pdf(self, number: str, path: Path) -> None:
        from hotline_desk.gui.ticket.sheet_printing import save_sheet_pdf

        context = self.context

        def save(read: tuple[Sheet, SheetPictures]) -> None:
            try:
                save_sheet_pdf(*read, context.clock.now(), path)
            except (OSError, ValueError) as error:
                self.tell(tr("导出失败：{problem}").format(problem=error), warning=True)
                return
            self.tell(tr("已将呈批单存为 {file}").format(file=path.name))

        self.tasks.run("sheet_pdf", lambda: _sheet_read(context, number), save, self._sheet_failed)

    def show_confirmation(self, index: int) -> None:
        """The queue shows exactly the tickets a confirmation counts."""
        confirmation = Confirmation(index)
        query = confirmation_query(confirmation, self.context.clock.now(), self.context)
        self.model.set_query(query)
        self.active_filter.setText(
            tr("五个确认 {index}：{label}").format(index=index, label=tr_domain(confirmation.label))
        )
        self.active_filter.show()
        self.clear_filter.show()

    def poll_finished(self, result: object) -> None:
        """A poll that found new tickets says so in the window, not only in a toast."""
        alerts = getattr(result, "alerts", [])
        new = {
            a.number
            for a in alerts
            if a.kind is AlertKind.NEW_TICKET and a.number not in self.typed_here
        }  # not the ones typed in here: the person knows them
        if new:
            self.tell(tr("检查发现 {n} 件新工单").format(n=len(new)))
        # The office's rules, units and templates may have changed at another
        # workstation (its notices name tickets only): read again when next asked.
        self._reread_office_data()
        polled = Changes(areas=frozenset({Area.ALERTS, Area.CONFIRMATIONS}))
        if new:
            polled = polled | Changes(frozenset(new), TICKET_AREAS)
        self.changes.announce(polled)
        imported = getattr(result, "imported", [])
        if imported:
            self._folder_imported(imported)
        broken = getattr(result, "broken_trails", [])
        if broken:
            self._tell_broken(broken)

    def _folder_imported(self, files: list[FolderImport]) -> None:
        """The watched folder's files: what came in, and where to look next."""
        reports = [f.report for f in files if f.report is not None]
        failed = [f.file for f in files if f.report is None]
        text = tr("导入文件夹：{files} 个文件，新工单 {new} 件，更新 {updated} 件").format(
            files=len(files),
            new=sum(r.imported for r in reports),
            updated=sum(r.updated for r in reports),
        )
        conflicts = sum(len(r.conflicts) for r in reports)
        if failed:
            text += tr("；无法读取：{names}（见 failed 文件夹）").format(
                names=tr("、").join(failed)
            )
        if conflicts:
            text += tr("；与市平台不一致 {n} 处").format(n=conflicts)
        action = (tr("处理不一致…"), self.open_conflicts) if conflicts else None
        self.tell(text, warning=bool(failed or conflicts), action=action)
        self.changes.announce(Changes.of_many_tickets())

    def _platform_reminder(self, minutes: int) -> None:
        text = tr("已 {minutes} 分钟未查看市平台").format(minutes=minutes)
        self.tell(text, warning=True, topic="platform")
        if self.tray is not None and self.tray.available and minutes % 15 == 1:
            self.tray.icon.showMessage(tr("查看市平台"), text)

    def load_first_page(self) -> None:
        self.apply_filters()

    def _show_count(self, total: int) -> None:
        if total == 0:
            self.count_label.setText(
                tr("没有符合条件的工单。可以换个筛选条件或点「清除」，新工单按 Ctrl+N 登记。")
            )
            return
        self.count_label.setText(
            tr("当前时间 {now}   共 {total} 件工单").format(
                now=f"{self.context.clock.now():%Y-%m-%d %H:%M}",
                total=f"{COUNT_CAP:,}+" if self.model.capped else f"{total:,}",
            )
        )

    def _queue_failed(self, error: BaseException) -> None:
        self.tell(tr("读取失败：{message}").format(message=failure_text(error)), warning=True)
        self._queue_failure_shown = True

    def _queue_read_again(self) -> None:
        """The queue read again after a failure (the server is back): the
        failure's notice goes."""
        if self._queue_failure_shown:
            self._queue_failure_shown = False
            self.notice.hide()

    def _select_first_if_none(self) -> None:
        """After a new list: the ticket shown stays selected when it is in the
        list; otherwise the first is shown (a search for a number shows that
        ticket), and none when the list is empty – actions never land on a
        ticket the list no longer shows."""
        follow, self._follow_list = self._follow_list, False
        shown = self.detail.requested  # what the detail shows, or is about to
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.table.selectRow(row)
        elif shown and not follow:
            return  # a reload after an action: the ticket just acted on stays shown
        elif self.model.rowCount() > 0:
            self.table.clearSelection()
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def selected_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(NUMBER_ROLE)) if rows else None

    def _row_menu(self, position: QPoint) -> QMenu | None:
        """Right-click on a row: the ticket's valid actions, as in the detail."""
        index = self.table.indexAt(position)
        if not index.isValid():
            return None
        self.table.selectRow(index.row())
        menu = QMenu(self.table)
        open_action = menu.addAction(tr("打开"))
        open_action.triggered.connect(lambda: self._open_row(index))
        menu.addSeparator()
        for action, entry in self.ticket_actions.items():
            if self.detail.can(action):
                menu.addAction(entry)
        self.row_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))
        return menu

    def _open_row(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.detail.show_ticket(str(number))
            self.detail.tabs.setCurrentIndex(0)
            self.detail.setFocus()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        number = self.selected_number()
        if number:
            self.detail.show_ticket(number)

    def show_ticket(self, number: str) -> None:
        """Brings the window up on that ticket: selected in the queue when it is
        there, shown in the detail in any case."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.detail.show_ticket(number)  # not_found tells when there is no such ticket

    def _tell_registered(self, service: TicketService) -> None:
        if service.registered:
            self.tell(
                tr("人员名单原为空，已将 {login} 登记为经办人员（设置 → 人员）").format(
                    login=service.registered
                )
            )
            service.registered = None

    def _ticket_changed(self, number: str) -> None:
        """An action saved (its changes went out on ``changes``)."""
        self._tell_registered(self.detail.service)
        self.statusBar().showMessage(tr("工单 {number} 已更新").format(number=number), 5000)

    # -- saved views -----------------------------------------------------------------
    def _ask_view_name(self) -> None:
        name, ok = QInputDialog.getText(self, tr("保存视图"), tr("视图名称"))
        if ok and name.strip():
            self.save_view(name.strip())

    def save_view(self, name: str) -> None:
        app_settings().setValue(f"views/{name}", json.dumps(self.filters.to_dict()))
        self._reload_view_names(select=name)

    def load_view(self, name: str) -> bool:
        stored = app_settings().value(f"views/{name}")
        if not stored:
            return False
        self.filters.from_dict(json.loads(str(stored)))
        return True

    def _reload_view_names(self, select: str = "") -> None:
        settings = app_settings()
        settings.beginGroup("views")
        names = sorted(settings.childKeys())
        settings.endGroup()
        self.views.clear()
        self.views.addItems(names)
        if select:
            self.views.setCurrentText(select)

    # -- layout memory (mainwindow/layout.py) ---------------------------------------
    def _default_columns(self) -> None:
        default_columns(self.table)

    def _restore_layout(self) -> None:
        self._default_state = restore_layout(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            # The window manager's frame is known now: keep it all on the screen.
            self._shown_once = True
            if not self.screen().availableGeometry().contains(self.frameGeometry()):
                self._fit_to_screen()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()
        self._fit_to_screen()

    def save_layout(self) -> None:
        save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        keep = app_settings().value(SETTINGS_CLOSE_TO_TRAY, True, type=bool)
        if keep and self.tray is not None and self.tray.available:
            self.hide()  # the poller keeps running in the tray
            event.ignore()
            return
        self.stop_live_updates()
        super().closeEvent(event)

    # -- changes made elsewhere -------------------------------------------------
    def start_live_updates(self, interval_s: float = 1.0) -> None:
        """Others' changes (another workstation, another window) show without a
        manual refresh: the queue, the detail, the five confirmations, the alerts."""
        from hotline_desk.services.live_updates import listen_for_changes

        if self.live is not None:
            return
        bridge = _LiveBridge(self)
        bridge.changed.connect(self._changed_elsewhere)
        self.live = listen_for_changes(self.context, bridge.changed.emit, interval_s)

    def stop_live_updates(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def _changed_elsewhere(self, numbers: list[str]) -> None:
        """Another workstation's change, on the same signal as ours; gathered
        for a moment (an import announces hundreds at once)."""
        from hotline_desk.services.live_updates import EVERYTHING

        if EVERYTHING in numbers:
            changes = Changes.of_many_tickets() | Changes.of_reference()
        else:
            changes = Changes(frozenset(numbers), TICKET_AREAS)
        self.changes.announce(changes, delay_ms=150)


def _sheet_read(context: AppContext, number: str) -> tuple[Sheet, SheetPictures]:
    """A worker's part of the sheet: read, and its pictures drawn."""
    from hotline_desk.printing.documents import sheet_pictures
    from hotline_desk.services.difficult_sheet import sheet_for

    sheet = sheet_for(context, number)
    return sheet, sheet_pictures(sheet)
