"""The lazy queue model: pages from a worker thread, filters, sorting, colours."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool

from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.ticket import UNFINISHED_STATES, TicketKind, TicketState
from hotline_desk.gui.mainwindow.queue_model import (
    KIND_COLUMN,
    PAGE_SIZE,
    REMAINING_COLUMN,
    TicketQueueModel,
)
from hotline_desk.services.demo import generate


@pytest.fixture
def office(sqlite_context):
    sqlite_context.clock.current = datetime(2026, 9, 30, 10, 0)
    generate(sqlite_context, 500, seed=4, recent=120)
    return sqlite_context


def loaded(qtbot, model: TicketQueueModel, query: QueueQuery) -> TicketQueueModel:
    with qtbot.waitSignal(model.count_changed, timeout=5000):
        model.set_query(query)
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    return model


def test_pages_arrive_lazily_and_the_model_passes_the_model_tester(qtbot, qtmodeltester, office):
    model = loaded(qtbot, TicketQueueModel(office), QueueQuery())
    assert model.total == 500
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    qtmodeltester.check(model)
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(set(numbers)) == len(numbers)


def test_filters_sorting_and_the_remaining_time_column(qtbot, office):
    model = TicketQueueModel(office)
    loaded(qtbot, model, QueueQuery(states=sorted(UNFINISHED_STATES)))
    unfinished = model.total
    assert 0 < unfinished < 500
    assert {model.ticket_at(r).state for r in range(model.rowCount())} <= set(UNFINISHED_STATES)
    texts = [model.index(r, REMAINING_COLUMN).data() for r in range(model.rowCount())]
    assert any(t.startswith("逾期") for t in texts)
    assert "下一工作日到期" in texts
    overdue_row = next(r for r, t in enumerate(texts) if t.startswith("逾期"))
    brush = model.index(overdue_row, REMAINING_COLUMN).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#ffcdd2"
    model.sort(2, Qt.SortOrder.DescendingOrder)  # 受理时间, newest first
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=5000)
    received = [model.ticket_at(r).received_at for r in range(model.rowCount())]
    assert received == sorted(received, reverse=True)
    loaded(qtbot, model, QueueQuery(kinds=[TicketKind.COMPLAINT], states=[TicketState.ARCHIVED]))
    assert model.total > 0
    assert all(model.index(r, KIND_COLUMN).data() == "投诉" for r in range(model.rowCount()))


def test_a_page_of_an_earlier_query_is_dropped(qtbot, office):
    model = TicketQueueModel(office)
    model.set_query(QueueQuery(states=[TicketState.ARCHIVED]))
    model.set_query(QueueQuery(states=[TicketState.RECEIVED]))
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert {model.ticket_at(r).state for r in range(model.rowCount())} == {TicketState.RECEIVED}
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_counts_stop_at_the_cap_and_scrolling_goes_on(qtbot, office, monkeypatch):
    from hotline_desk.gui.mainwindow import queue_model

    monkeypatch.setattr(queue_model, "COUNT_CAP", 250)
    model = loaded(qtbot, TicketQueueModel(office), QueueQuery())
    assert model.total == 251 and model.capped  # 500 tickets, counted up to the cap
    for expected in (400, 500):
        model.fetchMore()
        qtbot.waitUntil(lambda e=expected: model.rowCount() == e, timeout=5000)
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert not model.canFetchMore()  # the last page was short: the end


def test_store_count_with_a_cap(office):
    from hotline_desk.store.tickets import TicketStore

    with office.db.session() as session:
        store = TicketStore(session)
        assert store.count(QueueQuery()) == 500
        assert store.count(QueueQuery(), cap=100) == 101
        assert store.count(QueueQuery(search="小区"), cap=10) == 11
        assert store.count(QueueQuery(search="小区")) > 11
