"""Reading the board as the window shows it."""

from __future__ import annotations

from kaizen_board.stages import Stage
from kaizen_board.ui.mainwindow import MainWindow


def shown(window: MainWindow, stage: Stage) -> list[str]:
    """The titles of a column, top to bottom, as its view shows them."""
    model = window.board_widget.models[stage]
    return [model.card_at(row).title for row in range(model.rowCount())]


def select(window: MainWindow, stage: Stage, *titles: str) -> None:
    """Click the cards with these titles (Ctrl for the rest), giving the column focus."""
    from PySide6.QtCore import QItemSelectionModel

    view = window.board_widget.columns[stage].view
    view.setFocus()
    titles_shown = shown(window, stage)
    flags = QItemSelectionModel.SelectionFlag
    for number, title in enumerate(titles):
        index = view.model().index(titles_shown.index(title))
        mode = flags.ClearAndSelect if number == 0 else flags.Select
        view.selectionModel().setCurrentIndex(index, mode)
