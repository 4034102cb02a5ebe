"""Where a card sits in its stage: sparse ranks, so a move writes one row.

Cards of a stage are ordered by (rank, id). A card placed between two others takes
the rank halfway between theirs; ranks start `RANK_GAP` apart, so a place can be
split about 32 times before its stage is respaced, which rewrites every rank of that
stage once. Archived cards keep their rank but take no place.
"""

from __future__ import annotations

from peewee import fn

from kaizen_board.errors import InvalidInput
from kaizen_board.stages import Stage
from kaizen_board.store.models import Card

RANK_GAP = 2**32


def _live(board_id: int, stage: Stage, exclude_id: int | None):
    condition = (
        (Card.board == board_id) & (Card.stage == stage.value) & Card.archived_at.is_null(True)
    )
    if exclude_id is not None:
        condition &= Card.id != exclude_id
    return condition


def count_in_stage(board_id: int, stage: Stage, exclude_id: int | None = None) -> int:
    return Card.select().where(_live(board_id, stage, exclude_id)).count()


def neighbours(
    board_id: int, stage: Stage, index: int | None, exclude_id: int | None = None
) -> tuple[int | None, int | None]:
    """The ranks just above and just below a card put at `index` (None: at the end).

    `index` counts the other live cards of the stage, 0 for the top.
    """
    live = _live(board_id, stage, exclude_id)
    if index is None:
        return Card.select(fn.MAX(Card.rank)).where(live).scalar(), None
    if index < 0:
        raise InvalidInput(f"position {index} is out of range: positions start at 0")
    query = (
        Card.select(Card.rank)
        .where(live)
        .order_by(Card.rank, Card.id)
        .limit(2)
        .offset(max(index - 1, 0))
    )
    ranks = [rank for (rank,) in query.tuples()]
    if index == 0:
        return None, (ranks[0] if ranks else None)
    if not ranks:
        count = count_in_stage(board_id, stage, exclude_id)
        raise InvalidInput(
            f"position {index} is out of range: {stage.column_title} has {count} other "
            f"card{'s' if count != 1 else ''}, so positions go from 0 to {count}"
        )
    return ranks[0], (ranks[1] if len(ranks) > 1 else None)


def rank_between(above: int | None, below: int | None) -> int | None:
    """A rank strictly between two (None: no limit); None if there is no room."""
    if above is None and below is None:
        return 0
    if above is None:
        return below - RANK_GAP
    if below is None:
        return above + RANK_GAP
    middle = (above + below) // 2
    return middle if above < middle < below else None


def rank_for(board_id: int, stage: Stage, index: int | None, exclude_id: int | None) -> int:
    """A free rank that puts a card at `index` in the stage, respacing if need be."""
    rank = rank_between(*neighbours(board_id, stage, index, exclude_id))
    if rank is None:
        respace(board_id, stage)
        rank = rank_between(*neighbours(board_id, stage, index, exclude_id))
    assert rank is not None, "respaced ranks always leave room"
    return rank


def stays_in_place(rank: int, board_id: int, stage: Stage, index: int | None, card_id: int) -> bool:
    """Whether a card of this rank already sits at `index` of its own stage."""
    above, below = neighbours(board_id, stage, index, card_id)
    return (above is None or above < rank) and (below is None or rank < below)


def rank_near(board_id: int, stage: Stage, rank: int, exclude_id: int) -> int:
    """`rank` if no live card of the stage holds it, else a rank just after that card.

    Restoring or undoing puts a card back where it was among the cards that were
    its neighbours, even if the stage changed in between.
    """
    live = _live(board_id, stage, exclude_id)
    if not Card.select().where(live & (Card.rank == rank)).exists():
        return rank
    before = Card.select().where(live & (Card.rank <= rank)).count()
    return rank_for(board_id, stage, before, exclude_id)


def position_of(board_id: int, stage: Stage, rank: int, card_id: int) -> int:
    """The index of a live card in its stage: how many live cards come before it."""
    earlier = (Card.rank < rank) | ((Card.rank == rank) & (Card.id < card_id))
    return Card.select().where(_live(board_id, stage, card_id) & earlier).count()


def respace(board_id: int, stage: Stage) -> None:
    """Give the stage's live cards ranks RANK_GAP apart, keeping their order."""
    numbered = (
        Card.select(
            Card.id.alias("card_id"),
            fn.ROW_NUMBER().over(order_by=[Card.rank, Card.id]).alias("number"),
        )
        .where(_live(board_id, stage, None))
        .alias("numbered")
    )
    (
        Card.update(rank=numbered.c.number * RANK_GAP)
        .from_(numbered)
        .where(Card.id == numbered.c.card_id)
        .execute()
    )
