"""The board by keyboard alone: moves round the loop, reordering, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kaizen_board import ops
from kaizen_board.reports import metrics
from kaizen_board.stages import Stage
from tests.ui.helpers import select, shown

CTRL = Qt.KeyboardModifier.ControlModifier


def improvements(store, board) -> int:
    return metrics.count_between(store, board.id, ops.EventKind.IMPROVED)


def focused_view(window):
    return window.board_widget.active_view()


def test_ctrl_right_takes_a_card_round_all_four_stages_into_its_next_lap(
    qtbot, store, board, make_window
):
    ops.add_card(store, board.id, "Other")
    ops.add_card(store, board.id, "Tool board")
    window = make_window(store, board)
    select(window, Stage.STANDARD, "Tool board")
    for stage in (Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE, Stage.STANDARD):
        qtbot.keyClick(focused_view(window), Qt.Key.Key_Right, CTRL)
        assert shown(window, stage)[0] == "Tool board"
        assert window.board_widget.selected_ids(stage) == [2]
    card = ops.card_details(store, 2)
    assert (card["stage"], card["lap"], card["improvements"]) == (Stage.STANDARD, 2, 1)
    assert shown(window, Stage.STANDARD) == ["Tool board", "Other"]
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Left, CTRL)  # nothing before Standard
    assert ops.card_details(store, 2)["stage"] is Stage.STANDARD


def test_tab_goes_through_the_board_in_reading_order(qtbot, store, board, make_window):
    window = make_window(store, board)
    window.board_widget.search.setFocus()
    stops = []
    for _ in range(13):
        stops.append(window.focusWidget().accessibleName())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert stops == [
        "Search cards",
        "Menu of Standard",
        "New card title",
        "Standard",
        "Menu of Meet the standard",
        "Meet the standard",
        "Menu of Improve",
        "Improve",
        "Menu of Re-standardize",
        "Re-standardize",
        "Board",
        "You are",
        "Search cards",
    ]


def test_ctrl_left_moves_back_a_stage(qtbot, store, board, make_window):
    ops.add_card(store, board.id, "Trial", stage=Stage.IMPROVE)
    window = make_window(store, board)
    select(window, Stage.IMPROVE, "Trial")
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Left, CTRL)
    assert shown(window, Stage.MEET) == ["Trial"]


def test_undo_and_redo_restore_the_board_and_the_improvement_count(
    qtbot, store, board, make_window
):
    ops.add_card(store, board.id, "Kit parts", stage=Stage.IMPROVE)
    window = make_window(store, board)
    select(window, Stage.IMPROVE, "Kit parts")
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Right, CTRL)
    assert shown(window, Stage.RESTANDARDIZE) == ["Kit parts"]
    assert improvements(store, board) == 1
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Z, CTRL)
    assert shown(window, Stage.IMPROVE) == ["Kit parts"]
    assert shown(window, Stage.RESTANDARDIZE) == []
    assert improvements(store, board) == 0
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert shown(window, Stage.RESTANDARDIZE) == ["Kit parts"]
    assert improvements(store, board) == 1
    assert window.controller.undo_stack.undoText() == "Move 'Kit parts' to Re-standardize"


def test_ctrl_up_and_down_reorder_within_the_column(qtbot, store, board, make_window):
    for title in ("A", "B", "C"):
        ops.add_card(store, board.id, title)
    window = make_window(store, board)
    select(window, Stage.STANDARD, "C")
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Up, CTRL)
    assert shown(window, Stage.STANDARD) == ["A", "C", "B"]
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Up, CTRL)
    assert shown(window, Stage.STANDARD) == ["C", "A", "B"]
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Up, CTRL)  # at the top already
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Down, CTRL)
    assert shown(window, Stage.STANDARD) == ["A", "C", "B"]
    assert [card.title for card in ops.list_cards(store, board.id)] == ["A", "C", "B"]


def test_arrow_keys_walk_the_board_and_delete_archives(qtbot, store, board, make_window):
    for title in ("A", "B"):
        ops.add_card(store, board.id, title)
    ops.add_card(store, board.id, "X", stage=Stage.MEET)
    window = make_window(store, board)
    select(window, Stage.STANDARD, "A")
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Down)
    assert window.board_widget.selected_ids(Stage.STANDARD) == [2]
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Right)
    assert focused_view(window) is window.board_widget.columns[Stage.MEET].view
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Delete)
    assert shown(window, Stage.MEET) == []
    assert [card.title for card in ops.list_cards(store, board.id, archived=True)] == ["X"]
    qtbot.keyClick(focused_view(window), Qt.Key.Key_Z, CTRL)
    assert shown(window, Stage.MEET) == ["X"]
