"""Moving cards round the loop: places, laps, improvements, undo and refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kaizen_board import ops
from kaizen_board.errors import Conflict, InvalidInput
from kaizen_board.ops import EventKind
from kaizen_board.ops.ranks import RANK_GAP
from kaizen_board.reports import metrics
from kaizen_board.stages import Stage
from tests.helpers import START, dump, ids_in


def improvements(store, board) -> int:
    return metrics.count_between(store, board.id, EventKind.IMPROVED)


@pytest.fixture
def three(store, board) -> list[int]:
    return [ops.add_card(store, board.id, title).card_id for title in ("A", "B", "C")]


def test_a_card_lands_at_the_index_asked_for_in_another_stage(store, board, three):
    a, b, c = three
    ops.move_card(store, a, Stage.MEET)
    ops.move_card(store, b, Stage.MEET)
    ops.move_card(store, c, Stage.MEET, 1)
    assert ids_in(store, board.id, Stage.MEET) == [a, c, b]
    assert ids_in(store, board.id, Stage.STANDARD) == []
    assert [card.position for card in ops.list_cards(store, board.id, Stage.MEET)] == [0, 1, 2]


def test_reordering_within_a_stage(store, board, three):
    a, b, c = three
    change = ops.reorder_card(store, c, 0)
    assert change is not None
    assert change.kind is EventKind.REORDERED
    assert ids_in(store, board.id, Stage.STANDARD) == [c, a, b]
    ops.reorder_card(store, c, 2)
    assert ids_in(store, board.id, Stage.STANDARD) == [a, b, c]
    ops.reorder_card(store, a, 1)
    assert ids_in(store, board.id, Stage.STANDARD) == [b, a, c]
    assert ops.card_details(store, a)["position"] == 1


def test_a_move_to_where_the_card_already_is_records_nothing(store, board, three, db_path):
    before = dump(store)
    assert ops.reorder_card(store, three[1], 1) is None
    assert ops.move_card(store, three[2], Stage.STANDARD) is None
    assert dump(store) == before


def test_a_move_records_its_event_with_time_member_and_stages(store, board, three, clock):
    clock.advance(timedelta(minutes=5))
    ops.move_card(store, three[0], "Meet the standard")
    event = ops.card_history(store, three[0])[-1]
    assert (event.kind, event.from_stage, event.to_stage, event.member, event.at) == (
        "moved",
        "standard",
        "meet",
        "Tester",  # the member acting (on a team server, the role signed in)
        START + timedelta(minutes=5),
    )
    card = ops.card_details(store, three[0])
    assert card["entered_stage_at"] == START + timedelta(minutes=5)
    assert card["version"] == 2


@pytest.mark.sqlite_only  # a team server records the role signed in: test_postgresql.py
def test_on_a_desktop_file_a_change_is_recorded_for_the_member_named(store, board, three):
    ops.move_card(store, three[0], Stage.MEET, by="Kenji")
    assert ops.card_history(store, three[0])[-1].member == "Kenji"


def test_the_loop_wraps_into_the_next_lap_and_counts_one_improvement_per_lap(store, board):
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    for stage in (Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE):
        ops.move_card(store, card_id, stage)
    assert improvements(store, board) == 1
    # Back to Improve and in again, in the same lap: not a second improvement.
    ops.move_card(store, card_id, Stage.IMPROVE)
    change = ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    assert change.kind is EventKind.MOVED
    assert improvements(store, board) == 1
    ops.move_card(store, card_id, Stage.STANDARD)
    card = ops.card_details(store, card_id)
    assert (card["lap"], card["improvements"]) == (2, 1)
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    assert improvements(store, board) == 2
    assert ops.card_details(store, card_id)["improvements"] == 2


def test_moving_back_to_standard_from_another_stage_is_not_a_new_lap(store, board):
    card_id = ops.add_card(store, board.id, "Idea").card_id
    ops.move_card(store, card_id, Stage.IMPROVE)
    ops.move_card(store, card_id, Stage.STANDARD)
    assert ops.card_details(store, card_id)["lap"] == 1


def test_a_card_created_in_restandardize_is_not_an_improvement(store, board):
    ops.add_card(store, board.id, "Imported", stage=Stage.RESTANDARDIZE)
    assert improvements(store, board) == 0


def test_an_improvement_is_credited_to_the_owner_with_its_lead_time(store, board, clock):
    card_id = ops.add_card(store, board.id, "Kit parts", owner="Priya").card_id
    clock.advance(timedelta(days=3))
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)  # moved by Tester
    counts = {row.name: row for row in metrics.member_counts(store, board.id)}
    assert counts["Priya"].improvements == 1
    assert counts["Tester"].improvements == 0
    assert metrics.lead_times(store, board.id).median == timedelta(days=3)


def test_undoing_the_move_into_restandardize_uncounts_the_improvement(store, board, three):
    a, b, c = three
    ops.move_card(store, a, Stage.RESTANDARDIZE)
    ops.move_card(store, b, Stage.RESTANDARDIZE)
    change = ops.move_card(store, c, Stage.RESTANDARDIZE, 0)
    assert improvements(store, board) == 3
    ops.undo(store, change)
    assert improvements(store, board) == 2
    assert ids_in(store, board.id, Stage.STANDARD) == [c]
    assert ids_in(store, board.id, Stage.RESTANDARDIZE) == [a, b]
    card = ops.card_details(store, c)
    assert (card["improvements"], card["stage"]) == (0, Stage.STANDARD)
    # Done again, it counts again.
    ops.move_card(store, c, Stage.RESTANDARDIZE)
    assert improvements(store, board) == 3


def test_undoing_a_lap_wrap_goes_back_to_the_previous_lap(store, board):
    card_id = ops.add_card(store, board.id, "Idea", stage=Stage.RESTANDARDIZE).card_id
    change = ops.move_card(store, card_id, Stage.STANDARD)
    assert ops.card_details(store, card_id)["lap"] == 2
    ops.undo(store, change)
    card = ops.card_details(store, card_id)
    assert (card["lap"], card["stage"]) == (1, Stage.RESTANDARDIZE)


def test_undoing_a_move_puts_the_card_back_at_its_old_place(store, board, three):
    a, b, c = three
    change = ops.move_card(store, b, Stage.IMPROVE)
    ops.undo(store, change)
    assert ids_in(store, board.id, Stage.STANDARD) == [a, b, c]
    assert [e.kind for e in ops.card_history(store, b)] == ["created"]


def test_undo_is_refused_when_the_card_changed_since(store, board, three, db_path):
    change = ops.move_card(store, three[0], Stage.IMPROVE)
    ops.edit_card(store, three[0], title="Changed by someone else")
    before = dump(store)
    with pytest.raises(Conflict, match="not undone"):
        ops.undo(store, change)
    assert dump(store) == before


@pytest.mark.parametrize(
    ("stage", "index", "reason"),
    [
        ("sideways", None, "unknown stage 'sideways'"),
        (Stage.MEET, 1, "position 1 is out of range: Meet the standard has 0 other cards"),
        (Stage.STANDARD, 3, "positions go from 0 to 2"),
        (Stage.STANDARD, -1, "positions start at 0"),
    ],
)
def test_a_bad_move_is_refused_and_nothing_changes(
    store, board, three, db_path, stage, index, reason
):
    before = dump(store)
    with pytest.raises(InvalidInput, match=reason):
        ops.move_card(store, three[0], stage, index)
    assert dump(store) == before


def test_a_card_of_another_board_is_refused(store, board, db_path):
    other = ops.create_board(store, "Office").board
    card_id = ops.add_card(store, other.id, "Invoice approval").card_id
    before = dump(store)
    with pytest.raises(InvalidInput, match="card #.* is on board 'Office', not on 'Kaizen'"):
        ops.move_card(store, card_id, Stage.IMPROVE, board_id=board.id)
    assert dump(store) == before


def test_archiving_takes_a_card_off_and_restoring_puts_it_back_in_place(store, board, three):
    a, b, c = three
    ops.archive_card(store, b)
    assert ids_in(store, board.id, Stage.STANDARD) == [a, c]
    assert [card.id for card in ops.list_cards(store, board.id, archived=True)] == [b]
    with pytest.raises(InvalidInput, match="archived"):
        ops.move_card(store, b, Stage.IMPROVE)
    ops.restore_card(store, b)
    assert ids_in(store, board.id, Stage.STANDARD) == [a, b, c]


def test_restoring_after_the_stage_changed_keeps_the_old_neighbour(store, board, three):
    a, b, c = three
    ops.archive_card(store, b)
    d = ops.add_card(store, board.id, "D", index=1).card_id  # takes b's old place
    ops.restore_card(store, b)
    assert ids_in(store, board.id, Stage.STANDARD) == [a, d, b, c]


def test_undoing_an_archive_brings_the_card_back(store, board, three):
    change = ops.archive_card(store, three[1])
    ops.undo(store, change)
    assert ids_in(store, board.id, Stage.STANDARD) == three
    assert [e.kind for e in ops.card_history(store, three[1])] == ["created"]


def test_many_inserts_at_one_place_keep_order_by_respacing(store, board):
    first = ops.add_card(store, board.id, "first").card_id
    last = ops.add_card(store, board.id, "last").card_id
    inserted = []
    for number in range(70):  # far more halvings than one gap allows
        inserted.append(ops.add_card(store, board.id, f"n{number}", index=1).card_id)
    assert ids_in(store, board.id, Stage.STANDARD) == [first, *reversed(inserted), last]
    ranks = [
        rank
        for (rank,) in store.database.execute_sql(
            "SELECT rank FROM card WHERE stage = 'standard' ORDER BY rank"
        )
    ]
    assert len(set(ranks)) == len(ranks)
    assert min(b - a for a, b in zip(ranks, ranks[1:], strict=False)) >= 1
    assert max(ranks) < 100 * RANK_GAP


def test_several_cards_land_together_in_the_order_given(store, board, three):
    a, b, c = three
    d = ops.add_card(store, board.id, "D", stage=Stage.IMPROVE).card_id
    e = ops.add_card(store, board.id, "E", stage=Stage.IMPROVE).card_id
    changes = ops.move_cards(store, [c, a], Stage.IMPROVE, 1)
    assert ids_in(store, board.id, Stage.IMPROVE) == [d, c, a, e]
    assert ids_in(store, board.id, Stage.STANDARD) == [b]
    assert [change.card_id for change in changes] == [c, a]
    for change in reversed(changes):
        ops.undo(store, change)
    assert ids_in(store, board.id, Stage.STANDARD) == [a, b, c]
    assert ids_in(store, board.id, Stage.IMPROVE) == [d, e]


def test_a_group_counts_each_improvement_and_can_be_reordered_in_its_stage(store, board, three):
    a, b, c = three
    changes = ops.move_cards(store, [a, b, c], Stage.RESTANDARDIZE)
    assert [change.kind for change in changes] == [EventKind.IMPROVED] * 3
    ops.move_cards(store, [c, b], Stage.RESTANDARDIZE, 0)
    assert ids_in(store, board.id, Stage.RESTANDARDIZE) == [c, b, a]


def test_a_group_already_in_place_records_nothing(store, board, three, db_path):
    before = dump(store)
    assert ops.move_cards(store, [three[1], three[2]], Stage.STANDARD, 1) == []
    assert dump(store) == before
    assert ops.move_cards(store, [three[2], three[1]], Stage.STANDARD, 1) != []


def test_cards_land_just_below_or_above_a_card_named_as_their_place(store, board):
    a, b, c, d = (ops.add_card(store, board.id, t).card_id for t in "ABCD")
    x = ops.add_card(store, board.id, "X", stage=Stage.MEET).card_id
    ops.move_cards(store, [a, b], Stage.STANDARD, after=c)  # the group skips itself
    assert ids_in(store, board.id, Stage.STANDARD) == [c, a, b, d]
    ops.move_cards(store, [d], Stage.STANDARD, before=c)
    assert ids_in(store, board.id, Stage.STANDARD) == [d, c, a, b]
    ops.move_cards(store, [b], Stage.MEET, before=x)
    assert ids_in(store, board.id, Stage.MEET) == [b, x]
    assert ops.move_cards(store, [c, a], Stage.STANDARD, after=d) == []  # already there


def test_a_place_by_a_card_elsewhere_is_refused(store, board, db_path):
    a = ops.add_card(store, board.id, "A").card_id
    other = ops.add_card(store, board.id, "Other", stage=Stage.IMPROVE).card_id
    before = dump(store)
    with pytest.raises(InvalidInput, match=f"card #{other} is not a card of Meet the standard"):
        ops.move_cards(store, [a], Stage.MEET, after=other)
    with pytest.raises(InvalidInput, match=f"card #{a} is not a card of Standard"):
        ops.move_cards(store, [a], Stage.STANDARD, after=a)
    assert dump(store) == before
