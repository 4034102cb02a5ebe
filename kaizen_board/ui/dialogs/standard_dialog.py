"""The kaizen loop's nudges as a card moves: write the standard before it leaves
Standard (step 1), go on to Improve only once the team works to it (step 2: the members
who have not confirmed it are named), write the new standard as it enters Re-standardize
(steps 3 and 4). Each can be skipped ("Move anyway"); Cancel leaves the card where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.ops.standards import Nudge
from kaizen_board.translation import translate
from kaizen_board.ui.plain_text import plain_label

MOVE_ANYWAY = object()  # the answer that moves without writing


class StandardPrompt(QDialog):
    """Asks for a card's standard as it moves (see the module)."""

    def __init__(self, card: dict, nudge: Nudge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nudge = nudge
        self.before = card["standard"] if nudge is Nudge.NEW_STANDARD else ""
        self.setWindowTitle(
            self.tr("Write the standard")
            if nudge is Nudge.NO_STANDARD
            else self.tr("Write the new standard")
        )
        title = card["title"]
        if nudge is Nudge.NO_STANDARD:
            text = self.tr(
                "“{0}” has no standard yet. Step 1 of kaizen: write down how the work is "
                "done now, so that the team can meet it and improve it."
            ).format(title)
        else:
            text = self.tr(
                "“{0}” is improved. Write its new standard: the improvement becomes the way "
                "the work is done."
            ).format(title)
        self.message = plain_label(QLabel(text, self))
        self.message.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("How the work is done, step by step"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        texts = QHBoxLayout()
        if nudge is Nudge.NEW_STANDARD:
            before = QPlainTextEdit(self)
            before.setPlainText(card["standard"])
            before.setReadOnly(True)
            before.setPlaceholderText(self.tr("(none was written)"))
            column = QVBoxLayout()
            column.addWidget(QLabel(self.tr("Before:"), self))
            column.addWidget(before)
            texts.addLayout(column)
            self.editor.setPlainText(card["standard"])
        column = QVBoxLayout()
        label = QLabel(
            self.tr("&New standard:") if nudge is Nudge.NEW_STANDARD else self.tr("&Standard:"),
            self,
        )
        label.setBuddy(self.editor)
        column.addWidget(label)
        column.addWidget(self.editor)
        texts.addLayout(column)
        layout.addLayout(texts, 1)
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            self.tr("&Write and move"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.anyway_button = self.buttons.addButton(
            self.tr("&Move anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.write_button.setDefault(True)
        self.answer: str | object | None = None
        self.write_button.clicked.connect(self._write)
        self.anyway_button.clicked.connect(self._anyway)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._enable)
        layout.addWidget(self.buttons)
        self.resize(640 if nudge is Nudge.NEW_STANDARD else 460, 320)
        self.editor.setFocus()
        self._enable()

    def _enable(self) -> None:
        """Write only something written: not nothing, not the old text unchanged."""
        text = self.editor.toPlainText()
        self.write_button.setEnabled(bool(text.strip()) and text != self.before)

    def _write(self) -> None:
        self.answer = self.editor.toPlainText()
        self.accept()

    def _anyway(self) -> None:
        self.answer = MOVE_ANYWAY
        self.accept()


def members_missing_box(card: dict, parent: QWidget | None = None) -> QMessageBox:
    """Step 2's warning: who has not yet confirmed they work to the standard."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("StandardPrompt", "Not everyone works to the standard yet"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "StandardPrompt",
            "“{0}”: do not skip this step. Before improving a standard, everyone works to "
            "it. Not yet confirmed by: {1}.",
        ).format(card["title"], ", ".join(card["missing"]))
    )
    box.setInformativeText(
        translate(
            "StandardPrompt",
            "Each member confirms in the card's editor, or with Ctrl+K on the board.",
        )
    )
    box.anyway_button = box.addButton(
        translate("StandardPrompt", "&Move anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(box.cancel_button)
    return box


def ask(parent: QWidget, card: dict, nudge: Nudge) -> str | object | None:
    """The text to write with the move, MOVE_ANYWAY, or None (cancel)."""
    if nudge is Nudge.MEMBERS_MISSING:
        box = members_missing_box(card, parent)
        try:
            box.exec()
            return MOVE_ANYWAY if box.clickedButton() is box.anyway_button else None
        finally:
            box.deleteLater()
    dialog = StandardPrompt(card, nudge, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer
    finally:
        dialog.deleteLater()
