"""Typing through an input method: the Enter that confirms a Japanese conversion submits
nothing, neither the quick capture nor a dialog; the next Enter does (Planka #1703)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.ui.dialogs.card_editor import CardEditor
from kaizen_board.ui.dialogs.open_dialog import OpenDialog
from kaizen_board.ui.dialogs.team_dialog import TeamDialog
from tests.ui.helpers import shown

READING = "かいぜん"  # what is typed, shown underlined while the input method composes
WORD = "改善"  # the conversion Enter confirms


def compose(field: QWidget, preedit: str) -> None:
    """The input method shows `preedit` in the field, not yet part of its text."""
    QApplication.sendEvent(field, QInputMethodEvent(preedit, []))


def commit(field: QWidget, text: str) -> None:
    """The input method ends the composition: `text` goes into the field."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def test_enter_confirming_a_conversion_does_not_add_a_card(qtbot, store, board, make_window):
    window = make_window(store, board)
    window.board_widget.focus_capture()
    capture = window.board_widget.capture
    compose(capture, READING)
    with qtbot.assertNotEmitted(capture.returnPressed):
        qtbot.keyClick(capture, Qt.Key.Key_Return)  # the input method passes it on
    assert shown(window, Stage.STANDARD) == []
    commit(capture, WORD)
    assert capture.text() == WORD
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert shown(window, Stage.STANDARD) == [WORD]
    assert capture.text() == ""


def test_a_conversion_after_words_typed_does_not_add_them_half_written(
    qtbot, store, board, make_window
):
    window = make_window(store, board)
    window.board_widget.focus_capture()
    capture = window.board_widget.capture
    qtbot.keyClicks(capture, "Shadow board ")
    compose(capture, READING)
    qtbot.keyClick(capture, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert shown(window, Stage.STANDARD) == []
    commit(capture, WORD)
    qtbot.keyClick(capture, Qt.Key.Key_Enter)
    assert shown(window, Stage.STANDARD) == [f"Shadow board {WORD}"]


@pytest.mark.parametrize(
    ("field", "stored", "saved"),
    [
        ("title", "title", f"Shadow board{WORD}"),
        ("tags", "tags", WORD),
        ("impact_note", "impact_note", WORD),
        ("owner", "owner", WORD),  # an editable combo box: it has the focus, not its line
    ],
)
def test_enter_confirming_a_conversion_leaves_the_card_editor_open(
    qtbot, store, board, make_window, field, stored, saved
):
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    widget = getattr(editor, field)
    widget.setFocus()
    compose(widget, READING)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.result() != QDialog.DialogCode.Accepted
    commit(widget, WORD)
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # OK, the default button
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert ops.card_details(store, card_id)[stored] == saved


def test_enter_confirming_a_conversion_adds_no_member(qtbot, store, board, make_window):
    window = make_window(store, board)
    dialog = TeamDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    compose(dialog.name, READING)
    with qtbot.assertNotEmitted(dialog.name.returnPressed):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    commit(dialog.name, WORD)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert WORD in ops.current_team(store, board.id)
    assert dialog.isVisible()  # Enter adds; the dialog stays for the next name


def test_enter_confirming_a_conversion_opens_no_half_written_address(qtbot):
    dialog = OpenDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.address.setText("postgresql://")
    compose(dialog.address, READING)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.location is None
    commit(dialog.address, "kaizen.example.com/board")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.location == "postgresql://kaizen.example.com/board"


def test_enter_without_an_input_method_submits_at_once(qtbot, store, board, make_window):
    """The guard only holds Enter back while a composition is shown: an input method
    that dropped its composition (an empty preedit) leaves Enter as it was."""
    window = make_window(store, board)
    window.board_widget.focus_capture()
    capture = window.board_widget.capture
    qtbot.keyClicks(capture, "Label bins")
    compose(capture, READING)
    compose(capture, "")  # the user deleted the reading again
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert shown(window, Stage.STANDARD) == ["Label bins"]
