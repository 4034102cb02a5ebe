"""The rules a card's fields obey, applied before anything is written."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum

from kaizen_board.errors import InvalidInput
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

TITLE_MAX = 200
NAME_MAX = 80
BOARD_NAME_MAX = 100
TAG_MAX = 40
TEXT_MAX = 100_000  # characters: a Jira description (at most 32,767 there) fits whole
NOTE_MAX = 2_000


class Impact(StrEnum):
    """What an improvement saves or makes better."""

    MONEY = "money"
    TIME = "time"
    QUALITY = "quality"
    SAFETY = "safety"


# The fields the rules name, as their messages say them ("the title is empty: ..."): each
# with its article, so that a language gives its own (der Titel, die Beschreibung).
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Fields", "the title"),
    "member name": QT_TRANSLATE_NOOP("Fields", "the member name"),
    "board name": QT_TRANSLATE_NOOP("Fields", "the board name"),
    "tag": QT_TRANSLATE_NOOP("Fields", "the tag"),
    "description": QT_TRANSLATE_NOOP("Fields", "the description"),
    "standard": QT_TRANSLATE_NOOP("Fields", "the standard"),
    "impact note": QT_TRANSLATE_NOOP("Fields", "the impact note"),
}


def _the(what: str) -> str:
    """ "the title": the field `what` as a rule's message names it, translated."""
    if what in _FIELDS:
        return translate("Fields", _FIELDS[what])
    return translate("Fields", "the {field}").format(field=what)


def _control_characters(text: str, allowed: str = "") -> list[str]:
    """Control characters (and lone surrogates, which are not text at all) in `text`."""
    return [
        char for char in text if unicodedata.category(char) in ("Cc", "Cs") and char not in allowed
    ]


def _kind_of(char: str) -> str:
    if unicodedata.category(char) == "Cs":
        return translate(
            "Fields",
            "a character that is not text (half of a pair, from bytes that are not UTF-8)",
        )
    return translate("Fields", "a control character")


def clean_line(text: str, what: str, limit: int) -> str:
    """A one-line value: trimmed, not empty, no control characters, not too long."""
    value = str(text).strip()
    if not value:
        raise InvalidInput(
            translate("Fields", "{field} is empty: type at least one character").format(
                field=_the(what)
            )
        )
    bad = _control_characters(value)
    if bad:
        raise InvalidInput(
            translate(
                "Fields", "{field} contains {character} ({code}); it must be one line of text"
            ).format(field=_the(what), character=_kind_of(bad[0]), code=f"{ord(bad[0]):#04x}")
        )
    if len(value) > limit:
        raise InvalidInput(_too_long(what, value, limit))
    return value


def _too_long(what: str, value: str, limit: int) -> str:
    return translate("Fields", "{field} is {length} characters long; at most {limit} fit").format(
        field=_the(what), length=len(value), limit=limit
    )


def clean_title(text: str) -> str:
    return clean_line(text, "title", TITLE_MAX)


def clean_name(text: str, what: str = "member name") -> str:
    return clean_line(text, what, NAME_MAX)


def clean_text(text: str | None, what: str, limit: int = TEXT_MAX) -> str:
    """A multi-line text: line breaks and tabs are fine, other control characters not."""
    value = "" if text is None else str(text)
    bad = _control_characters(value, allowed="\n\t\r")
    if bad:
        raise InvalidInput(
            translate("Fields", "{field} contains {character} ({code})").format(
                field=_the(what), character=_kind_of(bad[0]), code=f"{ord(bad[0]):#04x}"
            )
        )
    if len(value) > limit:
        raise InvalidInput(_too_long(what, value, limit))
    return value


def clean_tags(tags: str | Iterable[str] | None) -> str:
    """Tags as stored: comma-separated, trimmed, each once (first spelling wins)."""
    if tags is None:
        return ""
    parts = tags.split(",") if isinstance(tags, str) else list(tags)
    kept: list[str] = []
    seen: set[str] = set()
    for part in parts:
        if "," in part:
            raise InvalidInput(
                translate("Fields", "the tag {tag} contains a comma, which separates tags").format(
                    tag=repr(part)
                )
            )
        tag = " ".join(part.split())
        if not tag:
            continue
        tag = clean_line(tag, "tag", TAG_MAX)
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return ",".join(kept)


def split_tags(stored: str) -> list[str]:
    return [tag for tag in stored.split(",") if tag]


def tags_for_editing(stored: str) -> str:
    """Stored tags as a person edits them: "5S, safety" (clean_tags reads it back)."""
    return ", ".join(split_tags(stored))


def clean_impact(value: str | Impact | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    wanted = str(value).strip().casefold()
    for impact in Impact:
        if impact.value == wanted:
            return impact.value
    names = ", ".join(impact.value for impact in Impact)
    raise InvalidInput(
        translate("Fields", "unknown impact category {value}: use one of {names}").format(
            value=repr(value), names=names
        )
    )
