"""The daily backup in the background, and File > Restore from backup…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.errors import KaizenError
from kaizen_board.store.backups import backups_of
from kaizen_board.store.restore import check_and_back_up
from kaizen_board.translation import translate
from kaizen_board.ui.plain_text import as_rich_text, plain_label
from kaizen_board.ui.text_input import local_moment


class DailyBackup(QThread):
    """Runs the core's check and daily backup (store.backups.check_and_back_up) off the
    window's thread: the check takes about a second a million cards.

    Signals:
        done(str): the backup written, or "" when none was due.
        failed(str): the backup could not be taken or verified; the message says why.
        damaged(str): the check found the database damaged (no backup was taken).
    """

    done = Signal(str)
    failed = Signal(str)
    damaged = Signal(str)

    def __init__(self, location: str, now, parent=None) -> None:
        super().__init__(parent)
        self.location = location
        self.now = now

    def run(self) -> None:
        try:
            found = check_and_back_up(self.location, self.now)
        except (KaizenError, OSError) as error:
            self.failed.emit(str(error))
            return
        if found.damage is not None:
            self.damaged.emit(found.damage)
        else:
            self.done.emit("" if found.backup is None else str(found.backup))


class RestoreDialog(QDialog):
    """The backups of the database, newest first, or any other backup file."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(520, 360)
        self.chosen: Path | None = None
        self.backups = QListWidget(self)
        for backup in backups_of(database):
            item = QListWidgetItem(f"{local_moment(backup.taken_at)}   {backup.describe()}")
            item.setToolTip(str(backup.path))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self.backups.itemDoubleClicked.connect(lambda _item: self.accept())
        other = QPushButton(self.tr("Other file…"), self)
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(QLabel(self.tr("Backups of {0}, newest first:").format(database)))
        )
        layout.addWidget(self.backups, 1)
        layout.addWidget(buttons)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), "", self.tr("Databases (*.sqlite *.db);;All files (*)")
        )
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        if self.chosen is None:
            item = self.backups.currentItem()
            if item is None:
                return
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


def confirm_restore(parent: QWidget, backup: Path, database: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("RestoreDialog", "Restore from backup"),
        as_rich_text(
            translate(
                "RestoreDialog",
                "Replace everything in {0} with the backup {1}?\n\nWhat it holds now is backed "
                "up first, so this too can be undone by restoring that backup.",
            ).format(database, backup.name)
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
