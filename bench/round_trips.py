"""What a distant office server costs each action: statements, round trips,
the GUI thread's longest stall and the time until the window shows the result.

    python bench/round_trips.py --pg postgresql+psycopg://user:pw@localhost/scratch

The database named is filled with a demo office (it should be a scratch one).
Through bench/latency_proxy.py's proxy (``--delay`` ms each way, 15 by default:
a 30 ms round trip) and directly (0 ms), it measures

  cli      ``hotline-desk ticket dispatch`` as a new process: wall time, and
           (counted in-process) statements, transactions, connections, round trips
  window   the main window (offscreen) doing 派单, 反馈 and 回访 on one ticket
           through its forms: statements and round trips of the save, the GUI
           thread's longest stall (a 1 ms heartbeat), and the time from 确定
           until the form has closed and every panel has read again.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from latency_proxy import Proxy  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

NOW = datetime(2026, 9, 30, 9, 0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def via(url: str, port: int) -> str:
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)


def prepare(url: str, count: int) -> list[str]:
    from hotline_desk.services.context import open_context
    from hotline_desk.services.demo import generate
    from hotline_desk.services.tickets import NewTicket, TicketService

    context = open_context(url, NOW, "liqing")
    if TicketService(context).store_is_empty():
        generate(context, 20)
    stamp = f"{time.time():.0f}"
    numbers = []
    for i in range(count):
        number = f"RT{stamp}-{i}"
        TicketService(context).create(
            NewTicket(number=number, kind="help", content=f"路灯不亮 {i}", received_at=NOW,
                      title="路灯不亮", caller_phone="13800001234", city_due_at=datetime(2026, 10, 9, 17, 30))
        )  # fmt: skip
        numbers.append(number)
    context.close()
    return numbers


def cli(url: str, number: str) -> dict[str, Any]:
    from hotline_desk.cli import main
    from hotline_desk.store.statement_count import counting

    argv = ["--db", url, "--operator", "liqing", "--now", "2026-09-30T09:10"]
    action = ["ticket", "dispatch", number, "--unit", "县教育局", "--called"]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hotline_desk", *argv, *action], check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    wall = time.perf_counter() - started
    with counting() as sent:  # the same action in-process, counted (undone by a transfer)
        main([*argv, "ticket", "transfer", number, "--unit", "县教育局"])
    return {"wall": wall, "statements": len(sent.statements), "transactions": sent.transactions,
            "connections": sent.connections, "round_trips": sent.round_trips}  # fmt: skip


def window_actions(url: str, number: str) -> list[dict[str, Any]]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    try:
        from hotline_desk.gui.mainwindow.window import MainWindow
    except ImportError:  # the code before gui/ had subpackages
        from hotline_desk.gui.main_window import MainWindow  # type: ignore[no-redef]
    from hotline_desk.domain.lifecycle import Action
    from hotline_desk.services.context import open_context
    from hotline_desk.store.statement_count import counting

    app = QApplication.instance() or QApplication([])
    context = open_context(url, datetime(2026, 9, 30, 9, 30), "liqing")
    window = MainWindow(context)
    window.load_first_page()
    window.tasks.wait_idle(30_000)
    window.show_ticket(number)
    window.tasks.wait_idle(30_000)
    education = next(i for i, n in window.model.units.items() if n == "县教育局")
    steps = [
        ("派单", Action.DISPATCH, {"unit": education, "call": True}),
        ("反馈", Action.FEEDBACK, {"cause": "线路老化", "actions": "已更换", "result": "handled",
                                  "basis": "《城市照明管理规定》"}),
        ("回访", Action.CALLBACK, {"reached": False}),
    ]  # fmt: skip
    clock = QElapsedTimer()
    beat = {"last": 0, "longest": 0}

    def tick() -> None:
        now = clock.elapsed()
        beat["longest"] = max(beat["longest"], now - beat["last"])
        beat["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(tick)
    results = []
    for label, action, values in steps:
        context.clock.current = context.clock.now().replace(minute=context.clock.now().minute + 5)
        dialog = window.detail.start(action)
        window.tasks.wait_idle(30_000)
        for key, value in values.items():
            dialog.set_value(key, value)
        with counting() as sent:
            clock.start()
            beat["last"], beat["longest"] = 0, 0
            heartbeat.start()
            started = time.perf_counter()
            dialog.accept()
            while dialog.isVisible():
                app.processEvents()
            closed = time.perf_counter() - started
            save = list(sent.statements), sent.transactions
            window.tasks.wait_idle(30_000)
            done = time.perf_counter() - started
            heartbeat.stop()
        if os.environ.get("SHOW_STATEMENTS"):
            print(*save[0], sep="\n   ")
        results.append({"action": label, "save_statements": len(save[0]),
                        "save_transactions": save[1],
                        "save_round_trips": len(save[0]) + 2 * save[1],
                        "statements": len(sent.statements),
                        "transactions": sent.transactions, "round_trips": sent.round_trips,
                        "stall_ms": beat["longest"], "saved_s": closed, "done_s": done,
                        "state": window.detail.labels["state"].text()})  # fmt: skip
    if os.environ.get("SHOW_GUI_TIME"):
        slow = sorted(window.tasks.gui_seconds.items(), key=lambda kv: -kv[1])[:6]
        print("   GUI time per answer:", ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in slow))
    window.close()
    context.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=os.environ.get("HOTLINE_TEST_PG_URL", ""))
    parser.add_argument("--delay", type=float, default=15.0, help="ms each way")
    args = parser.parse_args()
    if not args.pg:
        parser.error("--pg or HOTLINE_TEST_PG_URL: a scratch PostgreSQL database")
    target = make_url(args.pg).port or 5432
    numbers = prepare(args.pg, 4)
    for delay, cli_number, window_number in ((0.0, *numbers[:2]), (args.delay, *numbers[2:])):
        port = free_port()
        with Proxy(port, target, delay):
            url = via(args.pg, port)
            figures = cli(url, cli_number)
            print(f"round trip {2 * delay:.0f} ms")
            print("  cli dispatch: {wall:.2f} s wall (new process), {statements} statements, "
                  "{transactions} transactions, {connections} connections, "
                  "~{round_trips} round trips + connecting".format(**figures))  # fmt: skip
            for step in window_actions(url, window_number):
                print("  window {action}: the save {save_statements} statements, "
                      "{save_transactions} transactions, ~{save_round_trips} round trips; "
                      "with every panel's reading again {statements} statements, "
                      "~{round_trips} round trips; GUI thread longest stall {stall_ms} ms; "
                      "form closed {saved_s:.3f} s, all panels read again {done_s:.3f} s "
                      "({state})".format(**step))  # fmt: skip


if __name__ == "__main__":
    main()
