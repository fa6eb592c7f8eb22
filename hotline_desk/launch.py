"""The ``hotline-desk`` command: the window, or a sub-command of the CLI.

Above both: the window and the command line are siblings that never import
each other (the layers contract in pyproject.toml says so).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def launch(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from hotline_desk.handover import hand_over

    if hand_over(arguments):  # the window is already open: shown, nothing imported
        return 0
    from hotline_desk.cli.parser import build_parser, parse_window_args

    args = parse_window_args(arguments) or build_parser().parse_args(arguments)
    if args.command is None and getattr(args, "self_test", False):
        from hotline_desk.gui.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from hotline_desk.gui.app import run_gui, show_unexpected_error

        try:
            return run_gui(args, smoke=args.smoke)
        except Exception as error:  # a bug before or after the window: say so, never vanish
            from hotline_desk.log_setup import log_unexpected

            log_unexpected(error)
            if not args.smoke:
                from PySide6.QtWidgets import QApplication

                if QApplication.instance() is not None:
                    show_unexpected_error(type(error).__name__).exec()
            return 1
    from hotline_desk.cli import run

    return run(args)


def entry() -> int:
    """The console script: a second launch hands over at once; else the log
    goes to its file, then :func:`launch`."""
    from hotline_desk.handover import hand_over

    if hand_over(sys.argv[1:]):
        return 0
    from hotline_desk.log_setup import configure_logging

    configure_logging()
    return launch()
