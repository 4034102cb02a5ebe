"""Listing a board (`list_cards`, and `list_lines` for the command line): every card in
the board's order, positions as the columns have them, a search, one moment."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.ops.queries import list_lines
from kaizen_board.stages import STAGES, Stage
from kaizen_board.store import open_store
from kaizen_board.store.models import Card


@pytest.fixture
def spread(store, board):
    """Cards in every stage, placed so that neither ids nor stage keys give the order:
    each added at the top of its column, one moved to the middle of another, and two
    given one rank (a column is ordered by rank, then id)."""
    for number in range(12):
        stage = STAGES[number % 4]
        ops.add_card(
            store,
            board.id,
            f"Card {number}",
            stage=stage,
            owner="Aiko" if number % 3 == 0 else None,
            tags="5S" if number % 2 == 0 else "",
        )
        ops.move_card(store, _ids(store, board, stage)[-1], stage, 0)
    moved = _ids(store, board, Stage.MEET)[0]
    ops.move_card(store, moved, Stage.IMPROVE, 1)
    first, second = _ids(store, board, Stage.STANDARD)[:2]
    with store.write():
        rank = Card.get_by_id(first).rank
        Card.update(rank=rank).where(Card.id == second).execute()
    archived = _ids(store, board, Stage.RESTANDARDIZE)[-1]
    ops.archive_card(store, archived)
    return {"archived": archived}


def _ids(store, board, stage, search=None) -> list[int]:
    """A column's cards as the window pages through them."""
    return [card.id for card in ops.column_page(store, board.id, stage, search=search)]


def test_the_listing_is_each_column_in_turn_in_the_order_the_window_shows(store, board, spread):
    listed = list(ops.list_cards(store, board.id))
    expected = [(stage, card_id) for stage in STAGES for card_id in _ids(store, board, stage)]
    assert [(card.stage, card.id) for card in listed] == expected
    for stage in STAGES:
        positions = [card.position for card in listed if card.stage is stage]
        assert positions == list(range(len(positions)))
    assert spread["archived"] not in {card.id for card in listed}
    details = ops.card_details(store, listed[0].id)
    assert (listed[0].entered_stage_at, listed[0].rank) == (
        details["entered_stage_at"],
        details["rank"],
    )
    lines = list(list_lines(store, board.id))
    assert [(position, row[0], row[1]) for position, row in lines] == [
        (card.position, card.id, card.stage.value) for card in listed
    ]
    assert [card.id for card in ops.list_cards(store, board.id, limit=5)] == [
        card.id for card in listed[:5]
    ]
    improve = [card.id for card in ops.list_cards(store, board.id, Stage.IMPROVE)]
    assert improve == _ids(store, board, Stage.IMPROVE)


def test_a_search_finds_what_the_window_finds_each_card_at_its_place_in_its_column(
    store, board, spread
):
    everything = {card.id: card for card in ops.list_cards(store, board.id)}
    for text in ("tag:5S", "@aiko", "card 1", "nothing like it"):
        search = ops.CardFilter.parse(text)
        found = list(ops.list_cards(store, board.id, search=search))
        expected = [card_id for stage in STAGES for card_id in _ids(store, board, stage, search)]
        assert [card.id for card in found] == expected, text
        # The same line as without the search: a card keeps its position in its column.
        assert found == [everything[card.id] for card in found], text
    found = list(list_lines(store, board.id, Stage.STANDARD, search=ops.CardFilter.parse("5S")))
    assert [(position, row[0]) for position, row in found] == [
        (everything[card_id].position, card_id)
        for card_id in _ids(store, board, Stage.STANDARD, ops.CardFilter.parse("5S"))
    ]
    assert found, "the standard column has cards tagged 5S"


def test_archived_cards_are_listed_newest_first_and_searched_alike(store, board, spread, clock):
    from datetime import timedelta

    clock.current += timedelta(hours=1)
    later = _ids(store, board, Stage.MEET)[0]
    ops.archive_card(store, later)
    archived = list(ops.list_cards(store, board.id, archived=True))
    assert [card.id for card in archived] == [later, spread["archived"]]
    assert all(card.position is None and card.archived for card in archived)
    title = ops.card_details(store, later)["title"]
    search = ops.CardFilter.parse(f'"{title}"')
    assert [card.id for card in ops.list_cards(store, board.id, archived=True, search=search)] == [
        later
    ]


def test_a_listing_is_one_moment_though_the_board_changes_while_it_is_read(
    store, board, spread, location, clock
):
    before = [(card.id, card.stage, card.position) for card in ops.list_cards(store, board.id)]
    lines = list_lines(store, board.id)
    taken = [next(lines)]  # the listing has begun, in Standard
    other = open_store(location, clock=clock, member_name="Other desk")
    try:  # another desk moves the last card on the board to the top of the first column
        ops.move_card(other, before[-1][0], Stage.STANDARD, 0)
    finally:
        other.close()
    taken += list(lines)
    assert [(row[0], Stage(row[1]), position) for position, row in taken] == before
    after = [card.id for card in ops.list_cards(store, board.id, Stage.STANDARD)]
    assert after[0] == before[-1][0]  # a new listing sees the move


def test_a_listing_closed_early_leaves_the_store_free_to_write(store, board, spread):
    lines = list_lines(store, board.id)
    next(lines)
    lines.close()
    change = ops.add_card(store, board.id, "Written after the listing")
    assert change.card_id in {card.id for card in ops.list_cards(store, board.id)}


@pytest.mark.sqlite_only
def test_the_listing_walks_each_columns_index_and_sorts_nothing(store, board, spread):
    """At a million cards, sorting the board first kept the first line 4 s away."""
    statements: list[str] = []
    connection = store.database.connection()
    connection.set_trace_callback(statements.append)
    try:
        assert len(list(list_lines(store, board.id))) == 11
    finally:
        connection.set_trace_callback(None)
    reads = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert reads
    for sql in reads:
        plan = " / ".join(row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "TEMP B-TREE" not in plan, (sql, plan)
