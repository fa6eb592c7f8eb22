"""设置 → 人员: the office's staff list – who may act, and in which role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.lifecycle import ROLE_LABELS
from hotline_desk.gui.qt.i18n import tr, tr_domain
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label, fill_table
from hotline_desk.services.auth import set_password
from hotline_desk.services.changes import Changes
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import (
    StaffMember,
    check_actor,
    list_staff,
    remove_staff,
    save_staff,
)

if TYPE_CHECKING:  # the window opens these; they never import it at run time
    from hotline_desk.gui.mainwindow.window import MainWindow

ROLE_KEY = Qt.ItemDataRole.UserRole  # the role's key on a row's first cell


class StaffDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("人员"))
        self.resize(560, 420)
        self.context = context
        self.note = QLabel(tr("只有名单中的人员可以办理工单；不在名单中的登录名只能查看。"))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("登录名"), tr("姓名"), tr("角色")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.login = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for key, label in ROLE_LABELS.items():
            self.role.addItem(tr_domain(label), key)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("至少 8 个字符；管理员可为他人重设"))
        self.password_button = QPushButton(tr("设置密码"))
        self.add_button = QPushButton(tr("添加或修改"))
        self.remove_button = QPushButton(tr("删除所选"))
        self.tokens_button = QPushButton(tr("脚本令牌…"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("登录名(&L)"), self.login)
        form.addRow(tr("姓名(&N)"), self.name)
        form.addRow(tr("角色(&R)"), self.role)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.password_button)
        password_label = QLabel(tr("密码(&P)"))
        password_label.setBuddy(self.password)  # a row holding a layout gets no buddy by itself
        form.addRow(password_label, password_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.tokens_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.table):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.password_button.clicked.connect(self.set_password)
        self.tokens_button.clicked.connect(self.open_tokens)
        self.table.itemSelectionChanged.connect(self._pick)
        self.refresh()

    def refresh(self) -> None:
        context = self.context
        self.tasks.run("staff", lambda: list_staff(context), self._show)

    def _show(self, members: list[StaffMember]) -> None:
        rows = [[m.login, m.name, tr_domain(m.role_label)] for m in members]
        for first, member in zip(fill_table(self.table, rows), members, strict=True):
            first.setData(ROLE_KEY, member.role)

    def _pick(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
            self.login.setText(self.table.item(row, 0).text())
            self.name.setText(self.table.item(row, 1).text())
            self.role.setCurrentIndex(self.role.findData(self.table.item(row, 0).data(ROLE_KEY)))

    def add(self) -> None:
        context = self.context
        login, name, role = self.login.text(), self.name.text(), str(self.role.currentData())

        def save() -> None:
            check_actor(context)  # editing the list is an act, too
            save_staff(context, login, name, role)

        def saved(_result: None) -> None:
            self.login.clear()
            self.name.clear()
            self.refresh()

        write(self, save, self.error, saved, Changes.of_reference())

    def set_password(self) -> None:
        """One's own password, or – for an admin – anyone's (a forgotten one reset)."""
        login, secret = self.login.text().strip(), self.password.text()
        self.password.clear()  # never kept in the form
        context = self.context
        write(
            self,
            lambda: set_password(context, login, secret),
            self.error,
            lambda _r: self.error.show_done(tr("已设置 {login} 的密码").format(login=login)),
        )

    def open_tokens(self) -> QDialog:
        """The script tokens, for the person picked here (the admin's)."""
        from hotline_desk.gui.settings.script_tokens_dialog import ScriptTokensDialog

        dialog = ScriptTokensDialog(self.context, self.login.text().strip(), self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(tr("请先选择一位人员"))
            return
        logins = [self.table.item(index.row(), 0).text() for index in rows]

        context = self.context

        def remove() -> None:
            check_actor(context)
            for login in logins:
                remove_staff(context, login)

        write(self, remove, self.error, lambda _r: self.refresh(), Changes.of_reference())


def open_from(window: MainWindow) -> StaffDialog:
    dialog = StaffDialog(window.context, window)
    dialog.open()
    return dialog
