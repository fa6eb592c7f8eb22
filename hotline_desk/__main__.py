"""``python -m hotline_desk``: the same as the ``hotline-desk`` command."""

import multiprocessing

from hotline_desk.launch import entry

if __name__ == "__main__":  # the demo's worker processes re-import this module
    multiprocessing.freeze_support()
    raise SystemExit(entry())
