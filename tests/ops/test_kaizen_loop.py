"""Step 2 of the loop and the board's team: who confirmed the standard, who counts, and
how a new version, a new lap and a member leaving start the count over.

On a team server a member confirms for themselves only (the member signed in), so the
tests that confirm for others by name run on SQLite; the rest run on both."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.errors import Conflict, InvalidInput
from kaizen_board.ops.standards import Nudge, card_nudge
from kaizen_board.stages import Stage

M, IMP, R = Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE


def _on_standard(store, board, card: int) -> tuple[int | None, int | None]:
    [row] = [row for row in ops.column_page(store, board.id, M) if row.id == card]
    return row.confirmed, row.team


@pytest.fixture
def card(store, board):
    """A card in Meet the standard, with a standard, owned by Aiko, submitted by Ben."""
    card = ops.add_card(
        store,
        board.id,
        "Torque check",
        standard="Torque to 12 Nm",
        owner="Aiko",
        submitted_by="Ben",
    ).card_id
    ops.move_card(store, card, M)
    return card


def test_whoever_a_card_names_joins_the_team_and_one_removed_stays_out(store, board, card):
    assert ops.current_team(store, board.id) == ["Aiko", "Ben"]
    change = ops.remove_from_team(store, board.id, "ben")
    assert ops.current_team(store, board.id) == ["Aiko"]
    ops.add_card(store, board.id, "Another", submitted_by="Ben")  # named again: still out
    assert ops.current_team(store, board.id) == ["Aiko"]
    [ben] = [m for m in ops.team_of(store, board.id, with_left=True) if m.name == "Ben"]
    assert ben.left_at is not None
    ops.undo(store, change)
    assert ops.current_team(store, board.id) == ["Aiko", "Ben"]
    ops.redo(store, change)
    added = ops.add_to_team(store, board.id, "Ben")  # taken back
    assert ops.current_team(store, board.id) == ["Aiko", "Ben"]
    assert ops.add_to_team(store, board.id, "BEN") is None  # on it already
    ops.undo(store, added)
    assert ops.current_team(store, board.id) == ["Aiko"]
    with pytest.raises(InvalidInput, match="'Zoe' is not on the team"):
        ops.remove_from_team(store, board.id, "Zoe")


def test_a_card_changed_since_it_was_seen_is_not_confirmed(store, board, card):
    seen = ops.card_details(store, card)["version"]
    ops.edit_card(store, card, standard="Torque to 14 Nm")  # elsewhere, meanwhile
    with pytest.raises(Conflict, match="was changed elsewhere since you opened it"):
        ops.confirm_standard(store, card, expected_version=seen)
    assert _on_standard(store, board, card)[0] == 0


@pytest.mark.sqlite_only
def test_the_count_on_the_card_follows_confirmations_and_undo(store, board, card):
    assert _on_standard(store, board, card) == (0, 2)
    change = ops.confirm_standard(store, card, member="Aiko")
    assert _on_standard(store, board, card) == (1, 2)
    assert ops.confirm_standard(store, card, member="aiko") is None  # once a version
    ops.confirm_standard(store, card, member="Ben")
    assert _on_standard(store, board, card) == (2, 2)
    ops.undo(store, change)
    assert _on_standard(store, board, card) == (1, 2)
    confirmations = ops.confirmations_of(store, ops.card_details(store, card))
    assert (confirmations.confirmed, confirmations.missing) == (["Ben"], ["Aiko"])
    ops.redo(store, change)
    assert _on_standard(store, board, card) == (2, 2)
    history = [line.kind for line in ops.card_history(store, card)]
    assert history.count("confirmed") == 2


def test_a_new_version_of_the_standard_starts_the_count_over(store, board, card):
    ops.confirm_standard(store, card)  # the member making the change: joins by confirming
    assert _on_standard(store, board, card) == (1, 3)
    edit = ops.edit_card(store, card, standard="Torque to 12 Nm, then mark it")
    assert _on_standard(store, board, card) == (0, 3)
    ops.undo(store, edit)  # the version confirmed is back, and so is its confirmation
    assert _on_standard(store, board, card) == (1, 3)


@pytest.mark.sqlite_only
def test_a_new_lap_starts_the_count_over(store, board, card):
    ops.confirm_standard(store, card, member="Aiko")
    ops.confirm_standard(store, card, member="Ben")
    for stage in (IMP, R, Stage.STANDARD, M):
        ops.move_card(store, card, stage)
    assert _on_standard(store, board, card) == (0, 2)


@pytest.mark.sqlite_only
def test_a_member_who_left_stops_counting_and_cannot_confirm(store, board, card):
    ops.confirm_standard(store, card, member="Aiko")
    ops.remove_from_team(store, board.id, "Aiko")
    assert _on_standard(store, board, card) == (0, 1)
    with pytest.raises(InvalidInput, match="Aiko left the team"):
        ops.confirm_standard(store, card, member="Aiko")
    ops.add_to_team(store, board.id, "Aiko")  # back: their confirmation counts again
    assert _on_standard(store, board, card) == (1, 2)


@pytest.mark.sqlite_only
def test_someone_new_who_confirms_joins_the_team_and_undo_takes_them_off(store, board, card):
    change = ops.confirm_standard(store, card, by="Chloé")  # Chloé at the keyboard
    assert ops.current_team(store, board.id) == ["Aiko", "Ben", "Chloé"]
    assert _on_standard(store, board, card) == (1, 3)
    ops.undo(store, change)
    assert ops.current_team(store, board.id) == ["Aiko", "Ben"]
    ops.redo(store, change)
    assert _on_standard(store, board, card) == (1, 3)
    # Named on a card since, she stays when her confirmation is undone.
    ops.add_card(store, board.id, "Her idea", submitted_by="Chloé")
    ops.undo(store, change)
    assert ops.current_team(store, board.id) == ["Aiko", "Ben", "Chloé"]


@pytest.mark.sqlite_only
def test_a_member_named_must_be_on_the_team_so_a_typo_makes_nobody_new(store, board, card):
    with pytest.raises(InvalidInput, match="'Aikko' is not on the team of the board 'Kaizen'"):
        ops.confirm_standard(store, card, member="Aikko")
    assert "Aikko" not in ops.member_names(store)
    assert ops.current_team(store, board.id) == ["Aiko", "Ben"]


def test_whoever_joined_by_being_named_leaves_when_that_is_undone(store, board, card):
    typo = ops.edit_card(store, card, owner="Alcie")  # a slip of the keyboard
    assert "Alcie" in ops.current_team(store, board.id)
    ops.undo(store, typo)
    assert ops.current_team(store, board.id) == ["Aiko", "Ben"]
    ops.redo(store, typo)
    assert "Alcie" in ops.current_team(store, board.id)
    visitor = ops.add_card(store, board.id, "A visitor's idea", submitted_by="Visitor")
    ops.undo(store, visitor)
    assert "Visitor" not in ops.current_team(store, board.id)
    # Named on another card too: undoing one change leaves them on the team.
    ops.add_card(store, board.id, "Another", owner="Dana")
    second = ops.add_card(store, board.id, "And another", owner="Dana")
    ops.undo(store, second)
    assert "Dana" in ops.current_team(store, board.id)


def test_an_undone_import_takes_off_the_team_only_whom_it_brought(store, board, tmp_path, clock):
    from datetime import timedelta

    from kaizen_board.transfer.importer import import_board

    ops.add_to_team(store, board.id, "Kenji")  # there before, and named by the file too
    clock.advance(timedelta(minutes=5))
    data = tmp_path / "cards.csv"
    data.write_text("title,owner\nGloves,Kenji\nBins,Yuki\n", encoding="utf-8")
    summary = import_board(store, data)
    assert ops.current_team(store, board.id) == ["Kenji", "Yuki"]
    ops.undo(store, summary.change)
    assert ops.current_team(store, board.id) == ["Kenji"]
    ops.redo(store, summary.change)
    assert ops.current_team(store, board.id) == ["Kenji", "Yuki"]


def test_nothing_to_confirm_without_a_standard(store, board):
    card = ops.add_card(store, board.id, "Unwritten").card_id
    with pytest.raises(InvalidInput, match="no standard written yet"):
        ops.confirm_standard(store, card)


@pytest.mark.sqlite_only
def test_going_on_to_improve_with_members_missing_names_them(store, board, card):
    nudge, row = card_nudge(store, card, IMP, board_id=board.id)
    assert (nudge, row["missing"]) == (Nudge.MEMBERS_MISSING, ["Aiko", "Ben"])
    ops.confirm_standard(store, card, member="Aiko")
    ops.confirm_standard(store, card, member="Ben")
    assert card_nudge(store, card, IMP, board_id=board.id)[0] is None
    assert card_nudge(store, card, Stage.STANDARD, board_id=board.id)[0] is None
