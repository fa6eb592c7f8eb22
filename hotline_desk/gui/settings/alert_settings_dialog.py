"""Alert settings: poll interval, digest threshold, what on-duty staff hear, tray,
and the folder each poll imports the platform's exports from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain import settings
from hotline_desk.domain.alerts import TICKET_ALERT_KINDS, AlertKind
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.autostart import autostart_enabled, set_autostart
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.poller import (
    duty_kinds,
    poll_interval,
    set_duty_kinds,
    set_poll_settings,
)
from hotline_desk.services.watched_folder import set_watched_folder, watched_folder

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


@dataclass(frozen=True)
class StoredAlertSettings:
    """What the dialog shows from the store, read on a worker before it opens."""

    interval_minutes: int
    digest_above: int
    folder: Path | None
    duty_kinds: set[AlertKind]


def read_alert_settings(context: AppContext) -> StoredAlertSettings:
    return StoredAlertSettings(
        int(poll_interval(context).total_seconds() // 60),
        context.get(settings.DIGEST_ABOVE),
        watched_folder(context),
        set(duty_kinds(context)),
    )


class AlertSettingsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        stored: StoredAlertSettings,
        close_to_tray: bool,
        on_saved: Callable[[timedelta, bool], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("提醒设置"))
        self.context = context
        self.on_saved = on_saved
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(tr(" 分钟"))
        self.interval.setValue(stored.interval_minutes)
        self.digest = QSpinBox()
        self.digest.setRange(1, 100)
        self.digest.setValue(stored.digest_above)
        self.tray = QCheckBox(tr("关闭窗口时保留在托盘，继续检查"))
        self.tray.setChecked(close_to_tray)
        form = QFormLayout()
        form.addRow(tr("检查间隔"), self.interval)
        form.addRow(tr("同类提醒超过此数时合并"), self.digest)
        form.addRow(self.tray)
        self.autostart = QCheckBox(tr("开机自动启动（在托盘中运行并检查）"))
        self.autostart.setChecked(autostart_enabled())
        form.addRow(self.autostart)
        folder = stored.folder
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setPlaceholderText(tr("不设置：只从「工单 → 导入」导入"))
        browse = QPushButton(tr("选择(&B)…"))
        browse.clicked.connect(self._ask_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(tr("导入文件夹"), folder_row)
        self.error = error_label()
        duty = QGroupBox(tr("非工作时间提醒值班人员的内容"))
        duty_layout = QVBoxLayout(duty)
        chosen = stored.duty_kinds
        self.kind_boxes: dict[AlertKind, QCheckBox] = {}
        for kind in TICKET_ALERT_KINDS:
            box = QCheckBox(tr_domain(kind.label))
            box.setChecked(kind in chosen)
            self.kind_boxes[kind] = box
            duty_layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(duty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _ask_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("导入文件夹"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        """Saved on a worker (the start at login too: a file of the desktop's);
        a refusal keeps the dialog as it is."""
        context, folder = self.context, self.folder.text()
        interval, digest = self.interval.value(), self.digest.value()
        kinds = [k.value for k, box in self.kind_boxes.items() if box.isChecked()]
        autostart = self.autostart.isChecked()
        close_to_tray = self.tray.isChecked()

        def store() -> None:
            set_watched_folder(context, folder)
            if autostart != autostart_enabled():
                set_autostart(autostart)
            set_poll_settings(context, interval, digest)
            set_duty_kinds(context, kinds)

        def saved(_result: None) -> None:
            if self.on_saved:
                self.on_saved(timedelta(minutes=interval), close_to_tray)
            self.accept()

        write(self, store, self.error, saved, Changes.of_reference())


def open_from(window: MainWindow) -> None:
    """Read on a worker; the dialog opens with it (``window.alert_settings_dialog``)."""
    from hotline_desk.gui.qt.app_settings import SETTINGS_CLOSE_TO_TRAY, app_settings

    settings = app_settings()

    def saved(interval: timedelta, close_to_tray: bool) -> None:
        settings.setValue(SETTINGS_CLOSE_TO_TRAY, close_to_tray)
        if window.scheduler is not None:
            window.scheduler.set_interval(interval)

    context, keep = window.context, settings.value(SETTINGS_CLOSE_TO_TRAY, True, type=bool)

    def opened(stored: StoredAlertSettings) -> None:
        window.alert_settings_dialog = AlertSettingsDialog(context, stored, keep, saved, window)
        window.alert_settings_dialog.open()

    window.tasks.run("alert_settings", lambda: read_alert_settings(context), opened)
