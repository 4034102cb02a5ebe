"""What a search box means: words, `tag:NAME` and `@MEMBER`, as one SQL condition."""

from __future__ import annotations

import shlex
import time
from dataclasses import dataclass, field

from peewee import Expression, Value

from kaizen_board.store import Store
from kaizen_board.store.engine import Engine
from kaizen_board.store.models import Card, Member

# A search whose text the index finds on at most this many cards reads them by id.
FEW = 20_000
PLAN_SECONDS = 5.0
PLANS_KEPT = 64


def _contains(engine: Engine, column, text: str) -> Expression:
    """`column` contains `text`, letter case aside. SQLite's LIKE ignores the case of
    ASCII letters only, so text with any other letter ("über", "ÇA") is compared
    case-folded, through the engine's casefold (a Python call
    a row: such a search is slower). An ASCII search finds text whose other letters fold
    to ASCII ("strasse" for "Straße") only as typed."""
    if text.isascii():
        return column.contains(text)
    return engine.casefold(column).contains(text.casefold())


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

    def condition(self, store: Store) -> Expression | None:
        """The SQL condition on Card in the store's dialect, or None when the filter lets
        everything through. Reads the members' names: inside a read of the store."""
        return self.plan(store)[0]

    def plan(self, store: Store, *, counting: bool = False) -> tuple[Expression | None, bool]:
        """The condition (see `condition`), and whether the text index finds few cards
        for it (at most FEW for one of its words or tags): then the cards are better read
        by their ids from the index than by walking a column and testing each card.
        `counting` every match, the index is asked for every word it can find."""
        engine = store.engine
        parts: list[Expression] = []
        few = False
        for word in self.words:
            contains, rare = _text_contains(store, word, counting)
            named = _members_named(engine, word)
            if named:  # the word names members: their cards may hold it nowhere else
                parts.append(contains | Card.owner.in_(named) | Card.submitted_by.in_(named))
                continue
            parts.append(contains)
            few = few or rare
        for tag in self.tags:
            exactly = _contains(engine, Value(",").concat(Card.tags).concat(","), f",{tag},")
            contains, rare = _text_contains(store, tag, counting)
            parts.append(contains & exactly)  # the index narrows, then this
            few = few or rare
        for member in self.members:
            named = _members_named(engine, member)
            parts.append(Card.owner.in_(named) | Card.submitted_by.in_(named))
            few = few or not named
        if not parts:
            return None, False
        condition = parts[0]
        for part in parts[1:]:
            condition &= part
        return condition, few


def _text_contains(store: Store, text: str, counting: bool) -> tuple[Expression, bool]:
    """The engine's condition for `text` and whether it finds few cards, kept by the store
    for PLAN_SECONDS: the four columns and their counts ask at once, and asking the index
    costs a common word tens of milliseconds at a million cards. (Grown stale meanwhile,
    the answer can only make a search read its cards the slower way, never wrongly.)"""
    kept = store.memo.setdefault("search plans", {})
    now = time.monotonic()
    key = (text, counting)
    if key in kept and now - kept[key][0] < PLAN_SECONDS:
        return kept[key][1]
    if len(kept) > PLANS_KEPT:
        kept.clear()
    answer = store.engine.text_contains(store.database, text, FEW, counting=counting)
    kept[key] = (now, answer)
    return answer


def _members_named(engine: Engine, text: str) -> list[int]:
    """The members whose name holds `text` (a board has tens of them, not millions)."""
    query = Member.select(Member.id).where(_contains(engine, Member.name, text))
    return [member_id for (member_id,) in query.tuples()]
