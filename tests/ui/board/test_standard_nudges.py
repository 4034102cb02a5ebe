"""The kaizen loop's nudges as a card moves in the window: the standard asked for as a
card leaves Standard without one, the new one as it enters Re-standardize; written in
the same change as the move (one undo), skipped, or the move cancelled."""

from __future__ import annotations

from kaizen_board import ops
from kaizen_board.ops.standards import Nudge
from kaizen_board.stages import Stage
from kaizen_board.ui.dialogs.standard_dialog import MOVE_ANYWAY, StandardPrompt


def test_leaving_standard_without_one_asks_for_it_and_writes_it_with_the_move(
    qtbot, store, board, make_window, standards_asked
):
    card = ops.add_card(store, board.id, "Torque check").card_id
    window = make_window(store, board)
    standards_asked.answers.append("Torque to 12 Nm; mark with paint")
    window.controller.move_cards([card], Stage.MEET)
    assert standards_asked == [("no standard", "Torque check")]
    details = ops.card_details(store, card)
    assert (details["stage"], details["standard"]) == (
        Stage.MEET,
        "Torque to 12 Nm; mark with paint",
    )
    window.controller.undo_stack.undo()  # one step: the move and the standard
    details = ops.card_details(store, card)
    assert (details["stage"], details["standard"]) == (Stage.STANDARD, "")
    window.controller.undo_stack.redo()
    assert ops.card_details(store, card)["standard"] == "Torque to 12 Nm; mark with paint"


def test_a_nudge_can_be_skipped_or_the_move_cancelled(
    qtbot, store, board, make_window, standards_asked
):
    card = ops.add_card(store, board.id, "Label bins").card_id
    window = make_window(store, board)
    standards_asked.answers.append(None)  # Cancel
    window.controller.move_cards([card], Stage.MEET)
    assert ops.card_details(store, card)["stage"] is Stage.STANDARD
    window.controller.move_cards([card], Stage.MEET)  # "Move anyway"
    details = ops.card_details(store, card)
    assert (details["stage"], details["standard"]) == (Stage.MEET, "")
    assert [event.kind for event in ops.card_history(store, card)] == ["created", "moved"]
    window.controller.move_cards([card], Stage.IMPROVE)  # it has none, but is past step 1
    assert len(standards_asked) == 2


def test_entering_restandardize_asks_for_the_new_standard_and_the_old_is_kept(
    qtbot, store, board, make_window, standards_asked
):
    card = ops.add_card(store, board.id, "Glove bins", standard="One big bin").card_id
    ops.move_card(store, card, Stage.IMPROVE)
    window = make_window(store, board)
    standards_asked.answers.append("Two bins: when one is empty, order")
    window.controller.move_cards([card], Stage.RESTANDARDIZE)
    assert standards_asked == [("new standard", "Glove bins")]
    assert ops.card_details(store, card)["standard"] == "Two bins: when one is empty, order"
    assert [text for _, _, text in ops.standard_revisions(store, card)] == ["One big bin"]
    kinds = [event.kind for event in ops.card_history(store, card)]
    assert kinds[-2:] == ["edited", "improved"]
    window.controller.undo_stack.undo()
    details = ops.card_details(store, card)
    assert (details["stage"], details["standard"]) == (Stage.IMPROVE, "One big bin")


def test_the_dialog_shows_the_old_standard_beside_the_new_and_answers(qtbot):
    card = {"title": "Glove bins", "standard": "One big bin"}
    dialog = StandardPrompt(card, Nudge.NEW_STANDARD)
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText() == "One big bin"  # the current text to start from
    assert not dialog.write_button.isEnabled()  # nothing new written yet
    dialog.editor.setPlainText("Two bins")
    dialog.write_button.click()
    assert dialog.answer == "Two bins"
    first = StandardPrompt({"title": "Torque", "standard": ""}, Nudge.NO_STANDARD)
    qtbot.addWidget(first)
    assert not first.write_button.isEnabled()  # nothing written yet
    first.anyway_button.click()
    assert first.answer is MOVE_ANYWAY


def test_a_card_shows_what_the_loop_misses(qtbot, store, board, make_window):
    from kaizen_board.ui.board.card_delegate import CardDelegate
    from kaizen_board.ui.board.stage_model import StageModel

    card = ops.add_card(store, board.id, "Skipped step 1").card_id
    ops.move_card(store, card, Stage.MEET)
    model = StageModel(store, board.id, Stage.MEET)
    model.reload()
    delegate = CardDelegate()
    assert delegate._loop_note(model.card_at(0)) == ("no standard", False)


def test_the_selected_cards_kaizen_sheet_is_saved_from_the_file_menu(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    from kaizen_board.ui.printing import review_printing

    ops.add_card(store, board.id, "Glove bins", standard="One big bin")
    window = make_window(store, board)
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        review_printing.QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
    )
    window.save_sheet()  # nothing selected: said, nothing written
    assert "Select a card first" in window.statusBar().currentMessage()
    from tests.ui.helpers import select

    select(window, Stage.STANDARD, "Glove bins")
    window.save_sheet()
    assert target.read_bytes().startswith(b"%PDF")
