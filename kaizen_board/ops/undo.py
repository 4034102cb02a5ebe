"""Undo and redo: `Change`, the record of what one operation did, and its exact inverse.

Every operation returns the `Change`s it made. `undo` puts the card back as it was and
removes just the event the change recorded; `redo` replays the change as recorded, the
same card (same id) and the same event (same id, same time). Both refuse, changing
nothing, when the card was changed meanwhile by another window or process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kaizen_board.errors import Conflict
from kaizen_board.events import EventKind
from kaizen_board.ops.ranks import rank_near
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card, Event, StandardRevision


@dataclass(frozen=True)
class Change:
    """What one operation did, recorded so that it can be undone and redone exactly.

    Attributes:
        label: what the change did, for an Undo menu ("Move 'Tool board' to Improve").
        before: the card's row before the change; None if the change created it.
        after: the card's row after the change; None if the change deleted it.
        event: the event the change recorded, as stored (its id included): undo removes
            just that event, redo stores it again.
        revisions: standard revisions the change added (an edit) or removed (a delete),
            as stored.
    """

    label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    event: dict[str, Any]
    revisions: tuple[dict[str, Any], ...] = field(default=())

    @property
    def card_id(self) -> int:
        return self.event["card_id"]

    @property
    def event_id(self) -> int:
        return self.event["id"]

    @property
    def kind(self) -> EventKind:
        return EventKind(self.event["kind"])

    @property
    def after_version(self) -> int | None:
        return None if self.after is None else self.after["version"]


def undo(store: Store, change: Change) -> None:
    """Put the card back as it was before `change` and remove the change's event.

    Refused with `Conflict`, changing nothing, if the card was changed after `change`
    (by another window or process) so that undoing would lose that later change.
    """
    card = change.card_id
    with store.write():
        current = _current_row(card)
        _require(
            current,
            change.after,
            f"card #{card} exists again; the delete was not undone",
            f"card #{card} was changed elsewhere after this change, so it was not undone",
        )
        _put_row(card, current, change.before)
        if change.after is None:  # a delete: the revisions went with the card
            _insert_revisions(change.revisions)
        elif change.before is not None:  # an edit: the revisions it added go
            _delete_revisions(change.revisions)
        Event.delete().where(Event.id == change.event_id).execute()


def redo(store: Store, change: Change) -> None:
    """Make `change` again after `undo`: the same card (same id) gets the same row, and
    the same event (same id, same time) is stored again.

    Refused with `Conflict`, changing nothing, if the card is no longer as the change
    found it (another window or process changed it since the undo).
    """
    card = change.card_id
    with store.write():
        current = _current_row(card)
        _require(
            current,
            change.before,
            f"card #{card} exists again, so it was not added again",
            f"card #{card} was changed elsewhere since this change was undone, so it was not "
            "made again",
        )
        _put_row(card, current, change.after)
        if change.after is not None and change.before is not None:  # an edit
            _insert_revisions(change.revisions)
        Event.insert(change.event).execute()


def _require(
    current: dict[str, Any] | None, expected: dict[str, Any] | None, exists: str, changed: str
) -> None:
    """Conflict unless the card is as `expected` (None: no card), by its version."""
    if expected is None:
        if current is not None:
            raise Conflict(exists)
    elif current is None or current["version"] != expected["version"]:
        raise Conflict(changed)


def _current_row(card_id: int) -> dict[str, Any] | None:
    return Card.select().where(Card.id == card_id).dicts().first()


def _put_row(card_id: int, current: dict[str, Any] | None, wanted: dict[str, Any] | None) -> None:
    """Make the card's stored row `wanted` (None: no card), from `current`.

    A live card goes back among the neighbours it had (`rank_near`): if another card
    has taken its rank since, it goes just after that one, never onto the same rank.
    The version is set too: the card is again exactly as it was, so the change before
    or after this one on an undo stack can be undone or redone in turn.
    """
    if wanted is None:
        Card.delete().where(Card.id == card_id).execute()  # its revisions go with it
        return
    row = dict(wanted)
    if row["archived_at"] is None:
        row["rank"] = rank_near(row["board"], Stage(row["stage"]), row["rank"], card_id)
    if current is None:
        Card.insert(row).execute()
    else:
        Card.update(row).where(Card.id == card_id).execute()


def _insert_revisions(revisions: tuple[dict[str, Any], ...]) -> None:
    if revisions:
        StandardRevision.insert_many(revisions).execute()


def _delete_revisions(revisions: tuple[dict[str, Any], ...]) -> None:
    ids = [revision["id"] for revision in revisions]
    if ids:
        StandardRevision.delete().where(StandardRevision.id.in_(ids)).execute()
