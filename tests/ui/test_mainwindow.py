"""The first window: the four stages, left to right, with their card counts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.ui.mainwindow import MainWindow


def test_the_window_shows_the_four_stages_in_loop_order_with_counts(qtbot, store, board):
    ops.add_card(store, board.id, "One")
    ops.add_card(store, board.id, "Two")
    ops.add_card(store, board.id, "Three", stage=Stage.IMPROVE)
    window = MainWindow(store, board)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    splitter = window.centralWidget()
    assert isinstance(splitter, QSplitter)
    headers = [splitter.widget(i).findChild(QLabel).text() for i in range(splitter.count())]
    assert headers == [
        "<b>Standard</b> (2)",
        "<b>Meet the standard</b> (0)",
        "<b>Improve</b> (1)",
        "<b>Re-standardize</b> (0)",
    ]
    assert "Kaizen" in window.windowTitle()
