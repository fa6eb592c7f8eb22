"""Guards against a broken Qt binding release.

PySide6 6.12.0 drops a reference to ``True`` on every signal emission, so a
long session aborts with "bool_dealloc: deallocating True or False". The
dependency pin keeps it out; this test fails if a release with that bug is
installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_signal_emission_keeps_the_reference_counts_of_true(qapp):
    emitter = _Emitter()
    received: list[object] = []
    emitter.plain.connect(lambda: received.append(None))
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.plain.emit()
        emitter.carrying.emit([True, False])
    assert len(received) == 100
    assert sys.getrefcount(True) >= before - 2  # a little slack for the interpreter's own use
