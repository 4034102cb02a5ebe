"""The four stages of the kaizen loop, in board order."""

from __future__ import annotations

from enum import StrEnum

from kaizen_board.errors import InvalidInput


class Stage(StrEnum):
    """A column of the board; the value is the key stored in the database."""

    STANDARD = "standard"
    MEET = "meet"
    IMPROVE = "improve"
    RESTANDARDIZE = "restandardize"

    @property
    def column_title(self) -> str:
        """The column title, in English; the UI passes it through `tr`."""
        return _TITLES[self]

    @property
    def order(self) -> int:
        """0 for Standard up to 3 for Re-standardize."""
        return _ORDER.index(self)

    @classmethod
    def parse(cls, text: str) -> Stage:
        """The stage named by its key or column title, in any letter case."""
        wanted = " ".join(str(text).split()).casefold()
        for stage in _ORDER:
            if wanted in (stage.value, stage.column_title.casefold()):
                return stage
        names = ", ".join(stage.value for stage in _ORDER)
        raise InvalidInput(f"unknown stage {text!r}: use one of {names}")


_ORDER = (Stage.STANDARD, Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE)
_TITLES = {
    Stage.STANDARD: "Standard",
    Stage.MEET: "Meet the standard",
    Stage.IMPROVE: "Improve",
    Stage.RESTANDARDIZE: "Re-standardize",
}
STAGES = _ORDER
