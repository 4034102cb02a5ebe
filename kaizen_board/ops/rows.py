"""Stored rows: a card's, read with the checks a change needs and written with a new
version; a board's id and name."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from peewee import SQL, Case, fn

from kaizen_board.errors import Conflict, InvalidInput, NotFound
from kaizen_board.events import EventKind
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import (
    Board,
    BoardColumn,
    BoardMember,
    Card,
    Event,
    Picture,
    StandardRevision,
)
from kaizen_board.translation import translate


class BoardInfo(NamedTuple):
    """A board: its id and name."""

    id: int
    name: str


class CardRow(NamedTuple):
    """A card as a list shows it: a column of the board, `kaizen-board list`, the archive.

    Attributes:
        position: its index in its stage in a list of a board; None in a column's page
            (the view's row says it) and for an archived card.
        rank: where it sits in its stage, for paging by (rank, id).
    """

    id: int
    stage: Stage
    position: int | None
    rank: int
    lap: int
    title: str
    owner: str | None
    tags: str
    impact_category: str | None
    entered_stage_at: datetime
    version: int
    archived: bool
    # What the loop misses: NO_STANDARD (out of Standard, none written) or NEW_STANDARD
    # (in Re-standardize, none written this lap); None when nothing is missing.
    standard_note: str | None = None
    # In Meet the standard: how many of the board's team confirmed the card's standard as
    # it is now, and how many the team has ("5/8 on standard"); None elsewhere.
    confirmed: int | None = None
    team: int | None = None
    pictures: bool = False  # it has pictures (a mark on the card)


def card_row_columns(owner, position) -> list:
    """The columns of a query whose rows make CardRows (`owner` an alias of Member)."""
    return [
        Card.id,
        Card.stage,
        position,
        Card.rank,
        Card.lap,
        Card.title,
        owner.name,
        Card.tags,
        Card.impact_category,
        Card.entered_stage_at,
        Card.version,
        Card.archived_at.is_null(False),
        standard_note(),
        _in_meet(confirmed_count()),
        _in_meet(team_size()),
        fn.EXISTS(Picture.select(SQL("1")).where(Picture.card == Card.id)),
    ]


def _in_meet(value):
    """`value` for a card in Meet the standard, NULL for others (not worked out)."""
    return Case(None, [(Card.stage == Stage.MEET.value, value)], None)


NO_STANDARD = "no standard"
NEW_STANDARD = "new standard not written"


def standard_note():
    """SQL for CardRow.standard_note, read with the rest of a page: one query, not one
    per card (the revision's index by card serves the test)."""
    revision = StandardRevision.alias()
    rewritten = fn.EXISTS(
        revision.select(SQL("1")).where((revision.card == Card.id) & (revision.lap == Card.lap))
    )
    return Case(
        None,
        [
            ((Card.stage == Stage.RESTANDARDIZE.value) & ~rewritten, NEW_STANDARD),
            ((Card.stage != Stage.STANDARD.value) & (fn.TRIM(Card.standard) == ""), NO_STANDARD),
        ],
        None,
    )


def confirmed_count():
    """SQL for how many of the card's team members confirmed its standard as it is now,
    read with a page of cards (the events' index by card, kind and lap serves it)."""
    confirmed = Event.alias()
    team = BoardMember.alias()
    return (
        confirmed.select(fn.COUNT(fn.DISTINCT(confirmed.credit)))
        .join(team, on=(team.member == confirmed.credit) & (team.board == confirmed.board))
        .where(
            (confirmed.card_id == Card.id)
            & (confirmed.kind == EventKind.CONFIRMED.value)
            & (confirmed.lap == Card.lap)
            & (confirmed.standard_version == Card.standard_version)
            & team.left_at.is_null()
        )
    )


def team_size():
    """SQL for how many members the card's board has now."""
    team = BoardMember.alias()
    return team.select(fn.COUNT(SQL("*"))).where(
        (team.board == Card.board) & team.left_at.is_null()
    )


def card_row(values: tuple) -> CardRow:
    id_, stage, position, *rest, archived, note, confirmed, team, pictures = values
    return CardRow(
        id_, Stage(stage), position, *rest, bool(archived), note, confirmed, team, bool(pictures)
    )


_FIELDS = Card._meta.sorted_fields  # the columns of Card.select(), in order


def load_card(
    store: Store,
    card_id: int,
    *,
    board_id: int | None = None,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """The card's row, checked to be on `board_id` and at `expected_version` if given."""
    row = store.engine.card_row(store.database, card_id)
    if row is None:
        raise NotFound(translate("Rows", "there is no card #{card}").format(card=card_id))
    card = {
        field.name: field.python_value(value) for field, value in zip(_FIELDS, row, strict=True)
    }
    if board_id is not None and card["board"] != board_id:
        theirs = Board.get_by_id(card["board"]).name
        ours = Board.get_by_id(board_id).name
        raise InvalidInput(
            translate("Rows", "card #{card} is on board {theirs}, not on {ours}").format(
                card=card_id, theirs=repr(theirs), ours=repr(ours)
            )
        )
    if expected_version is not None and card["version"] != expected_version:
        raise Conflict(
            translate(
                "Rows",
                "{title} (card #{card}) was changed elsewhere since you opened it, by someone "
                "else or in another window. Nothing of yours was saved over it: look at it as "
                "it is now and make your change again",
            ).format(title=repr(card["title"]), card=card_id)
        )
    return card


def update_card(store: Store, card: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Write `values` to the card and bump its version; the new row as a dict."""
    values = {**values, "version": card["version"] + 1}
    updated = store.engine.update_row(store.database, Card, card["id"], card["version"], values)
    if updated != 1:
        raise Conflict(
            translate("Rows", "card #{card} was changed elsewhere at the same moment").format(
                card=card["id"]
            )
        )
    return {**card, **values}


def write_wip_limit(board_id: int, stage: Stage, limit: int | None) -> None:
    """Store a column's limit; inside a store's write()."""
    BoardColumn.delete().where(
        (BoardColumn.board == board_id) & (BoardColumn.stage == stage.value)
    ).execute()
    if limit is not None:
        BoardColumn.insert(board=board_id, stage=stage.value, wip_limit=limit).execute()


def team_row(board_id: int, member: int) -> tuple | None:
    """A member's row on a board's team: (joined_at, left_at), or None."""
    return (
        BoardMember.select(BoardMember.joined_at, BoardMember.left_at)
        .where((BoardMember.board == board_id) & (BoardMember.member == member))
        .tuples()
        .first()
    )


def write_team_row(board_id: int, member: int, row: tuple | None) -> None:
    where = (BoardMember.board == board_id) & (BoardMember.member == member)
    BoardMember.delete().where(where).execute()
    if row is not None:
        BoardMember.insert(
            board=board_id, member=member, joined_at=row[0], left_at=row[1]
        ).execute()


def leave_if_joined_by(board_id: int, members, joined_at) -> None:
    """The undo of a change by which members joined (naming them on a card, which the
    triggers answer by a row joined at the card's `updated_at`; confirming): each member
    whose row is still the one it made (joined then, not left since), and whom no card of
    the board names now, is taken off the team again. Inside a write."""
    for member in {member for member in members if member is not None}:
        if team_row(board_id, member) != (joined_at, None):
            continue
        named = Card.select().where(
            (Card.board == board_id) & ((Card.owner == member) | (Card.submitted_by == member))
        )
        if not named.exists():  # the foreign keys' indexes answer it
            write_team_row(board_id, member, None)
