"""`ImpactLegend`: what the colour down a card's left edge means, in the status bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from kaizen_board.ui.board.card_delegate import IMPACT_HUES, impact_colour


class ImpactLegend(QLabel):
    """A swatch and a word for each impact category: money, time, quality, safety."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact-legend")
        self.setText(self.tr("Impact:") + "&nbsp; " + impact_swatches())
        self.setToolTip(self.tr("The colour down a card's left edge: what its improvement brings."))
        self.setAccessibleName(
            self.tr("Impact colours: {0}").format(", ".join(impact_words().values()))
        )


def impact_words() -> dict[str, str]:
    """Each impact category's name, in the user's language."""
    return {
        "money": QCoreApplication.translate("ImpactLegend", "money"),
        "time": QCoreApplication.translate("ImpactLegend", "time"),
        "quality": QCoreApplication.translate("ImpactLegend", "quality"),
        "safety": QCoreApplication.translate("ImpactLegend", "safety"),
    }


def impact_swatches() -> str:
    """Rich text: a swatch of each impact category's colour, then its name (the legend's,
    and the help page's)."""
    words = impact_words()
    return "&nbsp;&nbsp; ".join(
        f'<span style="color:{impact_colour(category).name()}">&#9646;</span>&nbsp;'
        f"{html.escape(words[category])}"
        for category in IMPACT_HUES
    )
