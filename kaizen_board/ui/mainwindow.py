"""The main window: the board's four columns, left to right in loop order."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.ops import BoardInfo
from kaizen_board.stages import Stage
from kaizen_board.store import Store


class ColumnWidget(QWidget):
    """One stage: a header with its title and card count, and the list of its cards.

    Attributes:
        stage: the stage shown.
        header: the label with title and count.
        view: the list of cards.
    """

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.header = QLabel(self)
        self.header.setObjectName(f"header-{stage.value}")
        self.view = QListView(self)
        self.view.setObjectName(f"column-{stage.value}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.view)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        title = self.tr(self.stage.column_title)
        self.header.setText(f"<b>{title}</b> ({count})")


class MainWindow(QMainWindow):
    """The window people run their kaizen loop in.

    Attributes:
        store: the open database.
        board: the board shown.
        columns: one ColumnWidget per stage, in board order.
    """

    def __init__(self, store: Store, board: BoardInfo) -> None:
        super().__init__()
        self.store = store
        self.board = board
        self.columns = {stage: ColumnWidget(stage) for stage in Stage}
        splitter = QSplitter(self)
        for column in self.columns.values():
            splitter.addWidget(column)
        self.setCentralWidget(splitter)
        self.setWindowTitle(self.tr("{0} — Kaizen Board").format(board.name))
        self.resize(1200, 760)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        for stage, count in ops.stage_counts(self.store, self.board.id).items():
            self.columns[stage].set_count(count)
