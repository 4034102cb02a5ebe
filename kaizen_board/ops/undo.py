"""Undo and redo of every kind of change: each operation returns the `Change`s it made,
and here is how each kind is undone and redone exactly.

- `CardChange` (add, edit, move, archive, restore, delete a card): undo puts the card
  back as it was and removes just the event the change recorded; redo replays the
  change as recorded, the same card (same id) and the same event (same id, same time).
- `BoardChange` (a board made or renamed), `WipLimitChange` (a column's limit).
- `ImportChange` (the cards an import added, as one step).

Every undo and redo refuses (Conflict), changing nothing, when what it would put back
was changed meanwhile by another window or process.
"""

from __future__ import annotations

import pickle
import tempfile
import weakref
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

import peewee
from peewee import fn

from kaizen_board.errors import Conflict, DatabaseProblem
from kaizen_board.events import EventKind
from kaizen_board.ops.ranks import rank_near
from kaizen_board.ops.rows import BoardInfo, leave_if_joined_by, write_wip_limit
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import (
    Board,
    BoardColumn,
    Card,
    Event,
    ImportRecord,
    Picture,
    StandardRevision,
    name_key,
)
from kaizen_board.translation import translate


class Change:
    """What one operation did, recorded so that it can be undone and redone exactly.

    Attributes:
        label: what it did, in words, for an Undo menu.
    """

    label: str

    @property
    def card_ids(self) -> tuple[int, ...]:
        """The cards it touched, so that screens can keep them selected."""
        return ()

    def undo(self, store: Store) -> None:
        raise NotImplementedError

    def redo(self, store: Store) -> None:
        raise NotImplementedError


def undo(store: Store, change: Change) -> None:
    """Undo a change of any kind (see the module's summary)."""
    change.undo(store)


def redo(store: Store, change: Change) -> None:
    """Redo a change of any kind after `undo`."""
    change.redo(store)


@dataclass(frozen=True)
class CardChange(Change):
    """What one operation did to one card, recorded to be undone and redone exactly.

    Attributes:
        label: what the change did, for an Undo menu ("Move 'Tool board' to Improve").
        before: the card's row before the change; None if the change created it.
        after: the card's row after the change; None if the change deleted it.
        event: the event the change recorded, as stored (its id included): undo removes
            just that event, redo stores it again.
        revisions: standard revisions the change added (an edit) or removed (a delete),
            as stored.
        pictures: the pictures a delete removed with the card, as stored.
    """

    label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    event: dict[str, Any]
    revisions: tuple[dict[str, Any], ...] = field(default=())
    pictures: tuple[dict[str, Any], ...] = field(default=(), repr=False)

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

    @property
    def card_ids(self) -> tuple[int, ...]:
        return (self.card_id,)

    def undo(self, store: Store) -> None:
        undo_card_change(store, self)

    def redo(self, store: Store) -> None:
        redo_card_change(store, self)


@dataclass(frozen=True)
class CardChanges(Change):
    """Several changes made as one step (an import's update of a card: an edit, a move):
    undone last first, redone in order, each all or nothing together."""

    parts: tuple[Change, ...]

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.parts[0].label

    @property
    def card_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(card for part in self.parts for card in part.card_ids))

    def undo(self, store: Store) -> None:
        with store.write():
            for part in reversed(self.parts):
                part.undo(store)

    def redo(self, store: Store) -> None:
        with store.write():
            for part in self.parts:
                part.redo(store)


def undo_card_change(store: Store, change: CardChange) -> None:
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
            translate("Undo", "card #{card} exists again; the delete was not undone").format(
                card=card
            ),
            translate(
                "Undo", "card #{card} was changed elsewhere after this change, so it was not undone"
            ).format(card=card),
        )
        _put_row(card, current, change.before)
        if change.after is not None:  # whom it named joined the team by it: they leave
            named = (change.after["owner"], change.after["submitted_by"])
            leave_if_joined_by(change.after["board"], named, change.after["updated_at"])
        if change.after is None:  # a delete: the revisions and pictures went with the card
            _insert_revisions(change.revisions)
            if change.pictures:
                Picture.insert_many(change.pictures).execute()
        elif change.before is not None:  # an edit: the revisions it added go
            _delete_revisions(change.revisions)
        Event.delete().where(Event.id == change.event_id).execute()


def redo_card_change(store: Store, change: CardChange) -> None:
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
            translate("Undo", "card #{card} exists again, so it was not added again").format(
                card=card
            ),
            translate(
                "Undo",
                "card #{card} was changed elsewhere since this change was undone, so it was not "
                "made again",
            ).format(card=card),
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


@dataclass(frozen=True)
class BoardChange(Change):
    """A board made (`before` None) or renamed.

    Attributes:
        board_id: the board.
        before: its name before; None if the change made it.
        after: its name after.
    """

    label: str
    board_id: int
    before: str | None
    after: str

    @property
    def board(self) -> BoardInfo:
        """The board as it is after the change."""
        return BoardInfo(self.board_id, self.after)

    def undo(self, store: Store) -> None:
        with store.write():
            self._require_name(self.after)
            if self.before is None:
                used = (
                    Card.select().where(Card.board == self.board_id).exists()
                    or Event.select().where(Event.board == self.board_id).exists()
                )
                if used:
                    raise Conflict(
                        translate(
                            "Undo",
                            "cards were added to the board {board} since it was made, so it stays",
                        ).format(board=repr(self.after))
                    )
                BoardColumn.delete().where(BoardColumn.board == self.board_id).execute()
                Board.delete().where(Board.id == self.board_id).execute()
            else:
                _name_board(self.board_id, self.before)

    def redo(self, store: Store) -> None:
        with store.write():
            self._require_name(self.before)
            if self.before is None:
                if Board.select().where(Board.key == name_key(self.after)).exists():
                    raise Conflict(
                        translate("Undo", "a board named {name} exists again").format(
                            name=repr(self.after)
                        )
                    )
                Board.insert(
                    id=self.board_id,
                    name=self.after,
                    key=name_key(self.after),
                    created_at=store.now(),
                ).execute()
            else:
                _name_board(self.board_id, self.after)

    def _require_name(self, expected: str | None) -> None:
        """Conflict unless the board is named `expected` now (None: there is no board)."""
        current = Board.select(Board.name).where(Board.id == self.board_id).scalar()
        if current != expected:
            raise Conflict(
                translate(
                    "Undo", "the board {board} was changed elsewhere since, so it was left as it is"
                ).format(board=repr(self.after))
            )


def _name_board(board_id: int, name: str) -> None:
    clash = Board.select().where((Board.key == name_key(name)) & (Board.id != board_id))
    if clash.exists():
        raise Conflict(
            translate("Undo", "another board is named {name} now, so it was left as it is").format(
                name=repr(name)
            )
        )
    Board.update(name=name, key=name_key(name)).where(Board.id == board_id).execute()


@dataclass(frozen=True)
class WipLimitChange(Change):
    """A column's work-in-progress limit set (None: no limit)."""

    label: str
    board_id: int
    stage: Stage
    before: int | None
    after: int | None

    def undo(self, store: Store) -> None:
        self._put(store, expected=self.after, wanted=self.before)

    def redo(self, store: Store) -> None:
        self._put(store, expected=self.before, wanted=self.after)

    def _put(self, store: Store, expected: int | None, wanted: int | None) -> None:
        with store.write():
            current = (
                BoardColumn.select(BoardColumn.wip_limit)
                .where((BoardColumn.board == self.board_id) & (BoardColumn.stage == self.stage))
                .scalar()
            )
            if current != expected:
                raise Conflict(
                    translate(
                        "Undo",
                        "the limit of {stage} was changed elsewhere since, so it was left as it is",
                    ).format(stage=self.stage.title)
                )
            write_wip_limit(self.board_id, self.stage, wanted)


@dataclass(frozen=True)
class ImportChange(Change):
    """The cards an import added, with their events, as one step.

    Undo takes them off (refused if any was changed since) and keeps their rows, as
    stored, in an anonymous temporary file (not in the database connection, which may be
    another thread's by the time of a redo), for a redo to put back exactly: the same
    ids, the same events. Boards the import made stay (they may hold cards made since).

    Attributes:
        cards: the first and last id of the cards added.
        events: the first and last id of their events.
        count: how many cards.
    """

    label: str
    cards: tuple[int, int]
    events: tuple[int, int]
    count: int
    updates: tuple[Change, ...] = ()  # the cards already there it updated (--update)
    record_id: int | None = None  # its ImportRecord, marked undone while undone
    kept: dict = field(default_factory=dict, compare=False, repr=False)

    KEPT_BATCH = 5_000

    def undo(self, store: Store) -> None:
        with store.write():
            for part in reversed(self.updates):
                part.undo(store)
            spool = self._take_off(store) if self.count or self.events != (0, 0) else None
            self._mark(undone=1)
        if spool is not None:
            self.kept["rows"] = spool
            # Closed with the change when the undo history forgets it, if not redone.
            weakref.finalize(self, spool.close)

    def _take_off(self, store: Store):
        """Remove the cards added and their events, kept in an anonymous file."""
        first, last = self.cards
        ours = Card.id.between(first, last)
        unchanged = Card.select().where(ours & (Card.version == 1)).count()
        if unchanged != self.count:
            raise Conflict(
                translate(
                    "Undo",
                    "cards of the import were changed or deleted since, so the import was not "
                    "undone",
                )
            )
        if self.count:
            later = (
                Event.select()
                .where(Event.card_id.between(first, last) & ~Event.id.between(*self.events))
                .count()
            )
            if later:
                raise Conflict(
                    translate(
                        "Undo",
                        "cards of the import have history added since (another import's moves, "
                        "say), so the import was not undone: undo that one first",
                    )
                )
        # Whom its cards named, who joined their boards' teams by it (at their updated_at).
        named = set()
        for column in (Card.owner, Card.submitted_by):
            query = Card.select(Card.board, column, fn.MIN(Card.updated_at)).where(ours)
            named |= set(query.group_by(Card.board, column).tuples())
        # Kept open until the redo (or until the change is forgotten).
        spool = tempfile.TemporaryFile()  # noqa: SIM115
        try:
            for model, ids in ((Card, self.cards), (Event, self.events)):
                query = (
                    model.select(*model._meta.sorted_fields)
                    .where(model.id.between(*ids))
                    .order_by(model.id)
                )
                batch = []
                with closing(store.engine.stream(store.database, query)) as rows:
                    for row in rows:
                        batch.append(tuple(row))
                        if len(batch) >= self.KEPT_BATCH:
                            pickle.dump((model.__name__, batch), spool)
                            batch = []
                if batch:
                    pickle.dump((model.__name__, batch), spool)
            Event.delete().where(Event.id.between(*self.events)).execute()
            Card.delete().where(ours).execute()
            for board, member, joined_at in named:
                leave_if_joined_by(board, [member], joined_at)
        except BaseException:
            spool.close()
            raise
        return spool

    def _mark(self, undone: int) -> None:
        if self.record_id is not None:
            ImportRecord.update(undone=undone).where(ImportRecord.id == self.record_id).execute()

    def redo(self, store: Store) -> None:
        spool = self.kept.get("rows")
        if spool is None and (self.count or self.events != (0, 0)):
            raise Conflict(
                translate(
                    "Undo", "the import can no longer be made again here; import the file again"
                )
            )
        models = {"Card": Card, "Event": Event}
        try:
            with store.write():
                if spool is not None:
                    spool.seek(0)
                    while True:
                        try:
                            name, batch = pickle.load(spool)
                        except EOFError:
                            break
                        model = models[name]
                        fields = list(model._meta.sorted_fields)
                        store.engine.insert_rows(store.database, model, fields, batch)
                for part in self.updates:
                    part.redo(store)
                self._mark(undone=0)
        except (DatabaseProblem, peewee.IntegrityError) as problem:
            raise Conflict(
                translate(
                    "Undo",
                    "the import can no longer be made again here (its cards' ids were taken "
                    "since); import the file again",
                )
            ) from problem
        if spool is not None:
            del self.kept["rows"]
            spool.close()
