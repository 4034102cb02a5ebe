"""The four columns: order, counts, the item model's contract, and huge boards."""

from __future__ import annotations

import pytest

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
