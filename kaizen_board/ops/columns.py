"""A board's columns as the window reads them: a page of cards at a time, counts, limits."""

from __future__ import annotations

from peewee import JOIN, Value, fn

from kaizen_board.errors import InvalidInput
from kaizen_board.ops.ranks import after_in_order, before_in_order, live_in_stage
from kaizen_board.ops.rows import CardRow, card_row, card_row_columns, write_wip_limit
from kaizen_board.ops.search import CardFilter
from kaizen_board.ops.undo import WipLimitChange
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import BoardColumn, Card, Member, StageCount
from kaizen_board.translation import translate

Owner = Member.alias("owner")


def _in_column(
    store: Store, board_id: int, stage: Stage, search: CardFilter | None, *, counting=False
):
    """The column's live cards matching `search`. Inside a read of the store."""
    matching, few = search.plan(store, counting=counting) if search else (None, False)
    if matching is None:
        return live_in_stage(board_id, stage)
    return live_in_stage(board_id, stage, by_index=not few) & matching


def column_page(
    store: Store,
    board_id: int,
    stage: Stage,
    *,
    after: tuple[int, int] | None = None,
    before: tuple[int, int] | None = None,
    limit: int = 200,
    search: CardFilter | None = None,
) -> list[CardRow]:
    """The next `limit` cards of a column after the (rank, id) given (or the `limit`
    cards just before one, or the last ones with `before=LAST`), in board order.

    Paging by the last (rank, id) seen walks the column's index, either way, so the
    1,000th page costs what the first does, and the last page what the first does.
    """
    with store.read():
        condition = _in_column(store, board_id, stage, search)
        backwards = before is not None
        if after is not None:
            condition &= after_in_order(*after)
        if before is not None:
            condition &= before_in_order(*before)
        order = (Card.rank.desc(), Card.id.desc()) if backwards else (Card.rank, Card.id)
        query = (
            Card.select(*card_row_columns(Owner, Value(None)))
            .join(Owner, JOIN.LEFT_OUTER, on=(Card.owner == Owner.id))
            .where(condition)
            .order_by(*order)
            .limit(limit)
        )
        rows = [card_row(row) for row in query.tuples()]
    return rows[::-1] if backwards else rows


LAST = (2**62, 2**62)  # before=LAST: the column's last cards (beyond any rank and id)


def column_rows_of(
    store: Store,
    board_id: int,
    stage: Stage,
    card_ids: list[int],
    search: CardFilter | None = None,
    *,
    ranks_of: list[int] = (),
) -> tuple[list[CardRow], dict[int, int]]:
    """Of the cards named: those in the column now (matching `search`), in board order;
    and the rank each card of `ranks_of` has now (absent: deleted), from the same moment."""
    with store.read():
        ranks = dict(Card.select(Card.id, Card.rank).where(Card.id.in_(list(ranks_of))).tuples())
        query = (
            Card.select(*card_row_columns(Owner, Value(None)))
            .join(Owner, JOIN.LEFT_OUTER, on=(Card.owner == Owner.id))
            .where(_in_column(store, board_id, stage, search) & Card.id.in_(card_ids))
            .order_by(Card.rank, Card.id)
        )
        return [card_row(row) for row in query.tuples()], ranks


def column_count(
    store: Store, board_id: int, stage: Stage, search: CardFilter | None = None
) -> int:
    """How many live cards the column holds (that match `search`, if one is given)."""
    with store.read():
        if search:
            where = _in_column(store, board_id, stage, search, counting=True)
            return Card.select(fn.COUNT(Card.id)).where(where).scalar()
        count = (
            StageCount.select(StageCount.live)
            .where((StageCount.board == board_id) & (StageCount.stage == Stage(stage).value))
            .scalar()
        )
        return count or 0


def wip_limits(store: Store, board_id: int) -> dict[Stage, int | None]:
    """The work-in-progress limit of each column of the board (None: no limit)."""
    limits: dict[Stage, int | None] = dict.fromkeys(Stage)
    with store.read():
        query = BoardColumn.select(BoardColumn.stage, BoardColumn.wip_limit).where(
            BoardColumn.board == board_id
        )
        for stage, limit in query.tuples():
            limits[Stage(stage)] = limit
    return limits


def set_wip_limit(
    store: Store, board_id: int, stage: Stage, limit: int | None
) -> WipLimitChange | None:
    """Set a column's work-in-progress limit (None: no limit): a warning when exceeded,
    never a block. None if it is the limit already."""
    if limit is not None and limit < 1:
        raise InvalidInput(
            translate("Columns", "a work-in-progress limit must be at least 1, not {limit}").format(
                limit=limit
            )
        )
    stage = Stage(stage)
    with store.write():
        before = wip_limits(store, board_id)[stage]
        if before == limit:
            return None
        write_wip_limit(board_id, stage, limit)
    title = stage.title
    if limit is not None:
        label = translate("Columns", "Limit {stage} to {limit}").format(stage=title, limit=limit)
    else:
        label = translate("Columns", "Remove the limit of {stage}").format(stage=title)
    return WipLimitChange(label, board_id, stage, before, limit)
