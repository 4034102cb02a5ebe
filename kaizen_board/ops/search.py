"""What a search box means: words, `tag:NAME` and `@MEMBER`, as one SQL condition."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from peewee import Expression, Value

from kaizen_board.store.engine import Engine
from kaizen_board.store.models import Card, Member


def _contains(engine: Engine, column, text: str) -> Expression:
    """`column` contains `text`, letter case aside. SQLite's LIKE ignores the case of
    ASCII letters only, so text with any other letter ("über", "ÇA") is compared
    case-folded, through the engine's casefold (a Python call
    a row: such a search is slower). An ASCII search finds text whose other letters fold
    to ASCII ("strasse" for "Straße") only as typed."""
    if text.isascii():
        return column.contains(text)
    return engine.casefold(column).contains(text.casefold())


def _in_card_text(engine: Engine, word: str) -> Expression:
    """The word is in the title, description, standard or tags, letter case and accents
    aside: through the engine's text index (store/text.py)."""
    return engine.text_contains(word)


@dataclass(frozen=True)
class CardFilter:
    """Cards matching every part: each word in the title, description, standard, tags
    or a member's name; each tag exactly (letter case aside); each member as owner or
    submitter (any part of the name).
    """

    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    text: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> CardFilter:
        try:
            parts = shlex.split(text)
        except ValueError:  # an unclosed quote: take the words as they are
            parts = text.split()
        words, tags, members = [], [], []
        for part in parts:
            lowered = part.casefold()
            if lowered.startswith("tag:") and len(part) > 4:
                tags.append(part[4:])
            elif part.startswith("@") and len(part) > 1:
                members.append(part[1:])
            elif lowered.startswith(("member:", "owner:")) and ":" in part[:-1]:
                members.append(part.split(":", 1)[1])
            else:
                words.append(part)
        return cls(tuple(words), tuple(tags), tuple(members), text=text.strip())

    def __bool__(self) -> bool:
        return bool(self.words or self.tags or self.members)

    def condition(self, engine: Engine) -> Expression | None:
        """The SQL condition on Card in the engine's dialect, or None when the filter lets
        everything through."""
        parts: list[Expression] = []
        for word in self.words:
            named = Member.select(Member.id).where(_contains(engine, Member.name, word))
            parts.append(
                _in_card_text(engine, word) | Card.owner.in_(named) | Card.submitted_by.in_(named)
            )
        for tag in self.tags:
            parts.append(_contains(engine, Value(",").concat(Card.tags).concat(","), f",{tag},"))
        for member in self.members:
            named = Member.select(Member.id).where(_contains(engine, Member.name, member))
            parts.append(Card.owner.in_(named) | Card.submitted_by.in_(named))
        if not parts:
            return None
        condition = parts[0]
        for part in parts[1:]:
            condition &= part
        return condition
