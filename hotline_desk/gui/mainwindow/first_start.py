"""The first start on an empty store: what the app does, where to begin, and
who is acting – the person gives their name, which every step of every
ticket will carry (not the computer's login, silently)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.lifecycle.roles import Role
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import save_staff


class FirstStartDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setObjectName("FirstStartDialog")
        self.setWindowTitle(tr("欢迎使用热线工单桌面助手"))
        self.context = context
        intro = QLabel(
            tr(
                "<p>这里记下 12345 热线的每一件工单、每一个期限和每一次电话：12 小时内派单，"
                "到期前一个工作日催办，回访群众，提交市审核组，办结归档。快到期的工单会在桌面上提醒您。</p>"
                "<p><b>从哪里开始：</b>工单 → 新建工单（Ctrl+N）登记市平台的工单，或 工单 → 导入（Ctrl+I）"
                "导入市平台导出的文件；帮助 → 使用手册（F1）一步步讲解每天的工作。</p>"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("例如：李青"))
        self.login = QLabel(context.operator)
        self.demo = QCheckBox(
            tr("先载入一个演示办公室看看（约 60 件工单，以后可另建数据库正式使用）")
        )
        form = QFormLayout()
        form.addRow(tr("您的姓名(&N) *"), self.name)
        form.addRow(tr("本机登录名"), self.login)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("开始使用"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("办理记录里的每一步都记在这个姓名下。")))
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(tr("请填写您的姓名：办理记录用它记下每一步是谁办的"))
            self.name.setFocus()
            return
        context = self.context
        write(
            self,
            lambda: save_staff(context, context.operator, name, Role.OPERATOR),
            self.error,
            lambda _r: super(FirstStartDialog, self).accept(),
            Changes.of_reference(),
        )

    def reject(self) -> None:
        """Closing it without a name leaves the store as it was; it asks again next start."""
        super().reject()
