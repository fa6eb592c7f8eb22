"""登录: who is at the workstation (a workstation serves several shifts).

Shown at start on a store that requires sign-in, and from 设置 → 切换用户…;
the password is checked against its scrypt hash and never kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import WriteOp
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.auth import sign_in
from hotline_desk.services.context import AppContext

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow


class SignInDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("登录"))
        self.context = context
        self.login = QLineEdit(context.operator)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("登录名(&L)"), self.login)
        form.addRow(tr("密码(&P)"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(tr("忘记密码请找管理员重设。"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if context.operator else self.login).setFocus()

    def accept(self) -> None:
        """Checked on a worker (a password hash takes a moment, a server a round trip)."""
        context, login, secret = self.context, self.login.text(), self.password.text()
        self.password.clear()  # not kept in memory longer than needed

        def refused(error: BaseException) -> None:
            self.error.setText(failure_text(error))
            self.password.setFocus()

        WriteOp(self, lambda: sign_in(context, login, secret)).success(
            lambda _r: super(SignInDialog, self).accept()
        ).failure(refused).run()


def open_from(window: MainWindow) -> SignInDialog:
    """切换用户: another shift signs in at this workstation (its actions carry their name)."""
    dialog = SignInDialog(window.context, window)

    def switched() -> None:
        window.filters.operator = window.context.operator
        window.refresh_all()
        window.tell(tr("现在登录的是 {login}").format(login=window.context.operator))

    dialog.accepted.connect(switched)
    dialog.open()
    return dialog
