"""``python -m hotline_desk``: the same as the ``hotline-desk`` command."""

import sys

from hotline_desk.launch import entry

if __name__ == "__main__":  # the demo's worker processes re-import this module
    if getattr(sys, "frozen", False):  # a PyInstaller build starts them itself
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(entry())
