"""The four stages of the kaizen loop, in board order."""

from __future__ import annotations

from enum import StrEnum

from kaizen_board.errors import InvalidInput
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate


class Stage(StrEnum):
    """A column of the board; the value is the key stored in the database."""

    STANDARD = "standard"
    MEET = "meet"
    IMPROVE = "improve"
    RESTANDARDIZE = "restandardize"

    @property
    def column_title(self) -> str:
        """The column title, in English (as CSV files and the database's words have it)."""
        return _TITLES[self]

    @property
    def title(self) -> str:
        """The column title in the user's language."""
        return translate("Stage", _TITLES[self])

    @property
    def order(self) -> int:
        """0 for Standard up to 3 for Re-standardize."""
        return _ORDER.index(self)

    @classmethod
    def parse(cls, text: str) -> Stage:
        """The stage named by its key or column title, in any letter case."""
        wanted = " ".join(str(text).split()).casefold()
        for stage in _ORDER:
            if wanted in (stage.value, stage.column_title.casefold(), stage.title.casefold()):
                return stage
        names = ", ".join(stage.value for stage in _ORDER)
        raise InvalidInput(
            translate("Stage", "unknown stage {text}: use one of {names}").format(
                text=repr(text), names=names
            )
        )


_ORDER = (Stage.STANDARD, Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE)
_TITLES = {
    Stage.STANDARD: QT_TRANSLATE_NOOP("Stage", "Standard"),
    Stage.MEET: QT_TRANSLATE_NOOP("Stage", "Meet the standard"),
    Stage.IMPROVE: QT_TRANSLATE_NOOP("Stage", "Improve"),
    Stage.RESTANDARDIZE: QT_TRANSLATE_NOOP("Stage", "Re-standardize"),
}
STAGES = _ORDER
