"""The demo office shows a newcomer the whole five-confirmations panel at work."""

from __future__ import annotations

import pytest

from hotline_desk.services.demo import generate


@pytest.mark.parametrize(
    "now", ["2026-09-30T10:00", "2026-11-23T13:00", "2026-11-22T20:00", "2027-02-10T09:00"]
)
def test_the_demo_shows_every_one_of_the_five_confirmations_at_work(tmp_path, now):
    from datetime import datetime

    from hotline_desk.domain.clock import FixedClock
    from hotline_desk.services.confirmations import confirmation_counts
    from hotline_desk.services.context import AppContext

    context = AppContext.open(
        f"sqlite:///{tmp_path / 'demo.sqlite3'}", FixedClock(datetime.fromisoformat(now))
    )
    try:
        generate(context, 60)
        counts = {c.confirmation.value: c.count for c in confirmation_counts(context)}
    finally:
        context.close()
    assert all(counts[i] > 0 for i in range(1, 6)), counts
