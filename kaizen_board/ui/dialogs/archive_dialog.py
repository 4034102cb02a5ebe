"""`ArchiveDialog`: find archived cards and put them back on the board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.translation import english_plural, translate
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.text_input import local_number

SHOWN_AT_MOST = 500


class ArchiveDialog(QDialog):
    """The board's archived cards, newest first, filtered by the text typed."""

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Archived cards — {0}").format(controller.board.name))
        self.resize(560, 480)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Search: words, tag:5S, @name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Search archived cards"))
        self.filter.textChanged.connect(self.load)
        self.cards = QListWidget(self)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cards.setAccessibleName(self.tr("Archived cards"))
        self.cards.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.summary = QLabel(self)
        self.restore_button = QPushButton(self.tr("&Restore to the board"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("&Delete for good…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        lines = ops.list_cards(
            self.controller.store,
            self.controller.board.id,
            archived=True,
            search=ops.CardFilter.parse(self.filter.text()),
            limit=SHOWN_AT_MOST,
        )
        self.cards.clear()
        for line in lines:
            stage = line.stage.title
            item = QListWidgetItem(f"{line.title}    ({stage})")
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            self.cards.addItem(item)
        count = self.cards.count()
        self.summary.setText(
            english_plural(self.tr("%n card(s) shown", "", count), count)
            if count < SHOWN_AT_MOST
            else self.tr("The first {0} cards: type to narrow them down").format(
                local_number(count)
            )
        )

    def restore_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.cards.selectedItems()]
        if ids:
            self.controller.restore(ids)
            self.load()

    def delete_selected(self) -> None:
        """Delete the selected cards for good, once asked (Edit > Undo brings them back)."""
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.cards.selectedItems()]
        if ids and ask_to_delete(self, len(ids)):
            self.controller.delete(ids)
            self.load()


def ask_to_delete(parent: QWidget, count: int) -> bool:
    """Whether to delete `count` archived cards for good."""
    answer = QMessageBox.question(
        parent,
        translate("ArchiveDialog", "Delete for good"),
        translate(
            "ArchiveDialog",
            "Delete %n card(s) for good? Their history stays in the charts and the "
            "review; Edit > Undo brings them back.",
            None,
            count,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
