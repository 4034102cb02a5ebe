"""Text from users and files shown as written, never read as HTML by a Qt widget.

Qt reads any text that looks like markup as rich text (labels, message boxes, tooltips):
a card titled "<img src=...>" or a CSV column named "<h1>" would be rendered, local
images included. Labels are set to plain text; where only rich text will do (message
boxes, tooltips), the text is escaped into it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def as_rich_text(text: str) -> str:
    """`text` as rich text that shows exactly `text` (line breaks kept); it wraps."""
    return "<qt>" + html.escape(str(text), quote=False).replace("\n", "<br>") + "</qt>"


def plain_label(label: QLabel) -> QLabel:
    """Make a label show its text as it is, whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def warn(parent: QWidget | None, message: str) -> None:
    """A message the user must read (a change refused, a file that cannot be read), in a
    warning box, as written, its first letter a capital."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Messages", "Kaizen Board"),
        as_rich_text(message[:1].upper() + message[1:]),
    )


def capitalized(text: str) -> str:
    """`text` with its first letter a capital, the rest as written (not `str.capitalize`,
    which lowers every other letter: German nouns, names, "UTF-8")."""
    return text[:1].upper() + text[1:]
