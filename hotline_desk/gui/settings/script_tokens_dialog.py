"""设置 → 人员 → 脚本令牌: tokens the admin issues so that a script (a nightly
import, a monthly report) acts as a named person without a password."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hotline_desk.domain.auth import ScriptToken
from hotline_desk.gui.qt.error_text import failure_text
from hotline_desk.gui.qt.i18n import tr
from hotline_desk.gui.qt.operations import write
from hotline_desk.gui.qt.tasks import runner_for
from hotline_desk.gui.qt.widgets import error_label, fill_table, in_user_folder, remember_folder
from hotline_desk.services import script_tokens
from hotline_desk.services.context import AppContext
from hotline_desk.services.staff import StaffMember, list_staff

TOKEN_ID = 0  # the column holding the token's number


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else ""


class ScriptTokensDialog(QDialog):
    def __init__(self, context: AppContext, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = runner_for(parent)
        self.setWindowTitle(tr("脚本令牌"))
        self.resize(720, 420)
        self.context = context
        note = QLabel(
            tr(
                "令牌让脚本（如夜间导入、月报）以某位人员的身份和角色办理，无需密码。"
                "令牌只在发放时写入文件一次，请像密码一样交给脚本的主人；不再需要时撤销。"
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                tr("编号"),
                tr("人员"),
                tr("用途"),
                tr("发放"),
                tr("有效至"),
                tr("撤销"),
                tr("上次使用"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.person = QComboBox()
        self.chosen_login = login
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("例如：夜间导入"))
        self.days = QSpinBox()
        self.days.setRange(1, script_tokens.MAX_DAYS)
        self.days.setValue(script_tokens.DEFAULT_DAYS)
        self.days.setSuffix(tr(" 天"))
        self.no_expiry = QCheckBox(tr("长期有效（直到撤销）"))
        self.no_expiry.toggled.connect(lambda on: self.days.setEnabled(not on))
        validity = QHBoxLayout()
        validity.addWidget(self.days)
        validity.addWidget(self.no_expiry, 1)
        form = QFormLayout()
        form.addRow(tr("人员(&W)"), self.person)
        form.addRow(tr("用途(&U)"), self.label)
        validity_label = QLabel(tr("有效期(&V)"))
        validity_label.setBuddy(self.days)  # a row holding a layout gets no buddy by itself
        form.addRow(validity_label, validity)
        self.issue_button = QPushButton(tr("发放并存入文件…"))
        self.revoke_button = QPushButton(tr("撤销所选"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.issue_button.clicked.connect(self._ask_file)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.tokens: list[ScriptToken] = []
        for widget in (self.issue_button, self.revoke_button):
            widget.setEnabled(False)  # until the list is read (an admin's only)
        self.tasks.run("staff", lambda: list_staff(context), self._show_people)
        self.refresh()

    def _show_people(self, members: list[StaffMember]) -> None:
        for member in members:
            self.person.addItem(f"{member.login}（{member.name}）", member.login)
        if self.chosen_login:
            self.person.setCurrentIndex(max(0, self.person.findData(self.chosen_login)))

    def refresh(self) -> None:
        """The tokens, read on a worker; not an admin: said, nothing shown."""
        context = self.context
        self.tasks.run(
            "tokens",
            lambda: script_tokens.list_tokens(context),
            self._show,
            lambda error: self.error.setText(failure_text(error)),
        )

    def _show(self, tokens: list[ScriptToken]) -> None:
        for widget in (self.issue_button, self.revoke_button):
            widget.setEnabled(True)
        self.tokens = tokens
        rows = [
            [
                str(t.id),
                t.login,
                t.label,
                f"{_when(t.issued_at)} {t.issued_by}",
                _when(t.expires_at) or tr("长期有效"),
                _when(t.revoked_at),
                _when(t.last_used_at) or tr("未使用过"),
            ]
            for t in self.tokens
        ]
        fill_table(self.table, rows)

    def _ask_file(self) -> None:
        login = str(self.person.currentData() or "")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("令牌存入文件"),
            in_user_folder(f"{login}.token"),
            tr("令牌文件 (*.token)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        remember_folder(path)
        if path:
            self.issue_to(Path(path))

    def issue_to(self, path: Path) -> None:
        """Issues a token for the chosen person into the new file ``path`` (on a worker)."""
        login = str(self.person.currentData() or "")
        days = None if self.no_expiry.isChecked() else self.days.value()
        context, label = self.context, self.label.text()

        def issued(token: script_tokens.IssuedToken) -> None:
            self.refresh()
            self.error.show_done(
                tr(
                    "已为 {login} 发放令牌 {id}，写入 {path}：只有您可读，请像密码一样交给脚本的主人"
                ).format(login=login, id=token.token.id, path=path)
            )

        write(
            self,
            lambda: script_tokens.issue_token_file(context, login, path, label, days),
            self.error,
            issued,
        )

    def revoke_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(tr("请先选择一个令牌"))
            return
        ids = [int(self.table.item(index.row(), TOKEN_ID).text()) for index in rows]
        context = self.context

        def revoke() -> None:
            for token_id in ids:
                script_tokens.revoke_token(context, token_id)

        def revoked(_result: None) -> None:
            self.refresh()
            self.error.show_done(tr("已撤销：用它的脚本从现在起会被拒绝"))

        write(self, revoke, self.error, revoked)
