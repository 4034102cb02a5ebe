"""Reading the board: cards of a stage in order, one card in full, a card's history."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from peewee import JOIN, Case, Value

from kaizen_board.ops.ranks import live_in_stage, position_of
from kaizen_board.ops.rows import CardRow, card_row, card_row_columns, load_card
from kaizen_board.ops.search import CardFilter
from kaizen_board.stages import STAGES, Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card, Member

Owner = Member.alias("owner")
Actor = Member.alias("actor")


def list_cards(
    store: Store,
    board_id: int,
    stage: Stage | None = None,
    *,
    archived: bool = False,
    search: CardFilter | None = None,
    limit: int | None = None,
) -> Iterator[CardRow]:
    """The board's live cards in board order, each at its position in its stage (or its
    archived ones, the most recently archived first), those matching `search`, at most
    `limit`. Read as they are iterated, from one moment: finish (or close) the iteration
    before changing the board."""
    columns = card_row_columns(Owner, Value(None))
    for position, values in islice(
        _listed(store, board_id, columns, stage, archived, search), limit
    ):
        card = card_row(values)  # straight from the database: its time is micros
        yield card._replace(position=position, entered_stage_at=_ENTERED(card.entered_stage_at))


_ENTERED = Card.entered_stage_at.python_value
# What `kaizen-board list` prints of a card, besides its position.
LINE_COLUMNS = [Card.id, Card.stage, Card.lap, Owner.name, Card.title]
IN_ORDER = (Card.rank, Card.id)  # a stage's order, the order of its index


def list_lines(
    store: Store,
    board_id: int,
    stage: Stage | None = None,
    *,
    archived: bool = False,
    search: CardFilter | None = None,
) -> Iterator[tuple[int | None, tuple]]:
    """The cards `list_cards` gives, as `kaizen-board list` prints them: (position,
    (id, stage key, lap, owner or None, title)), as the database gives them (nothing is
    converted: at a million cards, converting costs more than reading)."""
    return _listed(store, board_id, LINE_COLUMNS, stage, archived, search)


def _listed(
    store: Store,
    board_id: int,
    columns: list,
    stage: Stage | None,
    archived: bool,
    search: CardFilter | None,
) -> Iterator[tuple[int | None, tuple]]:
    """(position, row of `columns`, the first of them Card.id) for the board's cards.

    Read as they are iterated, all from one moment: one read transaction, held until the
    iteration ends or is closed. Each stage's cards come by a walk of its index in board
    order, (rank, id), so the first comes at once at any size and nothing is sorted. A
    live card's position is its place among all of its stage's live cards, whether or not
    they match `search`: a card's line is the same with a search as without.
    """
    with store.snapshot():
        matching = search.condition(store) if search else None
        if archived:
            condition = (Card.board == board_id) & Card.archived_at.is_null(False)
            if stage is not None:
                condition &= Card.stage == Stage(stage).value
            if matching is not None:
                condition &= matching
            query = _cards(columns, condition).order_by(Card.archived_at.desc(), Card.id)
            for row in _stream(store, query):
                yield None, row
            return
        for each in STAGES if stage is None else (Stage(stage),):
            live = live_in_stage(board_id, each)
            if matching is None:
                yield from enumerate(_stream(store, _cards(columns, live).order_by(*IN_ORDER)))
                continue
            found = _cards(columns, live & matching).order_by(*IN_ORDER)
            every = Card.select(Card.id).where(live).order_by(*IN_ORDER)
            yield from _numbered(_stream(store, found), _stream(store, every))


def _cards(columns: list, condition):
    return (
        Card.select(*columns)
        .join(Owner, JOIN.LEFT_OUTER, on=(Card.owner == Owner.id))
        .where(condition)
    )


def _stream(store: Store, query) -> Iterator[tuple]:
    """The query's rows, read from the database as they are taken (the engine's cursor:
    memory does not grow with the board). Inside a snapshot."""
    with store.read():  # its SQL made for this store's database, whatever is current
        cursor = store.engine.stream(store.database, query)
    try:
        yield from cursor
    finally:
        cursor.close()


def _numbered(found: Iterator[tuple], every: Iterator[tuple]) -> Iterator[tuple[int, tuple]]:
    """Each card found with its position among all of its stage's cards, counted along
    the ids of all of them: both come in board order, so one walk counts them all."""
    position = -1
    for row in found:
        for (card_id,) in every:
            position += 1
            if card_id == row[0]:
                break
        yield position, row


def stages_of(store: Store, card_ids: Iterable[int]) -> set[Stage]:
    """The stages the live cards among these are in."""
    with store.read():
        query = (
            Card.select(Card.stage)
            .where(Card.id.in_(list(card_ids)) & Card.archived_at.is_null(True))
            .distinct()
        )
        return {Stage(stage) for (stage,) in query.tuples()}


def card_details(store: Store, card_id: int) -> dict[str, Any]:
    """Every stored field of a card, member names instead of ids, and its position."""
    with store.read():
        card = load_card(store, card_id)
        names = dict(
            Member.select(Member.id, Member.name)
            .where(Member.id.in_([card["owner"], card["submitted_by"]]))
            .tuples()
        )
        card["owner"] = names.get(card["owner"])
        card["submitted_by"] = names.get(card["submitted_by"])
        card["stage"] = Stage(card["stage"])
        card["position"] = (
            None
            if card["archived_at"] is not None
            else position_of(card["board"], card["stage"], card["rank"], card_id)
        )
    return card


def stage_order():
    """SQL giving each card's stage its place in the loop (0 for Standard), to sort by."""
    return Case(Card.stage, [(stage.value, stage.order) for stage in Stage])
