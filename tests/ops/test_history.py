"""A card's history, as events and in the words the card editor lists them."""

from __future__ import annotations

from kaizen_board import ops
from kaizen_board.ops.fields import tags_for_editing
from kaizen_board.ops.history import detail_in_words, what_happened
from kaizen_board.stages import Stage


def test_each_event_of_a_card_is_said_in_words(store, board):
    ops.add_card(store, board.id, "Another card")
    card_id = ops.add_card(store, board.id, "Shadow board", stage=Stage.IMPROVE).card_id
    ops.edit_card(store, card_id, title="Shadow board, line 2", description="Where")
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    ops.move_card(store, card_id, Stage.STANDARD)
    ops.reorder_card(store, card_id, 0)
    lines = ops.card_history(store, card_id)
    assert [what_happened(line) for line in lines] == [
        "created",
        "edited",
        "improved: moved Improve → Re-standardize",
        "moved Re-standardize → Standard",
        "reordered",
    ]
    assert (
        detail_in_words(lines[1].detail)
        == "title: Shadow board → Shadow board, line 2; description"
    )


def test_tags_are_edited_as_a_comma_list_and_read_back_the_same(store, board):
    card_id = ops.add_card(store, board.id, "Tags", tags="5S,  safety ,5s").card_id
    shown = tags_for_editing(ops.card_details(store, card_id)["tags"])
    assert shown == "5S, safety"
    assert ops.edit_card(store, card_id, tags=shown) is None
