"""Alert settings: poll interval, digest threshold, what on-duty staff hear, tray,
and the folder each poll imports the platform's exports from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

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
from hotline_desk.domain.alerts import AlertKind
from hotline_desk.gui.qt.error_text import attempt
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.autostart import autostart_enabled, set_autostart
from hotline_desk.services.context import AppContext
from hotline_desk.services.poller import (
    duty_kinds,
    poll_interval,
    set_duty_kinds,
    set_poll_settings,
)
from hotline_desk.services.watched_folder import set_watched_folder, watched_folder


class AlertSettingsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        close_to_tray: bool,
        on_saved: Callable[[timedelta, bool], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("提醒设置"))
        self.context = context
        self.on_saved = on_saved
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(tr(" 分钟"))
        self.interval.setValue(int(poll_interval(context).total_seconds() // 60))
        self.digest = QSpinBox()
        self.digest.setRange(1, 100)
        self.digest.setValue(context.get(settings.DIGEST_ABOVE))
        self.tray = QCheckBox(tr("关闭窗口时保留在托盘，继续检查"))
        self.tray.setChecked(close_to_tray)
        form = QFormLayout()
        form.addRow(tr("检查间隔"), self.interval)
        form.addRow(tr("同类提醒超过此数时合并"), self.digest)
        form.addRow(self.tray)
        self.autostart = QCheckBox(tr("开机自动启动（在托盘中运行并检查）"))
        self.autostart.setChecked(autostart_enabled())
        form.addRow(self.autostart)
        folder = watched_folder(context)
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
        chosen = duty_kinds(context)
        self.kind_boxes: dict[AlertKind, QCheckBox] = {}
        for kind in AlertKind:
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
        if not attempt(lambda: set_watched_folder(self.context, self.folder.text()), self.error):
            return
        if self.autostart.isChecked() != autostart_enabled():
            wanted = self.autostart.isChecked()
            if not attempt(lambda: set_autostart(wanted), self.error):
                return
        kinds = [k.value for k, box in self.kind_boxes.items() if box.isChecked()]

        def store() -> None:
            set_poll_settings(self.context, self.interval.value(), self.digest.value())
            set_duty_kinds(self.context, kinds)

        if not attempt(store, self.error):
            return
        if self.on_saved:
            self.on_saved(timedelta(minutes=self.interval.value()), self.tray.isChecked())
        self.accept()
