"""开机自动启动: the platform's own start-at-login entry for this user.

Linux: an XDG autostart desktop entry in ``$XDG_CONFIG_HOME/autostart``; a
package may ship one for everybody (``/etc/xdg/autostart``), which a user
turns off with an entry of the same name saying ``Hidden=true`` (the XDG
rule). Windows: the per-user ``Run`` key. The entry starts the app in the
tray with the poll running (``--tray``).
"""

from __future__ import annotations

import importlib
import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotline_desk import APP_ID
from hotline_desk.services.errors import InputError

ENTRY_NAME = f"{APP_ID}.desktop"  # the same name as the package's entry, to shadow it
RUN_VALUE = "hotline-desk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
SYSTEM_AUTOSTART_DIRS = (
    Path("/etc/xdg/autostart"),
    Path("/opt/apps") / APP_ID / "entries" / "autostart",  # the .deb's (UOS layout)
)


def launch_command() -> list[str]:
    """How this installation is started: the frozen executable, the console
    script beside the interpreter, or the interpreter with ``-m``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("hotline-desk")
    if script.exists():
        return [str(script)]
    found = shutil.which("hotline-desk")
    return [found] if found else [sys.executable, "-m", "hotline_desk"]


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


@dataclass(frozen=True)
class XdgAutostart:
    """The user's entry, and the system-wide ones a package may have installed."""

    user_dir: Path
    system_dirs: tuple[Path, ...] = SYSTEM_AUTOSTART_DIRS

    @classmethod
    def for_user(cls) -> XdgAutostart:
        return cls(_config_home() / "autostart")

    @property
    def user_entry(self) -> Path:
        return self.user_dir / ENTRY_NAME

    def _system_entry(self) -> Path | None:
        return next((d / ENTRY_NAME for d in self.system_dirs if (d / ENTRY_NAME).exists()), None)

    def enabled(self) -> bool:
        if self.user_entry.exists():
            return not _hidden(self.user_entry)
        return self._system_entry() is not None

    def enable(self, command: list[str] | None = None) -> None:
        self.user_dir.mkdir(parents=True, exist_ok=True)
        exec_line = " ".join(
            shlex.quote(part) for part in [*(command or launch_command()), "--tray"]
        )
        self.user_entry.write_text(desktop_entry(exec_line), encoding="utf-8")

    def disable(self) -> None:
        if self._system_entry() is not None:  # shadow the package's entry
            self.user_dir.mkdir(parents=True, exist_ok=True)
            self.user_entry.write_text(
                desktop_entry("hotline-desk --tray", hidden=True), encoding="utf-8"
            )
        else:
            self.user_entry.unlink(missing_ok=True)


def _hidden(entry: Path) -> bool:
    lines = entry.read_text(encoding="utf-8", errors="replace").splitlines()
    return any(line.strip().lower() == "hidden=true" for line in lines)


def desktop_entry(exec_line: str, hidden: bool = False) -> str:
    """The autostart entry (it passes desktop-file-validate)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Hotline Desk",
        "Name[zh_CN]=热线工单桌面助手",
        "Comment=12345 hotline work orders: deadlines and alerts",
        "Comment[zh_CN]=12345 热线工单：期限与提醒",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=" + ("false" if hidden else "true"),
    ]
    if hidden:
        lines.append("Hidden=true")
    return "\n".join(lines) + "\n"


def _winreg() -> Any:
    """Windows' registry module (absent elsewhere, so imported when used)."""
    return importlib.import_module("winreg")


class WindowsRunKey:  # pragma: no cover - exercised on the Windows runner
    """The per-user Run key."""

    def enabled(self) -> bool:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, RUN_VALUE)
        except OSError:
            return False
        return True

    def enable(self, command: list[str] | None = None) -> None:
        import subprocess

        winreg = _winreg()

        line = subprocess.list2cmdline([*(command or launch_command()), "--tray"])
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, line)

    def disable(self) -> None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, RUN_VALUE)
        except OSError:
            pass


def platform_autostart() -> XdgAutostart | WindowsRunKey:
    return WindowsRunKey() if sys.platform == "win32" else XdgAutostart.for_user()


def set_autostart(enabled: bool) -> bool:
    """Writes or removes this user's entry; returns whether it is on now."""
    entry = platform_autostart()
    try:
        if enabled:
            entry.enable()
        else:
            entry.disable()
    except OSError as error:
        raise InputError("开机自动启动", "可写入的自动启动位置", str(error)) from None
    return entry.enabled()


def first_start_of_installed_app(decided: bool) -> bool:
    """On by default after installing: an installed (frozen) build's first start
    turns it on unless the user already chose. Returns whether it acted."""
    if decided or not getattr(sys, "frozen", False):
        return False
    set_autostart(True)
    return True


def autostart_enabled() -> bool:
    return platform_autostart().enabled()
