"""设置: the office's settings, one dialog each.

Each dialog's module has ``open_from(window)``; ``entries()`` is the 设置
menu, in its order – adding a setting is a dialog module with its
``open_from`` and one line here (the window imports the module when the
entry is first chosen, so start-up stays short).
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline_desk.gui.qt.i18n import tr


@dataclass(frozen=True)
class SettingsEntry:
    key: str  # window.open_setting(key)
    label: str
    module: str  # hotline_desk.gui.settings.<module>


def entries() -> list[SettingsEntry]:
    return [
        SettingsEntry("connection", tr("办公室数据库(&O)…"), "connection_dialog"),
        SettingsEntry("switch_user", tr("切换用户(&W)…"), "sign_in_dialog"),
        SettingsEntry("directory", tr("承办单位通讯录(&U)…"), "directory_dialog"),
        SettingsEntry("templates", tr("答复参考范本(&T)…"), "templates_dialog"),
        SettingsEntry("calendar", tr("工作日历(&C)…"), "calendar_dialog"),
        SettingsEntry("rules", tr("办理时限(&L)…"), "rules_dialog"),
        SettingsEntry("staff", tr("人员(&P)…"), "staff_dialog"),
        SettingsEntry("duty", tr("值班表(&D)…"), "duty_dialog"),
        SettingsEntry("alerts", tr("提醒设置(&A)…"), "alert_settings_dialog"),
        SettingsEntry("access_log", tr("访问记录(&G)…"), "access_log_dialog"),
        SettingsEntry("whitelist", tr("白名单(&B)…"), "whitelist_dialog"),
        SettingsEntry("attachment_limits", tr("附件上限(&F)…"), "attachment_limits_dialog"),
    ]
