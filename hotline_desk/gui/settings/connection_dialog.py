"""设置 → 办公室数据库…: point this workstation at the office's PostgreSQL
server. The connection is tested before it is kept; the password goes to the
system keyring only (a machine without one is asked at each start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.gui.qt.error_text import attempt, failure_text
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label
from hotline_desk.services.connection import (
    OfficeServer,
    checked_server,
    save_password,
    stored_password,
    test_connection,
)
from hotline_desk.services.errors import InputError

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow

KEYS = ("office/host", "office/port", "office/database", "office/user")


def saved_server(settings: QSettings) -> OfficeServer | None:
    values = [str(settings.value(key, "") or "") for key in KEYS]
    if not all(values[0:1] + values[2:]):
        return None
    try:
        return checked_server(*values)
    except Exception:  # noqa: BLE001 - a damaged setting: as if none
        return None


def office_url(settings: QSettings, ask: object = None) -> str | None:
    """The office server's URL with its password from the keyring – or asked
    for by ``ask(server)`` (a machine without a keyring); None: none chosen."""
    server = saved_server(settings)
    if server is None:
        return None
    password = stored_password(server)
    if password is None and callable(ask):
        password = ask(server)
    return server.url(password)


class ConnectionDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("办公室数据库"))
        self.settings = settings
        saved = saved_server(settings)
        self.host = QLineEdit(saved.host if saved else "")
        self.port = QLineEdit(str(saved.port) if saved else "5432")
        self.database = QLineEdit(saved.database if saved else "hotline")
        self.user = QLineEdit(saved.user if saved else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("保存在系统密钥环中，不写入任何文件"))
        form = QFormLayout()
        for label, widget in (
            (tr("服务器(&H)"), self.host),
            (tr("端口(&O)"), self.port),
            (tr("数据库(&D)"), self.database),
            (tr("用户(&U)"), self.user),
            (tr("密码(&P)"), self.password),
        ):
            form.addRow(label, widget)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.error = error_label()
        test = QPushButton(tr("测试连接(&T)"))
        test.clicked.connect(self.test)
        local = QPushButton(tr("改用本机数据库"))
        local.clicked.connect(self.use_local)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(test, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(local, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        note = QLabel(tr("保存后重新启动本程序生效；每台工作站各自设置。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _server(self) -> OfficeServer:
        return checked_server(
            self.host.text(), self.port.text(), self.database.text(), self.user.text()
        )

    def test(self, then: Callable[[OfficeServer], object] | None = None) -> None:
        """Connects on a worker (a server may take seconds to answer, or none)."""
        self.result_label.clear()
        try:
            server = self._server()
        except InputError as error:
            self.error.setText(failure_text(error))
            return
        secret = self.password.text()

        def connected(version: str) -> None:
            self.result_label.setText(tr("连接成功：{version}").format(version=version))
            if then is not None:
                then(server)

        write(self, lambda: test_connection(server, secret), self.error, connected)

    def save(self) -> None:
        """Tested first; the password to the keyring, the rest to the settings."""
        self.test(then=self._keep)

    def _keep(self, server: OfficeServer) -> bool:
        for key, value in zip(
            KEYS, (server.host, server.port, server.database, server.user), strict=True
        ):
            self.settings.setValue(key, value)
        kept = attempt(lambda: save_password(server, self.password.text()), self.error)
        self.password.clear()
        if not kept:  # no keyring: the settings stay, the password is asked at start
            return False
        self.accept()
        return True

    def use_local(self) -> None:
        for key in KEYS:
            self.settings.remove(key)
        self.result_label.setText(tr("下次启动使用本机数据库。"))


def open_from(window: MainWindow) -> ConnectionDialog:
    from hotline_desk.gui.qt.app_settings import app_settings

    dialog = ConnectionDialog(app_settings(), window)
    dialog.open()
    return dialog
