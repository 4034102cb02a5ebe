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


def _in_database(store, board, stage) -> list[int]:
    return [row.id for row in ops.column_page(store, board.id, stage, limit=100_000)]


def _loaded(model) -> list[int]:
    return [model.card_at(row).id for row in range(model.rowCount())]


def test_a_move_from_a_column_scrolled_far_down_touches_only_the_rows_it_moves(
    store, board, make_window, monkeypatch
):
    """A column loaded 3,000 cards deep is not read again for one move: the card leaves
    its row, lands in the other column where it now sits (or waits for the next page if
    that is below what was loaded), and every column still shows the database's order."""
    add_cards_in_bulk(
        store, board.id, ({"title": f"idea {n}", "stage": STAGES[n % 2]} for n in range(8000))
    )
    window = make_window(store, board)
    deep, other = (window.board_widget.models[stage] for stage in (Stage.STANDARD, Stage.MEET))
    while deep.rowCount() < 3000:
        deep.fetchMore()
    reads = []
    real_page = ops.column_page
    monkeypatch.setattr(
        ops,
        "column_page",
        lambda *args, **kw: reads.append(kw.get("limit")) or real_page(*args, **kw),
    )
    loaded = deep.rowCount()
    moved = deep.card_at(2500).id
    window.controller.move_cards([moved], Stage.MEET, 3)  # into the loaded rows there
    assert reads == []  # neither column read again
    assert moved not in _loaded(deep)
    assert _loaded(other)[3] == moved
    assert _loaded(deep) == _in_database(store, board, Stage.STANDARD)[: loaded - 1]
    below = deep.card_at(100).id
    window.controller.move_cards([below], Stage.MEET, 3500)  # below the rows loaded there
    assert below not in _loaded(other)
    monkeypatch.setattr(ops, "column_page", real_page)
    for model, stage in ((deep, Stage.STANDARD), (other, Stage.MEET)):
        while model.canFetchMore():
            model.fetchMore()
        assert _loaded(model) == _in_database(store, board, stage)


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
