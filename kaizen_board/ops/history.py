"""Events (the card's history) and `Change`, the record that lets any operation be undone."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from kaizen_board.errors import Conflict, InvalidInput, NotFound
from kaizen_board.ops.ranks import rank_near
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Board, Card, Event, StandardRevision, to_micros
from kaizen_board.store.statements import run_cached


class EventKind(StrEnum):
    CREATED = "created"  # an idea submitted
    EDITED = "edited"
    MOVED = "moved"  # to another stage
    IMPROVED = "improved"  # moved into Re-standardize for the first time in its lap
    REORDERED = "reordered"  # within its stage
    ARCHIVED = "archived"
    RESTORED = "restored"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    """What one operation did, with all that is needed to undo it exactly.

    Attributes:
        label: what the change did, for an Undo menu ("Move 'Tool board' to Improve").
        card_id: the card changed.
        event_id: the event the change recorded; undoing removes just that event.
        kind: the kind of that event ("improved" for a move that counted one).
        before: the card's row before the change; None if the change created it.
        after_version: the card's version after; None if the change deleted it.
        revisions: standard revisions the change added (an edit) or removed (a delete).
    """

    label: str
    card_id: int
    event_id: int
    kind: EventKind
    before: dict[str, Any] | None
    after_version: int | None
    revisions: tuple[dict[str, Any], ...] = field(default=())


def record_event(
    card: dict[str, Any],
    kind: EventKind,
    at: datetime,
    member_id: int,
    **values: Any,
) -> int:
    """Store one event of `card` (its row as a dict, after the change)."""
    detail = values.pop("detail", None)
    return Event.insert(
        board=card["board"],
        card_id=card["id"],
        kind=kind.value,
        at=at,
        member=member_id,
        lap=card["lap"],
        detail=None if detail is None else json.dumps(detail, ensure_ascii=False),
        **values,
    ).execute()


_FIELDS = Card._meta.sorted_fields  # the columns of Card.select(), in order


def load_card(
    card_id: int, *, board_id: int | None = None, expected_version: int | None = None
) -> dict[str, Any]:
    """The card's row, checked to be on `board_id` and at `expected_version` if given."""
    database = Card._meta.database
    row = run_cached(
        database, "load card", lambda: Card.select().where(Card.id == 0), (card_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"there is no card #{card_id}")
    card = {
        field.name: field.python_value(value) for field, value in zip(_FIELDS, row, strict=True)
    }
    if board_id is not None and card["board"] != board_id:
        theirs = Board.get_by_id(card["board"]).name
        ours = Board.get_by_id(board_id).name
        raise InvalidInput(f"card #{card_id} is on board {theirs!r}, not on {ours!r}")
    if expected_version is not None and card["version"] != expected_version:
        raise Conflict(
            f"card #{card_id} was changed elsewhere since you opened it "
            f"(version {card['version']}, you had {expected_version}); "
            "look at it again and repeat your change"
        )
    return card


def update_card(card: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Write `values` to the card and bump its version; the new row as a dict."""
    values = {**values, "version": card["version"] + 1}
    updated = (
        Card.update(values)
        .where((Card.id == card["id"]) & (Card.version == card["version"]))
        .execute()
    )
    if updated != 1:
        raise Conflict(f"card #{card['id']} was changed elsewhere at the same moment")
    return {**card, **values}


def lead_time(since: datetime, until: datetime) -> int:
    return max(to_micros(until) - to_micros(since), 0)


def undo(store: Store, change: Change) -> None:
    """Put the card back as it was before `change` and remove the change's event.

    Refused with `Conflict`, changing nothing, if the card was changed after `change`
    (by another window or process) so that undoing would lose that later change.
    """
    with store.write():
        current = Card.select().where(Card.id == change.card_id).dicts().first()
        if change.after_version is None:
            if current is not None:
                raise Conflict(f"card #{change.card_id} exists again; the delete was not undone")
        elif current is None or current["version"] != change.after_version:
            raise Conflict(
                f"card #{change.card_id} was changed elsewhere after this change, "
                "so it was not undone"
            )
        if change.before is None:
            Card.delete().where(Card.id == change.card_id).execute()
        else:
            row = dict(change.before)
            if row["archived_at"] is None:
                row["rank"] = rank_near(
                    row["board"], Stage(row["stage"]), row["rank"], change.card_id
                )
            if current is None:
                Card.insert(row).execute()
                if change.revisions:
                    StandardRevision.insert_many(change.revisions).execute()
            else:
                # The version goes back too: the card is again exactly as it was, so
                # the change before this one on an undo stack can be undone in turn.
                Card.update(row).where(Card.id == change.card_id).execute()
                ids = [revision["id"] for revision in change.revisions]
                StandardRevision.delete().where(StandardRevision.id.in_(ids)).execute()
        Event.delete().where(Event.id == change.event_id).execute()
