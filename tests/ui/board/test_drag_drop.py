"""Dragging cards: they land where the drop indicator showed, saved at once, for good.

Synthetic mouse moves in QTest start no real QDrag (pytest-qt #260), so the drags go
through the model's own mime data and drop, as the view does with a real drag; what a
drag shows (the bar where cards will land, the picture following the pointer) is checked
by drawing it, and was looked at under Xvfb with a real mouse drag (xdotool).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QImage,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from tests.ui.helpers import shown


def drag(window, from_stage: Stage, titles: list[str], to_stage: Stage, row: int) -> bool:
    source = window.board_widget.models[from_stage]
    target = window.board_widget.models[to_stage]
    rows = [shown(window, from_stage).index(title) for title in titles]
    data = source.mimeData([source.index(number) for number in rows])
    return target.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def board_after_restart(db_path, clock, board, stage: Stage) -> list[str]:
    again = open_store(db_path, clock=clock)
    try:
        return [card.title for card in ops.list_cards(again, board.id, stage)]
    finally:
        again.close()


def test_a_card_dragged_to_another_column_lands_between_the_cards_it_was_dropped_between(
    store, board, db_path, clock, make_window
):
    for title in ("A", "B"):
        ops.add_card(store, board.id, title)
    for title in ("X", "Y", "Z"):
        ops.add_card(store, board.id, title, stage=Stage.IMPROVE)
    window = make_window(store, board)
    assert drag(window, Stage.STANDARD, ["B"], Stage.IMPROVE, 2)
    assert shown(window, Stage.IMPROVE) == ["X", "Y", "B", "Z"]
    assert shown(window, Stage.STANDARD) == ["A"]
    assert window.board_widget.columns[Stage.IMPROVE].header.text().endswith("4")
    assert window.board_widget.selected_ids(Stage.IMPROVE) == [2]
    store.close()
    assert board_after_restart(db_path, clock, board, Stage.IMPROVE) == ["X", "Y", "B", "Z"]


def test_a_card_dragged_within_its_column_changes_place(store, board, db_path, clock, make_window):
    for title in ("A", "B", "C", "D"):
        ops.add_card(store, board.id, title)
    window = make_window(store, board)
    assert drag(window, Stage.STANDARD, ["D"], Stage.STANDARD, 1)  # between A and B
    assert shown(window, Stage.STANDARD) == ["A", "D", "B", "C"]
    assert drag(window, Stage.STANDARD, ["A"], Stage.STANDARD, 4)  # below the last
    assert shown(window, Stage.STANDARD) == ["D", "B", "C", "A"]
    store.close()
    assert board_after_restart(db_path, clock, board, Stage.STANDARD) == ["D", "B", "C", "A"]


def test_several_selected_cards_are_dragged_together(store, board, make_window):
    for title in ("A", "B", "C"):
        ops.add_card(store, board.id, title)
    ops.add_card(store, board.id, "X", stage=Stage.MEET)
    window = make_window(store, board)
    assert drag(window, Stage.STANDARD, ["A", "C"], Stage.MEET, 0)
    assert shown(window, Stage.MEET) == ["A", "C", "X"]
    assert shown(window, Stage.STANDARD) == ["B"]
    window.controller.undo_stack.undo()  # one drag, one undo
    assert shown(window, Stage.STANDARD) == ["A", "B", "C"]
    assert shown(window, Stage.MEET) == ["X"]


def test_a_drop_while_searching_lands_next_to_the_card_shown_above_it(
    qtbot, store, board, make_window
):
    for title in ("apple", "banana", "avocado"):
        ops.add_card(store, board.id, title, stage=Stage.MEET)
    ops.add_card(store, board.id, "apricot")
    window = make_window(store, board)
    window.board_widget.search.setText("a")  # all four match "a"
    qtbot.keyClicks(window.board_widget.search, "p")  # "ap": apple, apricot
    qtbot.waitUntil(lambda: shown(window, Stage.MEET) == ["apple"])
    assert drag(window, Stage.STANDARD, ["apricot"], Stage.MEET, 1)  # below apple
    window.board_widget.search.clear()
    qtbot.waitUntil(lambda: len(shown(window, Stage.MEET)) == 4)
    assert shown(window, Stage.MEET) == ["apple", "apricot", "banana", "avocado"]


def test_a_drag_of_a_card_changed_elsewhere_is_refused_with_a_message(
    store, board, db_path, clock, make_window, errors
):
    ops.add_card(store, board.id, "Shared")
    window = make_window(store, board)
    other = open_store(db_path, clock=clock)
    ops.edit_card(other, 1, title="Renamed elsewhere")
    other.close()
    drag(window, Stage.STANDARD, ["Shared"], Stage.IMPROVE, 0)
    assert "changed elsewhere" in errors[-1]
    assert [card.stage for card in ops.list_cards(store, board.id)] == [Stage.STANDARD]
    assert shown(window, Stage.STANDARD) == ["Renamed elsewhere"]  # the board caught up


def highlight_pixels(image: QImage, area: QRect, highlight) -> int:
    return sum(
        image.pixelColor(x, y) == highlight
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def test_where_dragged_cards_will_land_shows_as_a_bar_in_the_highlight_colour(
    store, board, make_window
):
    window = make_window(store, board)
    view = window.board_widget.columns[Stage.MEET].view
    image = QImage(120, 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    option = QStyleOption()
    option.initFrom(view)
    option.rect = QRect(0, 10, 120, 0)  # between two cards, as the view asks for it
    painter = QPainter(image)
    view.style().drawPrimitive(
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop, option, painter, view
    )
    painter.end()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    rows = [y for y in range(20) if image.pixelColor(60, y) == highlight]
    assert rows == [8, 9, 10, 11]  # a bar 4 px high, centred on the gap


def test_a_dragged_card_follows_below_right_of_the_pointer_and_a_group_says_how_many(
    store, board, make_window
):
    for title in ("A", "B", "C"):
        ops.add_card(store, board.id, title)
    window = make_window(store, board)
    view = window.board_widget.columns[Stage.STANDARD].view
    model = view.model()
    one, hot_spot = view.drag_image([model.index(0)])
    card = view.visualRect(model.index(0))
    assert one.deviceIndependentSize().toSize() == card.size()
    assert hot_spot.x() < 0
    assert hot_spot.y() < 0  # the pointer is above and left of the picture
    three, _ = view.drag_image([model.index(row) for row in range(3)])
    corner = QRect(card.width() - 60, 0, 60, 30)  # where the "+2" badge goes
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert highlight_pixels(three.toImage(), corner, highlight) > 100
    assert highlight_pixels(one.toImage(), corner, highlight) == 0


def bar_rows_while_dragged_over(view, data, point: QPoint) -> list[int]:
    """Hold a drag of `data` over the view at `point`; the rows of the viewport's middle
    column of pixels painted in the highlight colour."""
    viewport = view.viewport()
    held = (point, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton)
    QApplication.sendEvent(viewport, QDragEnterEvent(*held, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(viewport, QDragMoveEvent(*held, Qt.KeyboardModifier.NoModifier))
    image = viewport.grab().toImage()
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    middle = image.width() // 2
    return [y for y in range(image.height()) if image.pixelColor(middle, y) == highlight]


def test_a_drag_held_over_a_column_shows_the_bar_between_cards_and_below_the_last(
    store, board, make_window
):
    for title in ("A", "B"):
        ops.add_card(store, board.id, title)
    ops.add_card(store, board.id, "X", stage=Stage.MEET)
    window = make_window(store, board)
    source = window.board_widget.models[Stage.MEET]
    data = source.mimeData([source.index(0)])
    view = window.board_widget.columns[Stage.STANDARD].view
    first, second = (view.visualRect(view.model().index(row)) for row in (0, 1))
    above_second = QPoint(second.center().x(), second.top() + 5)
    assert bar_rows_while_dragged_over(view, data, above_second) == list(
        range(second.top() - 2, second.top() + 2)
    )
    below_the_last = QPoint(second.center().x(), second.bottom() + 40)
    assert bar_rows_while_dragged_over(view, data, below_the_last) == list(
        range(second.bottom() - 1, second.bottom() + 3)
    )
    assert first.bottom() < second.top()
