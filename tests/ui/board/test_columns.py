"""The four columns: order, counts, the item model's contract, and huge boards."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from kaizen_board import ops
from kaizen_board.stages import STAGES, Stage
from kaizen_board.ui.board.stage_model import StageModel
from tests.helpers import add_cards_in_bulk
from tests.ui.helpers import shown


def test_the_four_stages_show_left_to_right_with_their_cards_and_counts(store, board, make_window):
    for title in ("One", "Two"):
        ops.add_card(store, board.id, title)
    ops.add_card(store, board.id, "Three", stage=Stage.IMPROVE, owner="Aiko", tags="5S")
    window = make_window(store, board)
    splitter = window.board_widget.splitter
    stages = [splitter.widget(number).stage for number in range(splitter.count())]
    assert stages == list(STAGES)
    headers = [splitter.widget(number).header.text() for number in range(4)]
    assert headers == [
        "<b>Standard</b>&nbsp;&nbsp;2",
        "<b>Meet the standard</b>&nbsp;&nbsp;0",
        "<b>Improve</b>&nbsp;&nbsp;1",
        "<b>Re-standardize</b>&nbsp;&nbsp;0",
    ]
    assert shown(window, Stage.STANDARD) == ["One", "Two"]
    assert shown(window, Stage.IMPROVE) == ["Three"]
    assert "Kaizen" in window.windowTitle()


def test_the_column_model_keeps_the_item_model_contract(qtmodeltester, store, board):
    for number in range(30):
        ops.add_card(store, board.id, f"card {number}", owner="Aiko" if number % 2 else None)
    model = StageModel(store, board.id, Stage.STANDARD, page_size=7)
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    assert model.complete
    assert model.at_top


@pytest.mark.slow
def test_a_board_of_100000_cards_opens_and_scrolls_without_loading_every_row(
    qtbot, store, board, make_window
):
    add_cards_in_bulk(
        store, board.id, ({"title": f"idea {n}", "stage": STAGES[n % 4]} for n in range(100_000))
    )
    window = make_window(store, board)
    column = window.board_widget.columns[Stage.MEET]
    loaded_at_start = column.model.rowCount()
    assert column.model.total == 25_000
    assert column.header.text().endswith("25000")
    assert 0 < loaded_at_start <= column.model.page_size
    assert shown(window, Stage.MEET)[:2] == ["idea 1", "idea 5"]
    bar = column.view.verticalScrollBar()
    for _ in range(3):  # scroll to the bottom: the view asks for the next pages
        bar.setValue(bar.maximum())
        qtbot.wait(10)
    loaded = column.model.rowCount()
    assert loaded_at_start < loaded < 25_000
    assert shown(window, Stage.MEET)[loaded - 1] == f"idea {1 + 4 * (loaded - 1)}"


def test_a_search_counts_its_matches_off_the_windows_thread_and_the_newest_count_wins(
    qtbot, store, board
):
    """A common word matching most of a big board is counted on a thread of its own:
    the column shows its first page at once and "…" for the count; a newer search stops
    the older count, whose number is never shown."""
    from kaizen_board.ops import CardFilter

    add_cards_in_bulk(
        store,
        board.id,
        ({"title": f"idea {n}", "description": "zz" if n % 3 else "yy"} for n in range(6000)),
    )
    model = StageModel(store, board.id, Stage.STANDARD, page_size=10)
    shown_totals = []
    model.total_known.connect(lambda: shown_totals.append(model.total))
    model.set_search(CardFilter.parse("zz"))  # a word too short for the index: a long count
    assert model.total is None  # not counted yet: the window went on at once
    assert model.rowCount() == 10
    model.set_search(CardFilter.parse("yy"))
    qtbot.waitUntil(lambda: bool(shown_totals), timeout=10_000)
    qtbot.wait(200)
    assert shown_totals == [2000]
    assert model.total == 2000
    model.set_search(CardFilter())
    assert model.total == 6000
    model.counting.wait()


def _in_database(store, board, stage) -> list[int]:
    return [row.id for row in ops.column_page(store, board.id, stage, limit=100_000)]


def _loaded(model) -> list[int]:
    return [model.card_at(row).id for row in range(model.rowCount())]


def assert_a_window_of_the_column(model, store, board, stage) -> None:
    """The rows a column holds are a run of the column's cards as stored, in order, with
    nothing missing or twice; at_top and complete say truly whether it begins or ends the
    column."""
    loaded, stored = _loaded(model), _in_database(store, board, stage)
    if not loaded:
        assert stored == [] or not (model.at_top and model.complete)
        return
    start = stored.index(loaded[0])
    assert stored[start : start + len(loaded)] == loaded
    assert model.at_top == (start == 0)
    assert model.complete == (start + len(loaded) == len(stored))


def test_a_move_from_a_column_scrolled_far_down_touches_only_the_rows_it_moves(
    store, board, make_window, monkeypatch
):
    """A column scrolled 3,000 cards deep (holding the last 1,024 read) is not read again
    for one move: the card leaves its row, lands in the other column where it now sits (or
    waits for the next page if that is outside what is held), and every column still
    holds a run of the database's order."""
    add_cards_in_bulk(
        store, board.id, ({"title": f"idea {n}", "stage": STAGES[n % 2]} for n in range(8000))
    )
    window = make_window(store, board)
    deep, other = (window.board_widget.models[stage] for stage in (Stage.STANDARD, Stage.MEET))
    for _ in range(3000 // deep.page_size):
        deep.fetchMore()
    assert not deep.at_top
    assert deep.rowCount() == deep.window_rows
    reads = []
    real_page = ops.column_page
    monkeypatch.setattr(
        ops,
        "column_page",
        lambda *args, **kw: reads.append(kw.get("limit")) or real_page(*args, **kw),
    )
    moved = deep.card_at(500).id
    window.controller.move_cards([moved], Stage.MEET, 3)  # into the loaded rows there
    assert reads == []  # neither column read again
    assert moved not in _loaded(deep)
    assert _loaded(other)[3] == moved
    assert_a_window_of_the_column(deep, store, board, Stage.STANDARD)
    below = deep.card_at(100).id
    window.controller.move_cards([below], Stage.MEET, 3500)  # below the rows loaded there
    assert below not in _loaded(other)
    above = _in_database(store, board, Stage.MEET)[5]
    window.controller.move_cards([above], Stage.STANDARD, 0)  # above the window held
    assert above not in _loaded(deep)
    monkeypatch.setattr(ops, "column_page", real_page)
    for model, stage in ((deep, Stage.STANDARD), (other, Stage.MEET)):
        assert_a_window_of_the_column(model, store, board, stage)
        while model.canFetchMore():
            model.fetchMore()
        assert_a_window_of_the_column(model, store, board, stage)


def test_end_shows_a_long_columns_last_card_at_once_and_scrolling_up_reads_the_pages_above(
    qtbot, store, board, make_window
):
    add_cards_in_bulk(store, board.id, ({"title": f"idea {n}"} for n in range(3000)))
    window = make_window(store, board)
    column = window.board_widget.columns[Stage.STANDARD]
    model, view = column.model, column.view
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().data() == "idea 2999"  # the column's last card
    assert model.rowCount() <= 2 * model.page_size  # not the 3,000 above it
    assert_a_window_of_the_column(model, store, board, Stage.STANDARD)
    bar = view.verticalScrollBar()
    tops = []  # the card at the top of the column each time it reached the rows held
    for _ in range(200):  # scroll up to the top, the page above read each time
        bar.setValue(bar.minimum())
        qtbot.waitUntil(lambda: bar.value() > bar.minimum() or model.at_top)
        tops.append(int(view.indexAt(view.viewport().rect().topLeft()).data().split()[1]))
        assert model.rowCount() <= model.window_rows  # far pages let go of
        if model.at_top:
            break
    assert_a_window_of_the_column(model, store, board, Stage.STANDARD)
    # Each page read above the cards shown leaves them where they were on screen.
    steps = {later - earlier for earlier, later in itertools.pairwise(reversed(tops))}
    assert steps == {model.page_size}
    bar.setValue(bar.minimum())
    assert view.indexAt(view.viewport().rect().topLeft()).data() == "idea 0"
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().data() == "idea 0"
    qtbot.keyClick(view, Qt.Key.Key_End)
    for _ in range(3 * model.page_size):  # Up from the last card, one card at a time
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().data() == f"idea {2999 - 3 * model.page_size}"
    assert_a_window_of_the_column(model, store, board, Stage.STANDARD)


def test_a_window_of_a_column_keeps_the_item_model_contract(qtmodeltester, store, board):
    for number in range(200):
        ops.add_card(store, board.id, f"card {number}")
    model = StageModel(store, board.id, Stage.STANDARD, page_size=8, window_rows=24)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    assert model.rowCount() == 24
    assert model.complete
    assert not model.at_top
    while model.can_fetch_above():
        model.fetch_above()
    assert model.at_top
    assert model.rowCount() == 24
    assert model.card_at(0).title == "card 0"
    qtmodeltester.check(model)  # which fetches more itself, as a view would
    model.show_end()
    qtmodeltester.check(model)
    assert model.card_at(model.rowCount() - 1).title == "card 199"


def test_a_column_whose_ranks_were_renumbered_is_read_again(store, board, make_window):
    """Cards dropped again and again at one place run out of room between two ranks, and
    the column is renumbered: the rows shown then follow the database, not old ranks."""
    add_cards_in_bulk(store, board.id, ({"title": f"idea {n}"} for n in range(200)))
    window = make_window(store, board)
    model = window.board_widget.models[Stage.STANDARD]
    first, second = model.card_at(0).id, model.card_at(1).id
    for _ in range(40):  # each lands between the first two: the gap halves each time
        last = model.card_at(model.rowCount() - 1).id
        window.controller.move_cards([last], Stage.STANDARD, after=first)
        assert _loaded(model) == _in_database(store, board, Stage.STANDARD)[: model.rowCount()]
    assert _loaded(model)[-1] != second
