"""Step 2 and the photos in the window: Ctrl+K confirms, each card in Meet the standard
shows how many of the team work to its standard, going on to Improve with members
missing names them; the card editor confirms and takes pictures; the team dialog."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QImage

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.ui.board.card_delegate import CardDelegate
from kaizen_board.ui.dialogs.card_editor import CardEditor
from kaizen_board.ui.dialogs.standard_dialog import MOVE_ANYWAY, members_missing_box
from kaizen_board.ui.dialogs.team_dialog import TeamDialog
from tests.pictures import jpeg_bytes
from tests.ui.helpers import select

M = Stage.MEET


def _on_card(window, stage: Stage, title: str) -> str:
    """The loop's note the card shows in its column ("1/2 on standard")."""
    model = window.board_widget.models[stage]
    row = next(model.card_at(n) for n in range(model.rowCount()) if model.card_at(n).title == title)
    return CardDelegate()._loop_note(row)[0]


def _card_in_meet(store, board, title="Torque check") -> int:
    card = ops.add_card(
        store, board.id, title, standard="Torque to 12 Nm", owner="Aiko", submitted_by="Tester"
    ).card_id
    ops.move_card(store, card, M)
    return card


def test_ctrl_k_confirms_and_the_card_shows_the_count_undone_with_ctrl_z(
    qtbot, store, board, make_window
):
    _card_in_meet(store, board)
    window = make_window(store, board)
    assert _on_card(window, M, "Torque check") == "0/2 on standard"
    select(window, M, "Torque check")
    qtbot.keyClick(
        window.board_widget.columns[M].view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    assert _on_card(window, M, "Torque check") == "1/2 on standard"
    assert "confirms the standard of 'Torque check'" in window.statusBar().currentMessage()
    qtbot.keyClick(
        window.board_widget.columns[M].view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    assert "already" in window.statusBar().currentMessage()
    window.controller.undo_stack.undo()
    assert _on_card(window, M, "Torque check") == "0/2 on standard"


def test_going_on_to_improve_with_members_missing_names_them_and_may_go_anyway(
    qtbot, store, board, make_window, standards_asked
):
    card = _card_in_meet(store, board)
    window = make_window(store, board)
    standards_asked.answers.append(None)  # Cancel
    select(window, M, "Torque check")
    window.board_widget.move_next()
    assert standards_asked == [("members missing", "Torque check")]
    assert ops.card_details(store, card)["stage"] is M
    standards_asked.answers.append(MOVE_ANYWAY)
    window.board_widget.move_next()
    assert ops.card_details(store, card)["stage"] is Stage.IMPROVE
    window.controller.undo_stack.undo()
    assert ops.card_details(store, card)["stage"] is M


def test_the_warning_quotes_the_step_and_names_who_is_missing(qtbot):
    box = members_missing_box({"title": "Torque check", "missing": ["Aiko", "Ben"]})
    qtbot.addWidget(box)
    assert "do not skip this step" in box.text()
    assert "Not yet confirmed by: Aiko, Ben." in box.text()
    assert box.defaultButton() is box.cancel_button


def test_the_editor_confirms_and_takes_pictures_dropped_pasted_or_from_files(
    qtbot, store, board, make_window, tmp_path, errors
):
    card = _card_in_meet(store, board)
    window = make_window(store, board)
    editor = CardEditor(window.controller, card, window)
    qtbot.addWidget(editor)
    assert "0/2 on standard" in editor.confirmations.text()
    editor.confirm_button.click()
    assert "1/2 on standard. Confirmed by: Tester. Not yet: Aiko." in editor.confirmations.text()
    panel = editor.pictures
    panel.kind.setCurrentIndex(panel.kind.findData("before"))
    photo = tmp_path / "line before.jpg"
    photo.write_bytes(jpeg_bytes(400, 300))
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(photo))])
    assert panel.attach_mime(dropped)
    pasted = QMimeData()
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    pasted.setImageData(image)
    panel.kind.setCurrentIndex(panel.kind.findData("after"))
    assert panel.attach_mime(pasted)
    kinds = [(p.kind, p.width, p.name) for p in ops.card_pictures(store, card)]
    assert kinds == [("before", 400, "line before.jpg"), ("after", 200, "pasted.png")]
    assert panel.list.count() == 2
    assert not panel.large.pixmap().isNull()  # the one picked, shown large
    broken = tmp_path / "notes.png"
    broken.write_bytes(b"not a picture at all")
    panel.attach_files([str(broken)])
    assert any("notes.png is not a picture" in error.lower() for error in errors)
    assert len(ops.card_pictures(store, card)) == 2
    panel.list.setCurrentRow(0)
    panel.remove_current()
    assert [p.kind for p in ops.card_pictures(store, card)] == ["after"]
    window.controller.undo_stack.undo()  # the removal
    assert panel.list.count() == 2  # the editor follows the undo
    model = window.board_widget.models[M]
    assert model.card_at(0).pictures  # the board marks the card


def test_the_team_dialog_adds_and_removes_members_each_one_undo(qtbot, store, board, make_window):
    _card_in_meet(store, board)
    window = make_window(store, board)
    dialog = TeamDialog(window.controller, window)
    qtbot.addWidget(dialog)
    assert [dialog.members.item(n).text() for n in range(dialog.members.count())] == [
        "Aiko",
        "Tester",
    ]
    dialog.name.setText("Chloé")
    dialog.add_button.click()
    assert ops.current_team(store, board.id) == ["Aiko", "Chloé", "Tester"]
    assert dialog.name.text() == ""
    dialog.members.setCurrentRow(0)
    dialog.remove_button.click()
    assert ops.current_team(store, board.id) == ["Chloé", "Tester"]
    assert dialog.members.item(0).text().startswith("Aiko (left ")
    assert _on_card(window, M, "Torque check") == "0/2 on standard"
    window.controller.undo_stack.undo()
    assert ops.current_team(store, board.id) == ["Aiko", "Chloé", "Tester"]
    assert _on_card(window, M, "Torque check") == "0/3 on standard"


def test_ctrl_v_pastes_a_picture_on_the_pictures_tab_and_text_in_the_fields(
    qtbot, store, board, make_window
):
    from PySide6.QtGui import QGuiApplication

    card = _card_in_meet(store, board)
    window = make_window(store, board)
    editor = CardEditor(window.controller, card, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts go to the active window
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    QGuiApplication.clipboard().setImage(image)
    editor.tabs.setCurrentWidget(editor.pictures)
    editor.pictures.list.setFocus()
    qtbot.keyClick(editor.pictures.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [p.width for p in ops.card_pictures(store, card)] == [120]
    QGuiApplication.clipboard().setText("Torque check, line 2")
    editor.tabs.setCurrentIndex(0)
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.title.text() == "Torque check, line 2"
    assert len(ops.card_pictures(store, card)) == 1
