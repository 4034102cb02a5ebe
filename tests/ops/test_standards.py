"""The loop's two written moments: which moves are nudged, and a standard written with
its move in one change."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.ops.standards import Nudge, card_nudge, move_writing, nudge_for
from kaizen_board.stages import Stage

S, M, IMP, R = Stage.STANDARD, Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE


@pytest.mark.parametrize(
    ("current", "standard", "target", "nudge"),
    [
        (S, "", M, Nudge.NO_STANDARD),
        (S, "  \n", IMP, Nudge.NO_STANDARD),
        (S, "Torque to 12 Nm", M, None),
        (M, "", IMP, None),  # past step 1: said once, not at every move
        (IMP, "Torque to 12 Nm", R, Nudge.NEW_STANDARD),
        (S, "", R, Nudge.NEW_STANDARD),
        (R, "x", S, None),  # the next lap starts from the standard written
        (R, "x", R, None),
    ],
)
def test_which_moves_are_nudged(current, standard, target, nudge):
    assert nudge_for(current, standard, target) == nudge


def test_a_standard_written_with_its_move_is_one_change_to_undo(store, board):
    card = ops.add_card(store, board.id, "Glove bins", standard="One big bin").card_id
    ops.move_card(store, card, IMP)
    assert card_nudge(store, card, R, board_id=board.id)[0] is Nudge.NEW_STANDARD
    changes = move_writing(store, [card], R, standards={card: "Two bins"}, board_id=board.id)
    assert [change.kind for change in changes] == ["edited", "improved"]
    details = ops.card_details(store, card)
    assert (details["stage"], details["standard"], details["improvements"]) == (R, "Two bins", 1)
    assert [text for _, _, text in ops.standard_revisions(store, card)] == ["One big bin"]
    for change in reversed(changes):
        ops.undo(store, change)
    details = ops.card_details(store, card)
    assert (details["stage"], details["standard"], details["improvements"]) == (
        IMP,
        "One big bin",
        0,
    )
    assert ops.standard_revisions(store, card) == []


def test_the_column_page_says_what_the_loop_misses(store, board):
    from kaizen_board.ops.rows import NEW_STANDARD, NO_STANDARD

    def note(card: int, stage: Stage) -> str | None:
        [row] = [row for row in ops.column_page(store, board.id, stage) if row.id == card]
        return row.standard_note

    skipped = ops.add_card(store, board.id, "Skipped step 1").card_id
    ops.move_card(store, skipped, M)
    assert note(skipped, M) == NO_STANDARD
    written = ops.add_card(store, board.id, "Written", standard="One bin").card_id
    assert note(written, S) is None
    ops.move_card(store, written, R)
    assert note(written, R) == NEW_STANDARD  # improved, its standard as it was
    ops.edit_card(store, written, standard="Two bins")
    assert note(written, R) is None
    ops.move_card(store, written, S)  # the next lap: the new standard is the baseline
    assert note(written, S) is None
    ops.edit_card(store, skipped, standard="Now written")
    assert note(skipped, M) is None
