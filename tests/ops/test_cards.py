"""Creating, editing and deleting cards: rules, events, revisions, and refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kaizen_board import ops
from kaizen_board.errors import Conflict, InvalidInput, NotFound
from kaizen_board.ops.fields import TITLE_MAX
from kaizen_board.stages import Stage
from tests.helpers import START, dump, ids_in


def test_a_title_alone_makes_a_card_at_the_end_of_standard(store, board):
    first = ops.add_card(store, board.id, "Shadow board for wrenches")
    second = ops.add_card(store, board.id, "  Two-bin kanban  ")
    card = ops.card_details(store, second.card_id)
    assert card["title"] == "Two-bin kanban"
    assert card["stage"] is Stage.STANDARD
    assert card["lap"] == 1
    assert card["submitted_by"] == "Tester"
    assert card["created_at"] == START
    assert ids_in(store, board.id, Stage.STANDARD) == [first.card_id, second.card_id]


def test_creating_records_an_idea_event_credited_to_the_submitter(store, board):
    change = ops.add_card(store, board.id, "Label the bins", submitted_by="Aiko")
    [event] = ops.card_history(store, change.card_id)
    assert (event.kind, event.member, event.to_stage, event.at) == (
        "created",
        "Tester",  # who wrote it down, not whose idea it is
        "standard",
        START,
    )
    card = ops.card_details(store, change.card_id)
    assert card["submitted_by"] == "Aiko"


def test_a_card_can_be_created_at_a_position_in_any_stage(store, board):
    bottom = ops.add_card(store, board.id, "Bottom", stage=Stage.IMPROVE).card_id
    top = ops.add_card(store, board.id, "Top", stage=Stage.IMPROVE, index=0).card_id
    middle = ops.add_card(store, board.id, "Middle", stage=Stage.IMPROVE, index=1).card_id
    assert ids_in(store, board.id, Stage.IMPROVE) == [top, middle, bottom]


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("", "the title is empty"),
        ("   \t ", "the title is empty"),
        ("x" * (TITLE_MAX + 1), f"at most {TITLE_MAX} fit"),
        ("line one\nline two", "control character"),
        ("nul\x00byte", "control character"),
        ("lone \udcff surrogate", "a character that is not text"),
    ],
)
def test_a_bad_title_is_refused_and_nothing_is_stored(store, board, db_path, title, reason):
    ops.add_card(store, board.id, "Already here")
    before = dump(store)
    with pytest.raises(InvalidInput, match=reason):
        ops.add_card(store, board.id, title)
    assert dump(store) == before


def test_a_title_of_exactly_the_limit_and_any_script_is_kept(store, board):
    title = "改善" * (TITLE_MAX // 2)
    change = ops.add_card(store, board.id, title)
    assert ops.card_details(store, change.card_id)["title"] == title
    rtl = ops.add_card(store, board.id, "تحسين مستمر").card_id
    assert ops.card_details(store, rtl)["title"] == "تحسين مستمر"


def test_editing_changes_fields_and_records_what_changed(store, board, clock):
    card_id = ops.add_card(store, board.id, "Tool board").card_id
    clock.advance(timedelta(hours=1))
    change = ops.edit_card(
        store,
        card_id,
        title="Shadow board",
        owner="Aiko",
        tags="5S, visual, 5s",
        impact_category="Time",
        impact_note="Saves 10 min a shift",
        description="Line 2",
    )
    card = ops.card_details(store, card_id)
    assert (card["title"], card["owner"], card["tags"], card["impact_category"]) == (
        "Shadow board",
        "Aiko",
        "5S,visual",
        "time",
    )
    assert card["version"] == 2
    assert card["updated_at"] == START + timedelta(hours=1)
    last = ops.card_history(store, card_id)[-1]
    assert last.kind == "edited"
    assert last.detail["title"] == ["Tool board", "Shadow board"]
    assert change is not None
    assert change.after_version == 2


def test_an_edit_that_changes_nothing_records_nothing(store, board, db_path):
    card_id = ops.add_card(store, board.id, "Same", owner="Aiko").card_id
    before = dump(store)
    assert ops.edit_card(store, card_id, title="Same", owner="aiko") is None
    assert dump(store) == before


def test_each_change_of_the_standard_keeps_the_previous_text(store, board, clock):
    card_id = ops.add_card(store, board.id, "Changeover", standard="From memory").card_id
    clock.advance(timedelta(days=1))
    ops.edit_card(store, card_id, standard="Checklist, 18 min")
    clock.advance(timedelta(days=1))
    ops.edit_card(store, card_id, standard="Checklist and cart, 12 min")
    assert ops.card_details(store, card_id)["standard"] == "Checklist and cart, 12 min"
    revisions = ops.standard_revisions(store, card_id)
    assert [text for _, _, text in revisions] == ["From memory", "Checklist, 18 min"]
    assert [at for at, _, _ in revisions] == [START + timedelta(days=1), START + timedelta(days=2)]


def test_undoing_an_edit_restores_the_fields_and_drops_its_revision(store, board):
    card_id = ops.add_card(store, board.id, "Changeover", standard="From memory").card_id
    change = ops.edit_card(store, card_id, title="Press 4 changeover", standard="Checklist")
    ops.undo(store, change)
    card = ops.card_details(store, card_id)
    assert (card["title"], card["standard"]) == ("Changeover", "From memory")
    assert ops.standard_revisions(store, card_id) == []
    assert [event.kind for event in ops.card_history(store, card_id)] == ["created"]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"title": " "}, "the title is empty"),
        ({"impact_category": "fun"}, "unknown impact category 'fun'"),
        ({"tags": ["ok", "a,b"]}, "contains a comma"),
        ({"description": "x" * 100_001}, "at most 100000 fit"),
        ({"owner": "\x07bell"}, "control character"),
    ],
)
def test_a_bad_edit_is_refused_and_nothing_is_stored(store, board, db_path, fields, reason):
    card_id = ops.add_card(store, board.id, "Fine").card_id
    before = dump(store)
    with pytest.raises(InvalidInput, match=reason):
        ops.edit_card(store, card_id, **fields)
    assert dump(store) == before


def test_an_edit_from_a_stale_version_is_refused_as_a_conflict(store, board, db_path):
    card_id = ops.add_card(store, board.id, "Shared card").card_id
    ops.edit_card(store, card_id, title="Changed in another window")
    before = dump(store)
    with pytest.raises(Conflict, match="changed elsewhere"):
        ops.edit_card(store, card_id, expected_version=1, title="Mine")
    assert dump(store) == before


def test_deleting_keeps_the_history_and_undo_brings_the_card_back(store, board):
    keep = ops.add_card(store, board.id, "Neighbour above").card_id
    card_id = ops.add_card(store, board.id, "Mistake", standard="v1").card_id
    ops.edit_card(store, card_id, standard="v2")
    after = ops.add_card(store, board.id, "Neighbour below").card_id
    change = ops.delete_card(store, card_id)
    assert ids_in(store, board.id, Stage.STANDARD) == [keep, after]
    assert [e.kind for e in ops.card_history(store, card_id)] == ["created", "edited", "deleted"]
    with pytest.raises(NotFound):
        ops.card_details(store, card_id)
    ops.undo(store, change)
    assert ids_in(store, board.id, Stage.STANDARD) == [keep, card_id, after]
    assert ops.card_details(store, card_id)["standard"] == "v2"
    assert [text for _, _, text in ops.standard_revisions(store, card_id)] == ["v1"]
    assert [e.kind for e in ops.card_history(store, card_id)] == ["created", "edited"]


def test_undoing_a_create_removes_the_card_and_its_idea(store, board):
    change = ops.add_card(store, board.id, "Oops")
    ops.undo(store, change)
    assert ids_in(store, board.id, Stage.STANDARD) == []
    assert ops.card_history(store, change.card_id) == []


def test_a_new_card_never_takes_the_id_of_a_deleted_one(store, board):
    deleted = ops.add_card(store, board.id, "Deleted")
    ops.delete_card(store, deleted.card_id)
    new = ops.add_card(store, board.id, "New")
    assert new.card_id > deleted.card_id
    assert [event.kind for event in ops.card_history(store, new.card_id)] == ["created"]
