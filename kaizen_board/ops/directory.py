"""Boards and members: finding them by name, creating them on first use."""

from __future__ import annotations

from kaizen_board.errors import InvalidInput, NotFound
from kaizen_board.ops.fields import BOARD_NAME_MAX, clean_line, clean_name
from kaizen_board.ops.rows import BoardInfo
from kaizen_board.ops.undo import BoardChange
from kaizen_board.store import Store
from kaizen_board.store.models import (
    Board,
    BoardColumn,
    BoardMember,
    Card,
    CreditTally,
    Event,
    EventTally,
    LeadTally,
    Member,
    StageCount,
    name_key,
)
from kaizen_board.translation import translate

DEFAULT_BOARD_NAME = "Kaizen"
# What a board keeps of its cards and events, and of itself.
BOARD_TOTALS = (StageCount, EventTally, CreditTally, LeadTally, BoardColumn, BoardMember)


def list_boards(store: Store) -> list[BoardInfo]:
    with store.read():
        return [
            BoardInfo(*row)
            for row in Board.select(Board.id, Board.name).order_by(Board.id).tuples()
        ]


def find_board(store: Store, name: str) -> BoardInfo:
    """The board of that name (letter case aside); NotFound lists the boards there are."""
    with store.read():
        row = _board_named(name)
    if row is None:
        names = ", ".join(repr(board.name) for board in list_boards(store))
        raise NotFound(
            translate("Directory", "no board named {name} in {location} (boards: {names})").format(
                name=repr(name),
                location=store.location,
                names=names or translate("Directory", "none yet"),
            )
        )
    return row


def create_board(store: Store, name: str) -> BoardChange:
    """A new board; the change says which (`.board`) and undoes it."""
    name = clean_line(name, "board name", BOARD_NAME_MAX)
    with store.write():
        if _board_named(name) is not None:
            raise InvalidInput(_exists(name))
        board_id = Board.insert(name=name, key=name_key(name), created_at=store.now()).execute()
    label = translate("Directory", "New board {name}").format(name=repr(name))
    return BoardChange(label, board_id, None, name)


def _exists(name: str) -> str:
    return translate("Directory", "a board named {name} already exists").format(name=repr(name))


def _no_board(store: Store, board_id: int) -> NotFound:
    return NotFound(
        translate("Directory", "no board #{board} in {location}").format(
            board=board_id, location=store.location
        )
    )


def rename_board(store: Store, board_id: int, name: str) -> BoardChange:
    """Rename a board; the change says how (`.board`) and undoes it."""
    name = clean_line(name, "board name", BOARD_NAME_MAX)
    with store.write():
        clash = _board_named(name)
        if clash is not None and clash.id != board_id:
            raise InvalidInput(_exists(name))
        before = Board.select(Board.name).where(Board.id == board_id).scalar()
        if before is None:
            raise _no_board(store, board_id)
        Board.update(name=name, key=name_key(name)).where(Board.id == board_id).execute()
    label = translate("Directory", "Rename board {before} to {after}").format(
        before=repr(before), after=repr(name)
    )
    return BoardChange(label, board_id, before, name)


def delete_board(store: Store, board_id: int) -> str:
    """Delete a board for good: its cards (with their pictures and standards), their
    history, its columns' counts, running totals, limits and team. Not undone: the
    window takes a backup first. The only board stays (a database always shows one).
    Returns its name."""
    with store.write():
        name = Board.select(Board.name).where(Board.id == board_id).scalar()
        if name is None:
            raise _no_board(store, board_id)
        if Board.select().count() == 1:
            raise InvalidInput(
                translate(
                    "Directory", "{name} is the only board: make another one before deleting it"
                ).format(name=repr(name))
            )
        # In this order, so that what triggers keep of each row (counts, totals) is
        # still there when the row goes, and then goes itself.
        for model in (Event, Card, *BOARD_TOTALS):
            model.delete().where(model.board == board_id).execute()
        Board.delete().where(Board.id == board_id).execute()
    return name


def member_names(store: Store) -> list[str]:
    """Everyone on the team, by name."""
    with store.read():
        return [name for (name,) in Member.select(Member.name).order_by(Member.name).tuples()]


def ensure_board(store: Store, name: str) -> BoardInfo:
    """The board of that name, created if there is none."""
    with store.write():
        row = _board_named(name)
        if row is not None:
            return row
        return create_board(store, name).board


def default_board(store: Store) -> BoardInfo:
    """The first board, or a new one named "Kaizen" in a new database.

    Read without the write lock first: only a new database needs it.
    """
    with store.read():
        row = Board.select(Board.id, Board.name).order_by(Board.id).tuples().first()
    if row is not None:
        return BoardInfo(*row)
    with store.write():
        row = Board.select(Board.id, Board.name).order_by(Board.id).tuples().first()
        if row is not None:  # another process made it meanwhile
            return BoardInfo(*row)
        return create_board(store, DEFAULT_BOARD_NAME).board


def board_of(store: Store, board_id: int) -> BoardInfo:
    with store.read():
        row = Board.select(Board.id, Board.name).where(Board.id == board_id).tuples().first()
    if row is None:
        raise _no_board(store, board_id)
    return BoardInfo(*row)


def find_member(store: Store, name: str | None) -> int | None:
    """The id of the member of that name (the store's member for None), or None."""
    name = clean_name(store.member_name if name is None else name)
    return store.engine.member_by_key(store.database, name_key(name))


def member_id(store: Store, name: str | None) -> int:
    """The id of the member of that name, created on first use; must be in a write."""
    found = find_member(store, name)
    if found is not None:
        return found
    name = clean_name(store.member_name if name is None else name)
    return Member.insert(name=name, key=name_key(name), created_at=store.now()).execute()


def acting_member(store: Store, by: str | None) -> int:
    """The member a change is recorded for: on a team server always the member signed in
    (the database role of the connection), whatever name is given; elsewhere the one
    named, else the store's member. Inside a write."""
    if not store.signed_in:
        return member_id(store, by)
    # The member signed in is the same for the store's life: looked up once (a round trip
    # to the server less for every change). A team server keeps its members; but one made
    # now is not kept until this change commits (a refusal rolls it back), so only a
    # member found is remembered.
    if store.signed_in_member_id is None:
        found = find_member(store, None)
        if found is None:
            return member_id(store, None)
        store.signed_in_member_id = found
    return store.signed_in_member_id


def _board_named(name: str) -> BoardInfo | None:
    row = Board.select(Board.id, Board.name).where(Board.key == name_key(name)).tuples().first()
    return None if row is None else BoardInfo(*row)
