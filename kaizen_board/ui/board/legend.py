"""`ImpactLegend`: what the colour down a card's left edge means, in the status bar."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QWidget

from kaizen_board.ui.board.card_delegate import IMPACT_HUES, impact_colour


class ImpactLegend(QLabel):
    """A swatch and a word for each impact category: money, time, quality, safety."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact-legend")
        words = {
            "money": self.tr("money"),
            "time": self.tr("time"),
            "quality": self.tr("quality"),
            "safety": self.tr("safety"),
        }
        parts = [
            f'<span style="color:{impact_colour(category).name()}">&#9646;</span>&nbsp;'
            f"{html.escape(words[category])}"
            for category in IMPACT_HUES
        ]
        self.setText(self.tr("Impact:") + "&nbsp; " + "&nbsp;&nbsp; ".join(parts))
        self.setToolTip(self.tr("The colour down a card's left edge: what its improvement brings."))
        self.setAccessibleName(self.tr("Impact colours: {0}").format(", ".join(words.values())))
