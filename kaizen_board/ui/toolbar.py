"""`BoardToolbar`: which board is shown, and who is at the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from kaizen_board import ops
from kaizen_board.errors import KaizenError
from kaizen_board.ops.fields import clean_name
from kaizen_board.ui.commands import Executed
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.plain_text import warn


class BoardToolbar(QToolBar):
    """The board chooser and the "You are" box.

    A board chosen is shown through the controller; the member typed or chosen is the one
    changes are recorded for on a desktop file (remembered in the settings). On a team
    server the member is the role the server signed in, and the box cannot change it.
    The boxes follow the controller's broadcast like every screen (a board switched to
    is broadcast as a change of everything).

    Attributes:
        board_box: the boards of the database, the one shown chosen.
        member_box: the members, the one at the keyboard shown (editable).
    """

    def __init__(
        self, controller: BoardController, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Board"), parent)
        self.controller = controller
        self.settings = settings
        self.setObjectName("board-toolbar")
        self.setMovable(False)
        self.board_box = QComboBox(self)
        self.board_box.setAccessibleName(self.tr("Board"))
        self.board_box.setMinimumContentsLength(14)
        self.board_box.activated.connect(self._on_board_chosen)
        self.member_box = QComboBox(self)
        self.member_box.setEditable(True)
        self.member_box.setAccessibleName(self.tr("You are"))
        self.member_box.setMinimumContentsLength(14)
        self.member_box.lineEdit().editingFinished.connect(self._on_member_changed)
        self.member_box.activated.connect(lambda _index: self._on_member_changed())
        # Each box named by its label (the name Qt's accessibility gives a box on Linux).
        for text, box in (
            (self.tr(" Board: "), self.board_box),
            (self.tr(" You are: "), self.member_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(box)
            self.addWidget(label)
            self.addWidget(box)
        self.insertSeparator(self.actions()[2])
        controller.operation_did_execute.connect(self._on_operation)
        self.fill()

    def put_actions(self, actions: list[QAction | None]) -> None:
        """Buttons for the window's most used actions (None: a separator), before the
        boxes; each shows its icon, and its name and shortcut as a tooltip."""
        first = self.actions()[0]
        for action in actions:
            if action is None:
                self.insertSeparator(first)
                continue
            self.insertAction(first, action)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{name} ({shortcut})" if shortcut else name)
        self.insertSeparator(first)

    def fill(self) -> None:
        """Read the boards and members again."""
        store = self.controller.store
        with self.controller.reading():
            boards, members = ops.list_boards(store), ops.member_names(store)
            self.board_box.clear()
            for board in boards:
                self.board_box.addItem(board.name, board.id)
            self.board_box.setCurrentIndex(self.board_box.findData(self.controller.board.id))
            self.member_box.clear()
            self.member_box.addItems(members)
            self.member_box.setCurrentText(store.member_name)
            # On a team server the member is the one the server signed in.
            self.member_box.setEnabled(not store.signed_in)

    def _on_operation(self, executed: Executed) -> None:
        if executed.boards or executed.everything:
            self.fill()

    def _on_board_chosen(self, index: int) -> None:
        board_id = self.board_box.itemData(index)
        if board_id == self.controller.board.id:
            return
        with self.controller.reading():
            self.controller.switch_board(ops.board_of(self.controller.store, board_id))

    def _on_member_changed(self) -> None:
        store = self.controller.store
        try:
            name = clean_name(self.member_box.currentText())
        except KaizenError as error:
            warn(self, str(error))
            self.member_box.setCurrentText(store.member_name)
            return
        store.member_name = name
        self.settings.setValue("member", name)
