"""A store's queries go to its own database: two stores in one process, a worker thread."""

from __future__ import annotations

import threading

import pytest

from kaizen_board import ops
from kaizen_board.store import open_store
from kaizen_board.store.binding import NoStore
from kaizen_board.store.models import Card


def titles(store) -> list[str]:
    return [card.title for card in ops.list_cards(store, ops.default_board(store).id)]


def test_two_stores_in_one_process_each_change_their_own_file(tmp_path, clock):
    first = open_store(tmp_path / "first.sqlite", clock=clock)
    second = open_store(tmp_path / "second.sqlite", clock=clock)
    for number in range(3):
        ops.add_card(first, ops.default_board(first).id, f"first {number}")
        ops.add_card(second, ops.default_board(second).id, f"second {number}")
    with first.read():  # one store's block inside another's: the inner one is used
        assert titles(second) == ["second 0", "second 1", "second 2"]
        assert Card.select().count() == 3
    assert titles(first) == ["first 0", "first 1", "first 2"]
    first.close()
    second.close()


def test_a_query_outside_every_store_fails_instead_of_going_anywhere(store, board):
    ops.add_card(store, board.id, "Somewhere")
    with pytest.raises(NoStore, match="outside every store"):
        Card.select().count()


def test_a_worker_thread_reads_its_store_while_the_window_writes_another(tmp_path, clock):
    shown = open_store(tmp_path / "shown.sqlite", clock=clock)
    other = open_store(tmp_path / "other.sqlite", clock=clock)
    for number in range(50):
        ops.add_card(other, ops.default_board(other).id, f"other {number}")
    board = ops.default_board(shown).id
    seen: list[set[str]] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def read_other() -> None:
        try:
            while not stop.is_set():
                seen.append({title.split()[0] for title in titles(other)})
        except BaseException as error:  # reported below, on the test's thread
            failures.append(error)

    worker = threading.Thread(target=read_other)
    worker.start()
    try:
        for number in range(100):
            ops.add_card(shown, board, f"shown {number}")
    finally:
        stop.set()
        worker.join()
    assert failures == []
    assert seen
    assert all(words == {"other"} for words in seen)
    assert len(titles(shown)) == 100
    assert len(titles(other)) == 50
    shown.close()
    other.close()
