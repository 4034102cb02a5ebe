"""Copying boards between two databases (a laptop's file and the team server, either way)
with everything they hold: cards, their whole history, standards, WIP limits, members,
each board's team (those who left too) and the cards' pictures.

Ids are moved past every id the target has ever given, keeping their order and gaps, so
a copied event still names its card (even a card deleted long ago) and no id is given
twice. A board the target has already (copied there before, even if renamed since, or
one of the same name) is refused, never copied twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from kaizen_board.errors import InvalidInput, NotFound
from kaizen_board.events import EventKind
from kaizen_board.store.models import (
    Board,
    BoardColumn,
    BoardMember,
    Card,
    Event,
    Member,
    Picture,
    StandardRevision,
    name_key,
)
from kaizen_board.store.store import Store
from kaizen_board.translation import translate

BATCH = 2_000


@dataclass
class CopySummary:
    boards: list[str] = field(default_factory=list)
    cards: int = 0
    events: int = 0

    def describe(self) -> str:
        names = ", ".join(repr(name) for name in self.boards) or translate("Copy", "no board")
        cards, events = self.cards, self.events  # names: lupdate reads a %n count only so
        cards = translate("Copy", "%n card(s)", None, cards)
        events = translate("Copy", "%n event(s)", None, events)
        return translate("Copy", "Copied {boards}: {cards} with {events}.").format(
            boards=names, cards=cards, events=events
        )


def copy_boards(source: Store, target: Store, names: list[str] | None = None) -> CopySummary:
    """Copy the boards named (all by default) from `source` into `target`, in one
    transaction of the target: all or nothing."""
    summary = CopySummary()
    with source.snapshot():
        boards = list(Board.select().order_by(Board.id).dicts())
        if names:
            wanted = {name_key(name): name for name in names}
            boards = [board for board in boards if board["key"] in wanted]
            missing = set(wanted) - {board["key"] for board in boards}
            if missing:
                raise NotFound(
                    translate("Copy", "{location} has no board named {boards}").format(
                        location=source.location,
                        boards=", ".join(repr(wanted[key]) for key in sorted(missing)),
                    )
                )
        board_ids = [board["id"] for board in boards]
        members = list(Member.select().order_by(Member.id).dicts())
        identities = {board["id"]: _identity(board) for board in boards}
        with target.write():
            _refuse_copied_before(target, boards, identities)
            clash = [b["name"] for b in boards if _board_by_key(b["key"]) is not None]
            if clash:
                raise InvalidInput(
                    translate(
                        "Copy",
                        "{location} has a board named {boards} already: copying it again would "
                        "make two. Rename one of them first; nothing was copied",
                    ).format(
                        location=target.location, boards=", ".join(repr(name) for name in clash)
                    )
                )
            member_ids = _members(target, members)
            shifts = {
                model: _shift(source, target, model)
                for model in (Card, Event, StandardRevision, Picture)
            }
            for board in boards:
                new_id = Board.insert(
                    name=board["name"], key=board["key"], created_at=board["created_at"]
                ).execute()
                summary.boards.append(board["name"])
                _copy_columns(source, board["id"], new_id)
                summary.cards += _copy_rows(
                    source, target, Card, board["id"], new_id, shifts, member_ids
                )
                summary.events += _copy_rows(
                    source, target, Event, board["id"], new_id, shifts, member_ids
                )
                _require_members_kept(source, target, board["id"], new_id, member_ids)
                _copy_team(source, board["id"], new_id, member_ids)
            _copy_card_rows(source, target, StandardRevision, board_ids, shifts, member_ids)
            # Pictures are megabytes each: a few at a time.
            _copy_card_rows(source, target, Picture, board_ids, shifts, member_ids, size=20)
            for model in (Card, Event, StandardRevision, Picture):
                target.engine.ids_given(target.database, model._meta.table_name)
    return summary


def _identity(board: dict[str, Any]) -> tuple:
    """What a board keeps through a copy, whatever it is named since: the moment it was
    made, and its first card's creation (time, stage, place, lap). Ids are not kept (a
    copy moves them past the target's), times are, to the microsecond."""
    first = (
        Event.select(Event.at, Event.to_stage, Event.position, Event.lap)
        .where((Event.board == board["id"]) & (Event.kind == EventKind.CREATED.value))
        .order_by(Event.at, Event.id)
        .tuples()
        .first()
    )
    return board["created_at"], first


def _refuse_copied_before(
    target: Store, boards: list[dict[str, Any]], identities: dict[int, tuple]
) -> None:
    """InvalidInput naming the target's board that a board to copy was copied as before
    (renamed since, or not): a second copy would double its whole history."""
    wanted = {identity[0] for identity in identities.values()}
    candidates = Board.select().where(Board.created_at.in_(wanted)).order_by(Board.id).dicts()
    found = [(candidate, _identity(candidate)) for candidate in candidates]
    for board in boards:
        made, first = identities[board["id"]]
        for candidate, (their_made, their_first) in found:
            if made == their_made and (first is None or first == their_first):
                raise InvalidInput(
                    translate(
                        "Copy",
                        "{location} has the board {board} already, as {copy} (made at the same "
                        "moment, with the same first card): it was copied there before, so "
                        "copying it again would make two of its history; nothing was copied",
                    ).format(
                        location=target.location,
                        board=repr(board["name"]),
                        copy=repr(candidate["name"]),
                    )
                )


def _board_by_key(key: str) -> int | None:
    return Board.select(Board.id).where(Board.key == key).scalar()


def _members(target: Store, members: list[dict[str, Any]]) -> dict[int, int]:
    """The target's id for each source member, made where the target has none."""
    mapped = {}
    for member in members:
        found = Member.select(Member.id).where(Member.key == member["key"]).scalar()
        if found is None:
            found = Member.insert(
                name=member["name"], key=member["key"], created_at=member["created_at"]
            ).execute()
        mapped[member["id"]] = found
    return mapped


def _require_members_kept(
    source: Store, target: Store, board_id: int, new_id: int, member_ids: dict[int, int]
) -> None:
    """InvalidInput if the target credited the copied events to other members than the
    source did: a team server records every change for the member signed in (but for its
    owner's), so someone else's history is copied in by the server's owner."""
    with source.read():
        made = Event.select(Event.member, fn.COUNT(Event.id)).where(Event.board == board_id)
        wanted = {member_ids.get(m): n for m, n in made.group_by(Event.member).tuples()}
    stored = Event.select(Event.member, fn.COUNT(Event.id)).where(Event.board == new_id)
    if dict(stored.group_by(Event.member).tuples()) != wanted:
        raise InvalidInput(
            translate(
                "Copy",
                "{location} records every change as made by the member signed in "
                "({member}), so the board's history would lose who made each "
                "change: copy it in signed in as the server's owner (who ran 'kaizen-board team "
                "init'); nothing was copied",
            ).format(location=target.location, member=target.member_name)
        )


def _shift(source: Store, target: Store, model) -> int:
    """What to add to a source id so that it is above every id the target has given."""
    with source.read():
        lowest = model.select(model.id).order_by(model.id).limit(1).scalar() or 1
    highest = target.engine.highest_id_given(target.database, model._meta.table_name)
    return max(highest - lowest + 1, 0)


def _copy_columns(source: Store, board_id: int, new_id: int) -> None:
    with source.read():
        columns = list(BoardColumn.select().where(BoardColumn.board == board_id).dicts())
    for column in columns:
        BoardColumn.insert(
            board=new_id, stage=column["stage"], wip_limit=column["wip_limit"]
        ).execute()


def _copy_rows(source, target, model, board_id, new_board, shifts, member_ids) -> int:
    """Copy a board's cards or events in batches; how many."""
    fields = model._meta.sorted_fields
    columns = list(fields)
    count = 0
    for batch in _batches(source, model.select().where(model.board == board_id)):
        rows = []
        for row in batch:
            values = dict(zip([field.name for field in fields], row, strict=True))
            values["id"] += shifts[model]
            values["board"] = new_board
            if model is Card:
                for name in ("owner", "submitted_by"):
                    values[name] = member_ids.get(values[name])
            else:
                values["card_id"] += shifts[Card]
                for name in ("member", "credit"):
                    values[name] = member_ids.get(values[name])
            rows.append(tuple(values[field.name] for field in fields))
        target.engine.insert_rows(target.database, model, columns, rows)
        count += len(rows)
    return count


def _copy_team(source: Store, board_id: int, new_id: int, member_ids: dict[int, int]) -> None:
    """The board's team as the source has it: who joined when, who left (the copied
    cards' triggers made rows of their own for everyone named; these replace them)."""
    with source.read():
        rows = list(BoardMember.select().where(BoardMember.board == board_id).dicts())
    BoardMember.delete().where(BoardMember.board == new_id).execute()
    for row in rows:
        BoardMember.insert(
            board=new_id,
            member=member_ids[row["member"]],
            joined_at=row["joined_at"],
            left_at=row["left_at"],
        ).execute()


def _copy_card_rows(source, target, model, board_ids, shifts, member_ids, size=BATCH) -> None:
    """Copy the standard revisions or the pictures of the boards' cards, in batches."""
    cards_of_boards = Card.select(Card.id).where(Card.board.in_(board_ids))
    query = model.select().where(model.card.in_(cards_of_boards))
    fields = model._meta.sorted_fields
    for batch in _batches(source, query, size):
        rows = []
        for row in batch:
            values = dict(zip([field.name for field in fields], row, strict=True))
            values["id"] += shifts[model]
            values["card"] += shifts[Card]
            values["member"] = member_ids.get(values["member"])
            rows.append(tuple(_as_given(values[field.name]) for field in fields))
        target.engine.insert_rows(target.database, model, list(fields), rows)


def _as_given(value: Any) -> Any:
    """A value read from one database as another takes it (a blob as bytes)."""
    return bytes(value) if isinstance(value, memoryview) else value


def _batches(source: Store, query, size: int = BATCH) -> Iterator[list[tuple]]:
    """The query's rows as stored (not converted), in batches by id, each batch read
    inside the source's snapshot (its connection holds the read transaction)."""
    model = query.model
    last = None
    while True:
        page = query.where(model.id > last) if last is not None else query
        with source.read():
            rows = list(source.database.execute(page.order_by(model.id).limit(size)))
        if not rows:
            return
        yield rows
        last = rows[-1][0]
