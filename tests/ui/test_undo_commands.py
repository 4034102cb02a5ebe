"""The undo stack's commands, driven on the controller's bare QUndoStack (no window)."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.ui.controller import BoardController
from tests.helpers import dump, ids_in


@pytest.fixture
def controller(qapp, store, board):
    made = BoardController(store, board)
    failures: list[str] = []
    made.failed.connect(failures.append)
    made.failures = failures
    return made


def test_redo_after_undoing_a_new_card_and_its_move_brings_back_the_same_card(
    controller, store, board, db_path
):
    stack = controller.undo_stack
    card_id = controller.add_card("Shadow board")
    controller.move_cards([card_id], Stage.MEET, 0, {card_id: 1})
    done = dump(db_path)
    stack.undo()
    stack.undo()
    assert ids_in(store, board.id, Stage.STANDARD) == []
    stack.redo()
    stack.redo()
    assert controller.failures == []
    assert (stack.count(), stack.index()) == (2, 2)
    assert ids_in(store, board.id, Stage.MEET) == [card_id]
    assert dump(db_path) == done


def test_undo_and_redo_chains_over_several_cards_end_where_they_began(
    controller, store, board, db_path
):
    stack = controller.undo_stack
    ids = [controller.add_card(title) for title in "ABC"]
    controller.move_cards(ids[:2], Stage.IMPROVE, 0)
    controller.edit(ids[2], 1, {"title": "C, relabelled", "standard": "Written down"})
    controller.archive([ids[0]])
    controller.move_cards([ids[1]], Stage.RESTANDARDIZE, 0)
    states = [dump(db_path)]
    for _ in range(stack.count()):
        stack.undo()
        states.append(dump(db_path))
    assert ids_in(store, board.id, Stage.STANDARD) == []
    for expected in reversed(states[:-1]):
        stack.redo()
        assert dump(db_path) == expected
    for expected in states[1:]:
        stack.undo()
        assert dump(db_path) == expected
    assert controller.failures == []


def test_a_group_of_changes_to_one_card_is_undone_newest_first(controller, store, board):
    card_id = ops.add_card(store, board.id, "Label bins").card_id

    def write_standard_then_move():
        edit = ops.edit_card(store, card_id, standard="Bins carry part numbers")
        return [edit, ops.move_card(store, card_id, Stage.MEET)]

    controller.run(write_standard_then_move, label="Move with its standard")
    controller.undo_stack.undo()
    assert controller.failures == []
    card = ops.card_details(store, card_id)
    assert (card["stage"], card["standard"]) == (Stage.STANDARD, "")
    controller.undo_stack.redo()
    card = ops.card_details(store, card_id)
    assert (card["stage"], card["standard"]) == (Stage.MEET, "Bins carry part numbers")


def test_a_redo_refused_because_another_writer_changed_the_card_drops_off_the_stack(
    controller, store, board, db_path, clock
):
    card_id = controller.add_card("Spill kit")
    controller.move_cards([card_id], Stage.MEET, 0, {card_id: 1})
    controller.undo_stack.undo()
    other = open_store(db_path, clock=clock, member_name="Kenji")
    ops.edit_card(other, card_id, title="Spill kit by the door")
    other.close()
    before = dump(db_path)
    controller.undo_stack.redo()
    assert dump(db_path) == before
    assert len(controller.failures) == 1
    assert "changed elsewhere" in controller.failures[0]
    assert not controller.undo_stack.canRedo()


def test_a_wip_limit_is_one_step_to_undo_and_every_screen_is_told(controller, store, board):
    told = []
    controller.operation_did_execute.connect(told.append)
    controller.set_wip_limit(Stage.IMPROVE, 3)
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] == 3
    assert told[-1].limits
    assert controller.undo_stack.undoText() == "Limit Improve to 3"
    controller.set_wip_limit(Stage.IMPROVE, 3)  # the same again: nothing to undo
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] is None
    controller.undo_stack.redo()
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] == 3
    assert controller.failures == []


def test_making_and_renaming_boards_are_undone_and_redone(controller, store, board):
    shown = []
    controller.board_switched.connect(shown.append)
    office = controller.create_board("Office")
    assert shown[-1] == office
    controller.rename_board("Office floor 2")
    assert [b.name for b in ops.list_boards(store)] == [board.name, "Office floor 2"]
    controller.undo_stack.undo()
    assert [b.name for b in ops.list_boards(store)] == [board.name, "Office"]
    controller.undo_stack.undo()
    assert [b.name for b in ops.list_boards(store)] == [board.name]
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert ops.list_boards(store)[-1] == ops.BoardInfo(office.id, "Office floor 2")
    assert controller.failures == []


def test_undoing_a_new_board_that_got_cards_meanwhile_is_refused(controller, store):
    office = controller.create_board("Office")
    ops.add_card(store, office.id, "An idea on the new board")
    controller.undo_stack.undo()
    assert "cards were added to the board 'Office'" in controller.failures[0]
    assert office in ops.list_boards(store)


def test_an_import_is_one_step_to_undo_and_redo_brings_back_the_same_cards(
    controller, store, board, db_path, tmp_path
):
    ops.add_card(store, board.id, "Already here")
    path = tmp_path / "ideas.csv"
    path.write_text("title,stage\nShadow board,improve\nTwo bins,\nSpill kit,meet\n")
    told = []
    controller.operation_did_execute.connect(told.append)
    events_before = store.database.execute_sql("SELECT COUNT(*) FROM event").fetchone()
    summary = controller.import_file(str(path))
    assert summary.added == 3
    assert told[-1].everything
    imported = dump(db_path)
    assert controller.undo_stack.undoText() == "Import 3 cards from ideas.csv"
    controller.undo_stack.undo()
    assert [c.title for c in ops.list_cards(store, board.id)] == ["Already here"]
    controller.undo_stack.redo()
    assert dump(db_path) == imported
    controller.undo_stack.undo()
    assert controller.failures == []
    assert store.database.execute_sql("SELECT COUNT(*) FROM event").fetchone() == events_before


def test_undoing_an_import_after_one_of_its_cards_moved_is_refused(
    controller, store, board, tmp_path
):
    path = tmp_path / "ideas.csv"
    path.write_text("title\nShadow board\nTwo bins\n")
    controller.import_file(str(path))
    [first, _] = ops.list_cards(store, board.id)
    ops.move_card(store, first.id, Stage.MEET)
    controller.undo_stack.undo()
    assert "cards of the import were changed or deleted since" in controller.failures[0]
    assert len(list(ops.list_cards(store, board.id))) == 2
