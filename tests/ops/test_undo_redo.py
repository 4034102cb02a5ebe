"""Undo and redo in the core: redo replays the recorded change (same card, same id, same
event), undo is its exact inverse, and neither loses another writer's change."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kaizen_board import ops
from kaizen_board.errors import Conflict
from kaizen_board.ops import EventKind
from kaizen_board.reports import metrics
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.store.models import Card
from tests.helpers import dump, ids_in


def events(store, card_id: int) -> list[tuple]:
    return [
        (line.kind, line.from_stage, line.to_stage) for line in ops.card_history(store, card_id)
    ]


def test_redo_after_undoing_a_new_card_brings_back_the_same_card_and_its_moves(
    store, board, db_path, clock
):
    ops.add_card(store, board.id, "Before")
    added = ops.add_card(store, board.id, "Shadow board", owner="Aiko", tags="5S")
    clock.advance(timedelta(minutes=5))
    moved = ops.move_card(store, added.card_id, Stage.MEET)
    done = dump(store)
    ops.undo(store, moved)
    ops.undo(store, added)
    assert ids_in(store, board.id, Stage.STANDARD) == [added.card_id - 1]
    clock.advance(timedelta(hours=1))
    ops.redo(store, added)
    ops.redo(store, moved)
    assert dump(store) == done  # the same card, the same id, the same events and times
    assert ids_in(store, board.id, Stage.MEET) == [added.card_id]


def test_redo_of_an_edit_brings_back_its_standard_revision(store, board, db_path):
    card_id = ops.add_card(store, board.id, "Changeover", standard="From memory").card_id
    edit = ops.edit_card(store, card_id, standard="Checklist", title="Changeover press 4")
    done = dump(store)
    ops.undo(store, edit)
    assert ops.standard_revisions(store, card_id) == []
    ops.redo(store, edit)
    assert dump(store) == done
    assert [text for _, _, text in ops.standard_revisions(store, card_id)] == ["From memory"]


def test_redo_of_a_delete_deletes_the_card_and_its_revisions_again(store, board, db_path):
    card_id = ops.add_card(store, board.id, "Spill kit", standard="In the workshop").card_id
    ops.edit_card(store, card_id, standard="By the door")
    deleted = ops.delete_card(store, card_id)
    done = dump(store)
    ops.undo(store, deleted)
    assert len(ops.standard_revisions(store, card_id)) == 1
    ops.redo(store, deleted)
    assert dump(store) == done


def test_redo_of_a_move_into_restandardize_counts_the_improvement_again(store, board):
    card_id = ops.add_card(store, board.id, "Two bins", stage=Stage.IMPROVE).card_id
    move = ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    assert move.kind is EventKind.IMPROVED
    ops.undo(store, move)
    assert metrics.count_between(store, board.id, EventKind.IMPROVED) == 0
    ops.redo(store, move)
    assert metrics.count_between(store, board.id, EventKind.IMPROVED) == 1
    assert ops.card_details(store, card_id)["improvements"] == 1


def test_redo_is_refused_when_another_writer_changed_the_card_since_the_undo(
    store, board, db_path, clock
):
    card_id = ops.add_card(store, board.id, "Label bins").card_id
    move = ops.move_card(store, card_id, Stage.MEET)
    ops.undo(store, move)
    other = open_store(store.location, clock=clock, member_name="Kenji")
    ops.edit_card(other, card_id, title="Label bins by size")
    other.close()
    before = dump(store)
    with pytest.raises(Conflict, match="changed elsewhere since this change was undone"):
        ops.redo(store, move)
    assert dump(store) == before


def test_redo_of_an_add_is_refused_when_the_card_exists_again(store, board, db_path):
    added = ops.add_card(store, board.id, "Spill kit")
    ops.undo(store, added)
    ops.redo(store, added)
    before = dump(store)
    with pytest.raises(Conflict):
        ops.redo(store, added)
    assert dump(store) == before


def test_undo_puts_a_card_beside_the_one_that_took_its_rank_never_on_it(
    store, board, db_path, clock
):
    first = ops.add_card(store, board.id, "First").card_id  # rank 0
    ops.add_card(store, board.id, "Second")
    move = ops.move_card(store, first, Stage.MEET)
    # Another writer adds a card at the top, which takes the rank the first one left.
    other = open_store(store.location, clock=clock, member_name="Kenji")
    newcomer = ops.add_card(other, board.id, "Newcomer", index=0).card_id
    other.close()
    ops.undo(store, move)
    with store.read():
        ranks = [
            rank
            for (rank,) in Card.select(Card.rank)
            .where((Card.board == board.id) & (Card.stage == "standard"))
            .tuples()
        ]
    assert len(ranks) == len(set(ranks)) == 3
    assert ids_in(store, board.id, Stage.STANDARD)[:2] == [newcomer, first]


def test_reordering_inside_restandardize_counts_no_improvement(store, board):
    ids = [ops.add_card(store, board.id, title, stage=Stage.IMPROVE).card_id for title in "ABC"]
    for card_id in ids:
        ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    assert metrics.count_between(store, board.id, EventKind.IMPROVED) == 3
    change = ops.reorder_card(store, ids[2], 0)
    assert change.kind is EventKind.REORDERED
    ops.move_cards(store, [ids[0], ids[1]], Stage.RESTANDARDIZE, 0)
    assert metrics.count_between(store, board.id, EventKind.IMPROVED) == 3
    assert [ops.card_details(store, card_id)["improvements"] for card_id in ids] == [1, 1, 1]
    assert events(store, ids[2])[-1] == ("reordered", "restandardize", "restandardize")


def board_state(store, board_id: int) -> tuple:
    """What a user sees of a board: each column's cards in order, and every event."""
    columns = {
        stage: [(c.id, c.title, c.lap) for c in ops.list_cards(store, board_id, stage)]
        for stage in Stage
    }
    history = [
        (
            card_id,
            [(e.kind, e.from_stage, e.to_stage, e.at) for e in ops.card_history(store, card_id)],
        )
        for cards in columns.values()
        for card_id, _, _ in cards
    ]
    return columns, history


def test_an_import_undone_and_redone_brings_back_the_same_cards_and_events(store, board, tmp_path):
    from kaizen_board.transfer.importer import import_board

    ops.add_card(store, board.id, "Already here")
    before = board_state(store, board.id)
    path = tmp_path / "ideas.csv"
    path.write_text("title,stage\nShadow board,improve\nTwo bins,\nSpill kit,meet\n")
    change = import_board(store, path).change
    imported = board_state(store, board.id)
    assert len(imported[1]) == 4
    ops.undo(store, change)
    assert board_state(store, board.id) == before
    ops.redo(store, change)
    assert board_state(store, board.id) == imported  # the same ids, the same events
    ops.undo(store, change)
    assert board_state(store, board.id) == before


def test_a_wip_limit_and_a_board_renamed_are_undone_and_redone(store, board):
    limit = ops.set_wip_limit(store, board.id, Stage.IMPROVE, 3)
    renamed = ops.rename_board(store, board.id, "Line 4")
    ops.undo(store, renamed)
    ops.undo(store, limit)
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] is None
    assert ops.list_boards(store)[0].name == board.name
    ops.redo(store, limit)
    ops.redo(store, renamed)
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] == 3
    assert ops.list_boards(store)[0].name == "Line 4"
