"""Capturing ideas, editing cards, searching, limits and the archive, in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.ui.board import board_widget
from kaizen_board.ui.dialogs.archive_dialog import ArchiveDialog
from kaizen_board.ui.dialogs.card_editor import CardEditor
from kaizen_board.ui.dialogs.card_editor import ask_to_save as real_ask_to_save
from tests.helpers import dump
from tests.ui.helpers import select, shown


def test_quick_capture_takes_one_idea_after_another(qtbot, store, board, make_window):
    window = make_window(store, board)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    capture = window.board_widget.capture
    assert capture.hasFocus()
    for title in ("Label the bins", "Two-bin gloves", "Spill kit"):
        qtbot.keyClicks(capture, title)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
        assert capture.text() == ""
        assert capture.hasFocus()
    assert shown(window, Stage.STANDARD) == ["Spill kit", "Two-bin gloves", "Label the bins"]
    submitters = {
        ops.card_details(store, card.id)["submitted_by"] for card in ops.list_cards(store, board.id)
    }
    assert submitters == {"Tester"}
    qtbot.keyClick(capture, Qt.Key.Key_Return)  # nothing typed: nothing added
    assert len(shown(window, Stage.STANDARD)) == 3


def test_the_member_chosen_is_remembered_and_submits_the_next_ideas(
    qtbot, store, board, make_window, settings
):
    window = make_window(store, board)
    window.toolbar.member_box.setCurrentText("Priya Nair")
    window.toolbar.member_box.lineEdit().editingFinished.emit()
    assert settings.value("member") == "Priya Nair"
    qtbot.keyClicks(window.board_widget.capture, "Pre-kit line 2")
    qtbot.keyClick(window.board_widget.capture, Qt.Key.Key_Return)
    [card] = ops.list_cards(store, board.id)
    assert ops.card_details(store, card.id)["submitted_by"] == "Priya Nair"


def test_the_editor_refuses_an_empty_or_too_long_title_in_place(
    qtbot, store, board, db_path, make_window
):
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.title.clear()
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert editor.error.isVisibleTo(editor)
    assert "The title is empty" in editor.error.text()
    before = dump(db_path)
    editor.title.setText("x" * 201)
    editor.accept()
    assert "at most 200 fit" in editor.error.text()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert dump(db_path) == before


def test_the_editor_saves_fields_and_the_standard_keeps_its_earlier_text(
    qtbot, store, board, make_window
):
    card_id = ops.add_card(store, board.id, "Changeover", standard="From memory").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.title.setText("Changeover press 4")
    editor.owner.setCurrentText("Kenji")
    editor.tags.setText("changeover, SMED")
    editor.impact.setCurrentIndex(editor.impact.findData("time"))
    editor.standard.setPlainText("Checklist, 18 min")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    card = ops.card_details(store, card_id)
    assert (card["title"], card["owner"], card["tags"], card["impact_category"]) == (
        "Changeover press 4",
        "Kenji",
        "changeover,SMED",
        "time",
    )
    assert shown(window, Stage.STANDARD) == ["Changeover press 4"]
    again = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(again)
    assert again.revisions.count() == 1
    again.revisions.setCurrentRow(0)
    assert again.revision_text.toPlainText() == "From memory"
    assert again.standard.toPlainText() == "Checklist, 18 min"
    kinds = [
        again.history.topLevelItem(n).text(1) for n in range(again.history.topLevelItemCount())
    ]
    assert kinds == ["created", "edited"]
    window.controller.undo_stack.undo()
    assert ops.card_details(store, card_id)["standard"] == "From memory"


def test_enter_opens_the_editor_on_the_selected_card(qtbot, store, board, make_window, monkeypatch):
    ops.add_card(store, board.id, "Open me")
    window = make_window(store, board)
    opened = []
    monkeypatch.setattr(CardEditor, "exec", lambda editor: opened.append(editor.card_id))
    select(window, Stage.STANDARD, "Open me")
    qtbot.keyClick(window.board_widget.active_view(), Qt.Key.Key_Return)
    assert opened == [1]


def test_search_hides_cards_that_do_not_match_and_counts_show_shown_of_total(
    qtbot, store, board, make_window
):
    ops.add_card(store, board.id, "Shadow board", tags="5S")
    ops.add_card(store, board.id, "Two-bin kanban")
    ops.add_card(store, board.id, "Spill kit", stage=Stage.IMPROVE, owner="Aiko")
    window = make_window(store, board)
    qtbot.keyClicks(window.board_widget.search, "tag:5s")
    qtbot.waitUntil(lambda: shown(window, Stage.STANDARD) == ["Shadow board"])
    assert shown(window, Stage.IMPROVE) == []
    headers = window.board_widget.columns
    # The matches are counted off the window's thread: "…" until the count comes.
    qtbot.waitUntil(lambda: headers[Stage.STANDARD].header.text().endswith("1 of 2"))
    qtbot.waitUntil(lambda: headers[Stage.IMPROVE].header.text().endswith("0 of 1"))
    window.board_widget.search.setText("@aiko")
    qtbot.waitUntil(lambda: shown(window, Stage.IMPROVE) == ["Spill kit"])
    assert shown(window, Stage.STANDARD) == []
    window.board_widget.search.clear()
    qtbot.waitUntil(lambda: len(shown(window, Stage.STANDARD)) == 2)
    assert headers[Stage.STANDARD].header.text().endswith("2")


def test_a_column_over_its_wip_limit_warns_but_takes_more(
    qtbot, store, board, make_window, monkeypatch
):
    ops.add_card(store, board.id, "One", stage=Stage.IMPROVE)
    window = make_window(store, board)
    column = window.board_widget.columns[Stage.IMPROVE]
    monkeypatch.setattr(
        "kaizen_board.ui.board.board_widget.QInputDialog.getInt", lambda *args: (1, True)
    )
    column.menu.actions()[0].trigger()  # the column's menu: Set work-in-progress limit…
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] == 1
    assert column.header.text().endswith("1 / 1")
    assert column.header.styleSheet() == ""
    ops.add_card(store, board.id, "Two")
    window.board_widget.reload()
    select(window, Stage.STANDARD, "Two")
    qtbot.keyClick(
        window.board_widget.active_view(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(
        window.board_widget.active_view(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    assert shown(window, Stage.IMPROVE) == ["Two", "One"]  # a warning, never a block
    assert column.over_limit
    assert "rgba(255, 140, 0" in column.header.styleSheet()


def archive_shown(qtbot, store, board, make_window):
    """A board with "Keep" on it and two cards archived, and the window's archive view."""
    for title in ("Keep", "Old idea", "Older idea"):
        ops.add_card(store, board.id, title)
    ops.archive_card(store, 2)
    ops.archive_card(store, 3)
    window = make_window(store, board)
    dialog = ArchiveDialog(window.controller, window)
    qtbot.addWidget(dialog)
    return window, dialog


def test_archived_cards_are_found_and_restored_from_their_view(qtbot, store, board, make_window):
    window, dialog = archive_shown(qtbot, store, board, make_window)
    assert dialog.cards.count() == 2
    qtbot.keyClicks(dialog.filter, "older")
    assert dialog.cards.count() == 1
    dialog.cards.item(0).setSelected(True)
    dialog.restore_button.click()
    assert dialog.cards.count() == 0
    assert shown(window, Stage.STANDARD) == ["Keep", "Older idea"]


@pytest.mark.parametrize("answer", [True, False])
def test_archived_cards_are_deleted_for_good_once_asked_and_undone_with_ctrl_z(
    qtbot, store, board, make_window, monkeypatch, db_path, answer
):
    from kaizen_board.ui.dialogs import archive_dialog

    window, dialog = archive_shown(qtbot, store, board, make_window)
    asked = []
    monkeypatch.setattr(
        archive_dialog, "ask_to_delete", lambda _parent, count: asked.append(count) or answer
    )
    before = dump(db_path)
    dialog.cards.selectAll()
    dialog.delete_button.click()
    assert asked == [2]
    if not answer:
        assert dump(db_path) == before
        assert dialog.cards.count() == 2
        return
    assert dialog.cards.count() == 0
    assert [card.title for card in ops.list_cards(store, board.id, archived=True)] == []
    history = ops.card_history(store, 2)
    assert history, "the history of a deleted card stays"
    assert "Ctrl+Z undoes it." in window.statusBar().currentMessage()
    window.controller.undo_stack.undo()
    dialog.load()
    assert dialog.cards.count() == 2


def test_keys_typed_in_the_text_fields_leave_the_selected_card_alone(
    qtbot, store, board, make_window
):
    ops.add_card(store, board.id, "Keep me")
    window = make_window(store, board)
    select(window, Stage.STANDARD, "Keep me")
    for field in (window.board_widget.capture, window.board_widget.search):
        field.setFocus()
        qtbot.keyClicks(field, "abc")
        qtbot.keyClick(field, Qt.Key.Key_Home)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == "bc"
        field.clear()
    assert [(card.title, card.stage) for card in ops.list_cards(store, board.id)] == [
        ("Keep me", Stage.STANDARD)
    ]


def test_a_card_with_a_detail_an_earlier_version_broke_still_opens(
    qtbot, store, board, make_window
):
    card_id = ops.add_card(store, board.id, "Old import").card_id
    store.database.execute_sql(
        "UPDATE event SET detail = ? WHERE card_id = ?", ('{"imported": "a "b".csv"}', card_id)
    )
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    assert editor.history.topLevelItem(0).text(3) == '{"imported": "a "b".csv"}'


def test_a_pasted_list_becomes_one_card_a_line_undone_in_one_step(qtbot, store, board, make_window):
    window = make_window(store, board)
    capture = window.board_widget.capture
    capture.setFocus()
    QGuiApplication.clipboard().setText("Shadow board\n\n  Two-bin gloves \r\nSpill kit\n")
    capture.paste()
    assert window.board_widget.capture_hint.isVisibleTo(window)
    assert "3 lines" in window.board_widget.capture_hint.text()
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert shown(window, Stage.STANDARD) == ["Shadow board", "Two-bin gloves", "Spill kit"]
    assert capture.text() == ""
    assert not window.board_widget.capture_hint.isVisibleTo(window)
    window.controller.undo_stack.undo()
    assert shown(window, Stage.STANDARD) == []


def test_a_long_pasted_list_is_confirmed_first(qtbot, store, board, make_window, monkeypatch):
    window = make_window(store, board)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(
        board_widget.QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or answers.pop(0),
    )
    capture = window.board_widget.capture
    capture.setText("\n".join(f"idea {number}" for number in range(8)))
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert "Add 8 cards" in asked[0]
    assert shown(window, Stage.STANDARD) == []
    assert capture.text().startswith("idea 0")  # kept, to edit or to try again
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert len(shown(window, Stage.STANDARD)) == 8


def test_a_pasted_list_with_a_bad_line_adds_nothing_and_names_the_line(
    qtbot, store, board, db_path, make_window, errors
):
    window = make_window(store, board)
    before = dump(db_path)
    capture = window.board_widget.capture
    capture.setText("Fine\n" + "x" * 201 + "\nAlso fine")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert "Line 2: the title is 201 characters long" in errors[0]
    assert dump(db_path) == before
    assert capture.text().startswith("Fine")


def test_an_edit_that_clashes_with_a_change_made_elsewhere_keeps_what_was_typed(
    qtbot, store, board, db_path, clock, make_window
):
    card_id = ops.add_card(store, board.id, "Spill kit", description="Old", tags="safety").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    typed = "A long account of the spill drill. " * 60  # 2,100 characters
    editor.description.setPlainText(typed)
    editor.title.setText("Spill kit by the loading bay")
    other = open_store(db_path, clock=clock, member_name="Kenji")
    ops.edit_card(other, card_id, description="Kenji's description", tags="safety, 5S")
    other.close()
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted  # not saved yet: the user chooses
    assert editor.description.toPlainText() == typed  # nothing typed is lost
    assert editor.title.text() == "Spill kit by the loading bay"
    assert editor.tags.text() == "safety, 5S"  # changed only elsewhere: taken in
    assert editor.conflict.isVisibleTo(editor)
    assert editor.conflict.clashes == {"description": "Kenji's description"}
    theirs = editor.conflict.findChild(QPlainTextEdit, "theirs-description")
    assert theirs.toPlainText() == "Kenji's description"
    editor.accept()  # keep mine
    assert editor.result() == QDialog.DialogCode.Accepted
    card = ops.card_details(store, card_id)
    assert (card["title"], card["description"], card["tags"]) == (
        "Spill kit by the loading bay",
        typed,
        "safety,5S",
    )


def test_after_a_clash_the_stored_text_can_be_taken_instead(
    qtbot, store, board, db_path, clock, make_window
):
    card_id = ops.add_card(store, board.id, "Label bins", standard="By eye").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.standard.setPlainText("Mine")
    other = open_store(db_path, clock=clock, member_name="Kenji")
    ops.edit_card(other, card_id, standard="Theirs")
    other.close()
    editor.accept()
    editor.conflict.findChild(QPushButton, "take-standard").click()
    assert editor.standard.toPlainText() == "Theirs"
    editor.accept()
    assert ops.card_details(store, card_id)["standard"] == "Theirs"
    assert [text for _, _, text in ops.standard_revisions(store, card_id)] == ["By eye"]


@pytest.mark.parametrize(
    ("answer", "saved", "open_after"),
    [
        ("Save", "Kamishibai board", False),
        ("Discard", "Shadow board", False),
        ("Cancel", None, True),
    ],
)
def test_esc_in_the_editor_with_changes_typed_asks_first(
    qtbot, store, board, make_window, monkeypatch, answer, saved, open_after
):
    from PySide6.QtWidgets import QMessageBox

    from kaizen_board.ui.dialogs import card_editor

    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.show()
    asked = []
    monkeypatch.setattr(
        card_editor.QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or getattr(QMessageBox.StandardButton, answer),
    )
    monkeypatch.setattr(card_editor, "ask_to_save", real_ask_to_save)  # the box itself
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert asked == []
    assert not editor.isVisible()
    editor.show()
    editor.title.setText("Kamishibai board")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["You changed this card. Save your changes?"]
    assert editor.isVisible() == open_after
    assert ops.card_details(store, card_id)["title"] == (saved or "Shadow board")
    if open_after:
        assert editor.title.text() == "Kamishibai board", "what was typed stays"


def test_a_move_refused_for_a_change_made_elsewhere_says_so_in_plain_words(store, board):
    from kaizen_board.errors import Conflict

    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    ops.edit_card(store, card_id, title="Shadow board for wrenches")
    with pytest.raises(Conflict) as refused:
        ops.move_card(store, card_id, Stage.MEET, expected_version=1)
    message = str(refused.value)
    assert "'Shadow board for wrenches'" in message
    assert "changed elsewhere" in message
    assert "version" not in message
