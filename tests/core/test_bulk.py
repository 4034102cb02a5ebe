"""Adding many cards in one go: the same rules and history as one at a time."""

from __future__ import annotations

import pytest

from kaizen_board import metrics, ops
from kaizen_board.errors import InvalidInput
from kaizen_board.ops.bulk import add_cards_in_bulk
from kaizen_board.stages import Stage
from tests.helpers import START, dump, ids_in


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
    # Bulk cards go round the loop like any other.
    ops.move_card(store, standard[1], Stage.RESTANDARDIZE)
    assert metrics.count_between(store, board.id, ops.EventKind.IMPROVED) == 1


def test_one_bad_card_leaves_nothing_added(store, board, db_path):
    ops.add_card(store, board.id, "Already here")
    before = dump(db_path)
    cards = [{"title": "fine"}, {"title": "   "}, {"title": "also fine"}]
    with pytest.raises(InvalidInput, match="the title is empty"):
        add_cards_in_bulk(store, board.id, cards)
    assert dump(db_path) == before
