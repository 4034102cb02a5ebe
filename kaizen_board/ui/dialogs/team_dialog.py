"""`TeamDialog`: the board's team, whose confirmations of a standard count (step 2).

Whoever a card names as owner or submitter joins by that; here members are added by
name and removed (they stop counting, their history stays, and being named on a card
does not bring them back). Each change is one step on the undo stack, as any other.
Members are listed by name: never ranked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.store.models import name_key
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.plain_text import plain_label
from kaizen_board.ui.text_input import guard_composition, local_date


class TeamDialog(QDialog):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Team of {0}").format(controller.board.name))
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members of the team"))
        self.members.currentItemChanged.connect(lambda *_: self._enable())
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of a member to add"))
        self.name.setAccessibleName(self.tr("Name to add"))
        self.name.returnPressed.connect(self.add)
        guard_composition(self.name)  # Enter confirming a conversion adds no one
        self.name.textChanged.connect(lambda _text: self._enable())
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove from the team"), self)
        self.remove_button.clicked.connect(self.remove)
        about = plain_label(
            QLabel(
                self.tr(
                    "Everyone named on a card as owner or submitter joins the team. "
                    "Confirmations of a standard count for the members now on it; someone "
                    "removed stops counting, and their history stays."
                ),
                self,
            )
        )
        about.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.name, 1)
        adding.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(adding)
        layout.addWidget(buttons)
        self.resize(420, 460)
        controller.operation_did_execute.connect(self._on_operation)
        self.load()

    def _on_operation(self, _executed) -> None:
        self.load()

    def load(self) -> None:
        with self.controller.reading():
            team = ops.team_of(self.controller.store, self.controller.board.id, with_left=True)
        current = self.selected()
        self.members.clear()
        for member in team:
            if member.left_at is None:
                text = member.name
            else:
                text = self.tr("{0} (left {1})").format(
                    member.name, local_date(member.left_at.astimezone().date())
                )
            item = QListWidgetItem(text, self.members)
            item.setData(Qt.ItemDataRole.UserRole, (member.name, member.left_at is None))
            if member.name == current:
                self.members.setCurrentItem(item)
        self._enable()

    def selected(self) -> str | None:
        item = self.members.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)[0]

    def _enable(self) -> None:
        writable = self.controller.read_only is None
        item = self.members.currentItem()
        on_team = item is not None and item.data(Qt.ItemDataRole.UserRole)[1]
        self.remove_button.setEnabled(writable and on_team)
        self.add_button.setEnabled(writable and bool(self.name.text().strip()))
        self.name.setEnabled(writable)

    def add(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.controller.add_member(name)
        with self.controller.reading():
            team = ops.current_team(self.controller.store, self.controller.board.id)
        if name_key(name) in {name_key(member) for member in team}:
            self.name.clear()  # on the team (a refusal keeps what was typed)

    def remove(self) -> None:
        name = self.selected()
        if name is not None:
            self.controller.remove_member(name)
