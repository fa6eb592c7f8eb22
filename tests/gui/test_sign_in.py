"""登录 and 切换用户 in the window; an action outside one's role is refused in
the form with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hotline_desk.domain.lifecycle import Action
from hotline_desk.gui.settings.sign_in_dialog import SignInDialog
from hotline_desk.services.auth import set_password
from hotline_desk.services.demo import generate
from hotline_desk.services.staff import save_staff
from hotline_desk.services.tickets import TicketService


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(qtbot, sqlite_context, settle):
    save_staff(sqlite_context, "liqing", "李青", "operator")
    set_password(sqlite_context, "liqing", "liqing-secret")
    sqlite_context.operator = "somebody"
    dialog = SignInDialog(sqlite_context)
    qtbot.addWidget(dialog)
    dialog.login.setText("liqing")
    dialog.password.setText("not-it")
    dialog.accept()
    settle(dialog)
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.error.text() == "登录名或密码不对" and dialog.password.text() == ""
    assert sqlite_context.operator == "somebody"
    dialog.password.setText("liqing-secret")
    dialog.accept()
    settle(dialog)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert sqlite_context.operator == "liqing"


def test_another_shift_signs_in_and_acts_within_its_role(
    qtbot, sqlite_context, open_window, settle, register
):
    generate(sqlite_context, 0)
    save_staff(sqlite_context, "tongji", "统计员", "general")
    set_password(sqlite_context, "tongji", "tongji-secret")
    register(sqlite_context, "SZ-ROLE-1", "求助", "路灯不亮")
    window = open_window(sqlite_context)
    dialog = window.open_setting("switch_user")
    dialog.login.setText("tongji")
    dialog.password.setText("tongji-secret")
    dialog.accept()
    settle(window)
    assert sqlite_context.operator == "tongji" and "tongji" in window.notice_text.text()
    window.show_ticket("SZ-ROLE-1")
    settle(window)
    qtbot.mouseClick(window.detail.buttons[Action.DISPATCH], Qt.MouseButton.LeftButton)
    settle(window)
    form = window.detail.dialog
    form.set_value("unit", next(iter(window.model.units)))
    form.set_value("call", "later")
    form.accept()
    settle(window)
    assert form.isVisible() and "综合科" in form.error.text() and "不能派单" in form.error.text()
    assert TicketService(sqlite_context).ticket("SZ-ROLE-1").state.value == "received"


def test_the_admin_resets_a_forgotten_password_in_the_staff_dialog(qtbot, sqlite_context, settle):
    from hotline_desk.domain.auth import verify_password
    from hotline_desk.gui.settings.staff_dialog import StaffDialog
    from hotline_desk.store.units import password_hash

    save_staff(sqlite_context, "boss", "管理员甲", "admin")
    sqlite_context.operator = "boss"
    save_staff(sqlite_context, "liqing", "李青", "operator")
    dialog = StaffDialog(sqlite_context)
    qtbot.addWidget(dialog)
    dialog.login.setText("liqing")
    dialog.password.setText("short")
    dialog.set_password()
    settle(dialog)
    assert "至少 8 个字符" in dialog.error.text()
    dialog.password.setText("a-new-password")
    dialog.set_password()
    settle(dialog)
    assert dialog.password.text() == ""
    with sqlite_context.db.session() as session:
        assert verify_password("a-new-password", password_hash(session, "liqing"))
    sqlite_context.operator = "liqing"  # not an admin: cannot remove anybody
    dialog.table.selectRow(0)
    dialog.remove_selected()
    settle(dialog)
    assert "不能编辑人员名单" in dialog.error.text()


def test_the_admin_issues_and_revokes_a_script_token_in_the_window(
    qtbot, sqlite_context, sqlite_url, tmp_path, capsys, settle
):
    import stat

    from hotline_desk.cli import EXIT_REFUSED, main
    from hotline_desk.gui.settings.staff_dialog import StaffDialog

    save_staff(sqlite_context, "boss", "管理员甲", "admin")
    sqlite_context.operator = "boss"
    save_staff(sqlite_context, "night", "夜班脚本", "operator")
    staff = StaffDialog(sqlite_context)
    qtbot.addWidget(staff)
    staff.login.setText("night")
    dialog = staff.open_tokens()
    settle(dialog)
    assert dialog.person.currentData() == "night"  # the person picked in the staff list
    dialog.label.setText("夜间导入")
    dialog.days.setValue(30)
    token_file = tmp_path / "night.token"
    dialog.issue_to(token_file)
    settle(dialog)
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "夜间导入"
    assert "2026-10-30" in dialog.table.item(0, 4).text()  # 30 days from the clock's today
    dialog.issue_to(token_file)  # never over an existing file
    settle(dialog)
    assert "不覆盖已有文件" in dialog.error.text()

    argv = ["--db", sqlite_url, "--now", "2026-10-01T08:00", "--token-file", str(token_file)]
    assert main([*argv, "staff", "list"]) == 0
    dialog.table.selectRow(0)
    dialog.revoke_selected()
    settle(dialog)
    assert dialog.table.item(0, 5).text() != ""  # listed as revoked
    capsys.readouterr()
    assert main([*argv, "staff", "list"]) == EXIT_REFUSED
    assert "撤销" in capsys.readouterr().err

    sqlite_context.operator = "night"  # not an admin: told so, nothing to press
    refused = staff.open_tokens()
    settle(refused)
    assert "发放或撤销脚本令牌" in refused.error.text()
    assert not refused.issue_button.isEnabled() and refused.table.rowCount() == 0


def test_a_dialog_says_what_was_done_in_green_and_a_refusal_in_red(qtbot, sqlite_context, settle):
    from hotline_desk.gui.qt.widgets import DONE_COLOUR, ERROR_COLOUR
    from hotline_desk.gui.settings.staff_dialog import StaffDialog

    save_staff(sqlite_context, "boss", "管理员甲", "admin")
    sqlite_context.operator = "boss"
    dialog = StaffDialog(sqlite_context)
    qtbot.addWidget(dialog)
    dialog.login.setText("boss")
    dialog.password.setText("a-new-password")
    dialog.set_password()
    settle(dialog)
    assert DONE_COLOUR in dialog.error.styleSheet()
    dialog.password.setText("short")
    dialog.set_password()
    settle(dialog)
    assert ERROR_COLOUR in dialog.error.styleSheet() and "至少 8 个字符" in dialog.error.text()


def test_every_form_label_with_a_shortcut_has_its_field(qtbot, sqlite_context):
    """A label whose row holds a layout gets no buddy by itself and then shows
    its "(&P)" literally, with no shortcut."""
    from PySide6.QtWidgets import QLabel

    from hotline_desk.gui.settings.staff_dialog import StaffDialog

    save_staff(sqlite_context, "boss", "管理员甲", "admin")
    sqlite_context.operator = "boss"
    staff = StaffDialog(sqlite_context)
    qtbot.addWidget(staff)
    for dialog in (staff, staff.open_tokens()):
        labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
        assert labels
        assert all(label.buddy() is not None for label in labels), [
            label.text() for label in labels if label.buddy() is None
        ]
