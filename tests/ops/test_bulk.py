"""Adding many cards in one go: the same rules and history as one at a time."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.reports import metrics
from kaizen_board.stages import Stage
from tests.helpers import START, add_cards_in_bulk, dump, ids_in


def test_bulk_cards_are_appended_with_their_idea_events(store, board):
    first = ops.add_card(store, board.id, "Already here").card_id
    added = add_cards_in_bulk(
        store,
        board.id,
        [
            {
                "title": f"card {n}",
                "stage": Stage.STANDARD if n % 2 else Stage.IMPROVE,
                "tags": "5S, 5s, flow",
            }
            for n in range(7)
        ],
        by="Aiko",
    )
    assert added == 7
    standard = ids_in(store, board.id, Stage.STANDARD)
    assert standard[0] == first
    titles = [card.title for card in ops.list_cards(store, board.id, Stage.STANDARD)]
    assert titles == ["Already here", "card 1", "card 3", "card 5"]
    assert metrics.count_between(store, board.id, ops.EventKind.CREATED) == 8
    card = ops.card_details(store, standard[1])
    assert (card["tags"], card["submitted_by"], card["created_at"]) == ("5S,flow", "Aiko", START)
    [event] = ops.card_history(store, standard[1])
    assert (event.kind, event.member, event.to_stage) == ("created", "Aiko", "standard")
    counts = {stage: ops.column_count(store, board.id, stage) for stage in Stage}
    assert counts == {Stage.STANDARD: 4, Stage.MEET: 0, Stage.IMPROVE: 4, Stage.RESTANDARDIZE: 0}
    # Bulk cards go round the loop like any other.
    ops.move_card(store, standard[1], Stage.RESTANDARDIZE)
    assert metrics.count_between(store, board.id, ops.EventKind.IMPROVED) == 1


def test_one_bad_card_leaves_nothing_added(store, board, db_path):
    ops.add_card(store, board.id, "Already here")
    before = dump(store)
    cards = [{"title": "fine"}, {"title": "   "}, {"title": "also fine"}]
    with pytest.raises(InvalidInput, match="the title is empty"):
        add_cards_in_bulk(store, board.id, cards)
    assert dump(store) == before


def test_bulk_cards_can_carry_the_time_they_were_submitted(store, board):
    from datetime import timedelta

    earlier = START - timedelta(days=30)
    add_cards_in_bulk(store, board.id, [{"title": "Old idea", "created_at": earlier}])
    [card] = ops.list_cards(store, board.id)
    assert ops.card_details(store, card.id)["created_at"] == earlier
    assert ops.card_history(store, card.id)[0].at == earlier


def test_thousands_of_bulk_cards_go_in_statements_of_many_rows_each_kept_by_the_triggers(
    store, board
):
    """More cards than one statement binds (about 1,500 of 20 columns): every card, its
    event, its column's count and its text index entry, whatever statement it came in."""
    from kaizen_board.ops.search import CardFilter

    count = 3_700
    add_cards_in_bulk(
        store,
        board.id,
        (
            {"title": f"Idea {n} kaizen{n:05d}", "stage": Stage.IMPROVE if n % 2 else Stage.MEET}
            for n in range(count)
        ),
    )
    assert metrics.count_between(store, board.id, ops.EventKind.CREATED) == count
    assert ops.column_count(store, board.id, Stage.IMPROVE) == count // 2
    assert ops.column_count(store, board.id, Stage.MEET) == count - count // 2
    for n in (0, 1_499, 1_500, 3_000, count - 1):
        search = CardFilter.parse(f"kaizen{n:05d}")
        stage = Stage.IMPROVE if n % 2 else Stage.MEET
        [card] = ops.column_page(store, board.id, stage, search=search)
        assert card.title == f"Idea {n} kaizen{n:05d}"


@pytest.mark.sqlite_only  # a bulk fill writes rows first on SQLite only (store/bulk_load.py)
def test_a_bulk_fill_whose_events_it_was_not_told_of_counts_them_from_the_events(store, board):
    """A new database's rows written first (store.bulk_load): the events' running totals
    are what the triggers would have kept even for events written past the fill's count."""
    from kaizen_board.store import bulk_load

    with store.write(), bulk_load.rows_first(store) as fill:
        assert fill is not None  # not told of the events add_cards_in_bulk writes
        add_cards_in_bulk(store, board.id, [{"title": f"card {n}"} for n in range(30)])
    assert fill.events == 0
    assert metrics.count_between(store, board.id, ops.EventKind.CREATED) == 30
    [(tallied,)] = store.database.execute_sql("SELECT SUM(events) FROM event_tally").fetchall()
    assert tallied == 30
    assert ops.column_count(store, board.id, Stage.STANDARD) == 30
