"""Help > How the board works: the loop, laps, ideas and improvements, the marks on a card,
and the keyboard, on one page."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kaizen_board.stages import Stage
from kaizen_board.ui.board.legend import impact_swatches


class HelpDialog(QDialog):
    """The page a new user reads first (F1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How the board works — Kaizen Board"))
        self.resize(640, 700)
        self.page = QTextBrowser(self)
        self.page.setAccessibleName(self.tr("How the board works"))
        self.page.setOpenExternalLinks(False)
        self.page.setHtml(self.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        keys = [
            ("Ctrl+N", self.tr("type a new idea (Enter adds it to the top of Standard)")),
            ("Ctrl+F", self.tr("find cards: words, tag:5S, @name")),
            ("Tab, ←, →", self.tr("go through the columns; ↑ and ↓ through the cards")),
            ("Enter", self.tr("open the card")),
            ("Ctrl+→, Ctrl+←", self.tr("move the card to the next or previous stage")),
            ("Ctrl+↑, Ctrl+↓", self.tr("move the card up or down its column")),
            ("Ctrl+K", self.tr("confirm you work to the card's standard")),
            ("Delete", self.tr("archive the card")),
            (_native(QKeySequence.StandardKey.Undo), self.tr("undo (and redo with Ctrl+Shift+Z)")),
            ("Ctrl+Shift+C", self.tr("charts")),
            ("Ctrl+P", self.tr("print the weekly review")),
            ("Ctrl++, Ctrl+-, Ctrl+0", self.tr("make the board larger, smaller, its own size")),
            ("F11", self.tr("full screen, for the meeting-room screen")),
        ]
        rows = "".join(
            f"<tr><td><b>{html.escape(key)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
            for key, what in keys
        )
        parts = [
            f"<h2>{self.tr('How the board works')}</h2>",
            "<p>"
            + self.tr(
                "Kaizen is improving every process a little, every day, by everyone. Each "
                "card is a process or an idea, and goes round four stages:"
            )
            + "</p><ol>",
            "<li><b>"
            + Stage.STANDARD.title
            + "</b>: "
            + self.tr("how the work is done today.")
            + "</li>",
            "<li><b>"
            + Stage.MEET.title
            + "</b>: "
            + self.tr(
                "the team learns to work to it; each member confirms it (Ctrl+K), and the "
                "card counts them: 5/7 on standard."
            )
            + "</li>",
            "<li><b>"
            + Stage.IMPROVE.title
            + "</b>: "
            + self.tr("a better way, on trial.")
            + "</li>",
            "<li><b>"
            + Stage.RESTANDARDIZE.title
            + "</b>: "
            + self.tr("the improvement that worked is written into the new standard.")
            + "</li></ol>",
            "<p>"
            + self.tr(
                "From Re-standardize a card goes back to Standard and starts its next "
                "<b>lap</b>: the loop never ends. An <b>idea</b> is a card added; an "
                "<b>improvement</b> is counted the first time in a lap a card reaches "
                "Re-standardize, for its owner."
            )
            + "</p>",
            f"<h3>{self.tr('What a card shows')}</h3><ul>",
            "<li>" + self.tr("its title, then its tags as coloured chips;") + "</li>",
            "<li>"
            + self.tr("its owner's initials in a circle of the owner's own colour;")
            + "</li>",
            "<li>"
            + self.tr("the colour down its left edge: what the improvement brings:")
            + f" {impact_swatches()};</li>",
            "<li>"
            + self.tr(
                "in amber, what the loop still asks of it (no standard, a new standard "
                "not written, or who works to it so far), in green once it is done;"
            )
            + "</li>",
            "<li>"
            + self.tr(
                "how long it has waited in its column, from a week on; lap 2 and after; a "
                "small camera if it has before and after pictures."
            )
            + "</li></ul>",
            f"<h3>{self.tr('The keyboard')}</h3><table>{rows}</table>",
            "<p>"
            + self.tr("Everything can be done by mouse too: drag cards, right-click a card or a")
            + " "
            + self.tr("column's header for its menu.")
            + "</p>",
        ]
        return "".join(parts)


def _native(key: QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
