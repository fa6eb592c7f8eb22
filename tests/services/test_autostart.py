"""开机自动启动 writes and removes the platform's entry (into a temporary HOME)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from hotline_desk.services import autostart
from hotline_desk.services.autostart import XdgAutostart, autostart_enabled, set_autostart


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr(autostart, "SYSTEM_AUTOSTART_DIRS", ())
    return tmp_path


def test_the_setting_writes_and_removes_the_users_entry(home):
    entry = home / ".config" / "autostart" / "cn.hotlinedesk.desk.desktop"
    assert not autostart_enabled()
    assert set_autostart(True) and entry.exists()
    text = entry.read_text(encoding="utf-8")
    assert "Name[zh_CN]=热线工单桌面助手" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --tray")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert not set_autostart(False) and not entry.exists()


def test_turning_off_a_packages_entry_shadows_it(tmp_path):
    system = tmp_path / "etc-xdg-autostart"
    system.mkdir()
    (system / "cn.hotlinedesk.desk.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    entry = XdgAutostart(tmp_path / "user", (system,))
    assert entry.enabled()  # the package's entry starts it for everybody
    entry.disable()
    assert not entry.enabled()
    assert "Hidden=true" in entry.user_entry.read_text(encoding="utf-8")
    entry.enable(["/opt/apps/hotline-desk/files/hotline-desk"])
    assert entry.enabled()


def test_an_unwritable_place_is_a_clear_error(home):
    (home / ".config").mkdir()
    (home / ".config" / "autostart").write_text("not a folder", encoding="utf-8")
    from hotline_desk.services.errors import InputError

    with pytest.raises(InputError, match="开机自动启动"):
        set_autostart(True)


def test_only_an_installed_build_turns_it_on_by_itself(home, monkeypatch):
    assert not autostart.first_start_of_installed_app(decided=False)  # a checkout
    monkeypatch.setattr(autostart.sys, "frozen", True, raising=False)
    assert not autostart.first_start_of_installed_app(decided=True)  # the user chose
    assert autostart.first_start_of_installed_app(decided=False)
    assert autostart_enabled()
