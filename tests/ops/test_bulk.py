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
