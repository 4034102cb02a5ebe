"""Reading the board: cards of a stage in order, one card in full, a card's history."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from peewee import JOIN, SQL, Case, fn

from kaizen_board.ops.ranks import position_of
from kaizen_board.ops.rows import CardRow, card_row, card_row_columns, load_card
from kaizen_board.ops.search import CardFilter
from kaizen_board.stages import Stage
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
    """The board's live cards in stage and position order (or its archived ones, the
    most recently archived first), those matching `search`, at most `limit`."""
    condition = Card.board == board_id
    matching = search.condition(store.engine) if search else None
    if matching is not None:
        condition &= matching
    if stage is not None:
        condition &= Card.stage == Stage(stage).value
    if archived:
        condition &= Card.archived_at.is_null(False)
        position = SQL("NULL")
        order = [Card.archived_at.desc(), Card.id]
    else:
        condition &= Card.archived_at.is_null(True)
        in_stage_order = {"partition_by": [Card.stage], "order_by": [Card.rank, Card.id]}
        position = fn.ROW_NUMBER().over(**in_stage_order) - 1
        order = [stage_order(), Card.rank, Card.id]
    with store.read():
        # Executed here, read outside: the cursor needs no binding to go on reading.
        rows = (
            Card.select(*card_row_columns(Owner, position))
            .join(Owner, JOIN.LEFT_OUTER, on=(Card.owner == Owner.id))
            .where(condition)
            .order_by(*order)
            .limit(limit)
            .tuples()
            .iterator()
        )
    for row in rows:
        yield card_row(row)


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
