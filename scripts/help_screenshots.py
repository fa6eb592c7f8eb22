"""Regenerates the manual's screenshots (resources/help/images/) from the real
window, so that they follow the UI: the demo office on a 1366×768 screen.

    python scripts/help_screenshots.py [--language zh_CN|en] [--scale 1.25]

Runs offscreen with a screen of that size (no display needed)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "help" / "images"


def _shoot(language: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from hotline_desk.domain.clock import FixedClock
    from hotline_desk.domain.lifecycle import Action
    from hotline_desk.gui.mainwindow.window import MainWindow
    from hotline_desk.gui.qt.i18n import install_language
    from hotline_desk.services.context import AppContext
    from hotline_desk.services.demo import generate
    from hotline_desk.services.staff import list_staff

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, language)
    folder = tempfile.mkdtemp(prefix="help-shots-")
    context = AppContext.open(
        f"sqlite:///{folder}/demo.sqlite3", FixedClock(datetime(2026, 9, 30, 10, 0))
    )
    generate(context, 60, seed=12345)
    context.operator = next(m.login for m in list_staff(context) if m.role == "operator")
    window = MainWindow(context)
    window.load_first_page()
    window.show()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()
        window.tasks.wait_idle(15_000)
        for _ in range(10):
            app.processEvents()

    settle()
    suffix = "" if language == "zh_CN" else f"-{language}"
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"main-window{suffix}.png"))
    dialog = window.new_ticket()
    settle()
    dialog.grab().save(str(OUT / f"new-ticket{suffix}.png"))
    dialog.done(0)
    for action, name in ((Action.DISPATCH, "dispatch"), (Action.CALLBACK, "callback")):
        for row in range(window.model.rowCount()):
            ticket = window.model.ticket_at(row)
            window.show_ticket(ticket.number)
            settle()
            if window.detail.can(action):
                form = window.detail.start(action)
                if action is Action.DISPATCH:
                    form.set_value("unit", form.widgets["unit"].itemData(0))
                settle()
                form.grab().save(str(OUT / f"{name}{suffix}.png"))
                form.done(0)
                break
    window.close()
    context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--shoot", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.shoot:
        _shoot(args.language)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        screen = Path(folder) / "screen.json"
        screen.write_text(json.dumps({"screens": [
            {"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
             "logicalBaseDpi": 96, "dpr": 1.0}
        ], "windowFrameMargins": False}))  # fmt: skip
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
            "QT_SCALE_FACTOR": args.scale,
            "HOTLINE_DESK_TRAIL_KEYS": str(Path(folder) / "keys"),
            "HOTLINE_DESK_LOG": "-",
            "HOME": folder,  # no layout remembered from the user's own window
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        command = [sys.executable, __file__, "--shoot", "--language", args.language]
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main())
