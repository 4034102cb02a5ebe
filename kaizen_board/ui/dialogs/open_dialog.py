"""File > Open database…: a database file, or a team server by its address; and the
password a server asks for, kept in memory only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.translation import translate
from kaizen_board.ui.folders import remember, start_in
from kaizen_board.ui.plain_text import plain_label
from kaizen_board.ui.text_input import guard_composition

SERVER_HINT = "postgresql://aiko@kaizen.example.com/board"


class OpenDialog(QDialog):
    """A file chosen from the disk, or a team server's address typed.

    Attributes:
        location: what was chosen: a file's path or a postgresql:// address.
        address: the field for a team server's address.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self.location: str | None = None
        file_button = QPushButton(self.tr("A database &file…"), self)
        file_button.clicked.connect(self._choose_file)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(SERVER_HINT)
        # Wide enough for an address to be read whole, as the hint shows one.
        self.address.setMinimumWidth(
            self.address.fontMetrics().horizontalAdvance(SERVER_HINT) * 5 // 4
        )
        self.address.setAccessibleName(self.tr("Team server address"))
        self.address.returnPressed.connect(self.accept)
        guard_composition(self.address)  # Enter confirming a conversion opens nothing
        hint = plain_label(
            QLabel(
                self.tr(
                    "A password is asked for when the server wants one, and kept only "
                    "while the window is open; ~/.pgpass and PGPASSWORD work too."
                ),
                self,
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(file_button)
        layout.addWidget(QLabel(self.tr("or a &team server:"), self, buddy=self.address))
        layout.addWidget(self.address)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.address.setFocus()  # typing an address is the keyboard's way; Alt+F a file

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            start_in(),
            self.tr("Kaizen Board databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            remember(path)
            self.location = path
            super().accept()

    def accept(self) -> None:
        if self.location is None:
            address = self.address.text().strip()
            if not address:
                return
            self.location = address
        super().accept()


def ask_location(parent: QWidget | None) -> str | None:
    dialog = OpenDialog(parent)
    try:
        return dialog.location if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_password(parent: QWidget | None, location: str) -> str | None:
    """The password for a server that wants one; None if the user gives none."""
    password, accepted = QInputDialog.getText(
        parent,
        translate("OpenDialog", "Team server"),
        translate("OpenDialog", "Password for {0}:").format(
            location.replace("&", "&&")
        ),  # & is no shortcut
        QLineEdit.EchoMode.Password,
    )
    return password if accepted and password else None
